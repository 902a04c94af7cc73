import { expect, fixture, html } from '@open-wc/testing';
import type { SignsChecklist } from '../../src/components/signs-checklist/signs-checklist.js';
import { categories, signs } from '../../src/components/signs-checklist/signs.js';
import { accessibleText, withWarnings } from './helpers.js';

const root = (el: SignsChecklist) => el.shadowRoot!;
const boxes = (el: SignsChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const guidance = (el: SignsChecklist) => root(el).querySelector<HTMLElement>('[part="guidance"]')!;
const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const legends = (el: SignsChecklist) => [...root(el).querySelectorAll('fieldset > legend')].map(text);

/** Ticks a checkbox as a person does: a real click on its label. */
async function tick(el: SignsChecklist, box: HTMLInputElement) {
  root(el).querySelector<HTMLLabelElement>(`label[for="${box.id}"]`)!.click();
  await el.updateComplete;
}

describe('<signs-checklist>', () => {
  for (const lang of ['en', 'es']) {
    for (const perspective of ['other', 'self']) {
      it(`is accessible (${lang}, ${perspective}) with and without the guidance showing`, async () => {
        const el = await fixture<SignsChecklist>(html`<signs-checklist lang=${lang} perspective=${perspective}></signs-checklist>`);
        await expect(el).to.be.accessible();
        await tick(el, boxes(el)[0]);
        expect(text(guidance(el))).not.to.equal('');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('groups at least 15 signs in five fieldsets, each sign a native checkbox with its own label', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    const fieldsets = [...root(el).querySelectorAll('fieldset')];
    expect(fieldsets).to.have.length(5);
    expect(legends(el)).to.deep.equal(['Behavior', 'Health and body', 'Living conditions', 'Work and money', 'Control']);
    for (const legend of root(el).querySelectorAll('legend')) {
      expect(legend.getBoundingClientRect().height, text(legend)).to.be.greaterThan(10);
    }
    const all = boxes(el);
    expect(all.length).to.be.at.least(15);
    expect(new Set(all.map((box) => box.id)).size).to.equal(all.length);
    for (const box of all) {
      expect(box.closest('fieldset')).not.to.equal(null);
      const label = root(el).querySelector(`label[for="${box.id}"]`);
      expect(label, box.id).not.to.equal(null);
      expect(text(label!).length, box.id).to.be.greaterThan(20);
      expect(box.labels?.length, box.id).to.equal(1);
    }
  });

  it('covers labour trafficking as fully as sex trafficking', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    const labels = boxes(el).map((box) => text(box.labels![0]));
    const has = (pattern: RegExp) => expect(labels.some((label) => pattern.test(label)), String(pattern)).to.equal(true);
    has(/keeps their ID, passport/); // withheld documents
    has(/little or no pay/);
    has(/debt for travel, housing or food/);
    has(/threatens them or their family/);
    has(/not free to leave their job or home/);
    has(/very long hours/);
    has(/under 18, and someone gives them money, .* for sex/);
  });

  it('speaks about someone else by default, and about you with perspective="self"', async () => {
    const other = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    const self = await fixture<SignsChecklist>(html`<signs-checklist perspective="self"></signs-checklist>`);
    const label = (el: SignsChecklist, id: string) => text(root(el).querySelector(`label[for="${id}"]`)!);
    expect(label(other, 'pay')).to.equal('They get little or no pay, or someone else keeps their pay.');
    expect(label(self, 'pay')).to.equal('You get little or no pay, or someone else keeps your pay.');
    expect(text(root(other).querySelector('[part="intro"]')!)).to.contain('someone you know');
    expect(text(root(self).querySelector('[part="intro"]')!)).to.contain('your life');
  });

  it('a wrong perspective warns once and speaks about someone else', async () => {
    await withWarnings(async (messages) => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist perspective="me"></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      expect(messages.filter((m) => m.includes('perspective="me"'))).to.have.length(1);
      expect(text(root(el).querySelector('label[for="pay"]')!)).to.match(/^They /);
    });
  });

  describe('categories', () => {
    it('shows only the categories named, in the usual order', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist categories="control work"></signs-checklist>`);
      expect(legends(el)).to.deep.equal(['Work and money', 'Control']);
      expect(boxes(el).map((box) => box.id)).to.deep.equal([...signs.work, ...signs.control]);
    });

    it('skips unknown ids with one warning', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<SignsChecklist>(html`<signs-checklist categories="work labour"></signs-checklist>`);
        expect(legends(el)).to.deep.equal(['Work and money']);
        expect(messages.filter((m) => m.includes('labour'))).to.have.length(1);
      });
    });

    it('shows every category, with one warning, when none of the ids is known', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<SignsChecklist>(html`<signs-checklist categories="nonsense"></signs-checklist>`);
        expect(legends(el)).to.have.length(categories.length);
        expect(messages.filter((m) => m.includes('nonsense'))).to.have.length(1);
      });
    });
  });

  it('on a color-scheme: dark page, its checkboxes keep their light look (an unticked box does not look ticked)', async () => {
    const page = await fixture(html`<div style="color-scheme: dark"><signs-checklist></signs-checklist></div>`);
    const el = page.querySelector('signs-checklist')!;
    await el.updateComplete;
    expect(getComputedStyle(boxes(el)[0]).colorScheme).to.equal('light');
  });

  it('the under-18 sign is not filed under work and money', async () => {
    expect(signs.work as readonly string[]).to.not.include('minor');
    expect(Object.values(signs).flat()).to.include('minor');
  });

  describe('guidance', () => {
    it('the first tick announces one short sentence saying guidance appeared and where; the guidance is ordinary content under a heading', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      const status = root(el).querySelector('[aria-live="polite"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(text(status)).to.equal('');
      expect(guidance(el).closest('[role="status"], [aria-live]')).to.equal(null);
      await tick(el, boxes(el)[3]);
      const said = text(root(el).querySelector('[aria-live="polite"]')!);
      expect(said).to.contain('What you can do');
      expect(said.split(/\s+/).length, said).to.be.at.most(20);
      const heading = guidance(el).querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('What you can do');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      // A second tick adds nothing to say: the guidance is already there.
      await tick(el, boxes(el)[4]);
      expect(text(root(el).querySelector('[aria-live="polite"]')!)).to.equal('');
    });

    it('heading-level fits the guidance heading into the page outline; a wrong one warns once and uses 3', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist heading-level="2"></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      expect(guidance(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      await withWarnings(async (messages) => {
        el.setAttribute('heading-level', 'h9');
        await el.updateComplete;
        expect(guidance(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
        expect(messages.filter((m) => m.includes('h9'))).to.have.length(1);
      });
    });

    it('says what the signs can mean, trust your instincts, do not confront, minors, 911, reaching out, and the hotline', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      const said = text(guidance(el));
      expect(said).to.contain('can point to human trafficking');
      expect(said).to.contain('Only a conversation with trained people can tell');
      expect(said).to.contain('Trust your instincts');
      expect(said).to.contain('Do not confront anyone');
      expect(said).to.contain('Anyone under 18 who is used for sex in exchange for money or anything else is a victim of trafficking. This is true even if no one used force. It is never their fault.');
      expect(said).to.contain('In danger right now?');
      expect(said).to.contain('not the police or immigration');
      const hrefs = [...guidance(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:911');
      expect(hrefs).to.include('tel:+18883737888');
      expect(hrefs).to.include('sms:233733?&body=HELP');
    });

    it('about yourself, does not tell you to stay away from anyone', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist perspective="self"></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      const said = text(guidance(el));
      expect(said).not.to.contain('Do not confront');
      expect(said).to.contain('You do not have to be sure to reach out');
      // Said to the young person: what someone did to them is trafficking, and not their fault.
      expect(said).to.contain('If you are under 18 and someone uses you for sex in exchange for money or anything else, you are a victim of trafficking. This is true even if no one used force. It is not your fault.');
      expect(text(root(el).querySelector('label[for="minor"]')!)).to.equal('You are under 18, and someone gives you money, food, a place to stay or anything else for sex.');
    });

    it('shows the hotlines through the banner’s own renderer, with the same links and names', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist hotlines="us-domestic-violence us-trafficking"></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      const banner = await fixture(html`<hotline-banner hotlines="us-domestic-violence us-trafficking"></hotline-banner>`);
      const lines = (node: ParentNode) =>
        [...node.querySelectorAll('[part="line"]')].map((line) =>
          [...line.querySelectorAll('a')].map((a) => `${a.getAttribute('part')} ${a.getAttribute('href')} ${accessibleText(a)}`),
        );
      const inChecklist = lines(guidance(el));
      expect(inChecklist).to.have.length(2);
      expect(inChecklist).to.deep.equal(lines(banner.shadowRoot!));
      expect(inChecklist[0][0]).to.equal('call tel:+18007997233 Call 1-800-799-7233 — National Domestic Violence Hotline');
    });

    it('does not name the trafficking hotline’s promises when it does not show that hotline', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist hotlines="uk-modern-slavery"></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      const said = text(guidance(el));
      expect(said).not.to.contain('National Human Trafficking Hotline');
      expect(said).to.contain('you decide what to share');
      expect([...guidance(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:+448000121700');
    });

    it('emergency sets the number in the guidance (999 in the UK), and none leaves it out', async () => {
      const uk = await fixture<SignsChecklist>(html`<signs-checklist hotlines="uk-modern-slavery" emergency="999"></signs-checklist>`);
      await tick(uk, boxes(uk)[0]);
      const hrefs = (el: SignsChecklist) => [...guidance(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs(uk)).to.include('tel:999');
      expect(hrefs(uk)).not.to.include('tel:911');
      const none = await fixture<SignsChecklist>(html`<signs-checklist emergency="none"></signs-checklist>`);
      await tick(none, boxes(none)[0]);
      expect(hrefs(none)).not.to.include('tel:911');
      expect(text(guidance(none))).not.to.contain('In danger right now?');
    });

    it('unknown hotline ids are skipped with one warning', async () => {
      await withWarnings(async (messages) => {
        const el = await fixture<SignsChecklist>(html`<signs-checklist hotlines="us-trafficking nowhere"></signs-checklist>`);
        expect(messages.filter((m) => m.includes('nowhere')), 'warned at once').to.have.length(1);
        await tick(el, boxes(el)[0]);
        await tick(el, boxes(el)[1]);
        expect(messages.filter((m) => m.includes('nowhere'))).to.have.length(1);
        expect(guidance(el).querySelectorAll('[part="line"]')).to.have.length(1);
      });
    });

    it('never counts or scores: one sign and every sign give the very same guidance', async () => {
      const one = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      await tick(one, boxes(one)[0]);
      const all = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      for (const box of boxes(all)) await tick(all, box);
      expect(boxes(all).every((box) => box.checked)).to.equal(true);
      expect(guidance(all).innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(guidance(one).innerHTML.replace(/<!--[^>]*-->/g, ''));
      expect(text(guidance(all))).not.to.match(/\d+ (of|out of|signs?)\b|score|%/i);
    });

    it('never says "no signs" or "all clear": with nothing checked it says nothing', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      await tick(el, boxes(el)[0]);
      await tick(el, boxes(el)[0]);
      expect(boxes(el)[0].checked).to.equal(false);
      expect(text(guidance(el))).to.equal('');
      expect(text(root(el))).not.to.match(/no signs|all clear|you are safe|not trafficking/i);
    });

    it('hides when the checked sign’s category is no longer shown', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      await tick(el, root(el).querySelector<HTMLInputElement>('#documents')!);
      expect(text(guidance(el))).not.to.equal('');
      el.setAttribute('categories', 'work');
      await el.updateComplete;
      expect(text(guidance(el))).to.equal('');
    });
  });

  it('Clear unchecks every sign, hides the guidance and puts focus on the first sign', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    for (const box of boxes(el).slice(2, 6)) await tick(el, box);
    const clear = root(el).querySelector<HTMLButtonElement>('[part="clear"]')!;
    expect(clear.localName).to.equal('button');
    clear.focus();
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
    expect(text(guidance(el))).to.equal('');
    expect(root(el).activeElement === boxes(el)[0], 'focus is on the first sign').to.equal(true);
  });

  describe('privacy', () => {
    it('keeps what is checked in memory only: nothing stored, nothing in the address, the markup or an event', async () => {
      const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href };
      const seen: string[] = [];
      const targets = new Set<EventTarget | null>();
      const record = (event: Event) => {
        seen.push(event.type);
        targets.add(event.target);
      };
      const types = ['change', 'input', 'click', 'signs-change', 'submit'];
      for (const type of types) document.addEventListener(type, record);
      const originalDispatch = EventTarget.prototype.dispatchEvent;
      const dispatched: Event[] = [];
      EventTarget.prototype.dispatchEvent = function (event: Event) {
        dispatched.push(event);
        return originalDispatch.call(this, event);
      };
      try {
        const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
        for (const box of boxes(el)) await tick(el, box);
        expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href }).to.deep.equal(before);
        expect(el.outerHTML).not.to.match(/documents|pay|threats/);
        expect(dispatched.filter((event) => !(event instanceof MouseEvent))).to.deep.equal([]);
        // Outside the widget, only the browser's own click and input events, pointing at the widget, not at a sign.
        expect([...new Set(seen)].sort()).to.deep.equal(['click', 'input']);
        expect([...targets].every((target) => target === el), 'events point at the widget').to.equal(true);
        for (const a of guidance(el).querySelectorAll('a')) {
          expect(a.getAttribute('href')).not.to.match(/documents|pay|threat|fearful/i);
        }
        expect(boxes(el).every((box) => box.getAttribute('autocomplete') === 'off')).to.equal(true);
      } finally {
        EventTarget.prototype.dispatchEvent = originalDispatch;
        for (const type of types) document.removeEventListener(type, record);
      }
    });

    it('leaving the page forgets what was checked, so Back does not show it', async () => {
      const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      for (const box of boxes(el).slice(0, 3)) await tick(el, box);
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await el.updateComplete;
      expect(boxes(el).filter((box) => box.checked)).to.have.length(0);
      expect(text(guidance(el))).to.equal('');
    });

    it('a new page view starts with nothing checked', async () => {
      const first = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      for (const box of boxes(first)) await tick(first, box);
      const second = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
      expect(boxes(second).some((box) => box.checked)).to.equal(false);
    });
  });

  it('names its sources with links', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    const sources = root(el).querySelector('[part="sources"]')!;
    expect(text(sources)).to.contain('DHS Blue Campaign');
    expect(text(sources)).to.contain('Polaris');
    expect(text(sources)).to.contain('ILO indicators of forced labour');
    for (const a of sources.querySelectorAll('a')) {
      expect(a.getAttribute('href')).to.match(/^https:\/\//);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(sources.querySelectorAll('a')).to.have.length(3);
  });

  it('checkboxes, labels and buttons are easy to hit: rows and links at least 44 px tall, boxes at least 24 px', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist></signs-checklist>`);
    await tick(el, boxes(el)[0]);
    for (const box of boxes(el)) {
      const rect = box.getBoundingClientRect();
      expect(rect.width, box.id).to.be.at.least(24);
      expect(rect.height, box.id).to.be.at.least(24);
      expect(box.labels![0].getBoundingClientRect().height, box.id).to.be.at.least(44);
    }
    const targets = [root(el).querySelector('[part="clear"]')!, ...guidance(el).querySelectorAll('a')];
    for (const target of targets) {
      const rect = target.getBoundingClientRect();
      expect(rect.height, target.outerHTML.slice(0, 50)).to.be.at.least(44);
      expect(rect.width, target.outerHTML.slice(0, 50)).to.be.at.least(44);
    }
  });

  it('no sideways scroll at 320 px, with the guidance showing, in Spanish', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <signs-checklist lang="es" hotlines="us-trafficking us-ct-alliance"></signs-checklist></div>`);
    const el = frame.querySelector('signs-checklist')!;
    await el.updateComplete;
    await tick(el, boxes(el)[0]);
    const right = frame.getBoundingClientRect().right + 0.5;
    for (const node of [el, ...root(el).querySelectorAll('*')]) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(right);
    }
  });

  it('in Spanish: categories, signs, guidance and sources', async () => {
    const el = await fixture<SignsChecklist>(html`<signs-checklist lang="es"></signs-checklist>`);
    expect(legends(el)[0]).not.to.equal('Behavior');
    expect(text(root(el).querySelector('label[for="pay"]')!)).to.match(/pago/);
    await tick(el, boxes(el)[0]);
    const said = text(guidance(el));
    expect(said).to.contain('¿Está en peligro ahora mismo?');
    expect(said).to.contain('No confronte');
    expect(said).to.contain('Llamar al 1-888-373-7888');
    expect(text(root(el).querySelector('[part="clear"]')!)).not.to.equal('Clear');
  });
});
