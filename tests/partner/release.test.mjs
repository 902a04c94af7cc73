// The partner release as a partner gets it (after `npm run build`): `npm run release`
// writes release/; here its files are "downloaded" into a temporary folder as a
// partner would (everything, or only the one zip they need, with SHA384SUMS), the
// partner zip is unzipped, and every checksum command that README.md and
// START-HERE.html give is run exactly as written, where they say to run it:
//   - a command that starts with `cd safety-widgets &&`: in the folder where the zip
//     was unzipped (the one with START-HERE.html);
//   - any other: in the folder where the release's files were saved.
// Each must exit 0 with nothing FAILED, and must fail once a file is changed.
// START-HERE.html names no file that the zip or the release does not have, and the
// zip's snippet builder works opened from the folder, with no network (in Chromium).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzip as unzipEntries } from '../wordpress/zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'release');
const work = mkdtempSync(join(tmpdir(), 'safety-widgets-release-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** name → contents of every file in a zip archive (its folders left out). */
const unzip = (archive) => new Map([...unzipEntries(archive)].filter(([name]) => !name.endsWith('/')));

const entities = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** A command that checks files against a list (`… -c LIST`), not a mention of the tool. */
const isCheck = (command) => /^(cd \S+ && )?(sha384sum|shasum)\b.*\s-c\s+\S+$/.test(command.trim());

/** The checksum commands a document gives: code spans and code blocks (Markdown) or <code> (HTML). */
function documentedCommands(file) {
  const text = readFileSync(file, 'utf8');
  const pieces = file.endsWith('.html')
    ? [...text.matchAll(/<code>([\s\S]*?)<\/code>/g)].flatMap(([, code]) => entities(code).split('\n'))
    : [...[...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap(([, block]) => block.split('\n')), ...[...text.matchAll(/`([^`\n]+)`/g)].map(([, code]) => code)];
  return [...new Set(pieces.map((piece) => piece.trim()).filter(isCheck))];
}

/** Runs one documented command as a shell runs it, in `cwd`. */
const run = (command, cwd) => spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8' });

/** A folder with copies of these release files. */
function downloads(name, files) {
  const folder = join(work, name);
  mkdirSync(folder);
  for (const file of files) copyFileSync(join(out, file), join(folder, file));
  return folder;
}

describe('the partner release, checked as its documents say', () => {
  let unzipped;
  let zipFiles;
  const partnerZip = `safety-widgets-${version}.zip`;
  const pluginZip = `safety-widgets-wordpress-${version}.zip`;
  const docs = { 'README.md': join(root, 'README.md'), 'START-HERE.html': join(root, 'scripts/release-files/START-HERE.html') };

  before(() => {
    assert.ok(existsSync(join(root, 'dist/safety-widgets.js')), 'run `npm run build` first');
    const release = spawnSync(process.execPath, ['scripts/release.mjs', '--allow-dirty', '--no-build'], { cwd: root, encoding: 'utf8' });
    assert.equal(release.status, 0, release.stdout + release.stderr);
    zipFiles = unzip(readFileSync(join(out, partnerZip)));
    unzipped = join(work, 'unzipped');
    for (const [name, data] of zipFiles) {
      mkdirSync(dirname(join(unzipped, name)), { recursive: true });
      writeFileSync(join(unzipped, name), data);
    }
  });

  it('README.md and START-HERE.html each give a command to check the downloaded zip, and one for the unzipped files', () => {
    for (const [name, file] of Object.entries(docs)) {
      const commands = documentedCommands(file);
      assert.ok(commands.some((command) => !command.startsWith('cd ')), `${name} gives no sha384sum command for the download`);
      assert.ok(commands.some((command) => command.startsWith('cd ')), `${name} gives no sha384sum command for the unzipped files`);
    }
  });

  it('every command given for the download exits 0 where the release files were saved: all of them, or one zip with SHA384SUMS', () => {
    const everything = readdirSync(out).filter((file) => !file.startsWith('.'));
    const places = {
      'every file of the release': downloads('all', everything),
      'the partner zip and SHA384SUMS': downloads('partner', [partnerZip, 'SHA384SUMS']),
      'the WordPress zip and SHA384SUMS': downloads('wordpress', [pluginZip, 'SHA384SUMS']),
    };
    for (const [name, file] of Object.entries(docs)) {
      for (const command of documentedCommands(file).filter((one) => !one.startsWith('cd '))) {
        for (const [what, folder] of Object.entries(places)) {
          const result = run(command, folder);
          assert.equal(result.status, 0, `${name}: \`${command}\` with ${what} exited ${result.status}:\n${result.stdout}${result.stderr}`);
          assert.doesNotMatch(result.stdout + result.stderr, /FAILED|WARNING/, `${name}: \`${command}\` with ${what}`);
          assert.match(result.stdout, /: OK$/m, `${name}: \`${command}\` with ${what} checked nothing`);
        }
        // A changed zip is caught.
        const changed = downloads(`changed-${Math.random().toString(36).slice(2)}`, [partnerZip, 'SHA384SUMS']);
        appendFileSync(join(changed, partnerZip), 'x');
        assert.notEqual(run(command, changed).status, 0, `${name}: \`${command}\` does not notice a changed zip`);
      }
    }
  });

  it('every command given for the unzipped files exits 0 in the folder where the zip was unzipped, and fails for a changed file', () => {
    const commands = Object.entries(docs).flatMap(([name, file]) => documentedCommands(file).filter((one) => one.startsWith('cd ')).map((command) => [name, command]));
    for (const [name, command] of commands) {
      const result = run(command, unzipped);
      assert.equal(result.status, 0, `${name}: \`${command}\` exited ${result.status}:\n${result.stdout}${result.stderr}`);
      assert.doesNotMatch(result.stdout + result.stderr, /FAILED|WARNING/, `${name}: \`${command}\``);
      const scripts = [...zipFiles.keys()].filter((file) => file.startsWith('safety-widgets/') && file.endsWith('.js'));
      assert.equal(result.stdout.match(/: OK$/gm)?.length, scripts.length, `${name}: \`${command}\` checks every script: ${result.stdout}`);
    }
    if (commands.length) {
      const copy = join(work, 'changed-unzipped');
      execFileSync('cp', ['-r', unzipped, copy]);
      appendFileSync(join(copy, 'safety-widgets/locales/vi.js'), '\n');
      assert.notEqual(run(commands[0][1], copy).status, 0, 'a changed locales/vi.js is not noticed');
    }
  });

  it('START-HERE.html links and names only files the zip or the release has', () => {
    const start = zipFiles.get('START-HERE.html').toString();
    for (const [, href] of start.matchAll(/href="([^"#]+)/g)) {
      if (/^[a-z]+:/i.test(href)) continue;
      assert.ok(zipFiles.has(href.replace(/^\.\//, '')), `START-HERE.html links to ${href}, which is not in the zip`);
    }
    const named = [...start.matchAll(/<code>([\w./-]+\.(?:md|html|txt|zip|tgz)|(?:[\w.-]+\/)?(?:LICENSE|SHA384SUMS))<\/code>/g)].map(([, file]) => file);
    assert.ok(named.length > 0);
    for (const file of named) {
      assert.ok(zipFiles.has(file) || existsSync(join(out, file)), `START-HERE.html names ${file}, which is neither in the zip nor in the release`);
    }
  });

  it('the snippet builder in the zip works opened from the unzipped folder with no network: the widgets draw, in every language, with nothing in the console', async () => {
    const vi = JSON.parse(readFileSync(join(root, 'src/i18n/locales/vi.json'), 'utf8'));
    const { launch } = await import('../e2e/harness.mjs');
    const browser = await launch();
    try {
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      const said = [];
      const asked = [];
      page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => said.push(`exception: ${error.message}`));
      page.on('request', (request) => asked.push(request.url()));
      page.on('requestfailed', (request) => said.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
      await page.goto(pathToFileURL(join(unzipped, 'snippet-builder.html')).href);
      const banner = () => document.querySelector('#preview-area hotline-banner')?.shadowRoot;
      await page.waitForFunction(`(${banner})()?.querySelector('a[href^="tel:"]')`, undefined, { timeout: 15000 });
      assert.ok(await page.locator('#preview-area quick-exit').isVisible());
      // A language beyond English and Spanish: from snippet-builder/languages.js, nothing fetched.
      await page.selectOption('#lang', 'vi');
      await page.waitForFunction(`(${banner})()?.textContent.includes(${JSON.stringify(vi.hotline.hours247)})`, undefined, { timeout: 5000 });
      assert.match(await page.locator('#code-page').inputValue(), /<hotline-banner[^>]* lang="vi"/);
      assert.equal(await page.locator('.back a').getAttribute('href'), 'START-HERE.html');
      await page.waitForTimeout(1500); // anything the loader would still ask for after the first paint
      assert.deepEqual(asked.filter((url) => !url.startsWith('file:')), [], 'asked the network');
      assert.deepEqual(said, [], 'console');
    } finally {
      await browser.close();
    }
  });
});
