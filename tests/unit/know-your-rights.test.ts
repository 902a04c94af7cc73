import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/rights.js';
import type { KnowYourRights } from '../../src/components/know-your-rights/know-your-rights.js';
import { facts, sources, topics } from '../../src/components/know-your-rights/rights.js';
import { RIGHTS_KEY } from '../../src/components/know-your-rights/strings.js';
import { agencies } from '../../src/hotlines/directory.js';
import { translator, i18nextTranslator } from '../../src/i18n/i18n.js';
import * as lite from '../../src/i18n/i18n-lite.js';
import { LANGUAGE_EVENT } from '../../src/i18n/registry.js';
import en from '../../src/i18n/rights/en.json';
import es from '../../src/i18n/rights/es.json';
import { fitsEnglish } from '../../src/shared/input.js';
import { SHIPPED } from '../../src/i18n/registry.js';
import { accessibleText, withWarnings } from './helpers.js';

await customElements.whenDefined('know-your-rights');

const root = (el: KnowYourRights) => el.shadowRoot!;
const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const toggles = (el: KnowYourRights) => [...root(el).querySelectorAll<HTMLButtonElement>('button[part="toggle"]')];
const panel = (el: KnowYourRights, button: HTMLButtonElement) => root(el).getElementById(button.getAttribute('aria-controls')!)!;
const links = (el: KnowYourRights) => [...root(el).querySelectorAll<HTMLAnchorElement>('a')];
const lineNames = (el: KnowYourRights) => [...root(el).querySelectorAll('[part="line"] [part="name"]')].map(text);
/** After a `lang` change: the page-wide watcher hears it (a mutation observer), then the element draws. */
const settle = async (el: KnowYourRights) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};
const openAll = async (el: KnowYourRights) => {
  for (const button of toggles(el)) button.click();
  await el.updateComplete;
};

/** Pushes a rights language file as locales/rights-<code>.js does. */
function pushRights(pack: object) {
  const g = globalThis as unknown as Record<symbol, object[]>;
  (g[RIGHTS_KEY] ??= []).push(pack);
  dispatchEvent(new Event(LANGUAGE_EVENT));
}

