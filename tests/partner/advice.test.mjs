// Every piece of advice a partner reads says the same thing: README.md,
// START-HERE.html (in the release zip), the snippet builder (demo/configure.ts,
// also in the zip) and the WordPress plugin's settings screen
// (wordpress/safety-widgets/includes/*.php). Reads the sources; needs no build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const builder = read('demo/configure.ts');
const sources = {
  'START-HERE.html': read('scripts/release-files/START-HERE.html'),
  'the builder (demo/configure.ts)': builder,
  'the WordPress settings screen (includes/settings.php)': read('wordpress/safety-widgets/includes/settings.php'),
};

/** Text as a reader sees it: no tags, no Markdown bold, no string escapes, straight quotes, single spaces. */
const plain = (text) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\\(['"])/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');

/** The words README.md gives partners to put beside the widgets (the quote after "Put advice like this"). */
function readmeAdvice() {
  const after = readme.slice(readme.indexOf('Put advice like this next to it'));
  const lines = after.split('\n').slice(1);
  const start = lines.findIndex((line) => line.startsWith('>'));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('>'));
  const quote = lines.slice(start, end);
  assert.ok(quote.length > 2, 'README.md: the advice quote after "Put advice like this next to it"');
  return plain(quote.map((line) => line.replace(/^>\s?/, '')).join(' ')).trim();
}

describe('partner advice', () => {
  it('START-HERE, the builder and the WordPress settings screen give the README’s words for visitors, sentence by sentence', () => {
    const sentences = readmeAdvice().split(/(?<=[.])\s+/);
    assert.ok(sentences.some((one) => /delete only the pages you choose/.test(one)), sentences.join('\n'));
    for (const [name, text] of Object.entries(sources)) {
      const seen = plain(text);
      for (const sentence of sentences) assert.ok(seen.includes(sentence), `${name} does not say: ${sentence}`);
    }
  });

  it('no one tells visitors to clear their whole history (that can itself look suspicious)', () => {
    for (const [name, text] of Object.entries({ 'README.md': readme, ...sources })) {
      assert.doesNotMatch(plain(text), /\bclear (?:your|the|all) (?:browsing )?history\b/i, name);
    }
  });

  it('each says to turn off session recording on pages with the widgets', () => {
    for (const [name, text] of Object.entries({ 'README.md': readme, ...sources })) assert.match(plain(text), /session recording/i, name);
  });

  it('the builder’s CDN line has the README’s integrity placeholder, letter for letter', () => {
    const inReadme = [...new Set(readme.match(/sha384-PASTE\w*/g))];
    assert.equal(inReadme.length, 1, `README.md: ${inReadme.join(', ')}`);
    const inBuilder = [...new Set(builder.match(/sha384-PASTE\w*/g))];
    assert.deepEqual(inBuilder, inReadme);
  });
});
