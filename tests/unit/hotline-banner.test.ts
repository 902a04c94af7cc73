import { expect, fixture, html } from '@open-wc/testing';
import type { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { directory } from '../../src/hotlines/directory.js';
import { accessibleText, nextFrame, withWarnings } from './helpers.js';
import expected from '../directory-links.json';

const root = (el: HotlineBanner) => el.shadowRoot!;
const links = (el: HotlineBanner, part?: string) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>(part ? `a[part="${part}"]` : 'a')];
const hrefs = (el: HotlineBanner, part?: string) => links(el, part).map((a) => a.getAttribute('href'));
const names = (el: HotlineBanner) => [...root(el).querySelectorAll('[part="name"]')].map((n) => n.textContent!.trim());

describe('<hotline-banner>', () => {
  it('shows a space between the word and the number on every link ("Call 1-888-373-7888", not "Call1-888…")', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner lang="en"></hotline-banner>`);
    for (const a of [...links(el, 'call'), ...links(el, 'text'), ...links(el, 'tty')]) {
      const number = a.querySelector('.number')!;
      // The last letter before the number (its word's end, without the space after it).
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      let last: { node: Text; at: number } | undefined;
      for (let node = walker.nextNode() as Text | null; node && !number.contains(node); node = walker.nextNode() as Text | null) {
        const at = node.data.trimEnd().length;
        if (at) last = { node, at };
      }
      const letter = document.createRange();
      letter.setStart(last!.node, last!.at - 1);
      letter.setEnd(last!.node, last!.at);
      const gap = number.getBoundingClientRect().left - letter.getBoundingClientRect().right;
      expect(gap, a.textContent!).to.be.greaterThan(2);
    }
  });

  it('says which lines are open around the clock (as each operator says), and links chat to its own page', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner variant="card" hotlines="us-domestic-violence us-sexual-assault us-988 us-child-abuse uk-modern-slavery"></hotline-banner>`);
    const abouts = [...root(el).querySelectorAll('[part="line"]')].map((line) => line.querySelector('[part="about"]')?.textContent ?? '');
    expect(abouts.map((text) => text.includes('Open 24 hours a day, 7 days a week'))).to.deep.equal([true, true, true, true, false]);
    expect(hrefs(el, 'website')).to.include('https://988lifeline.org/chat/');
    for (const line of directory) if (line.hours === true || line.chatUrl) expect(line.source ?? line.url, line.id).to.match(/^https:/);
  });

  it('is accessible in every variant, in English and Spanish', async function () {
    this.timeout(30000); // six axe runs: WebKit on a busy machine needs more than the default 10 s
    for (const lang of ['en', 'es']) {
      for (const variant of ['bar', 'card', 'compact']) {
        const el = await fixture<HotlineBanner>(
          html`<hotline-banner lang=${lang} variant=${variant} dismissible hotlines="us-trafficking us-ct-alliance"
            name="Safe Futures" phone="860.763.4542"></hotline-banner>`,
        );
        await expect(el).to.be.accessible();
      }
    }
  });

  it('shows the National Human Trafficking Hotline by default, with call, text, TTY, chat, hours, languages and 911', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
    expect(names(el)).to.deep.equal(['National Human Trafficking Hotline']);
    expect(hrefs(el)).to.deep.equal([
      'tel:+18883737888',
      'sms:233733?&body=HELP',
      'tel:711',
      'https://humantraffickinghotline.org/',
      'tel:911',
    ]);
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Call 1-888-373-7888');
    expect(text).to.contain('Text HELP to 233733');
    expect(text).to.contain('TTY: dial 711 (relay service)');
    expect(text).to.contain('Open 24 hours a day, 7 days a week');
    expect(text).to.contain('English, Spanish and 200+');
    expect(text).to.contain('In danger right now?');
    expect(text).to.contain('Call 911');
  });

  it('names each link by exactly what it shows (voice control), once, then whose line it is', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
    const [call, text, tty, site, emergency] = links(el).map(accessibleText);
    expect(call).to.equal('Call 1-888-373-7888 — National Human Trafficking Hotline');
    expect(text).to.equal('Text HELP to 233733 — National Human Trafficking Hotline');
    expect(tty).to.equal('TTY: dial 711 (relay service) — National Human Trafficking Hotline');
    expect(site).to.equal('Chat online — National Human Trafficking Hotline');
    expect(emergency).to.equal('Call 911 — emergency services');
    for (const a of links(el)) {
      const shown = a.textContent!.trim();
      // The name starts with exactly what is shown (voice control) and says the number once.
      expect(accessibleText(a).startsWith(`${shown} — `), shown).to.equal(true);
      expect(accessibleText(a).replace(/\D/g, ''), shown).to.equal(shown.replace(/\D/g, ''));
      // Whose line it is: generated text, not the link's text (nor shown, nor copied).
      expect(a.hasAttribute('aria-label'), shown).to.equal(false);
      expect(a.querySelector('.whose')!.getBoundingClientRect().width, shown).to.be.at.most(1);
    }
    expect(links(el, 'call')[0].textContent!.trim()).to.equal('Call 1-888-373-7888');
    expect(links(el, 'tty')[0].textContent).to.contain('TTY');
  });

  describe('what a person meets', () => {
    it('numbers as partners write them: extensions, tel: and sms: prefixes, %2B', async () => {
      const cases: Array<[string, string, string]> = [
        ['+1 (860) 763-4542 ext. 2', 'tel:+18607634542;ext=2', '+1 (860) 763-4542 ext. 2'],
        ['860.763.4542;ext=2', 'tel:+18607634542;ext=2', '860-763-4542 ext. 2'],
        ['860-763-4542 x2', 'tel:+18607634542;ext=2', '860-763-4542 ext. 2'],
        ['tel:+18607634542', 'tel:+18607634542', '+18607634542'],
        ['%2B18607634542', 'tel:+18607634542', '+18607634542'],
      ];
      for (const [phone, href, shown] of cases) {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="" emergency="none" name="Safe Futures" phone=${phone}></hotline-banner>`);
        expect(hrefs(el, 'call'), phone).to.deep.equal([href]);
        expect(links(el, 'call')[0].textContent, phone).to.contain(shown);
      }
    });

    it('a number that cannot be a link is still shown, as text next to the name', async () => {
      await withWarnings(async () => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="" emergency="none" name="Safe Futures" phone="860-SAFE-NOW"></hotline-banner>`);
        expect(hrefs(el, 'call')).to.deep.equal([]);
        expect(root(el).textContent).to.contain('860-SAFE-NOW');
      });
    });

    it('odd keywords never stop it drawing: a lone surrogate, 39 characters and an emoji', async () => {
      for (const keyword of ['\uD800HELP', `${'A'.repeat(39)}😀`, '😀'.repeat(50)]) {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="" emergency="none" name="Line" sms="233733" sms-keyword=${keyword}></hotline-banner>`);
        const [href] = hrefs(el, 'text');
        expect(href, JSON.stringify(keyword)).to.match(/^sms:233733(\?&body=.+)?$/);
        expect(() => decodeURIComponent(String(href))).to.not.throw();
      }
    });

    it("a partner's text is never read as a placeholder by the translation layer", async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="" emergency="none" name="Help {{number}} {{name}}" phone="860.763.4542" sms="233733" sms-keyword="HELP"></hotline-banner>`);
      expect(names(el)).to.deep.equal(['Help {{number}} {{name}}']);
      expect(links(el, 'text')[0].textContent).to.contain('Text HELP to 233733');
      expect(accessibleText(links(el, 'call')[0])).to.contain('Help {{number}} {{name}}');
    });

    it('its content carries the language it is shown in, on a page in a language it does not speak', async () => {
      const page = await fixture(html`<div lang="sw"><hotline-banner></hotline-banner></div>`);
      const el = page.querySelector('hotline-banner')!;
      await el.updateComplete;
      expect(root(el).querySelector('section')!.lang).to.equal('en');
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it("its region has a short name (each link says whose line it is), or the partner's label", async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-trafficking us-988"></hotline-banner>`);
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Help lines');
      el.setAttribute('label', 'Safe Futures and national help lines');
      await el.updateComplete;
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Safe Futures and national help lines');
    });

    it('closing it moves focus to what follows and says politely that the help lines were hidden', async () => {
      const page = await fixture(html`<div><hotline-banner dismissible></hotline-banner><a id="after" href="#after">Next</a></div>`);
      const el = page.querySelector('hotline-banner')!;
      const close = root(el).querySelector<HTMLButtonElement>('.close')!;
      close.focus();
      close.click();
      await el.updateComplete;
      await nextFrame();
      expect(document.activeElement?.id).to.equal('after');
      const status = root(el).querySelector('[aria-live="polite"]')!;
      expect(status.textContent).to.equal('Help lines hidden.');
    });

    it('its live region is in the page, empty, before it says anything (a screen reader ignores one inserted with its words), and is no "status bar"', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner dismissible></hotline-banner>`);
      const region = root(el).querySelector('[aria-live="polite"]')!;
      expect(region.textContent!.trim()).to.equal('');
      expect(region.getAttribute('role')).to.equal(null);
      root(el).querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[aria-live="polite"]')).to.equal(region);
      expect(region.textContent!.trim()).to.equal('Help lines hidden.');
    });

    it('closing it moves focus to where the reading continues: the text after it, not the next link further down', async () => {
      const page = await fixture(html`<div><hotline-banner dismissible></hotline-banner><h2 id="next">Our services</h2><p>Text</p><a id="link" href="#x">Link</a></div>`);
      const el = page.querySelector('hotline-banner')!;
      root(el).querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      await nextFrame();
      expect(document.activeElement?.id).to.equal('next');
      // Focusable only while it has the focus.
      (page.querySelector('#link') as HTMLElement).focus();
      expect(page.querySelector('#next')!.hasAttribute('tabindex')).to.equal(false);
    });

    it('closing it with nothing focusable after: focus stays on the banner itself, not the document', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner dismissible></hotline-banner>`);
      root(el).querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      await nextFrame();
      const focused = document.activeElement!;
      expect(focused).to.not.equal(document.body);
      expect(focused === el || !!(el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING)).to.equal(true);
    });

    it('on a theme with html { font-size: 62.5% }, its text follows the page text, not the root', async () => {
      const rootStyle = document.documentElement.style;
      rootStyle.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      try {
        const el = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(root(el).querySelector('.name')!)).to.be.at.least(16);
        for (const node of root(el).querySelectorAll('.about, .action, .emergency')) expect(size(node), node.className).to.be.at.least(14);
      } finally {
        rootStyle.fontSize = '';
        document.body.style.fontSize = '';
      }
    });

    it("a page's * { line-height: 1 } does not cramp its text", async () => {
      const page = await fixture(html`<div><style>* { line-height: 1 !important; }</style><hotline-banner></hotline-banner></div>`);
      const el = page.querySelector('hotline-banner')!;
      await el.updateComplete;
      const about = root(el).querySelector('.about')!;
      expect(parseFloat(getComputedStyle(about).lineHeight) / parseFloat(getComputedStyle(about).fontSize)).to.be.at.least(1.3);
    });

    it('numbers never break inside a group, even in a narrow box with large text', async () => {
      const page = await fixture(html`<div style="inline-size: 150px; font-size: 24px"><hotline-banner name="Safe Futures" phone="860.763.4542"></hotline-banner></div>`);
      const el = page.querySelector('hotline-banner')!;
      for (const number of root(el).querySelectorAll('.number')) expect(number.getClientRects().length, number.textContent!).to.equal(1);
    });
  });

  it('has no live region or alert unless it can be closed: it is static content', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
    expect(root(el).querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
  });

  it('outside links carry rel="noopener noreferrer"', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-trafficking us-988"></hotline-banner>`);
    const outside = links(el).filter((a) => a.href.startsWith('https:'));
    expect(outside).to.have.length(2);
    for (const a of outside) expect(a.rel).to.equal('noopener noreferrer');
  });

  describe('directory', () => {
    for (const entry of directory) {
      it(`${entry.id}: valid call, text and web links, a source and the date it was checked`, async () => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines=${entry.id} emergency="none"></hotline-banner>`);
        expect(names(el)).to.have.length(1);
        expect(names(el)[0]).to.not.contain(`lines.`);
        const all = hrefs(el) as string[];
        expect(all.length).to.be.at.least(2);
        for (const href of all) {
          // E.164 (a plus and 8–15 digits) or a 3-digit service number; short codes stay short; https only.
          expect(href).to.match(/^(tel:(\+\d{8,15}|\d{3})|sms:(\+\d{8,15}|\d{3}|\d{5,6})(\?&body=[A-Z]+)?|https:\/\/[a-z0-9.-]+\/([a-z0-9-]+\/)*)$/);
        }
        expect(entry.source ?? entry.url).to.match(/^https:\/\//);
        expect(entry.checked).to.match(/^\d{4}-\d{2}-\d{2}$/);
      });
    }

    it('every entry has a name and any "about" text in both languages', async () => {
      for (const lang of ['en', 'es']) {
        const el = await fixture<HotlineBanner>(
          html`<hotline-banner lang=${lang} hotlines=${directory.map((d) => d.id).join(' ')}></hotline-banner>`,
        );
        expect(root(el).textContent).to.not.match(/lines\.[a-z-]+\./);
        expect(names(el)).to.have.length(directory.length);
      }
    });

    it('the numbers from the research, each linked the right way', async () => {
      const el = await fixture<HotlineBanner>(
        html`<hotline-banner hotlines=${directory.map((d) => d.id).join(' ')} emergency="none"></hotline-banner>`,
      );
      for (const kind of ['call', 'text', 'tty'] as const) expect(hrefs(el, kind), kind).to.deep.equal(expected[kind]);
      expect(names(el)).to.deep.equal(expected.names);
      expect(root(el).textContent).to.contain('08000 121 700');
    });
  });

  describe('hotlines attribute', () => {
    it('lists directory lines in the order given', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-988 us-domestic-violence"></hotline-banner>`);
      expect(names(el)).to.deep.equal(['988 Suicide & Crisis Lifeline', 'National Domestic Violence Hotline']);
      expect(hrefs(el, 'text')).to.deep.equal(['sms:988', 'sms:88788?&body=START']);
    });

    it('present but empty, with no line of your own: draws nothing at all (no box, no landmark), with one warning', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines=""></hotline-banner>`);
        expect(root(el).querySelector('section')).to.equal(null);
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(messages.filter((m) => m.includes('no line to show'))).to.have.length(1);
      });
    });

    it('skips unknown ids with one warning', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-trafficking no-such-line"></hotline-banner>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(names(el)).to.deep.equal(['National Human Trafficking Hotline']);
        expect(messages.filter((m) => m.includes('no-such-line'))).to.have.length(1);
      });
    });
  });

  describe("the partner's own line", () => {
    it('comes first, then the default trafficking hotline', async () => {
      const el = await fixture<HotlineBanner>(
        html`<hotline-banner name="Safe Futures 24-hour hotline" phone="860.763.4542" hours="Every day, all day"
          sms="860-555-0100" sms-keyword="SAFE" url="https://safefutures.example/"></hotline-banner>`,
      );
      expect(names(el)).to.deep.equal(['Safe Futures 24-hour hotline', 'National Human Trafficking Hotline']);
      const first = root(el).querySelector('[part="line"]')!;
      const [call, text, site] = [...first.querySelectorAll('a')];
      expect(call.getAttribute('href')).to.equal('tel:+18607634542');
      expect(call.textContent).to.contain('860-763-4542');
      expect(accessibleText(call)).to.equal('Call 860-763-4542 — Safe Futures 24-hour hotline');
      expect(text.getAttribute('href')).to.equal('sms:+18605550100?&body=SAFE');
      expect(text.textContent).to.contain('Text SAFE to 860-555-0100');
      expect(site.getAttribute('href')).to.equal('https://safefutures.example/');
      expect(site.rel).to.equal('noopener noreferrer');
      expect(first.textContent).to.contain('Every day, all day');
    });

    it('keeps international numbers, and 5–6 digit short codes without a country code', async () => {
      const el = await fixture<HotlineBanner>(
        html`<hotline-banner hotlines="" name="Helpline" phone="+44 20 7946 0000" sms="741741" sms-keyword="HOME"></hotline-banner>`,
      );
      expect(hrefs(el, 'call')).to.deep.equal(['tel:+442079460000']);
      expect(hrefs(el, 'text')).to.deep.equal(['sms:741741?&body=HOME']);
      expect(root(el).textContent).to.contain('+44 20 7946 0000');
    });

    for (const [attribute, value] of [
      ['phone', 'javascript:alert(1)'],
      ['phone', 'call us'],
      ['phone', '12'],
      ['sms', 'javascript:alert(1)'],
      ['sms', '+1 860 555 0100 ext. 2'],
      ['sms', 'tel:911'],
      ['url', 'javascript:alert(1)'],
      ['url', 'http://insecure.example/'],
      ['url', 'data:text/html,hi'],
    ]) {
      it(`${attribute}="${value}" gives no link and one warning`, async () => {
        await withWarnings(async (messages) => {
          const el = await fixture<HotlineBanner>(
            html`<hotline-banner hotlines="" emergency="none" name="Partner" .phone=${attribute === 'phone' ? value : '860.763.4542'}
              .sms=${attribute === 'sms' ? value : null} .url=${attribute === 'url' ? value : null}></hotline-banner>`,
          );
          el.requestUpdate();
          await el.updateComplete;
          const part = { phone: 'call', sms: 'text', url: 'website' }[attribute]!;
          expect(hrefs(el, part)).to.deep.equal([]);
          for (const href of hrefs(el)) expect(href).to.match(/^(tel|sms|https):/);
          expect(messages.filter((m) => m.includes(value))).to.have.length(1);
        });
      });
    }

    it('renders hostile text as text, never as markup', async () => {
      const el = await fixture<HotlineBanner>(
        html`<hotline-banner name=${'<img src=x onerror=alert(1)>'} hours=${'<b>bold</b>'} phone="8607634542" sms="233733"
          sms-keyword=${'"><script>alert(1)</script>'}></hotline-banner>`,
      );
      expect(root(el).querySelector('img, b, script')).to.equal(null);
      expect(names(el)[0]).to.equal('<img src=x onerror=alert(1)>');
      // Not one word of letters and digits: the text link opens with no keyword (tests/unit/input.test.ts).
      expect(hrefs(el, 'text')[0]).to.equal('sms:233733');
      for (const href of hrefs(el)) expect(href).to.match(/^(tel|sms|https):/);
    });
  });

  describe('emergency', () => {
    it('999 for the UK', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="uk-modern-slavery" emergency="999"></hotline-banner>`);
      expect(hrefs(el, 'emergency-call')).to.deep.equal(['tel:999']);
      expect(root(el).textContent).to.contain('Call 999');
    });

    it('none hides the line', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner emergency="none"></hotline-banner>`);
      expect(root(el).querySelector('[part="emergency"]')).to.equal(null);
    });

    it('a wrong value falls back to 911 with one warning', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner emergency="javascript:void(0)"></hotline-banner>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(hrefs(el, 'emergency-call')).to.deep.equal(['tel:911']);
        expect(messages.filter((m) => m.includes('javascript:void(0)'))).to.have.length(1);
      });
    });
  });

  describe('variant', () => {
    it('compact: one line with the first hotline’s call and text only', async () => {
      const frame = await fixture(html`<div style="inline-size: 960px"><hotline-banner variant="compact"></hotline-banner></div>`);
      const el = frame.firstElementChild as HotlineBanner;
      expect(hrefs(el)).to.deep.equal(['tel:+18883737888', 'sms:233733?&body=HELP']);
      const tops = [root(el).querySelector('[part="name"]')!, ...links(el)].map((n) => n.getBoundingClientRect());
      const middles = tops.map((box) => box.top + box.height / 2);
      expect(Math.max(...middles) - Math.min(...middles)).to.be.below(4);
    });

    it('card stacks the lines; bar spreads them across', async () => {
      const card = await fixture<HotlineBanner>(html`<hotline-banner variant="card"></hotline-banner>`);
      expect(getComputedStyle(root(card).querySelector('[part="base"]')!).flexDirection).to.equal('column');
      const bar = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
      expect(getComputedStyle(root(bar).querySelector('[part="base"]')!).flexDirection).to.equal('row');
    });

    it('an unknown variant warns once and uses bar', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<HotlineBanner>(html`<hotline-banner variant="huge"></hotline-banner>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(root(el).querySelector('.bar')).to.not.equal(null);
        expect(messages.filter((m) => m.includes('huge'))).to.have.length(1);
      });
    });
  });

  it('dismissible: the close button hides it for this page view, storing nothing', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const el = await fixture<HotlineBanner>(html`<hotline-banner dismissible></hotline-banner>`);
    const close = root(el).querySelector<HTMLButtonElement>('button[part="close"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Hide help lines');
    close.click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
    const again = await fixture<HotlineBanner>(html`<hotline-banner dismissible></hotline-banner>`);
    expect(names(again)).to.have.length(1);
  });

  it('call and text links are at least 44 by 44 CSS pixels', async () => {
    const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-trafficking us-988"></hotline-banner>`);
    for (const a of links(el)) {
      const box = a.getBoundingClientRect();
      expect(box.width, a.href).to.be.at.least(44);
      expect(box.height, a.href).to.be.at.least(44);
    }
  });

  it('no sideways scroll at 320 px', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <hotline-banner name="Safe Futures 24-hour hotline" phone="860.763.4542"
        hotlines="us-trafficking us-ct-alliance uk-modern-slavery" dismissible></hotline-banner></div>`);
    const el = frame.querySelector('hotline-banner')!;
    await el.updateComplete;
    for (const node of [el, ...root(el).querySelectorAll('*')].filter((node) => !node.closest('.whose, .visually-hidden'))) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(frame.getBoundingClientRect().right + 0.5);
    }
  });

  describe('Spanish', () => {
    it('translates names, links and the emergency line', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner lang="es"></hotline-banner>`);
      const text = root(el).textContent!.replace(/\s+/g, ' ');
      expect(names(el)).to.deep.equal(['Línea Nacional contra la Trata de Personas']);
      expect(text).to.contain('Llamar al 1-888-373-7888');
      // One verb form (the infinitive, as on every button); HELP is the hotline's English keyword.
      expect(text).to.contain('Enviar HELP (en inglés) al 233733');
      expect(text).to.contain('¿Está en peligro ahora mismo?');
      expect(accessibleText(links(el, 'call')[0])).to.equal('Llamar al 1-888-373-7888 — Línea Nacional contra la Trata de Personas');
    });

    it('puts the Connecticut Alliance’s Spanish line first', async () => {
      const en = await fixture<HotlineBanner>(html`<hotline-banner hotlines="us-ct-alliance"></hotline-banner>`);
      expect(hrefs(en, 'call')).to.deep.equal(['tel:+18889995545', 'tel:+18885688332']);
      const es = await fixture<HotlineBanner>(html`<hotline-banner lang="es" hotlines="us-ct-alliance"></hotline-banner>`);
      expect(hrefs(es, 'call')).to.deep.equal(['tel:+18885688332', 'tel:+18889995545']);
      expect(links(es, 'call')[0].textContent).to.contain('línea en español');
    });

    it('988 in Spanish prefills AYUDA', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner lang="es" hotlines="us-988"></hotline-banner>`);
      expect(hrefs(el, 'text')).to.deep.equal(['sms:988?&body=AYUDA']);
    });
  });
});
