// The plugin's files, without a running WordPress: what the zip holds, every PHP
// file through `php -l`, the plugin header, the translations, and the built-in
// hotlines the PHP knows against the widgets' own directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMo, extract, parsePo, poFiles, readMo, PLUGIN } from '../../scripts/wordpress-i18n.mjs';
import { ensurePackages } from './stack.mjs';
import { releaseZip } from './release.mjs';
import { unzip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const zip = releaseZip();
const files = unzip(readFileSync(zip.path));

test('the zip holds one plugin folder: the plugin, and the built widgets in the layout safety-widgets.js expects', () => {
  const names = [...files.keys()];
  assert.deepEqual([...new Set(names.map((name) => name.split('/')[0]))], ['safety-widgets']);
  for (const needed of ['safety-widgets.php', 'uninstall.php', 'readme.txt', 'editor/blocks.js', 'languages/safety-widgets-es_ES.mo', 'widgets/safety-widgets.js', 'widgets/parts/widgets.js', 'widgets/parts/rights.js']) {
    assert.ok(files.has(`safety-widgets/${needed}`), `the zip has safety-widgets/${needed}`);
  }
  if (zip.fromBuild) {
    const dist = join(root, 'dist');
    const built = ['safety-widgets.js', ...readdirSync(join(dist, 'parts')).filter((f) => f.endsWith('.js')).map((f) => `parts/${f}`), ...(existsSync(join(dist, 'locales')) ? readdirSync(join(dist, 'locales')).filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`) : [])];
    for (const name of built) assert.ok(files.get(`safety-widgets/widgets/${name}`)?.equals(readFileSync(join(dist, name))), `widgets/${name} is dist/${name}`);
    assert.deepEqual(names.filter((n) => n.startsWith('safety-widgets/widgets/') && !n.endsWith('/')).sort(), built.map((n) => `safety-widgets/widgets/${n}`).sort());
  }
  assert.ok(!names.some((name) => /node_modules|\.git\/|\.DS_Store|\/src\//.test(name)), 'nothing but the plugin');
});

test('the plugin header says what WordPress checks before installing: 6.1, PHP 8.1, MIT, text domain, version', () => {
  const main = String(files.get('safety-widgets/safety-widgets.php'));
  const header = (name) => main.match(new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm'))?.[1].trim();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(header('Plugin Name'), 'Safety widgets');
  assert.equal(header('Requires at least'), '6.1');
  assert.equal(header('Requires PHP'), '8.1');
  assert.equal(header('License'), 'MIT');
  assert.equal(header('Text Domain'), 'safety-widgets');
  assert.equal(header('Version'), version);
  assert.match(main, new RegExp(`const VERSION = '${version.replaceAll('.', '\\.')}';`));
});

test('php -l passes on every PHP file in the zip; the editor script parses', () => {
  ensurePackages();
  const dir = mkdtempSync('/tmp/safety-widgets-lint-');
  try {
    const php = [...files.keys()].filter((name) => name.endsWith('.php'));
    assert.ok(php.length >= 9, `${php.length} PHP files`);
    for (const name of php) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, files.get(name));
      const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
      assert.match(out, /No syntax errors detected/, name);
    }
    const editor = join(dir, 'blocks.js');
    writeFileSync(editor, files.get('safety-widgets/editor/blocks.js'));
    execFileSync(process.execPath, ['--check', editor]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every string the PHP marks is translated into Spanish; the .mo files are the .po files compiled', () => {
  const strings = extract();
  assert.ok(strings.size > 50, `${strings.size} strings`);
  for (const po of poFiles()) {
    const entries = parsePo(readFileSync(po, 'utf8'));
    const missing = [...strings.keys()].filter((id) => !entries.get(id)?.msgstr);
    assert.deepEqual(missing, [], `untranslated in ${po}: run node scripts/wordpress-i18n.mjs and translate`);
    const placeholders = (s) => (s.match(/%(?:\d\$)?s/g) ?? []).sort().join(' ');
    for (const id of strings.keys()) assert.equal(placeholders(entries.get(id).msgstr), placeholders(id), `placeholders of "${id}"`);
    const compiled = readMo(compileMo(entries));
    const committed = readMo(readFileSync(po.replace(/\.po$/, '.mo')));
    assert.deepEqual([...committed], [...compiled], `${po.replace(/\.po$/, '.mo')} is out of date: run node scripts/wordpress-i18n.mjs`);
    const shipped = files.get(`safety-widgets/languages/${po.split('/').pop().replace(/\.po$/, '.mo')}`);
    assert.deepEqual([...readMo(shipped)], [...compiled], 'the zip has the compiled .mo');
    if (existsSync('/usr/bin/msgfmt')) {
      // GNU gettext reads the same strings from the .po (a check on our .po reader and .mo writer).
      const out = execFileSync('msgfmt', ['--check', '-o', '-', po]);
      assert.deepEqual([...readMo(out)], [...compiled], 'msgfmt compiles the same strings');
    }
  }
});

test('the built-in hotlines in PHP are the widgets’ own: ids, English and Spanish names, numbers', () => {
  ensurePackages();
  const php = `namespace SafetyWidgets; define('ABSPATH', '/'); function noop($t) { return $t; } require '${join(PLUGIN, 'includes/directory.php')}'; echo json_encode(['lines' => hotlines(), 'ids' => hotline_ids(), 'categories' => sign_categories(), 'agencies' => agencies(), 'topics' => rights_topics()]);`;
  const { lines, ids, categories, agencies, topics } = JSON.parse(execFileSync('php', ['-r', php], { encoding: 'utf8' }));
  const source = readFileSync(join(root, 'src/hotlines/directory.ts'), 'utf8');
  // The banner's directory, then the government lines <know-your-rights> shows (`agencies`).
  const [directory, agencyList] = source.split('export const agencies');
  const widgetIds = [...directory.matchAll(/^\s{4}id: '([^']+)'/gm)].map((m) => m[1]);
  const agencyCalls = [...agencyList.matchAll(/^\s{4}id: '([^']+)',[\s\S]*?number: '([^']+)'/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(
    Object.entries(agencies).map(([id, line]) => [id, line.calls[0][0]]),
    agencyCalls,
    'the government lines of <know-your-rights>, their numbers',
  );
  const rightsSource = readFileSync(join(root, 'src/components/know-your-rights/rights.ts'), 'utf8');
  assert.deepEqual(topics, JSON.parse(rightsSource.match(/export const topics = (\[[^\]]*\])/)[1].replaceAll("'", '"')), 'the topics of <know-your-rights>, in its order');
  assert.deepEqual(Object.keys(lines), widgetIds, 'same ids, same order as directory.ts');
  assert.deepEqual(ids, widgetIds);
  const en = JSON.parse(readFileSync(join(root, 'src/i18n/locales/en.json'), 'utf8'));
  const es = JSON.parse(readFileSync(join(root, 'src/i18n/locales/es.json'), 'utf8'));
  const spanish = parsePo(readFileSync(join(PLUGIN, 'languages/safety-widgets-es_ES.po'), 'utf8'));
  for (const id of widgetIds) {
    assert.equal(lines[id].name, en.lines[id].name, `${id}: English name`);
    assert.equal(spanish.get(lines[id].name)?.msgstr, es.lines[id].name, `${id}: Spanish name`);
  }
  const links = JSON.parse(readFileSync(join(root, 'tests/directory-links.json'), 'utf8'));
  assert.deepEqual(Object.values(lines).flatMap((line) => line.calls.map((call) => call[1])), links.call, 'call links');
  assert.deepEqual(Object.values(lines).flatMap((line) => (line.text ? [line.text[1]] : [])), links.text, 'text links');
  const signs = readFileSync(join(root, 'src/components/signs-checklist/signs.ts'), 'utf8');
  const widgetCategories = [...signs.slice(signs.indexOf('export const signs')).matchAll(/^\s{2}(\w+): \[/gm)].map((m) => m[1]);
  assert.deepEqual(categories, widgetCategories, 'the checklist’s categories');
});
