// README.md for both of its readers: a table of contents near the top, partners'
// sections before developers', every in-page link leading to a heading (as GitHub
// names them), and the first paragraph's language count the number of languages
// shipped. Reads the sources; needs no build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const lines = readme.split('\n');
const outsideCode = lines.filter((_, i) => lines.slice(0, i).filter((line) => line.startsWith('```')).length % 2 === 0);
const headings = outsideCode.filter((line) => /^#{1,6} /.test(line)).map((line) => line.replace(/^#+ /, ''));

/** GitHub's anchor for a heading: lower case, punctuation (and backticks, < >) dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

describe('README.md', () => {
  it('every in-page link leads to a heading', () => {
    const anchors = new Set(headings.map(slug));
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map(([, anchor]) => anchor);
    assert.ok(links.length > 10);
    for (const link of links) assert.ok(anchors.has(link), `#${link} is no heading's anchor`);
  });

  it('has its contents in the first 40 lines, with partners first and developers one click away', () => {
    const contents = lines.findIndex((line) => line === '## Contents');
    assert.ok(contents > 0 && contents < 40, `## Contents at line ${contents + 1}`);
    const partners = headings.indexOf('For partners: add the widgets to your site');
    const developers = headings.indexOf('For developers');
    assert.ok(partners >= 0 && developers > partners, 'the partners’ section comes before the developers’');
    const top = lines.slice(0, contents).join('\n');
    assert.match(top, /\]\(#for-developers\)/, 'a link to the developers’ section before the contents');
  });

  it('the first paragraph gives the number of languages shipped', () => {
    const count = readdirSync(join(root, 'src/i18n/locales')).filter((file) => file.endsWith('.json')).length;
    const first = readme.split('\n\n')[1];
    assert.match(first, new RegExp(`\\b${count} languages\\b`), first);
  });
});
