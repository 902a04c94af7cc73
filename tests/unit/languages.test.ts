import { expect, fixture, html } from '@open-wc/testing';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import fr from '../../src/i18n/locales/fr.json';
import pt from '../../src/i18n/locales/pt.json';
import zh from '../../src/i18n/locales/zh.json';
import zhHant from '../../src/i18n/locales/zh-Hant.json';
import vi from '../../src/i18n/locales/vi.json';
import ko from '../../src/i18n/locales/ko.json';
import tl from '../../src/i18n/locales/tl.json';
import ar from '../../src/i18n/locales/ar.json';
import ht from '../../src/i18n/locales/ht.json';
import ru from '../../src/i18n/locales/ru.json';
import uk from '../../src/i18n/locales/uk.json';
import { countdown, quickExitStrings } from '../../src/components/quick-exit/strings.js';
import { canonical, chooseLanguage, SHIPPED, type LanguagePack } from '../../src/i18n/registry.js';
import { i18nextTranslator, supported, translator } from '../../src/i18n/i18n.js';
import { packKeys } from '../../src/i18n/packs.js';
import { wantedLanguage } from '../../src/i18n/language.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';
import type { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import type { SignsChecklist } from '../../src/components/signs-checklist/signs-checklist.js';
import { withWarnings } from './helpers.js';

type Tree = { [key: string]: string | Tree };
const locales: Record<string, Tree> = { fr, pt, zh, 'zh-Hant': zhHant, vi, ko, tl, ar, ht, ru, uk } as unknown as Record<string, Tree>;
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
const placeholders = (value: string) => (value.match(/\{\{\w+\}\}/g) ?? []).sort();
const plural = /^quickExit\.(shiftLeft|escapeLeft)\./;
const english = flatten(en as unknown as Tree);
const lineIds = Object.keys(en.lines);
/** Strings that may stay as in English: official names, "TTY", source names, a bare "{{channels}}: {{languages}}." */
const mayMatchEnglish = (key: string) =>
  /^lines\.[^.]+\.name$|^signs\.source\.|^hotline\.(tty|channelIn|chatOnly)$/.test(key);

/** Adds a pack the way a language file or a partner's file does. */
function addPack(pack: LanguagePack) {
  (window.SafetyWidgetsLanguages ??= []).push(pack);
  dispatchEvent(new Event('safety-widgets-language'));
}
// As our own language files carry them (scripts/locales.mjs): the quick exit's words, then the rest in packKeys() order.
const at = (tree: Tree, key: string) => key.split('.').reduce<Tree | string | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree);
for (const [lang, tree] of Object.entries(locales)) {
  addPack({ lang, quickExit: tree.quickExit as Record<string, unknown>, values: packKeys().map((key) => (typeof at(tree, key) === 'string' ? at(tree, key) : 0)) });
}

const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.trim();

