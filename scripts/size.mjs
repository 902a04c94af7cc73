// Prints the size of each file the build ships (minified, gzip, brotli) and,
// with --check, fails when one is over its gzip budget in package.json
// ("sizeBudget": file or pattern → gzip bytes), or when a script the build
// ships has no budget at all. `npm run size -- dist/x.js` prints one file.
// Patterns: `*` is any name within a folder, `**/` any folders below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.js'));
const check = process.argv.includes('--check');

/** Every script the build ships: dist/, but not the type declarations (never sent to a browser). */
const shipped = (folder = 'dist') =>
  readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? (folder === 'dist' && entry.name === 'types' ? [] : shipped(join(folder, entry.name))) : [join(folder, entry.name)]))
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative('.', file))
    .sort();
const pattern = (glob) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')}$`);
const budgetOf = (file) => sizeBudget[file] ?? Object.entries(sizeBudget).find(([glob]) => pattern(glob).test(file))?.[1];

const all = shipped();
const files = named.length ? named : all.filter((file) => budgetOf(file) !== undefined);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
let over = 0;

for (const file of files) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgetOf(file);
  console.log(`${file}`);
  console.log(`  minified ${String(code.length).padStart(7)} bytes  ${kb(code.length)}`);
  console.log(`  gzip     ${String(gzip).padStart(7)} bytes  ${kb(gzip)}${budget ? `   budget ${budget} bytes (${kb(budget)}), ${budget - gzip} to spare` : ''}`);
  console.log(`  brotli   ${String(brotli).padStart(7)} bytes  ${kb(brotli)}`);
  if (budget && gzip > budget) {
    console.error(`Size budget exceeded: ${file} is ${gzip} bytes gzip > ${budget}.`);
    over++;
  }
}
const unbudgeted = named.length ? [] : all.filter((file) => budgetOf(file) === undefined);
for (const file of unbudgeted) console.error(`No size budget: ${file} is shipped but no "sizeBudget" entry in package.json covers it.`);
if (check && (over || unbudgeted.length)) process.exit(1);
