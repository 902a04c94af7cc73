// Hostile input (issue 20): huge values, invisible characters, look-alike
// keywords and language packs that would show one number and dial another.
// (A file of its own: it fills the warnings' memory on purpose.)
import { expect, fixture, html } from '@open-wc/testing';
import type { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { cleanKeyword, parsePhone, parseSms } from '../../src/hotlines/phone.js';
import { exitDestination } from '../../src/components/quick-exit/quick-exit.js';
import { LANGUAGE_EVENT, type LanguagePack } from '../../src/i18n/registry.js';
import { fitsEnglish } from '../../src/shared/input.js';
import { MAX_WARNINGS, warn } from '../../src/shared/warn.js';
import { withWarnings } from './helpers.js';
import en from '../../src/i18n/locales/en.json';

const root = (el: Element) => el.shadowRoot!;
const links = (el: Element, part: string) => [...root(el).querySelectorAll<HTMLAnchorElement>(`a[part="${part}"]`)];
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
/** What a person sees on a link: its visible text, without the parts only a screen reader gets. */
const visible = (a: HTMLElement) => (a.querySelector('.number') ?? a).textContent ?? '';
/** Values that made the old parsers backtrack (spaces before no digits), and plain huge ones. */
const HUGE = [`${' '.repeat(10000)}x`, `1${' '.repeat(10000)}`, `${'1 '.repeat(5000)}ext`, 'a'.repeat(10240), `${'a.'.repeat(5000)}com`];

describe('hostile input', () => {
  it('a 10 KB value of any attribute: the widget draws as quickly as with a short one (< 250 ms here, a generous bound for a whole first draw; the old parser took seconds), with a warning', async function () {
    this.timeout(60000);
    const attributes: Record<string, string[]> = {
      'hotline-banner': ['name', 'phone', 'sms', 'sms-keyword', 'url', 'hours', 'hotlines', 'emergency', 'variant', 'label'],
      'signs-checklist': ['perspective', 'categories', 'hotlines', 'emergency', 'heading-level'],
      'quick-exit': ['href', 'label', 'shortcut', 'placement'],
    };
    for (const [tag, names] of Object.entries(attributes)) {
      for (const name of names) {
        const said: string[] = [];
        for (const value of HUGE) {
          await withWarnings(async (messages) => {
            const el = document.createElement(tag);
            if (tag === 'quick-exit') el.setAttribute('placement', 'inline');
            const start = performance.now();
            el.setAttribute(name, value);
            document.body.append(el);
            await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
            const took = performance.now() - start;
            el.remove();
            expect(took, `${tag} ${name}`).to.be.lessThan(250);
            said.push(...messages);
          });
        }
        expect(said.length, `${tag} ${name}: a warning`).to.be.greaterThan(0);
      }
    }
  });

  it('the phone, text and address parsers take any 10 KB value in well under a frame', () => {
    for (const value of HUGE) {
      const start = performance.now();
      parsePhone(value);
      parseSms(value, value);
      cleanKeyword(value);
      exitDestination(value, 'href');
      expect(performance.now() - start, JSON.stringify(value.slice(0, 12))).to.be.lessThan(50);
    }
  });

  it('invisible characters never reach what is shown, dialled or copied (a reversed number shows and dials the same digits)', async () => {
    await withWarnings(async () => {
      const el = await fixture<HotlineBanner>(
        html`<hotline-banner hotlines="" name="Our\u202e line\u200b" phone="\u202E8887-373-888-1" sms="\u2066233733\u2069" sms-keyword="\u202EPLEH" url="https://example.org/\u200bhelp"></hotline-banner>`,
      );
      const call = links(el, 'call')[0];
      // (The widget's own direction isolation, U+2068…U+2069 around a name, and its templates' line breaks are not input.)
      const shown = root(el).textContent!.replace(/[\u2068\u2069\n\t]/g, '');
      expect([...shown].filter((c) => INVISIBLE.test(c)).map((c) => c.codePointAt(0)!.toString(16))).to.deep.equal([]);
      expect(visible(call).replace(/\D/g, '')).to.equal(call.getAttribute('href')!.replace(/\D/g, ''));
      const text = links(el, 'text')[0];
      expect(text.getAttribute('href')).to.equal('sms:233733?&body=PLEH');
      expect(INVISIBLE.test(decodeURIComponent(text.getAttribute('href')!))).to.equal(false);
      expect(links(el, 'website').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/help']);
    });
  });

  it('a keyword with letters of two alphabets (a Cyrillic look-alike in HELP) is not sent: one warning, the text link opens with no keyword', async () => {
    await withWarnings(async (messages) => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner hotlines="" name="Ours" sms="233733" sms-keyword="\u041dELP"></hotline-banner>`);
      expect(links(el, 'text')[0].getAttribute('href')).to.equal('sms:233733');
      expect(messages.filter((m) => m.includes('sms-keyword'))).to.have.length(1);
    });
    expect(cleanKeyword('AYUDA')).to.equal('AYUDA');
    expect(cleanKeyword('ПОМОЩЬ')).to.equal('ПОМОЩЬ');
    expect(cleanKeyword('HELP2')).to.equal('HELP2');
    expect(cleanKeyword('H\u0415LP')).to.equal(undefined);
  });

  it("a language pack that would show one number and dial another is refused, with a warning: the shown number is the dialled one", async () => {
    await withWarnings(async (messages) => {
      const packs = ((window as { SafetyWidgetsLanguages?: LanguagePack[] }).SafetyWidgetsLanguages ??= []);
      packs.push({ lang: 'de', strings: { hotline: { call: 'Anrufen: 1-900-555-0199' } } });
      dispatchEvent(new Event(LANGUAGE_EVENT));
      const el = await fixture<HotlineBanner>(html`<hotline-banner lang="de"></hotline-banner>`);
      for (const a of links(el, 'call')) {
        expect(a.textContent).not.to.include('900');
        expect(visible(a).replace(/\D/g, '')).to.equal(a.getAttribute('href')!.replace(/\D/g, ''));
      }
      expect(messages.some((m) => m.includes('"de"') && m.includes('hotline.call'))).to.equal(true);
    });
  });

  it('every shipped language fits English by the same rule (the same {{values}}, no number English lacks)', async () => {
    const walk = (tree: Record<string, unknown>, path: string[] = []): [string[], string][] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[[...path, key], value] as [string[], string]] : value && typeof value === 'object' ? walk(value as Record<string, unknown>, [...path, key]) : []));
    const at = (path: string[]) => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), en);
    const codes = ['es', 'fr', 'pt', 'zh', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'ru', 'uk'];
    const misfits: string[] = [];
    for (const code of codes) {
      const { default: strings } = await import(`../../src/i18n/locales/${code}.json`);
      for (const [path, text] of walk(strings)) {
        if (path[0] === '_meta') continue;
        const parent = at(path.slice(0, -1)) as Record<string, string> | undefined;
        const plural = typeof parent?.other === 'string';
        const english = plural ? parent!.other : at(path);
        const own = typeof english === 'string' ? english : undefined;
        const fits = fitsEnglish(own, text, plural, own ?? JSON.stringify(parent));
        if (!fits) misfits.push(`${code} ${path.join('.')}`);
      }
    }
    expect(misfits).to.deep.equal([]);
  });

  it('the warnings keep a bounded memory: 20,000 different problems print at most a hundred and one lines', async () => {
    await withWarnings(async (messages) => {
      for (let i = 0; i < 20000; i++) warn(`problem ${i}`);
      expect(messages.length).to.be.at.most(MAX_WARNINGS + 1);
      expect(messages.at(-1)).to.include('no more warnings');
    });
  });
});
