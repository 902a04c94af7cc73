import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage, supported } from '../../src/i18n/i18n.js';
import { countdown, quickExitStrings } from '../../src/components/quick-exit/strings.js';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import type { HotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import './helpers.js';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
const placeholders = (value: string) => (value.match(/\{\{\w+\}\}/g) ?? []).sort();
const bannerName = (el: Element) => el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim();

/** Runs `body` with navigator.languages and <html lang> as given, restoring both after. */
async function withBrowser(languages: string[], body: () => void | Promise<void>) {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.removeAttribute('lang');
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

describe('translations', () => {
  describe('locale files', () => {
    const english = flatten(en as Tree);
    for (const [name, locale] of Object.entries({ es: flatten(es as Tree) })) {
      it(`${name} has exactly the keys English has`, () => {
        expect(Object.keys(locale).filter((key) => !(key in english)), 'keys English lacks').to.deep.equal([]);
        expect(Object.keys(english).filter((key) => !(key in locale)), `keys ${name} lacks`).to.deep.equal([]);
      });

      it(`${name} keeps every {{placeholder}} and translates every string`, () => {
        const sameInBoth = ['hotline.tty', 'hotline.channelIn', 'hotline.chatOnly', 'lines.us-native.name', 'signs.category.control', 'signs.source.polaris'];
        for (const [key, value] of Object.entries(english)) {
          expect(placeholders(locale[key] ?? ''), key).to.deep.equal(placeholders(value));
          expect(locale[key]?.trim(), key).not.to.equal('');
          if (!sameInBoth.includes(key)) expect(locale[key], key).not.to.equal(value);
        }
      });
    }
  });

  describe('choosing a language', () => {
    it('maps tags to the languages shipped: regional codes to their base, anything else to nothing', () => {
      expect(supported('es-MX')).to.equal('es');
      expect(supported('ES_419')).to.equal('es');
      expect(supported('en-GB')).to.equal('en');
      expect(supported('fr')).to.equal('fr');
      expect(supported('de')).to.equal(undefined);
      expect(supported('')).to.equal(undefined);
    });

    it('uses the widget’s own lang first, then the closest ancestor’s', async () => {
      const outer = await fixture(html`<div lang="es"><section lang="en"><span><b lang="es-MX"></b><i></i></span></section></div>`);
      expect(resolveLanguage(outer.querySelector('b')!)).to.equal('es');
      expect(resolveLanguage(outer.querySelector('i')!)).to.equal('en');
      expect(resolveLanguage(outer)).to.equal('es');
    });

    it('looks past a shadow root to the host’s lang', async () => {
      const host = await fixture(html`<div lang="es"></div>`);
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
      expect(resolveLanguage(inner)).to.equal('es');
    });

    it('an unsupported lang means English, without an error', async () => {
      const box = await fixture(html`<div lang="es"><hotline-banner lang="sw"></hotline-banner></div>`);
      const el = box.querySelector('hotline-banner')!;
      await el.updateComplete;
      // The widget said Swahili: English, not the surrounding Spanish or the browser's choice.
      await withBrowser(['es'], async () => {
        el.requestUpdate();
        await el.updateComplete;
        expect(bannerName(el)).to.equal('National Human Trafficking Hotline');
      });
    });

    it('with no lang anywhere, follows the browser’s languages, then English', async () => {
      await withBrowser(['sw-KE', 'es-US', 'en'], () => {
        expect(resolveLanguage(document.createElement('p'))).to.equal('es');
      });
      await withBrowser(['sw', 'de'], () => {
        expect(resolveLanguage(document.createElement('p'))).to.equal('en');
      });
      await withBrowser([], () => {
        expect(resolveLanguage(document.createElement('p'))).to.equal('en');
      });
    });

    it("the quick exit's own strings take each language's plural form", () => {
      expect(countdown('es', quickExitStrings.es.shiftLeft, 1)).to.equal('Presione Mayús 1 vez más para salir.');
      expect(countdown('es', quickExitStrings.es.shiftLeft, 2)).to.equal('Presione Mayús 2 veces más para salir.');
      expect(countdown('en', quickExitStrings.en.shiftLeft, 2)).to.equal('Press Shift 2 more times to exit.');
      expect(countdown('en', quickExitStrings.en.shiftLeft, 1)).to.equal('Press Shift 1 more time to exit.');
    });

    it('leaves no i18next of its own on the page', () => {
      expect('i18next' in window).to.equal(false);
    });
  });

  describe('changing language at run time', () => {
    afterEach(() => document.documentElement.removeAttribute('lang'));

    it('follows a change of <html lang>', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<HotlineBanner>(html`<hotline-banner></hotline-banner>`);
      expect(bannerName(el)).to.equal('National Human Trafficking Hotline');
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(bannerName(el)).to.equal('Línea Nacional contra la Trata de Personas');
      document.documentElement.lang = 'en-US';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(bannerName(el)).to.equal('National Human Trafficking Hotline');
    });

    it('follows a change of its own lang or an ancestor’s', async () => {
      const box = await fixture(html`<div lang="en"><hotline-banner></hotline-banner></div>`);
      const el = box.querySelector('hotline-banner')!;
      await el.updateComplete;
      box.setAttribute('lang', 'es');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(bannerName(el)).to.equal('Línea Nacional contra la Trata de Personas');
      el.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(bannerName(el)).to.equal('National Human Trafficking Hotline');
    });

    it('speaks the language of the place it is moved to', async () => {
      const box = await fixture(html`<div><div lang="en"><hotline-banner></hotline-banner></div><div lang="es"></div></div>`);
      const el = box.querySelector('hotline-banner')!;
      await el.updateComplete;
      box.querySelector('[lang="es"]')!.append(el);
      await el.updateComplete;
      expect(bannerName(el)).to.equal('Línea Nacional contra la Trata de Personas');
    });
  });
});
