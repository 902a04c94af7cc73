// Prints the Flesch-Kincaid grade of the English signs and guidance, and of
// <know-your-rights>'s facts, steps and lines (each should read at about a
// 6th-grade level). With --check, fails when
// either group averages above the limit. The syllable count is a heuristic:
// treat the figures as a guide, and read the sentences yourself.
import { readFileSync } from 'node:fs';

const LIMIT = 7;
const en = JSON.parse(readFileSync(new URL('../src/i18n/locales/en.json', import.meta.url), 'utf8'));
const rights = JSON.parse(readFileSync(new URL('../src/i18n/rights/en.json', import.meta.url), 'utf8'));
/** Every sentence of a tree of strings but its headings (one or two words each, which would flatter the grade). */
const sentences = (tree) =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [value] : key === 'topic' ? [] : sentences(value))).filter((text) => /[.!?:]$/.test(text));

const syllables = (word) => {
  const w = word.toLowerCase().replace(/[^a-z]/g, '').replace(/e$/, '');
  return w ? Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length) : 0;
};
/** Flesch-Kincaid grade level of a text. */
export function grade(text) {
  const sentences = text.split(/[.!?]+/).filter((s) => s.trim()).length;
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  const syl = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}

const groups = {
  signs: Object.entries(en.signs).filter(([key, value]) => typeof value === 'string' && /_(other|self)$/.test(key)).map(([, v]) => v),
  guidance: Object.entries(en.guidance).filter(([key]) => key !== 'title').map(([, v]) => v),
  rights: [...sentences(rights.rights), rights.lines['us-wage-hour'].about],
};
let over = false;
for (const [name, texts] of Object.entries(groups)) {
  const value = grade(texts.join(' '));
  const hardest = texts.map((t) => [grade(t), t]).sort((a, b) => b[0] - a[0])[0];
  console.log(`${name.padEnd(9)} grade ${value.toFixed(1)} (limit ${LIMIT})  hardest ${hardest[0].toFixed(1)}: "${hardest[1].slice(0, 70)}…"`);
  if (value > LIMIT) over = true;
}
if (process.argv.includes('--check') && over) {
  console.error(`Reading level over grade ${LIMIT}: write shorter sentences and plainer words.`);
  process.exit(1);
}
