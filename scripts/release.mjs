// npm run release: everything a maintainer attaches to a release, in release/
// (ignored by git):
//   safety-widgets-<version>.zip   for partners: safety-widgets/ (the script, parts/, locales/, and
//                                  SHA384SUMS for them), START-HERE.html, the snippet builder as a page
//                                  that works offline (snippet-builder.html and snippet-builder/, from
//                                  scripts/snippet-builder.mjs), README.md, LICENSE
//   safety-widgets-<version>.tgz   the npm package (npm pack)
//   safety-widgets-wordpress-<version>.zip  the WordPress plugin (when the repository has it)
//   SHA384SUMS                     the archives above: `sha384sum --ignore-missing -c SHA384SUMS` where
//                                  they were saved checks each one downloaded
//   INTEGRITY.txt                  the Subresource Integrity value of each script, for <script integrity>
// Two checksum lists, each checked where it lies: SHA384SUMS beside the archives, and
// safety-widgets/SHA384SUMS in the zip beside the scripts it lists (`sha384sum -c SHA384SUMS`
// in that folder, also after uploading it). One list for both failed wherever it was run.
// It refuses to run with uncommitted changes or when CHANGELOG.md has no
// section for the version in package.json. For the tests only: `--allow-dirty`
// skips the first check, `--no-build` uses dist/ as it is (the snippet builder is
// always built from its sources: it takes a second).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './wordpress-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'release');
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const refuse = (why) => {
  console.error(`npm run release: ${why}`);
  process.exit(1);
};

const sha384 = (data) => createHash('sha384').update(data).digest('hex');

/** The partner zip's files: name in the zip → contents, from dist/ and `builder` (offlineBuilder()). */
export function partnerFiles(builder, dist = join(root, 'dist')) {
  const files = new Map();
  const scripts = ['safety-widgets.js', ...['parts', 'locales'].flatMap((folder) => readdirSync(join(dist, folder)).sort().map((file) => `${folder}/${file}`))];
  for (const file of scripts) files.set(`safety-widgets/${file}`, readFileSync(join(dist, file)));
  // Names as seen from inside the folder, where it is checked.
  files.set('safety-widgets/SHA384SUMS', Buffer.from(scripts.map((file) => `${sha384(files.get(`safety-widgets/${file}`))}  ${file}\n`).join('')));
  files.set('START-HERE.html', Buffer.from(readFileSync(join(root, 'scripts/release-files/START-HERE.html'), 'utf8').replaceAll('{{version}}', version)));
  for (const [name, data] of builder) files.set(name, data);
  files.set('README.md', readFileSync(join(root, 'README.md')));
  files.set('LICENSE', readFileSync(join(root, 'LICENSE')));
  return files;
}

export const integrity = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

async function main() {
  if (!process.argv.includes('--allow-dirty')) {
    const dirty = run('git', ['status', '--porcelain']).trim();
    if (dirty) refuse(`the working tree has uncommitted changes; commit or stash them first:\n${dirty}`);
  }
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`, 'm').test(changelog)) {
    refuse(`CHANGELOG.md has no "## ${version}" section: write what changes for partners under it first.`);
  }

  if (!process.argv.includes('--no-build')) run('npm', ['run', 'build']);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const partnerZip = `${name}-${version}.zip`;
  // (Imported here, after the checks above: it brings in Vite.)
  const { offlineBuilder } = await import('./snippet-builder.mjs');
  const files = partnerFiles(await offlineBuilder());
  writeFileSync(join(out, partnerZip), zip(files));
  run('npm', ['pack', '--pack-destination', out]);
  const archives = [partnerZip, `${name}-${version}.tgz`];
  if (existsSync(join(root, 'scripts/wordpress-build.mjs')) && existsSync(join(root, 'wordpress'))) {
    run('node', ['scripts/wordpress-build.mjs']);
    archives.push(`${name}-wordpress-${version}.zip`);
  }
  for (const archive of archives) if (!existsSync(join(out, archive))) refuse(`${archive} was not written`);

  const scripts = [...files.keys()].filter((file) => /^safety-widgets\/.*\.js$/.test(file));
  writeFileSync(join(out, 'SHA384SUMS'), archives.map((a) => `${sha384(readFileSync(join(out, a)))}  ${a}\n`).join(''));
  writeFileSync(
    join(out, 'INTEGRITY.txt'),
    `# Subresource Integrity of each script in ${partnerZip} (use with crossorigin="anonymous" when the files are on another host)\n` +
      scripts.map((s) => `${integrity(files.get(s))}  ${s.replace(/^safety-widgets\//, '')}`).join('\n') + '\n',
  );
  console.log(`release/ for ${name} ${version}:\n  ${[...archives, 'SHA384SUMS', 'INTEGRITY.txt'].join('\n  ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
