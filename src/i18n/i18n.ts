import { createInstance, type TOptions } from 'i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import { resolveLanguageIn, supportedIn } from './language.js';
import { checked, tree, withoutQuickExit } from './packs.js';
import { BUILT_IN, directionOf, readPacks, SHIPPED } from './registry.js';

/** A language code: `en`, `es` (built in), `vi`, `zh-Hant`… (from language files), or a partner's own. */
export type Language = string;
export type Translate = (key: string, options?: TOptions) => string;

// Our own instance: a host page's global i18next (if any) is never touched.
const i18n = createInstance();
void i18n.init({
  resources: { en: { translation: withoutQuickExit(en) }, es: { translation: withoutQuickExit(es) } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Lit escapes every value it renders, so i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnObjects: false,
});

const translators = new Map<Language, Translate>();

/** Shipped languages whose own file has arrived (a partner's few words for one do not make it complete). */
const filesHere = new Set<string>(BUILT_IN);

// Language files and partners' own words: added (or laid over a language) as they arrive.
readPacks((code, pack) => {
  const strings = checked(code, pack.strings ? withoutQuickExit(pack.strings) : tree(pack.values!));
  // A partner's words win, whichever arrives first: our own file (values) never overwrites them.
  i18n.addResourceBundle(code, 'translation', strings, true, !pack.values);
  if (pack.values) filesHere.add(code);
  // Every language's: one may fall back on the words that just arrived.
  translators.clear();
});

/**
 * What i18next would return for a string this language has, with at most plain
 * {{name}} values put in (and a `defaultValue` it does not need), without its
 * slower path (which was half the time the banner took to draw on a slow phone).
 * Anything else (plurals, context, formats, nesting, a missing string): undefined.
 */
function quick(lang: Language, key: string, options?: TOptions): string | undefined {
  const found: unknown = i18n.getResource(lang, 'translation', key);
  if (typeof found !== 'string' || found.includes('$t(')) return undefined;
  const values: Record<string, unknown> = { ...options };
  delete values.defaultValue;
  const used = new Set<string>();
  let plain = true;
  const out = found.replace(/\{\{([^}]*)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      plain = false;
      return whole;
    }
    used.add(name);
    return String(value);
  });
  // Every placeholder filled, and every value one of them (count, context, lng… are i18next's own).
  return plain && used.size === Object.keys(values).length ? out : undefined;
}

/** i18next's own answer, for the tests that hold `translator` to it. */
export const i18nextTranslator = (lang: Language): Translate => {
  const fixed = i18n.getFixedT(lang);
  return (key, options) => String(fixed(key, options));
};

/** A translate function fixed to one language (cached: render calls it often). */
export function translator(lang: Language): Translate {
  let t = translators.get(lang);
  if (!t) {
    const fixed = i18n.getFixedT(lang);
    // A string this language lacks (English has no `lines.<id>.what`) goes i18next's long way, once.
    const missing = new Map<string, string>();
    t = (key, options) => {
      const fast = quick(lang, key, options);
      if (fast !== undefined) return fast;
      const names = options ? Object.keys(options) : [];
      if (names.some((name) => name !== 'defaultValue') || (options && typeof options.defaultValue !== 'string')) return String(fixed(key, options));
      const asked = options ? `${key}\u0000${options.defaultValue}` : key;
      let found = missing.get(asked);
      if (found === undefined) missing.set(asked, (found = String(fixed(key, options))));
      return found;
    };
    translators.set(lang, t);
  }
  return t;
}

/**
 * Adds our own words to a language, over what it has (the <know-your-rights>
 * part's: src/components/know-your-rights/strings.ts checks them first).
 */
export function addStrings(code: Language, strings: Record<string, unknown>): void {
  i18n.addResourceBundle(code, 'translation', strings, true, true);
  translators.clear();
}

/** `es-MX` → `es`, `zh-TW` → `zh-Hant`; anything the widgets do not know of → undefined. */
export const supported = (tag: string | null | undefined): Language | undefined => supportedIn(tag);

/** Whether the banner's and checklist's words for `code` are here. */
export const hasLanguage = (code: string): boolean =>
  (SHIPPED as readonly string[]).includes(code) ? filesHere.has(code) : i18n.hasResourceBundle(code, 'translation');

/** The language a widget shows now (see resolveLanguageIn): English until a language's file has arrived. */
export const resolveLanguage = (element: Element): Language => resolveLanguageIn(element, hasLanguage);

export { directionOf };
