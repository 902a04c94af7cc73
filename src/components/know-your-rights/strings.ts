/**
 * <know-your-rights>'s words: English and Spanish built in (as for every
 * widget), each other language a file of its own, `locales/rights-<code>.js`,
 * fetched by safety-widgets.js only for a page that shows this widget in that
 * language. Today's `locales/<code>.js` stay as they were: this widget's words
 * never add to them.
 *
 * A rights file pushes `{ lang, status, strings }` onto an array under a
 * symbol on the window (no new global name for the page) and announces it with
 * the language event. Each string is cleaned and kept only where it fits
 * English's rights words (the same {{values}}, no number English lacks;
 * i18n/packs.ts, shared/input.ts), as for any language pack.
 */
import en from '../../i18n/rights/en.json';
import es from '../../i18n/rights/es.json';
import { addStrings } from '../../i18n/i18n.js';
import { BUILT_IN, canonical, LANGUAGE_EVENT, shared, SHIPPED } from '../../i18n/registry.js';
import { checked } from '../../i18n/packs.js';
import { warn } from '../../shared/warn.js';

export interface RightsPack {
  lang: string;
  status?: string;
  strings: Record<string, unknown>;
}

export const RIGHTS_KEY = Symbol.for('safety-widgets.rights');

/** Written by the build (vite.config.ts): the sha384 of each `locales/rights-<code>.js`. Absent on the dev server and in the npm package. */
declare const __SAFETY_WIDGETS_RIGHTS_INTEGRITY__: Record<string, string> | undefined;
const INTEGRITY = typeof __SAFETY_WIDGETS_RIGHTS_INTEGRITY__ === 'object' ? __SAFETY_WIDGETS_RIGHTS_INTEGRITY__ : undefined;

type Tree = Record<string, unknown>;
const words = ({ _meta: _, ...rest }: Tree): Tree => rest;

addStrings('en', words(en));
addStrings('es', words(es));

/** Languages whose rights words are here. */
const here = new Set<string>(BUILT_IN);

const taken = new WeakSet<object>();
function read(): void {
  const list = (globalThis as unknown as Record<symbol, unknown>)[RIGHTS_KEY];
  if (!Array.isArray(list)) return;
  for (const pack of list as RightsPack[]) {
    if (!pack || typeof pack !== 'object' || taken.has(pack)) continue;
    taken.add(pack);
    const code = canonical(pack.lang);
    if (!code || !pack.strings || typeof pack.strings !== 'object') {
      warn(`a rights language file needs "lang" and "strings"; one with lang=${JSON.stringify(pack.lang)} was skipped.`);
      continue;
    }
    addStrings(code, checked(`rights-${code}`, pack.strings, words(en)));
    here.add(code);
  }
}
globalThis.addEventListener?.(LANGUAGE_EVENT, read);
read();

/**
 * Whether this widget's words for `code` are here; if not, and we ship them,
 * asks safety-widgets.js for the file (once; the widget re-renders when it arrives).
 */
export function rightsHere(code: string): boolean {
  if (here.has(code)) return true;
  if ((SHIPPED as readonly string[]).includes(code)) shared.loadRights?.(code, INTEGRITY?.[code]);
  return false;
}
