// npm run build:wordpress (after npm run build): the WordPress plugin as one zip,
// release/safety-widgets-wordpress-<version>.zip, ready for Plugins → Add New →
// Upload. Inside, safety-widgets/ holds the plugin (wordpress/safety-widgets/)
// and, in widgets/, the built script in the layout it expects: safety-widgets.js,
// parts/widgets.js, parts/rights.js and locales/*.js (when the build made them). Nothing is
// fetched when the plugin runs. The version comes from package.json.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { compileMo, parsePo, poFiles } from './wordpress-i18n.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress', 'safety-widgets');
const dist = join(root, 'dist');
export const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
export const zipPath = join(root, 'release', `safety-widgets-wordpress-${version}.zip`);

/** Every file under `dir`, as paths relative to it, sorted. */
function walk(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
    .sort();
}

/** The plugin's files: name in the zip → contents. */
export function pluginFiles() {
  for (const needed of ['safety-widgets.js', 'parts/widgets.js', 'parts/rights.js']) {
    if (!existsSync(join(dist, needed))) throw new Error(`dist/${needed} is missing: run npm run build first.`);
  }
  const files = new Map();
  for (const name of walk(source)) {
    let data = readFileSync(join(source, name));
    if (name === 'safety-widgets.php') {
      data = Buffer.from(
        String(data)
          .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
          .replace(/^const VERSION = '.*';$/m, `const VERSION = '${version}';`),
      );
    } else if (name === 'readme.txt') {
      data = Buffer.from(String(data).replace(/^Stable tag: .*$/m, `Stable tag: ${version}`));
    }
    files.set(`safety-widgets/${name}`, data);
  }
  // The .mo files as the .po files say now (the committed ones are checked against them by the tests).
  for (const po of poFiles()) {
    files.set(`safety-widgets/languages/${relative(join(source, 'languages'), po).replace(/\.po$/, '.mo')}`, compileMo(parsePo(readFileSync(po, 'utf8'))));
  }
  const built = ['safety-widgets.js', ...walk(dist).filter((name) => /^(parts|locales)\/[^/]+\.js$/.test(name))];
  for (const name of built) files.set(`safety-widgets/widgets/${name}`, readFileSync(join(dist, name)));
  return files;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive (deflate, or stored where that is smaller), with folder
 * entries, fixed dates (the same sources give the same bytes) and UTF-8 names.
 */
export function zip(files) {
  const names = new Set();
  for (const name of files.keys()) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) names.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries = [...[...names].sort().map((name) => [name, Buffer.alloc(0)]), ...files];
  const dosTime = 0; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const folder = name.endsWith('/');
    const deflated = folder ? data : deflateRawSync(data, { level: 9 });
    const method = !folder && deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the modes below are read
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((folder ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function main() {
  let files;
  try {
    files = pluginFiles();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const archive = zip(files);
  mkdirSync(join(root, 'release'), { recursive: true });
  writeFileSync(zipPath, archive);
  const widgets = [...files.keys()].filter((name) => name.startsWith('safety-widgets/widgets/'));
  console.log(
    `${relative(root, zipPath)}: ${files.size} files (${widgets.length} of them the built widgets), ${(statSync(zipPath).size / 1024).toFixed(1)} KB`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
