// Prints the size of the built script (minified, gzip, brotli) and, with
// --check, fails when gzip is over the budget in package.json ("sizeBudget").
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = process.argv.find((arg) => arg.endsWith('.js') && !arg.includes('size.mjs')) ?? sizeBudget.file;
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

console.log(`${file}`);
console.log(`  minified ${String(code.length).padStart(7)} bytes  ${kb(code.length)}`);
console.log(`  gzip     ${String(gzip).padStart(7)} bytes  ${kb(gzip)}   budget ${sizeBudget.gzipBytes} bytes (${kb(sizeBudget.gzipBytes)}), ${sizeBudget.gzipBytes - gzip} to spare`);
console.log(`  brotli   ${String(brotli).padStart(7)} bytes  ${kb(brotli)}`);
if (process.argv.includes('--check') && gzip > sizeBudget.gzipBytes) {
  console.error(`Size budget exceeded: ${gzip} bytes gzip > ${sizeBudget.gzipBytes}.`);
  process.exit(1);
}
