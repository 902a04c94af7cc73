// The WordPress plugin's translations, without gettext: finds every string the
// plugin's PHP marks for translation, writes languages/safety-widgets.pot,
// adds new strings (untranslated) to each .po and drops ones no longer used,
// and compiles each .po into the .mo WordPress reads.
//   node scripts/wordpress-i18n.mjs          update .pot, .po and .mo
//   node scripts/wordpress-i18n.mjs --check  fail if any of them is out of date or a string is untranslated
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLUGIN = fileURLToPath(new URL('../wordpress/safety-widgets/', import.meta.url));
export const LANGUAGES = join(PLUGIN, 'languages');
export const DOMAIN = 'safety-widgets';

/** The functions whose first argument is a string to translate (`noop` and `tr`: the plugin's own, see render.php). */
const KEYWORDS = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', 'noop', 'tr'];

export function phpFiles(dir = PLUGIN) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** A PHP single-quoted string's value. */
const unquote = (body) => body.replace(/\\(['\\])/g, '$1');

/** Every marked string, in order of first appearance, with where it is used. @returns {Map<string, string[]>} */
export function extract(files = phpFiles()) {
  const found = new Map();
  const call = new RegExp(`(?<![\\w$>:])(?:${KEYWORDS.join('|')})\\(\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'g');
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(call)) {
      const line = source.slice(0, match.index).split('\n').length;
      const where = `${relative(PLUGIN, file)}:${line}`;
      const text = unquote(match[1]);
      found.set(text, [...(found.get(text) ?? []), where]);
    }
  }
  return found;
}

/** A .po file's entries: msgid → { msgstr, fuzzy }. The header is the entry with msgid "". */
export function parsePo(text) {
  const entries = new Map();
  let entry = null;
  let field = null;
  const finish = () => {
    if (entry && entry.msgid !== undefined && !entry.obsolete) entries.set(entry.msgid, entry);
    entry = null;
    field = null;
  };
  const unescape = (s) => JSON.parse(`"${s.replace(/\\'/g, "'")}"`);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      finish();
      continue;
    }
    if (line.startsWith('#~')) {
      entry ??= {};
      entry.obsolete = true;
      continue;
    }
    if (line.startsWith('#')) {
      if (entry?.msgid !== undefined) finish();
      entry ??= {};
      if (line.startsWith('#,') && /\bfuzzy\b/.test(line)) entry.fuzzy = true;
      continue;
    }
    const start = line.match(/^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"$/);
    if (start) {
      if (start[1] === 'msgid' && entry?.msgid !== undefined) finish();
      entry ??= {};
      field = start[1];
      entry[field] = unescape(start[2]);
      continue;
    }
    const more = line.match(/^"(.*)"$/);
    if (more && entry && field) {
      entry[field] += unescape(more[1]);
      continue;
    }
    throw new Error(`cannot read this .po line: ${raw}`);
  }
  finish();
  return entries;
}

const poString = (s) => {
  const escaped = s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `"${escaped}"`;
};

/**
 * A GNU .mo file (what WordPress's MO class reads): the header, then each
 * translated, non-fuzzy string, sorted by msgid; no hash table (optional).
 */
export function compileMo(entries) {
  const pairs = [...entries.values()]
    .filter((e) => !e.fuzzy && e.msgctxt === undefined && e.msgid_plural === undefined && (e.msgstr ?? '') !== '')
    .map((e) => [Buffer.from(e.msgid, 'utf8'), Buffer.from(e.msgstr, 'utf8')])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = pairs.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + count * 8;
  let offset = translations + count * 8;
  const table = Buffer.alloc(offset);
  table.writeUInt32LE(0x950412de, 0);
  table.writeUInt32LE(0, 4);
  table.writeUInt32LE(count, 8);
  table.writeUInt32LE(originals, 12);
  table.writeUInt32LE(translations, 16);
  table.writeUInt32LE(0, 20);
  table.writeUInt32LE(offset, 24);
  const strings = [];
  for (const [column, start] of [[0, originals], [1, translations]]) {
    pairs.forEach((pair, i) => {
      const bytes = pair[column];
      table.writeUInt32LE(bytes.length, start + i * 8);
      table.writeUInt32LE(offset, start + i * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([table, ...strings]);
}

/** A .mo file's strings (to compare with msgfmt's, or to check a committed .mo). @returns {Map<string, string>} */
export function readMo(buffer) {
  const little = buffer.readUInt32LE(0) === 0x950412de;
  const read = (at) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const map = new Map();
  for (let i = 0; i < count; i++) {
    const string = (table) => buffer.toString('utf8', read(table + i * 8 + 4), read(table + i * 8 + 4) + read(table + i * 8));
    map.set(string(originals), string(translations));
  }
  return map;
}

function header(language) {
  return [
    `Project-Id-Version: Safety widgets`,
    `MIME-Version: 1.0`,
    `Content-Type: text/plain; charset=UTF-8`,
    `Content-Transfer-Encoding: 8bit`,
    ...(language
      ? [`PO-Revision-Date: 2026-12-02 00:00+0000`, `Last-Translator: safety-widgets`, `Language-Team: ${language}`, `Language: ${language}`, `Plural-Forms: nplurals=2; plural=(n != 1);`]
      : []),
    `X-Domain: ${DOMAIN}`,
  ].join('\n') + '\n';
}

/** The text of a .po (or, without a language, the .pot) for these strings. */
export function writePo(strings, translations, language) {
  const out = [`msgid ""`, `msgstr ""`, ...header(language).split('\n').filter(Boolean).map((l) => poString(`${l}\n`)), ''];
  for (const [msgid, refs] of strings) {
    out.push(`#: ${refs.join(' ')}`);
    if (msgid.includes('%')) out.push('#, php-format');
    out.push(`msgid ${poString(msgid)}`, `msgstr ${poString(language ? (translations.get(msgid)?.msgstr ?? '') : '')}`, '');
  }
  return out.join('\n');
}

export const poFiles = () => readdirSync(LANGUAGES).filter((name) => name.endsWith('.po')).map((name) => join(LANGUAGES, name));

function main() {
  const check = process.argv.includes('--check');
  const strings = extract();
  const problems = [];
  const want = (file, content) => {
    const old = existsSync(file) ? readFileSync(file) : null;
    const same = old && Buffer.compare(old, Buffer.from(content)) === 0;
    if (same) return;
    if (check) problems.push(`${relative(process.cwd(), file)} is out of date: run node scripts/wordpress-i18n.mjs`);
    else writeFileSync(file, content);
  };
  want(join(LANGUAGES, `${DOMAIN}.pot`), writePo(strings, new Map(), ''));
  for (const po of poFiles()) {
    const language = po.match(/-([a-z]{2,3}(?:_[A-Z]{2})?)\.po$/)[1];
    const translations = parsePo(readFileSync(po, 'utf8'));
    const text = writePo(strings, translations, language);
    want(po, text);
    const entries = parsePo(text);
    const missing = [...strings.keys()].filter((id) => !entries.get(id)?.msgstr);
    for (const id of missing) problems.push(`${relative(process.cwd(), po)}: no translation for "${id}"`);
    want(po.replace(/\.po$/, '.mo'), compileMo(entries));
  }
  console.log(`${strings.size} strings; ${poFiles().length} translation(s)`);
  for (const problem of problems) console.error(problem);
  if (problems.length && check) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
