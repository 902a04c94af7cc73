import { createInstance, type TOptions } from 'i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import { resolveLanguageIn, supportedIn } from './language.js';

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
export const supported = (tag: string | null | undefined): Language | undefined => supportedIn(tag, languages);

/** The widget's language (see resolveLanguageIn): one of the languages shipped, English by default. */
export const resolveLanguage = (element: Element): Language => resolveLanguageIn(element, languages, 'en');
