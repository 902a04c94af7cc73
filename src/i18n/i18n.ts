import { createInstance, type TOptions } from 'i18next';
import en from './locales/en.json';
import es from './locales/es.json';

/** Languages the widgets ship. English is the fallback for everything else. */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
export type Translate = (key: string, options?: TOptions) => string;

// Our own instance: a host page's global i18next (if any) is never touched.
const i18n = createInstance();
void i18n.init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // Lit escapes every value it renders, so i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnObjects: false,
});

const translators = new Map<Language, Translate>();

/** A translate function fixed to one language (cached: render calls it often). */
export function translator(lang: Language): Translate {
  let t = translators.get(lang);
  if (!t) {
    const fixed = i18n.getFixedT(lang);
    t = (key, options) => String(fixed(key, options));
    translators.set(lang, t);
  }
  return t;
}

/** `es-MX` → `es`; anything unsupported → undefined. */
export function supported(tag: string | null | undefined): Language | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/**
 * The widget's language: its own `lang`, else the closest ancestor's (crossing
 * shadow roots, up to <html>), else the browser's preferred languages, else English.
 * A `lang` that is present but unsupported means English, not the browser's choice:
 * the page said which language it is in.
 */
export function resolveLanguage(element: Element): Language {
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    if (tag) return supported(tag) ?? 'en';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = supported(tag);
    if (lang) return lang;
  }
  return 'en';
}
