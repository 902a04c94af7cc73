/**
 * The quick exit's own few strings. They live in the small first script, not in
 * i18next's resources, so the exit works (and speaks the page's language) before
 * the rest of the widgets has loaded, or on pages that only have the exit.
 * Other languages arrive in language files (`quickExit` in each pack).
 */
import { quickExit as en } from '../../i18n/locales/en.json';
import { quickExit as es } from '../../i18n/locales/es.json';
import { BUILT_IN, readPacks, SHIPPED } from '../../i18n/registry.js';
import { cleanProse, fitsEnglish } from '../../shared/input.js';
import { warn } from '../../shared/warn.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface QuickExitStrings {
  label: string;
  /** Said after the name: what the button is (its visible text stays the start of its name, WCAG 2.5.3). */
  emergency: string;
  hintShift: string;
  hintEscape: string;
  /** Countdowns by plural category (Intl.PluralRules), with {{count}}. */
  shiftLeft: Plural;
  escapeLeft: Plural;
  expired: string;
}

export const quickExitStrings: Record<string, QuickExitStrings> = { en, es };

const isPlural = (value: unknown): value is Plural =>
  !!value && typeof value === 'object' && Object.values(value).every((form) => typeof form === 'string') && typeof (value as Plural).other === 'string';

// A pack's words are laid over what the language already has (or over English):
// a partner may replace one string, and a wrong-shaped value is ignored.
/** Shipped languages whose own file has arrived (a partner's few words for one do not make it complete). */
const filesHere = new Set<string>(BUILT_IN);

// A partner's words win, whichever arrives first: our own language file (`values`) never replaces them.
const partnersWords: Record<string, Set<string>> = {};
readPacks((code, pack) => {
  const own = (pack.strings?.quickExit ?? pack.quickExit) as Record<string, unknown> | undefined;
  if (!own || typeof own !== 'object') return;
  const ours = Array.isArray(pack.values);
  const partners = (partnersWords[code] ??= new Set());
  const base: Record<string, unknown> = { ...(quickExitStrings[code] ?? quickExitStrings.en) };
  const refused: string[] = [];
  for (const [key, value] of Object.entries(own)) {
    if (!(key in base) || (ours && partners.has(key))) continue;
    // As in i18n.ts: only words that fit English's (same {{count}}, no number English lacks).
    const english = (en as Record<string, unknown>)[key];
    const fits = (text: unknown, other?: string) => typeof text === 'string' && !!text.trim() && fitsEnglish(other ?? (english as string), text, !!other);
    if (typeof english === 'string' ? fits(value) : isPlural(value) && Object.values(value).every((form) => fits(form, (english as Plural).other))) {
      base[key] = typeof value === 'string' ? cleanProse(value) : Object.fromEntries(Object.entries(value as Plural).map(([form, text]) => [form, cleanProse(text)]));
      if (!ours) partners.add(key);
    } else {
      refused.push(key);
    }
  }
  if (refused.length) warn(`language pack "${code}": quickExit.${refused.join(', quickExit.')} left out (not text, or its {{values}} or numbers differ from English).`);
  quickExitStrings[code] = base as unknown as QuickExitStrings;
  if (ours) filesHere.add(code);
});

/** Whether the quick exit can speak `code`: for a shipped language, once its own file has arrived. */
export const hasQuickExitLanguage = (code: string): boolean =>
  (SHIPPED as readonly string[]).includes(code) ? filesHere.has(code) : code in quickExitStrings;

/** "Press Shift 2 more times to exit." in the plural form the language needs. */
export function countdown(lang: string, forms: Plural, count: number): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    // A partner's language tag the browser does not know: the "other" form.
  }
  return (forms[category] ?? forms.other).replace('{{count}}', String(count));
}
