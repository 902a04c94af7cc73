// Prints the size of each file the build ships (minified, gzip, brotli) and,
// with --check, fails when one is over its gzip budget in package.json
// ("sizeBudget": file → gzip bytes). `npm run size -- dist/x.js` prints one file.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.js'));
const files = named.length ? named : Object.keys(sizeBudget);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
let over = 0;

for (const file of files) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = sizeBudget[file];
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
