/**
 * The attribute checks the checklist and know-your-rights share: a value from a
 * short list, ids from a list, a heading level. Each gives one console warning
 * and a safe fallback for anything else a partner types.
 */
import { warn } from './warn.js';

/** `value`, lower-cased and trimmed, if it is one of `allowed`; else a warning and `allowed[0]`. */
export function oneOf<T extends string>(widget: string, attribute: string, value: string | null | undefined, allowed: readonly T[]): T {
  const wanted = (value ?? allowed[0]).trim().toLowerCase() as T;
  if (allowed.includes(wanted)) return wanted;
  warn(`<${widget}> ${attribute}="${value}" is not ${allowed.join(' or ')}; using ${allowed[0]}.`);
  return allowed[0];
}

/** The ids of `all` that a space-separated `value` names, in `all`'s order; none or no value: all of them. */
export function idsFrom<T extends string>(widget: string, attribute: string, value: string | null | undefined, all: readonly T[]): readonly T[] {
  if (value == null) return all;
  const wanted = value.toLowerCase().split(/\s+/).filter(Boolean);
  const unknown = wanted.filter((id) => !(all as readonly string[]).includes(id));
  const shown = all.filter((id) => wanted.includes(id));
  if (unknown.length || !shown.length) {
    warn(`<${widget}> ${attribute}="${value}": ${unknown.length ? `unknown "${unknown.join('", "')}"` : 'none given'}. Ids: ${all.join(', ')}.${shown.length ? '' : ' Showing all.'}`);
  }
  return shown.length ? shown : all;
}

/** A heading level, 1 to 6; else a warning and 3 (under the page's own h2). */
export function headingLevel(widget: string, value: string | null | undefined): string {
  const level = (value ?? '3').trim();
  if (/^[1-6]$/.test(level)) return level;
  warn(`<${widget}> heading-level="${value}" is not 1 to 6; using 3.`);
  return '3';
}