describe('<know-your-rights>', () => {
  for (const lang of ['en', 'es']) {
    for (const perspective of ['self', 'other']) {
      it(`is accessible (${lang}, ${perspective}), closed and with every topic open`, async () => {
        const el = await fixture<KnowYourRights>(html`<know-your-rights lang=${lang} perspective=${perspective} name="Safe Futures" phone="860.763.4542"></know-your-rights>`);
        await expect(el).to.be.accessible();
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows the four topics in order, each a heading (level 3) holding a closed disclosure button', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    expect(toggles(el).map(text)).to.deep.equal(['Your rights at work', 'Your passport and ID', 'T and U visas', 'Staying safe']);
    for (const button of toggles(el)) {
      const heading = button.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, button).hidden).to.equal(true);
      expect(panel(el, button).getClientRects().length).to.equal(0);
    }
    // "Who can help" is always shown, at the same level.
    const help = root(el).querySelector('.help-title')!;
    expect([help.getAttribute('role'), help.getAttribute('aria-level'), text(help)]).to.deep.equal(['heading', '3', 'Who can help']);
  });

  it('opens and closes a topic with a click, Enter and Space; each fact is there', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    const [work] = toggles(el);
    work.click();
    await el.updateComplete;
    expect(work.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, work).hidden).to.equal(false);
    expect([...panel(el, work).querySelectorAll('li')].map(text)).to.deep.equal(facts.work.map((fact) => en.rights.work[fact.id as keyof typeof en.rights.work]));
    work.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(work.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(work.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(work);
    // Closed, a topic holds nothing to tab to: Tab goes from one topic's button to the next.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(toggles(el)[1]);
  });

  it('says what money, overtime, papers and visas are, with their numbers', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    await openAll(el);
    const all = text(root(el));
    for (const fact of ['$7.25 an hour', 'after 40 hours in a week', 'one and a half times', 'whatever their immigration status', '18 U.S.C. § 1592', '5,000 people can get T status', '10,000 people can get U status', 'not legal advice', 'under 18', 'under 16', 'free immigration legal service']) {
      expect(all, fact).to.contain(fact);
    }
    // What each way of reaching out leaves behind, said plainly.
    for (const trace of ["call log and on the phone bill", 'message thread', 'at the printer', "browser's history"]) expect(all).to.contain(trace);
  });

  it('the lines: the partner’s first, then the trafficking hotline, the Wage and Hour Division with its hours, and 911', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights name="Safe Futures" phone="860.763.4542" sms="860.763.4542" sms-keyword="SAFE" url="https://safefutures.example/" hours="24/7"></know-your-rights>`);
    expect(lineNames(el)).to.deep.equal(['Safe Futures', 'National Human Trafficking Hotline', 'Wage and Hour Division, U.S. Department of Labor']);
    const hrefs = links(el).map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:+18607634542', 'sms:+18607634542?&body=SAFE', 'https://safefutures.example/', 'tel:+18883737888', 'tel:+18664879243', 'tel:911']);
    const whd = [...root(el).querySelectorAll('[part="line"]')][2];
    expect(text(whd)).to.contain('Monday to Friday, 8 a.m. to 4:30 p.m. your local time');
    expect(accessibleText(whd.querySelector('[part="call"]')!)).to.equal('Call 1-866-487-9243 — Wage and Hour Division, U.S. Department of Labor');
    expect(text(root(el).querySelector('.help > [part="emergency"]')!)).to.equal('In danger right now? Call 911');
    // Without a line of its own: the two national lines only.
    const plain = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    expect(lineNames(plain)).to.deep.equal(['National Human Trafficking Hotline', 'Wage and Hour Division, U.S. Department of Labor']);
  });

  it('the Wage and Hour Division is in the directory data, with its source and date', () => {
    const whd = agencies.find((line) => line.id === 'us-wage-hour')!;
    expect(whd.calls[0].number).to.equal('1-866-487-9243');
    expect(whd.source).to.match(/^https:\/\/www\.dol\.gov\//);
    expect(whd.checked).to.match(/^2026-12/);
  });

  it('every fact names its sources (https) and when they were checked', () => {
    for (const topic of topics) {
      for (const fact of facts[topic]) {
        expect(fact.checked, fact.id).to.match(/^\d{4}-\d{2}/);
        if (fact.id !== 'general') expect(fact.from.length, fact.id).to.be.greaterThan(0);
      }
    }
    for (const source of Object.values(sources)) expect(source.url).to.match(/^https:\/\//);
  });

  it('topics: only those named, always in their own order; an unknown id warns once and is skipped', async () => {
    await withWarnings(async (messages) => {
      const el = await fixture<KnowYourRights>(html`<know-your-rights topics="safety bogus WORK"></know-your-rights>`);
      expect(toggles(el).map(text)).to.deep.equal(['Your rights at work', 'Staying safe']);
      el.requestUpdate();
      await el.updateComplete;
      expect(messages.filter((m) => m.includes('topics="safety bogus WORK"'))).to.have.length(1);
      const none = await fixture<KnowYourRights>(html`<know-your-rights topics="nothing"></know-your-rights>`);
      expect(toggles(none)).to.have.length(4);
      expect(messages.some((m) => m.includes('topics="nothing"') && m.includes('Showing all'))).to.equal(true);
    });
  });

  it('speaks to the worker by default; perspective="other" says the facts are to share, when safe', async () => {
    const self = await fixture<KnowYourRights>(html`<know-your-rights topics="safety"></know-your-rights>`);
    const other = await fixture<KnowYourRights>(html`<know-your-rights perspective="other" topics="safety"></know-your-rights>`);
    expect(text(root(self).querySelector('[part="intro"]')!)).to.equal(`${en.rights.intro_self} ${en.rights.private}`);
    expect(text(root(other).querySelector('[part="intro"]')!)).to.contain('you can share them when it is safe');
    await openAll(self);
    await openAll(other);
    expect(text(root(self))).not.to.contain(en.rights.safety.other);
    expect(text(root(other))).to.contain(en.rights.safety.other);
    await withWarnings(async (messages) => {
      const wrong = await fixture<KnowYourRights>(html`<know-your-rights perspective="me"></know-your-rights>`);
      wrong.requestUpdate();
      await wrong.updateComplete;
      expect(messages.filter((m) => m.includes('perspective="me"'))).to.have.length(1);
      expect(text(root(wrong).querySelector('[part="intro"]')!)).to.contain(en.rights.intro_self);
    });
  });

  it('heading-level sets every heading’s level; a wrong one warns and uses 3', async () => {
    for (const level of ['1', '2', '4', '6']) {
      const el = await fixture<KnowYourRights>(html`<know-your-rights heading-level=${level}></know-your-rights>`);
      const levels = [...root(el).querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
      expect(new Set(levels)).to.deep.equal(new Set([level]));
    }
    await withWarnings(async (messages) => {
      const el = await fixture<KnowYourRights>(html`<know-your-rights heading-level="7"></know-your-rights>`);
      expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(messages.filter((m) => m.includes('heading-level="7"'))).to.have.length(1);
    });
  });

  it('country: "us" (any case) shows the facts; anything else warns once and shows only the partner’s own line', async () => {
    const upper = await fixture<KnowYourRights>(html`<know-your-rights country="US"></know-your-rights>`);
    expect(toggles(upper)).to.have.length(4);
    await withWarnings(async (messages) => {
      const ca = await fixture<KnowYourRights>(html`<know-your-rights country="ca" name="Safe Futures" phone="860.763.4542"></know-your-rights>`);
      ca.requestUpdate();
      await ca.updateComplete;
      expect(messages.filter((m) => m.includes('country="ca"'))).to.have.length(1);
      expect(toggles(ca)).to.have.length(0);
      expect(lineNames(ca)).to.deep.equal(['Safe Futures']);
      expect(links(ca).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18607634542']);
      const bare = await fixture<KnowYourRights>(html`<know-your-rights country="uk"></know-your-rights>`);
      expect(text(root(bare))).to.equal('');
    });
  });

  it('hostile attributes: one warning each, a safe fallback, and never a link but tel:, sms: or https:', async () => {
    await withWarnings(async (messages) => {
      const hostile = { name: 'Help\u202Eenil', sms: 'data:text/html,x', hours: '<img src=x onerror=alert(1)>', topics: '<script>' };
      const el = await fixture<KnowYourRights>(html`<know-your-rights name=${hostile.name} phone="javascript:alert(1)" sms=${hostile.sms}
        sms-keyword="HΕLP" url="javascript:alert(1)" hours=${hostile.hours} heading-level="3 onclick" topics=${hostile.topics}></know-your-rights>`);
      await openAll(el);
      for (const a of links(el)) expect(a.getAttribute('href')).to.match(/^(tel:|sms:|https:)/);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(lineNames(el)[0]).to.equal('Helpenil');
      for (const attribute of ['phone="javascript:alert(1)"', 'sms="data:text/html,x"', 'url="javascript:alert(1)"', 'sms-keyword="HΕLP"', 'heading-level="3 onclick"', 'topics="<script>"']) {
        expect(messages.filter((m) => m.includes(attribute)), attribute).to.have.length(1);
      }
      const long = await fixture<KnowYourRights>(html`<know-your-rights name=${'x'.repeat(2000)}></know-your-rights>`);
      expect(lineNames(long)[0]).to.equal('National Human Trafficking Hotline');
    });
  });

  it('marks its content "do not record" on the inner box, not on the element', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    const base = root(el).querySelector('[part="base"]')!;
    expect(base.classList.contains('rr-block')).to.equal(true);
    expect(base.getAttribute('data-hj-suppress')).to.equal('true');
    expect(el.classList.length).to.equal(0);
    expect(el.attributes.length).to.equal(0);
  });

  it('stores nothing, and Back (pagehide) closes every topic', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    await openAll(el);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    dispatchEvent(new Event('pagehide'));
    await el.updateComplete;
    expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('Spanish: its own words, USCIS’s terms, and the lines explained', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights lang="es"></know-your-rights>`);
    await openAll(el);
    const all = text(root(el));
    expect(toggles(el).map(text)).to.deep.equal(['Sus derechos en el trabajo', 'Su pasaporte y su identificación', 'Visas T y U', 'Cómo protegerse']);
    expect(all).to.contain('La visa T (estatus T)');
    expect(all).to.contain('División de Horas y Salarios');
    expect(all).to.contain('Llamar al 1-866-487-9243');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('follows a change of language at once, and shows English until a language’s rights words are here', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights lang="es"></know-your-rights>`);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text(toggles(el)[0])).to.equal('Your rights at work');
    // A language whose words have not come yet: English, marked as English.
    el.setAttribute('lang', 'xx-test');
    await settle(el);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    // A partner's language with both files: the hotline words and the rights words.
    (window.SafetyWidgetsLanguages ??= []).push({ lang: 'xq', strings: { hotline: { call: 'Kall {{number}}' } } });
    dispatchEvent(new Event(LANGUAGE_EVENT));
    el.setAttribute('lang', 'xq');
    await settle(el);
    expect(text(toggles(el)[0])).to.equal('Your rights at work');
    await withWarnings(async (messages) => {
      pushRights({ lang: 'xq', strings: { rights: { topic: { work: 'Retten på jobb' }, work: { wage: 'Minst $7.25, ring 1-900-555-0199.' } } } });
      await settle(el);
      expect(text(toggles(el)[0])).to.equal('Retten på jobb');
      // A number English does not have is refused, with one warning: English shows instead.
      toggles(el)[0].click();
      await el.updateComplete;
      expect(text(root(el))).to.contain(en.rights.work.wage);
      expect(messages.some((m) => m.includes('rights-xq') && m.includes('rights.work.wage'))).to.equal(true);
    });
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('xq');
  });

  it('every language has every English string, keeps its numbers, explains the new line, and is "drafted" until a native speaker signs', async () => {
    type Tree = Record<string, unknown>;
    const flat = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flat(value as Tree, `${prefix}${key}.`)));
    const { _meta: _, ...english } = en;
    const reference = new Map(flat(english));
    for (const code of SHIPPED.filter((one) => one !== 'en')) {
      const { _meta: meta, ...words } = (await import(`../../src/i18n/rights/${code}.json`)).default as Tree & { _meta: { status: string } };
      expect(meta.status, code).to.equal('drafted');
      const theirs = new Map(flat(words));
      expect([...theirs.keys()].filter((key) => key !== 'lines.us-wage-hour.what').sort(), code).to.deep.equal([...reference.keys()].sort());
      expect(theirs.get('lines.us-wage-hour.name'), code).to.equal(reference.get('lines.us-wage-hour.name'));
      expect(theirs.get('lines.us-wage-hour.what'), code).to.be.a('string');
      for (const [key, value] of theirs) {
        const own = reference.get(key) ?? reference.get('lines.us-wage-hour.name');
        expect(fitsEnglish(reference.get(key), value, false, own), `${code} ${key}: ${value}`).to.equal(true);
      }
    }
  });

  it('the build’s lighter translator (parts/rights.js) says what i18next says, in every language here', () => {
    // (In the build, strings.ts adds its words to the lighter translator; here it added them to i18next's.)
    const { _meta: _, ...words } = en;
    lite.addStrings('en', words);
    lite.addStrings('es', { ...es, _meta: undefined });
    for (const lang of ['en', 'es']) {
      const t = translator(lang);
      const theirs = i18nextTranslator(lang);
      const ours = lite.translator(lang);
      const keys = ['hotline.call', 'hotline.danger', 'hotline.textKeyword', 'lines.us-trafficking.name', 'lines.us-trafficking.about', 'rights.topic.work', 'rights.work.wage', 'lines.us-wage-hour.about', 'lines.us-wage-hour.what', 'no.such.key'];
      for (const key of keys) {
        const values = { number: '1-888-373-7888', keyword: 'HELP' };
        expect(ours(key, values), `${lang} ${key}`).to.equal(theirs(key, values));
        expect(t(key, values)).to.equal(theirs(key, values));
      }
      expect(ours('lines.us-trafficking.what', { defaultValue: '' })).to.equal(theirs('lines.us-trafficking.what', { defaultValue: '' }));
    }
  });

  it('no sideways scroll at 320 px, every topic open, in Spanish', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <know-your-rights lang="es" name="Safe Futures 24-hour hotline" phone="860.763.4542" sms="860.763.4542" sms-keyword="SAFE"></know-your-rights></div>`);
    const el = frame.querySelector('know-your-rights')!;
    await openAll(el);
    // (What only screen readers read sits clipped in a 1 px box: it is not on screen.)
    for (const node of [el, ...root(el).querySelectorAll('*')].filter((node) => !node.closest('.whose, .visually-hidden'))) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(frame.getBoundingClientRect().right + 0.5);
    }
    for (const button of toggles(el)) expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('prints every topic open, dark on white, without the buttons’ look, with addresses written out', async () => {
    const el = await fixture<KnowYourRights>(html`<know-your-rights></know-your-rights>`);
    let printed = true;
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      printed = false; // WebKit's driver cannot: the rules are checked as written below
    }
    try {
      if (printed) {
        for (const button of toggles(el)) expect(panel(el, button).getClientRects().length, text(button)).to.be.greaterThan(0);
        const base = root(el).querySelector('[part="base"]')!;
        expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(toggles(el)[0], '::before').display).to.equal('none');
        const source = root(el).querySelector('.sources a')!;
        expect(getComputedStyle(source, '::after').content).to.contain('https://');
      }
      const css = (el.constructor as typeof KnowYourRights).elementStyles.map((sheet) => ('cssText' in sheet ? sheet.cssText : '')).join('\n');
      expect(css).to.match(/@media print\s*{[\s\S]*\.panel\[hidden\]\s*{\s*display: grid/);
      expect(css).to.match(/@media \(forced-colors: active\)/);
    } finally {
      if (printed) await emulateMedia({ media: 'screen' });
    }
  });
});
