// The npm package and the release files, as a developer and a partner get them
// (after `npm run build`): the packed tarball installed into a throwaway project,
// built there with Vite and type-checked; the release archives unpacked and
// compared with the build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip as unzipEntries } from '../wordpress/zip.mjs';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'safety-widgets-package-'));
const sh = (command, args, cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
after(() => rmSync(work, { recursive: true, force: true }));

/** name → contents of every file in a zip archive (its folders left out). */
const unzip = (archive) => new Map([...unzipEntries(archive)].filter(([name]) => !name.endsWith('/')));

describe('the npm package', () => {
  let tarball;
  let consumer;
  before(() => {
    const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work]));
    tarball = join(work, packed[0].filename);
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], consumer);
  });

  it('holds the classic script, the modules, types, language files and custom-elements.json, and no sources or tests', () => {
    const files = sh('tar', ['-tzf', tarball]).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const file of ['dist/safety-widgets.js', 'dist/parts/widgets.js', 'dist/parts/rights.js', 'dist/locales/rights-vi.js', 'dist/locales/vi.js', 'dist/locales/ar.js', 'dist/esm/esm/index.js', 'dist/esm/esm/quick-exit.js', 'dist/types/esm/index.d.ts', 'custom-elements.json', 'README.md', 'LICENSE', 'package.json']) {
      assert.ok(files.includes(file), `${file} missing from ${files.join(' ')}`);
    }
    assert.deepEqual(files.filter((f) => /^(src|tests|scripts|demo|wordpress)\//.test(f)), []);
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/safety-widgets/package.json'), 'utf8'));
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.customElements, 'custom-elements.json');
    const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/safety-widgets/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean).sort();
    assert.deepEqual(tags, ['hotline-banner', 'know-your-rights', 'quick-exit', 'signs-checklist']);
  });

  it('a Vite project builds with it: the module entry registers every widget; quick-exit.js alone weighs only the quick exit', async () => {
    writeFileSync(join(consumer, 'all.js'), `import { HotlineBanner, QuickExit, SignsChecklist } from 'safety-widgets';\nimport 'safety-widgets/locales/vi.js';\nwindow.ok = [HotlineBanner, QuickExit, SignsChecklist].every((c, i) => customElements.get(['hotline-banner', 'quick-exit', 'signs-checklist'][i]) === c);\n`);
    writeFileSync(join(consumer, 'exit.js'), `import { QuickExit } from 'safety-widgets/quick-exit.js';\nwindow.exit = QuickExit;\n`);
    const out = {};
    for (const entry of ['all', 'exit']) {
      await build({
        root: consumer,
        configFile: false,
        logLevel: 'silent',
        build: { outDir: join(work, `out-${entry}`), lib: { entry: join(consumer, `${entry}.js`), formats: ['es'], fileName: entry }, minify: true },
      });
      out[entry] = readFileSync(join(work, `out-${entry}`, `${entry}.js`), 'utf8');
    }
    for (const tag of ['hotline-banner', 'signs-checklist', 'quick-exit']) assert.ok(out.all.includes(tag), tag);
    assert.ok(out.all.includes('What you can do') && out.all.includes('SafetyWidgetsLanguages'));
    assert.ok(out.exit.includes('quick-exit') && out.exit.includes('Exit this site'));
    for (const absent of ['LitElement', 'lit-html', 'i18next', 'What you can do', 'signs-checklist']) assert.ok(!out.exit.includes(absent), `quick-exit.js bundle carries ${absent}`);
    assert.ok(out.exit.length < out.all.length / 2, `${out.exit.length} vs ${out.all.length}`);
  });

  it('its types describe each element; a wrong attribute type fails the type check', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: true }, files: ['use.ts'] }),
    );
    const good = `import { HotlineBanner, QuickExit } from 'safety-widgets';
import 'safety-widgets/signs-checklist.js';
const banner: HotlineBanner = document.createElement('hotline-banner');
banner.dismissible = true;
banner.hotlines = 'us-trafficking us-988';
const exit: QuickExit | null = document.querySelector('quick-exit');
if (exit) exit.href = 'https://www.google.com/';
document.createElement('signs-checklist').perspective = 'self';
`;
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    writeFileSync(join(consumer, 'use.ts'), good);
    const ok = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    writeFileSync(join(consumer, 'use.ts'), `${good}banner.dismissible = 'yes';\n`);
    const bad = spawnSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /use\.ts\(9,1\): error TS2322/);
  });
});

