// Prints the size of each file the build ships (minified, gzip, brotli) and,
// with --check, fails when one is over its gzip budget in package.json
// ("sizeBudget": file → gzip bytes). `npm run size -- dist/x.js` prints one file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.js'));
// "dist/locales/*.js": one budget for every file the pattern matches.
const matching = (pattern) => {
  if (!pattern.includes('*')) return [pattern];
  const [before, after] = basename(pattern).split('*');
  return readdirSync(dirname(pattern)).filter((name) => name.startsWith(before) && name.endsWith(after)).sort().map((name) => `${dirname(pattern)}/${name}`);
};
const budgetOf = (file) => sizeBudget[file] ?? Object.entries(sizeBudget).find(([pattern]) => matching(pattern).includes(file))?.[1];
const files = named.length ? named : Object.keys(sizeBudget).flatMap(matching);
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
if (process.argv.includes('--check') && over) process.exit(1);
