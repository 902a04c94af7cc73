/**
 * Languages beyond the built-in English and Spanish arrive as language packs:
 * `locales/<code>.js` files beside safety-widgets.js, or a partner's own file.
 * A pack is pushed onto `window.SafetyWidgetsLanguages` (an array; the file
 * creates it when it runs first) and announced with a `safety-widgets-language`
 * event, so it works whether it runs before or after the main script:
 *
 *   (self.SafetyWidgetsLanguages = self.SafetyWidgetsLanguages || []).push({ lang: 'vi', strings: { … } });
 *   dispatchEvent(new Event('safety-widgets-language'));
 *
 * Each of the two scripts (the quick exit, and the banner and checklist) reads
 * the packs itself. What they share (the language a person chose from a menu,
 * and the loader) sits under one symbol on window, invisible to the page's
 * own `Object.keys(window)`.
 */
import { warn } from '../shared/warn.js';

export interface LanguagePack {
  /** A language code: `vi`, `zh-Hant`, or any BCP 47 tag a partner adds (`de`). */
  lang: string;
  /** The language's name in itself, for the language menu. */
  name?: string;
  dir?: 'ltr' | 'rtl';
  /** How the text was made ("drafted", "reviewed by a native speaker: …"). */
  status?: string;
  /** The same tree as src/i18n/locales/en.json; any part of it. */
  strings?: Record<string, unknown>;
  /** Our own files: the quick exit's words… */
  quickExit?: Record<string, unknown>;
  /** …and the rest as a list in a fixed key order (see scripts/locales.mjs). */
  values?: unknown[];
}

declare global {
  interface Window {
    SafetyWidgetsLanguages?: LanguagePack[];
  }
}

export const LANGUAGE_EVENT = 'safety-widgets-language';

/** Every language we ship, in the language menu's order. English and Spanish are built in. */
export const SHIPPED = ['en', 'es', 'fr', 'pt', 'zh', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ht', 'ru', 'uk'] as const;
export const BUILT_IN = ['en', 'es'];

/** Each language named in itself. */
export const NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
  zh: '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  ko: '한국어',
  tl: 'Tagalog',
  ar: 'العربية',
  ht: 'Kreyòl ayisyen',
  ru: 'Русский',
  uk: 'Українська',
};

const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)$/;

/** What the two scripts share on the page. */
interface Shared {
  /** Chosen from a language menu, for this page view only (never stored). */
  chosen?: string;
  /** Set by safety-widgets.js: fetches `locales/<code>.js` from beside itself. */
  load?: (code: string) => void;
  /**
   * Set by safety-widgets.js: fetches `locales/rights-<code>.js` (<know-your-rights>'s words) from beside
   * itself, checked against `integrity`, which parts/rights.js carries.
   */
  loadRights?: (code: string, integrity?: string) => void;
  /** Partner packs' languages and directions, so both scripts agree on them. */
  added: Record<string, { name?: string; dir?: 'ltr' | 'rtl' }>;
  /** Set by safety-widgets.js when the page's text after the widgets was shown before they could draw (a slow file). */
  late?: boolean;
}

const KEY = Symbol.for('safety-widgets.languages');
// (globalThis: importing this on a server, where there is no window, does nothing harmful.)
export const shared: Shared = ((globalThis as unknown as Record<symbol, Shared>)[KEY] ??= { added: {} });

/**
 * A tag as one of our codes: `vi-VN` → `vi`, `zh-TW`/`zh-Hant-HK` → `zh-Hant`,
 * `zh-CN`/`zh-Hans` → `zh`, `fil` → `tl`; other languages by their first subtag.
 */
export function canonical(tag: string | null | undefined): string | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  const [base] = parts;
  if (!/^[a-z]{2,8}$/.test(base)) return undefined;
  if (base === 'zh') return parts.includes('hant') || (!parts.includes('hans') && parts.some((p) => ['tw', 'hk', 'mo'].includes(p))) ? 'zh-Hant' : 'zh';
  if (base === 'fil') return 'tl';
  return base;
}

/** A language the widgets know of: shipped, or added by a partner's pack. */
export const known = (code: string): boolean => (SHIPPED as readonly string[]).includes(code) || code in shared.added;

export const directionOf = (code: string): 'ltr' | 'rtl' => shared.added[code]?.dir ?? (RTL.test(code.split('-')[0]) ? 'rtl' : 'ltr');

/** Every language a menu offers: the shipped ones, then any a partner added. */
export const menuLanguages = (): { code: string; name: string }[] =>
  [...SHIPPED, ...Object.keys(shared.added).filter((code) => !(SHIPPED as readonly string[]).includes(code))].map((code) => ({
    code,
    name: NAMES[code] ?? shared.added[code]?.name ?? code,
  }));

/**
 * Calls `take` for each valid pack on the page, now and whenever another
 * arrives (the widgets re-render on the same event). A malformed pack gives one warning.
 */
export function readPacks(take: (code: string, pack: LanguagePack) => void): void {
  if (typeof window === 'undefined') return; // on a server: no packs, nothing to hear
  // Each reader keeps its own list: in one bundle (the npm package's modules) the quick exit and the
  // banner read the same packs.
  const taken = new WeakSet<object>();
  const read = () => {
    const list = window.SafetyWidgetsLanguages;
    if (!Array.isArray(list)) return;
    for (const pack of list) {
      if (!pack || typeof pack !== 'object' || taken.has(pack)) continue;
      taken.add(pack);
      const code = canonical(pack.lang);
      if (!code || !(pack.strings && typeof pack.strings === 'object') === !Array.isArray(pack.values)) {
        warn(`a language pack needs "lang" (like "vi") and "strings" (like in locales/en.json); one with lang=${JSON.stringify(pack.lang)} was skipped.`);
        continue;
      }
      if (!(SHIPPED as readonly string[]).includes(code)) {
        shared.added[code] = { name: typeof pack.name === 'string' ? pack.name : undefined, dir: pack.dir === 'rtl' ? 'rtl' : pack.dir === 'ltr' ? 'ltr' : undefined };
      }
      take(code, pack);
    }
  };
  addEventListener(LANGUAGE_EVENT, read);
  read();
}

/** Shows every widget on the page in `code` for this page view (nothing is stored); undefined returns to the page's language. */
export function chooseLanguage(code: string | undefined): void {
  shared.chosen = code && known(code) ? code : undefined;
  dispatchEvent(new Event(LANGUAGE_EVENT));
}
