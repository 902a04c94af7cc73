/**
 * Language packs' strings before they reach a translator: the order of our own
 * files' `values`, and the check every string passes (shared/input.ts). Used by
 * i18n.ts and by parts/rights.js's lighter translator (i18n-lite.ts).
 */
import en from './locales/en.json';
import { cleanProse, fitsEnglish } from '../shared/input.js';
import { warn } from '../shared/warn.js';

/** The quick exit's words live in safety-widgets.js; the rest here. */
export const withoutQuickExit = ({ quickExit: _, ...rest }: Record<string, unknown>): Record<string, unknown> => rest;

/** Every key of English's tree but the quick exit's, then each line's `what`: the order of a language file's `values` (scripts/locales.mjs). */
export function packKeys(): string[] {
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value as object, `${prefix}${key}.`)));
  return [...keys(withoutQuickExit(en)), ...Object.keys(en.lines).map((id) => `lines.${id}.what`)];
}

/** A language file's `values` back into a tree i18next takes. */
export function tree(values: unknown[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  packKeys().forEach((key, i) => {
    if (typeof values[i] !== 'string') return;
    const path = key.split('.');
    const leaf = path.pop()!;
    let node = root;
    for (const part of path) node = (node[part] ??= {}) as Record<string, unknown>;
    node[leaf] = values[i];
  });
  return root;
}

/**
 * A pack's strings as they may be shown: each cleaned of control characters and
 * kept only where it fits English's string at the same place (the same
 * {{values}}, no number English lacks; see shared/input.ts). One warning names
 * what was left out, which then shows in English (or the language's own file).
 * (`english`: the reference tree; <know-your-rights> checks its own words against its own.)
 */
export function checked(code: string, strings: Record<string, unknown>, english: object = en): Record<string, unknown> {
  const refused: string[] = [];
  const walk = (node: Record<string, unknown>, english: unknown, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const theirs = english && typeof english === 'object' ? (english as Record<string, unknown>)[key] : undefined;
      if (value && typeof value === 'object') out[key] = walk(value as Record<string, unknown>, theirs, `${path}${key}.`);
      // (English "": a string this file has no use for, blanked by the build: nothing to check or warn about.)
      else if (theirs === '') continue;
      else if (typeof value === 'string' && value.length <= 2000 && fitsEnglish(typeof theirs === 'string' ? theirs : undefined, value, false, typeof theirs === 'string' ? theirs : JSON.stringify(english))) out[key] = cleanProse(value);
      else refused.push(path + key);
    }
    return out;
  };
  const out = walk(strings, english, '');
  if (refused.length) warn(`language pack "${code}": ${refused.slice(0, 5).join(', ')}${refused.length > 5 ? '…' : ''} left out (its {{values}} or numbers differ from English).`);
  return out;
}

