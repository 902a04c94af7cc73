/**
 * The translator of parts/rights.js: what i18n.ts does, without i18next (which
 * is about 14 KB of the 33 KB a part with it weighs). The build puts it in
 * place of i18n.ts for that part only (vite.config.ts, `rights` mode); the
 * component tests and the npm package use i18n.ts, and tests/unit hold this
 * one to it, string by string, in every language.
 *
 * Enough for what the rights widget and the hotline renderer ask: a string by
 * its dotted key, in the language, else its base language (zh-Hant → zh, as
 * i18next), else English, else `defaultValue`, else the key; plain `{{name}}`
 * values put in as they are (Lit escapes what it renders). No plurals, no
 * nesting, no formats: the rights widget uses none.
 */
import en from './locales/en.json';
import es from './locales/es.json';
import { resolveLanguageIn, supportedIn } from './language.js';
import { checked, tree, withoutQuickExit } from './packs.js';
import { BUILT_IN, directionOf, readPacks, SHIPPED } from './registry.js';

export type Language = string;
export type Translate = (key: string, options?: Record<string, unknown>) => string;
type Tree = Record<string, unknown>;

const resources = new Map<Language, Tree>();

function merge(into: Tree, from: Tree, over: boolean): void {
  for (const [key, value] of Object.entries(from)) {
    if (value && typeof value === 'object') {
      const node = into[key];
      merge((into[key] = node && typeof node === 'object' ? node : {}) as Tree, value as Tree, over);
    } else if (over || !(key in into)) {
      into[key] = value;
    }
  }
}

/** Adds words to a language, over what it has unless `over` is false. */
export function addStrings(code: Language, strings: Tree, over = true): void {
  if (!resources.has(code)) resources.set(code, {});
  merge(resources.get(code)!, strings, over);
}

addStrings('en', withoutQuickExit(en));
addStrings('es', withoutQuickExit(es));

/** Shipped languages whose own file has arrived (a partner's few words for one do not make it complete). */
const filesHere = new Set<string>(BUILT_IN);

// Language files and partners' own words, as i18n.ts takes them: a partner's words win, whichever arrives first.
readPacks((code, pack) => {
  addStrings(code, checked(code, pack.strings ? withoutQuickExit(pack.strings) : tree(pack.values!)), !pack.values);
  if (pack.values) filesHere.add(code);
});

const find = (code: Language, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), resources.get(code));

/** A translate function fixed to one language. */
export function translator(lang: Language): Translate {
  const order = [...new Set([lang, lang.split('-')[0], 'en'])];
  return (key, options = {}) => {
    let found: unknown;
    for (const code of order) if (typeof (found = find(code, key)) === 'string') break;
    if (typeof found !== 'string') return typeof options.defaultValue === 'string' ? options.defaultValue : key;
    return found.replace(/\{\{([^}]*)\}\}/g, (whole, name: string) => {
      const value = options[name.trim()];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
    });
  };
}

export const supported = (tag: string | null | undefined): Language | undefined => supportedIn(tag);

export const hasLanguage = (code: string): boolean => ((SHIPPED as readonly string[]).includes(code) ? filesHere.has(code) : resources.has(code));

export const resolveLanguage = (element: Element): Language => resolveLanguageIn(element, hasLanguage);

export { directionOf };
