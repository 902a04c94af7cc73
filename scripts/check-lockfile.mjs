// npm test's first check: package-lock.json would install with `npm ci` on every
// platform. It fails when the lockfile does not match package.json, or when a
// package's optional dependencies for other platforms (Rollup's, esbuild's,
// Rolldown's native builds for macOS and Windows…) are missing from it: `npm ci`
// then stops on those machines with "Missing: @rollup/rollup-darwin-arm64 …".
// Fix: rm -rf node_modules package-lock.json && npm install.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};
const problems = [];

// 1. The lockfile's root matches package.json (what `npm ci` checks first).
const root = packages[''] ?? {};
for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
  const want = pkg[field] ?? {};
  const have = root[field] ?? {};
  for (const [name, range] of Object.entries(want)) if (have[name] !== range) problems.push(`${field}.${name}: package.json says ${range}, the lockfile ${have[name] ?? 'nothing'}`);
  for (const name of Object.keys(have)) if (!(name in want)) problems.push(`${field}.${name}: in the lockfile, not in package.json`);
}

// 2. Every dependency of every locked package resolves to a locked package, as Node would look it up
//    (its own node_modules, then each parent's), whatever the platform.
const resolves = (from, name) => {
  for (let dir = from; ; ) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at === -1 ? '' : dir.slice(0, at);
  }
};
for (const [path, entry] of Object.entries(packages)) {
  if (entry.link) continue;
  for (const field of ['dependencies', 'optionalDependencies', ...(path === '' ? ['devDependencies'] : [])]) {
    for (const name of Object.keys(entry[field] ?? {})) {
      if (!resolves(path, name)) problems.push(`${path || '(root)'} needs ${name} (${field}), which the lockfile lacks`);
    }
  }
}

if (problems.length) {
  console.error(`package-lock.json would not install with npm ci everywhere:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}\nFix: rm -rf node_modules package-lock.json && npm install`);
  process.exit(1);
}
const optional = Object.values(packages).reduce((n, e) => n + Object.keys(e.optionalDependencies ?? {}).length, 0);
console.log(`package-lock.json: ${Object.keys(packages).length - 1} packages, ${optional} optional platform packages, all locked: npm ci installs on every platform.`);