describe('npm run release', () => {
  let out;
  before(() => {
    sh('node', ['scripts/release.mjs', '--allow-dirty', '--no-build']);
    out = join(root, 'release');
  });

  it('writes the partner zip with the built files in the layout the script expects, START-HERE.html and LICENSE', () => {
    const files = unzip(readFileSync(join(out, `safety-widgets-${version}.zip`)));
    const locales = readdirSync(join(root, 'dist/locales')).sort();
    assert.ok(locales.length >= 11);
    const expected = ['safety-widgets.js', 'parts/rights.js', 'parts/widgets.js', ...locales.map((f) => `locales/${f}`)];
    for (const file of expected) assert.deepEqual(files.get(`safety-widgets/${file}`), readFileSync(join(root, 'dist', file)), file);
    assert.deepEqual([...files.keys()].sort(), ['LICENSE', 'README.md', 'START-HERE.html', 'safety-widgets/SHA384SUMS', 'snippet-builder.html', ...['builder.js', 'languages.js', 'builder.css', 'favicon.svg'].map((f) => `snippet-builder/${f}`), ...expected.map((f) => `safety-widgets/${f}`)].sort());
    const start = files.get('START-HERE.html').toString();
    assert.match(start, /data-quick-exit="https:\/\/www\.google\.com\/"/);
    assert.match(start, new RegExp(`safety-widgets ${version.replace(/\./g, '\\.')}`));
    assert.doesNotMatch(start, /\{\{/);
  });

  it('writes the npm tarball, and SHA384SUMS and the integrity value of every script match the files', () => {
    const sums = readFileSync(join(out, 'SHA384SUMS'), 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
    const files = unzip(readFileSync(join(out, `safety-widgets-${version}.zip`)));
    const names = sums.map(([, name]) => name);
    assert.ok(names.includes(`safety-widgets-${version}.tgz`) && names.includes(`safety-widgets-${version}.zip`), names.join(' '));
    for (const [hash, name] of sums) {
      const data = name.startsWith('safety-widgets/') ? files.get(name) : readFileSync(join(out, name));
      assert.equal(createHash('sha384').update(data).digest('hex'), hash, name);
    }
    const tarred = sh('tar', ['-tzf', join(out, `safety-widgets-${version}.tgz`)]);
    assert.match(tarred, /package\/dist\/safety-widgets\.js/);
    const integrity = readFileSync(join(out, 'INTEGRITY.txt'), 'utf8');
    const main = readFileSync(join(root, 'dist/safety-widgets.js'));
    assert.ok(integrity.includes(`sha384-${createHash('sha384').update(main).digest('base64')}  safety-widgets.js`), integrity);
  });

  it('refuses with uncommitted changes, and for a version without a CHANGELOG section', () => {
    const dirty = spawnSync(process.execPath, ['scripts/release.mjs', '--no-build'], { cwd: root, encoding: 'utf8' });
    const clean = sh('git', ['status', '--porcelain']).trim() === '';
    if (!clean) {
      assert.equal(dirty.status, 1);
      assert.match(dirty.stderr, /uncommitted changes/);
    }
    // A copy of the repository's scripts with a version the CHANGELOG does not have.
    const copy = join(work, 'norelease');
    mkdirSync(join(copy, 'scripts'), { recursive: true });
    for (const file of ['release.mjs', 'wordpress-build.mjs', 'wordpress-i18n.mjs']) writeFileSync(join(copy, 'scripts', file), readFileSync(join(root, 'scripts', file)));
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'safety-widgets', version: '99.0.0' }));
    writeFileSync(join(copy, 'CHANGELOG.md'), readFileSync(join(root, 'CHANGELOG.md')));
    const unknown = spawnSync(process.execPath, ['scripts/release.mjs', '--allow-dirty', '--no-build'], { cwd: copy, encoding: 'utf8' });
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no "## 99\.0\.0" section/);
  });
});