describe('languages', () => {
  it("the widgets' translate gives exactly what i18next gives, for every string of every language, with and without values", () => {
    const xx = {
      plain: 'Plain',
      spaced: 'Call {{ number }}',
      formatted: 'Call {{number, uppercase}}',
      unescaped: 'Call {{- number}}',
      nested: 'See: $t(hotline.call)',
      unclosed: 'Call {{number',
      twice: '{{number}} or {{number}}',
      empty: '',
    };
    addPack({ lang: 'pl', name: 'Polski', strings: { hotline: xx } as unknown as LanguagePack['strings'] });
    const keys = [...packKeys(), ...Object.keys(xx).map((key) => `hotline.${key}`), 'hotline.missing'];
    const tries = (value: unknown) => {
      const names = typeof value === 'string' ? [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]) : [];
      const filled = Object.fromEntries(names.map((name, i) => [name, i % 2 ? 42 : `<${name} & "x">`]));
      return [undefined, {}, filled, { ...filled, defaultValue: 'default' }, { defaultValue: '' }, { ...filled, count: 2 }, { ...filled, extra: 'x' }, { number: { nested: 1 } }];
    };
    let compared = 0;
    for (const lang of ['en', 'es', ...Object.keys(locales), 'pl']) {
      const ours = translator(lang);
      const theirs = i18nextTranslator(lang);
      for (const key of keys) {
        for (const options of tries(at((lang === 'en' ? en : lang === 'es' ? es : lang === 'pl' ? { hotline: xx } : locales[lang]) as unknown as Tree, key))) {
          expect(ours(key, options as never), `${lang} ${key} ${JSON.stringify(options)}`).to.equal(theirs(key, options as never));
          compared++;
        }
      }
    }
    expect(compared).to.be.greaterThan(5000);
  });

  it('ships thirteen: English and Spanish built in, eleven as files', () => {
    expect([...SHIPPED].sort()).to.deep.equal(['en', 'es', ...Object.keys(locales)].sort());
  });

  for (const [code, tree] of Object.entries(locales)) {
    describe(code, () => {
      const strings = flatten(tree);
      const keys = Object.keys(strings).filter((key) => !key.startsWith('_meta.'));

      it('has every key English has, each line explained (what), and nothing else', () => {
        const wanted = [...Object.keys(english).filter((key) => !plural.test(key)), ...lineIds.map((id) => `lines.${id}.what`)];
        expect(wanted.filter((key) => !(key in strings)), 'missing').to.deep.equal([]);
        expect(keys.filter((key) => !plural.test(key) && !wanted.includes(key)), 'extra').to.deep.equal([]);
      });

      it('keeps the same {{placeholders}} and translates every string but names, numbers and keywords', () => {
        for (const [key, value] of Object.entries(english)) {
          if (plural.test(key)) continue;
          expect(placeholders(strings[key]), key).to.deep.equal(placeholders(value));
          expect(strings[key].trim(), key).not.to.equal('');
          if (!mayMatchEnglish(key)) expect(strings[key], key).not.to.equal(value);
          // Hotline names stay official (read with an English voice); keywords stay what the line expects.
          if (/^lines\.[^.]+\.name$/.test(key)) expect(strings[key], key).to.equal(value);
        }
      });

      it('has every plural form its language needs for the shortcut countdown, each with the count', () => {
        const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        for (const which of ['shiftLeft', 'escapeLeft'] as const) {
          const forms = (tree.quickExit as Tree)[which] as Record<string, string> & { other: string };
          for (const category of needed) expect(forms, `${which}.${category}`).to.have.property(category);
          for (const count of [1, 2, 3]) expect(countdown(code, forms, count), `${which} ${count}`).to.match(/\S/);
        }
      });

      it('records how it was made', () => {
        expect((tree._meta as Tree).status).to.match(/^(drafted|reviewed by a native speaker: .+)$/);
      });

      it('every widget is accessible in it (axe)', async function () {
        this.timeout(30000);
        const box = await fixture(html`<div lang=${code}>
          <quick-exit placement="inline" href="https://example.com/"></quick-exit>
          <hotline-banner hotlines="us-trafficking us-domestic-violence us-988 us-ct-alliance ca-trafficking" dismissible language-menu></hotline-banner>
          <signs-checklist perspective="self" language-menu></signs-checklist>
        </div>`);
        const banner = box.querySelector<HotlineBanner>('hotline-banner')!;
        await banner.updateComplete;
        await box.querySelector<QuickExit>('quick-exit')!.updateComplete;
        expect(shadowText(banner, '[part="call"]')).to.equal((tree.hotline as Tree).call.toString().replace('{{number}}', '1-888-373-7888'));
        expect(box.querySelector('quick-exit')!.shadowRoot!.querySelector('button')!.textContent).to.equal((tree.quickExit as Tree).label);
        for (const el of box.children) await expect(el).to.be.accessible();
      });
    });
  }

  describe('right to left', () => {
    /** Where the character at `index` of `element`'s text is drawn (its left edge, in pixels). */
    function leftOf(element: Element, index: number): number {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null, at = index; node; at -= node.length, node = walker.nextNode() as Text | null) {
        if (at >= node.length) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`no character ${index} in "${element.textContent}"`);
    }

    it('an English hotline name in Arabic reads in its own order: "(UK)" at its end, "988" at its start', async () => {
      for (const variant of ['bar', 'compact']) {
        for (const id of ['uk-modern-slavery', 'us-988']) {
          const el = await fixture<HotlineBanner>(html`<hotline-banner lang="ar" variant=${variant} hotlines=${id} style="display: block; inline-size: 60em"></hotline-banner>`);
          const name = el.shadowRoot!.querySelector('[part="name"]')!;
          const text = name.textContent!;
          expect(text, id).to.equal(en.lines[id as 'us-988'].name);
          expect(name.closest('[dir]')!.getAttribute('dir'), 'the banner itself is right to left').to.equal('rtl');
          // Left to right inside the name: each character of the first word, then the last character, further right.
          const first = leftOf(name, 0);
          expect(leftOf(name, 1), `${variant} ${text}`).to.be.greaterThan(first);
          expect(leftOf(name, text.length - 1), `${variant} ${text}: its last character ("${text.at(-1)}") ends it`).to.be.greaterThan(leftOf(name, text.length - 2));
          expect(leftOf(name, text.length - 1), `${variant} ${text}`).to.be.greaterThan(first);
          // …and read in English, the name's own language.
          expect(name.closest('[lang]')!.getAttribute('lang')).to.equal('en');
        }
      }
    });
  });

  it('English inside another language is marked English: the keyword HELP, and the hotline the guidance names', async () => {
    for (const code of ['ar', 'vi', 'zh']) {
      const banner = await fixture<HotlineBanner>(html`<hotline-banner lang=${code}></hotline-banner>`);
      const keyword = banner.shadowRoot!.querySelector('.keyword')!;
      expect(keyword.textContent).to.equal('HELP');
      expect(keyword.closest('[lang]')!.getAttribute('lang'), code).to.equal('en');
      const list = await fixture<SignsChecklist>(html`<signs-checklist lang=${code}></signs-checklist>`);
      list.shadowRoot!.querySelector('input')!.click();
      await list.updateComplete;
      const guidance = list.shadowRoot!.querySelector('[part="guidance"]')!;
      const english = [...guidance.querySelectorAll(':not(.line) [lang="en"]')].filter((node) => !node.closest('.line'));
      expect(english.map((node) => [node.textContent, node.getAttribute('dir')]), code).to.deep.equal([['National Human Trafficking Hotline', 'ltr']]);
      // The sentence around it is whole.
      expect(english[0].parentElement!.textContent).to.equal(((locales[code].guidance as Tree).reachOut as string));
    }
  });

  it('lists, brackets and sentence breaks follow each language (Intl.ListFormat and the words of each file)', async () => {
    const sourcesOf = async (code: string) => {
      const list = await fixture<SignsChecklist>(html`<signs-checklist lang=${code}></signs-checklist>`);
      return list.shadowRoot!.querySelector('[part="sources"]')!.textContent!;
    };
    expect(await sourcesOf('en')).to.equal('These signs come from DHS Blue Campaign, Polaris Project, and ILO indicators of forced labour.');
    expect(await sourcesOf('zh')).to.equal('这些迹象来自美国国土安全部“蓝色行动”（DHS Blue Campaign）、Polaris Project和国际劳工组织的强迫劳动指标。');
    expect(await sourcesOf('ar')).to.equal('هذه العلامات مأخوذة من الحملة الزرقاء لوزارة الأمن الداخلي الأمريكية (DHS Blue Campaign) ومشروع بولاريس (Polaris Project) ومؤشرات العمل الجبري لمنظمة العمل الدولية.');
    // Browsers have no list words for Haitian Creole: its own "ak" (and).
    expect(await sourcesOf('ht')).to.equal('Siy sa yo soti nan: Blue Campaign DHS (Etazini), Polaris Project ak endikatè OIT sou travay fòse.');

    // Chinese: no space after a full stop or question mark, and full-width brackets.
    const zhList = await fixture<SignsChecklist>(html`<signs-checklist lang="zh"></signs-checklist>`);
    expect(zhList.shadowRoot!.querySelector('[part="intro"]')!.textContent).to.equal(`${(zh.signs as Tree).intro_other}${(zh.signs as Tree).private}`);
    const zhBanner = await fixture<HotlineBanner>(html`<hotline-banner lang="zh" hotlines="us-ct-alliance"></hotline-banner>`);
    expect(shadowText(zhBanner, '[part="call"]')).to.equal('拨打 1-888-999-5545（英语专线）');
    expect(shadowText(zhBanner, '[part="emergency"]')).to.equal(`${(zh.hotline as Tree).danger}拨打 911`);
    const enBanner = await fixture<HotlineBanner>(html`<hotline-banner lang="en" hotlines="us-ct-alliance"></hotline-banner>`);
    expect(shadowText(enBanner, '[part="call"]')).to.equal('Call 1-888-999-5545 (English line)');
    expect(shadowText(enBanner, '[part="emergency"]').replace(/\s+/g, ' ')).to.equal(`${en.hotline.danger} Call 911`);

    // The region's name is short; each link says whose line it is, an English name marked English and left to
    // right inside the Arabic (a screen reader can read it with an English voice: no flat aria-label).
    const arBanner = await fixture<HotlineBanner>(html`<hotline-banner lang="ar" hotlines="us-trafficking us-988 uk-modern-slavery"></hotline-banner>`);
    expect(arBanner.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('خطوط المساعدة');
    const whose = [...arBanner.shadowRoot!.querySelectorAll('[part="call"] .whose')].map((span) => [span.getAttribute('lang'), span.getAttribute('dir'), span.getAttribute('data-whose')!.replace(/^\s— /, '')]);
    expect(whose).to.deep.equal([
      ['en', 'ltr', 'National Human Trafficking Hotline'],
      ['en', 'ltr', '988 Suicide & Crisis Lifeline'],
      ['en', 'ltr', 'Modern Slavery & Exploitation Helpline (UK)'],
    ]);
  });

  describe('choosing', () => {
    it('maps regional and script subtags to the languages shipped', () => {
      const cases: Record<string, string | undefined> = {
        'zh-CN': 'zh', 'zh-SG': 'zh', 'zh-Hans': 'zh', zh: 'zh', 'zh-Hans-HK': 'zh',
        'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant', 'zh-MO': 'zh-Hant', 'zh-Hant': 'zh-Hant', 'ZH_hant_CN': 'zh-Hant',
        fil: 'tl', 'fil-PH': 'tl', 'tl-PH': 'tl', 'pt-BR': 'pt', 'pt-PT': 'pt', 'fr-CA': 'fr', 'ar-EG': 'ar', 'ht-HT': 'ht',
        'uk-UA': 'uk', 'ru-RU': 'ru', 'vi-VN': 'vi', 'ko-KR': 'ko', de: undefined, '': undefined, '123': undefined,
      };
      for (const [tag, code] of Object.entries(cases)) expect(supported(tag), tag).to.equal(code);
      expect(canonical('  ES-mx ')).to.equal('es');
    });

    it('a page in Traditional Chinese (zh-TW) gets the Traditional file, not the Simplified one', async () => {
      const el = await fixture<HotlineBanner>(html`<hotline-banner lang="zh-TW"></hotline-banner>`);
      expect(shadowText(el, '[part="call"]')).to.equal((zhHant.hotline.call as string).replace('{{number}}', '1-888-373-7888'));
      expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('zh-Hant');
    });

    it('the browser’s languages are followed when the page says none', () => {
      const html_ = document.documentElement;
      const lang = html_.getAttribute('lang');
      html_.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { value: ['de-CH', 'vi-VN', 'en'], configurable: true });
      try {
        expect(wantedLanguage(document.createElement('p'))).to.equal('vi');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
        if (lang !== null) html_.setAttribute('lang', lang);
      }
    });

    it('a language chosen from the menu is drawn in new nodes of that language (Firefox reported the old one to screen readers), and the menu keeps the focus', async () => {
      const banner = await fixture<HotlineBanner>(html`<hotline-banner language-menu></hotline-banner>`);
      const before = banner.shadowRoot!.querySelector('section')!;
      const select = banner.shadowRoot!.querySelector('select')!;
      select.focus();
      try {
        select.value = 'es';
        select.dispatchEvent(new Event('change'));
        await new Promise((r) => setTimeout(r));
        await banner.updateComplete;
        const after = banner.shadowRoot!.querySelector('section')!;
        expect(after).to.not.equal(before);
        expect(before.isConnected).to.equal(false);
        expect(after.lang).to.equal('es');
        expect(banner.shadowRoot!.activeElement).to.equal(banner.shadowRoot!.querySelector('select'));
        expect(banner.shadowRoot!.querySelectorAll('section')).to.have.length(1);
      } finally {
        chooseLanguage(undefined);
      }
    });

    it('a language chosen from the menu applies to every widget, until chosen back', async () => {
      const box = await fixture(html`<div lang="en"><quick-exit placement="inline"></quick-exit><hotline-banner language-menu></hotline-banner></div>`);
      const banner = box.querySelector<HotlineBanner>('hotline-banner')!;
      await banner.updateComplete;
      const select = banner.shadowRoot!.querySelector('select')!;
      const pageLang = document.documentElement.lang;
      expect([...select.options].map((o) => o.textContent)).to.include.members(['English', 'Español', 'Tiếng Việt', 'العربية', 'Kreyòl ayisyen', '繁體中文']);
      try {
        select.value = 'uk';
        select.dispatchEvent(new Event('change'));
        await new Promise((r) => setTimeout(r));
        await banner.updateComplete;
        expect(shadowText(banner, '[part="call"]')).to.equal((uk.hotline.call as string).replace('{{number}}', '1-888-373-7888'));
        expect(box.querySelector('quick-exit')!.shadowRoot!.querySelector('button')!.textContent).to.equal(uk.quickExit.label);
        expect(document.documentElement.lang, 'the page itself keeps its language').to.equal(pageLang);
        expect(localStorage.length + sessionStorage.length).to.equal(0);
      } finally {
        chooseLanguage(undefined);
      }
      await new Promise((r) => setTimeout(r));
      await banner.updateComplete;
      expect(shadowText(banner, '[part="call"]')).to.equal('Call 1-888-373-7888');
    });
  });

  describe("a partner's own words", () => {
    it('replace one string of a shipped language, and add a language we do not ship', async () => {
      addPack({ lang: 'es', strings: { quickExit: { label: 'Salida rápida' }, hotline: { partnerName: 'Línea de Safe Futures' } } });
      addPack({ lang: 'de', name: 'Deutsch', strings: { quickExit: { label: 'Seite verlassen' }, hotline: { call: '{{number}} anrufen' } } });
      const box = await fixture(html`<div>
        <quick-exit lang="es" placement="inline"></quick-exit>
        <hotline-banner lang="es" phone="860-763-4542"></hotline-banner>
        <quick-exit lang="de-AT" placement="inline"></quick-exit>
        <hotline-banner lang="de" language-menu></hotline-banner>
      </div>`);
      const [exitEs, bannerEs, exitDe, bannerDe] = [...box.children] as [QuickExit, HotlineBanner, QuickExit, HotlineBanner];
      await Promise.all([exitEs, bannerEs, exitDe, bannerDe].map((el) => el.updateComplete));
      expect(exitEs.shadowRoot!.querySelector('button')!.textContent).to.equal('Salida rápida');
      expect(quickExitStrings.es.hintShift).to.equal('O presione la tecla Mayús (Shift) 3 veces.');
      expect(shadowText(bannerEs, '[part="name"]')).to.equal('Línea de Safe Futures');
      expect(exitDe.shadowRoot!.querySelector('button')!.textContent).to.equal('Seite verlassen');
      expect(shadowText(bannerDe, '[part="call"]')).to.equal('1-888-373-7888 anrufen');
      // What the partner left out is English.
      expect(shadowText(bannerDe, '[part="name"]')).to.equal('National Human Trafficking Hotline');
      expect([...bannerDe.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent)).to.include('Deutsch');
    });

    it('a malformed pack is skipped with one warning, and nothing breaks; a pack with words of the wrong shape says which were left out', async () => {
      await withWarnings(async (messages) => {
        addPack({ lang: '<script>', strings: {} } as LanguagePack);
        addPack({ lang: 'it' } as LanguagePack);
        addPack({ lang: 'nl', strings: { quickExit: { label: 42, shiftLeft: { one: 'x' } } } } as unknown as LanguagePack);
        const el = await fixture<QuickExit>(html`<quick-exit lang="nl" placement="inline"></quick-exit>`);
        expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Exit this site');
        expect(messages.filter((m) => m.includes('language pack'))).to.have.length(3);
        expect(messages.filter((m) => m.includes('"nl"') && m.includes('quickExit.label, quickExit.shiftLeft'))).to.have.length(1);
      });
    });
  });
});
