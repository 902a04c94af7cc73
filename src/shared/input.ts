/**
 * What partners type (attributes) and what any script pushes (language packs)
 * is cleaned here before anything parses or shows it.
 *
 * - Length: an attribute longer than MAX_ATTRIBUTE characters is refused whole
 *   (one warning; the widget uses its default), so no parser ever sees a huge
 *   value.
 * - Unicode control and format characters (\p{Cc}, \p{Cf}: bidi overrides such
 *   as U+202E, zero-width spaces, the BOM) never reach a number, a keyword or an
 *   address: what is shown is what is dialled, sent and copied.
 * - In prose (a line's name, its hours, a translation) the bidi controls and
 *   other controls go too; ZWJ and ZWNJ (U+200C, U+200D) stay, as Persian,
 *   Indic scripts and emoji need them. The widgets isolate text direction
 *   themselves (dir, <bdi>).
 */
export const MAX_ATTRIBUTE = 1000;

export const withoutControls = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, '');

export const cleanProse = (text: string): string =>
  text.replace(/[\t\n\r\f\v]+/g, ' ').replace(/[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '');

const holes = (text: string): string[] => (text.match(/\{\{[^}]*\}\}/g) ?? []).map((hole) => hole.replace(/\s/g, '')).sort();
/** Runs of three or more digits, of any script: phone numbers, short codes. */
const numbers = (text: string): string[] => text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{Nd}{3,}/gu) ?? [];

/**
 * Whether a translation may stand for English's string: the same {{values}}
 * (for a plural form, some of English's), and no number English does not have
 * (so "Call 1-900-555-0199" cannot label a link that dials the hotline). A
 * string English does not have (a line's `what`) may use the numbers of its
 * English neighbours (`numbersFrom`: the line's name).
 */
export function fitsEnglish(english: string | undefined, text: string, pluralForm = false, numbersFrom = english): boolean {
  const ours = holes(english ?? '');
  const theirs = holes(text);
  const sameHoles = pluralForm ? theirs.every((hole) => ours.includes(hole)) : ours.join() === theirs.join();
  const known = numbers(numbersFrom ?? '');
  return sameHoles && numbers(text).every((run) => known.includes(run));
}
