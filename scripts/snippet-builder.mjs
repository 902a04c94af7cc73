// The snippet builder (demo/configure.html) as a page that works opened from a folder,
// with no web server and no network: for the partner zip (scripts/release.mjs).
//   snippet-builder.html       the page, beside START-HERE.html
//   snippet-builder/builder.js the builder and the widgets from source, as ONE classic
//                              script (browsers refuse module scripts from file://)
//   snippet-builder/languages.js  every language file (locales/<code>.js and
//                              locales/rights-<code>.js) in one, read
//                              before the builder: its preview fetches nothing
//   snippet-builder/builder.css, favicon.svg
// Nothing in it asks for the network; only the links to each hotline's source open a
// website, in a new tab, when clicked.
//
// `node scripts/snippet-builder.mjs <folder>` writes these files into <folder>.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { localeCodes, localeScript, rightsCodes, rightsScript } from './locales.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Replaces `from` (which must be there: a changed configure.html fails here, not in a partner's browser). */
function swap(html, from, to) {
  if (!html.includes(from)) throw new Error(`scripts/snippet-builder.mjs: demo/configure.html no longer has ${from}`);
  return html.replace(from, () => to);
}

/** name → contents of the offline builder's files. */
export async function offlineBuilder() {
  const [output] = [
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        target: 'es2021',
        minify: true,
        sourcemap: false,
        lib: { entry: join(root, 'demo/configure.ts'), formats: ['iife'], name: 'SnippetBuilder', fileName: () => 'builder.js' },
      },
    }),
  ].flat();
  const chunks = output.output.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`scripts/snippet-builder.mjs: expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`);

  let html = readFileSync(join(root, 'demo/configure.html'), 'utf8');
  html = swap(html, '<link rel="icon" href="./favicon.svg"', '<link rel="icon" href="snippet-builder/favicon.svg"');
  html = swap(html, '<link rel="stylesheet" href="./configure.css">', '<link rel="stylesheet" href="snippet-builder/builder.css">');
  html = swap(
    html,
    '<script type="module" src="./configure.ts"></script>',
    '<script src="snippet-builder/languages.js" defer></script>\n<script src="snippet-builder/builder.js" defer></script>',
  );
  html = swap(html, '<a href="./index.html" data-t="back">Back to the demo</a>', '<a href="START-HERE.html" data-t="backStart">Back to START-HERE.html</a>');
  html = swap(html, '<!doctype html>\n', `<!doctype html>\n<!-- safety-widgets ${version}: the snippet builder. Open this file in your browser; it needs no internet. -->\n`);

  return new Map([
    ['snippet-builder.html', Buffer.from(html)],
    ['snippet-builder/builder.js', Buffer.from(chunks[0].code)],
    // With know-your-rights' words in each language (locales/rights-<code>.js): its preview fetches nothing either.
    ['snippet-builder/languages.js', Buffer.from([...localeCodes().map((code) => localeScript(code, version)), ...rightsCodes().map((code) => rightsScript(code, version))].join(''))],
    ['snippet-builder/builder.css', readFileSync(join(root, 'demo/configure.css'))],
    ['snippet-builder/favicon.svg', readFileSync(join(root, 'demo/favicon.svg'))],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node scripts/snippet-builder.mjs <folder>');
    process.exit(1);
  }
  for (const [name, data] of await offlineBuilder()) {
    mkdirSync(dirname(join(resolve(folder), name)), { recursive: true });
    writeFileSync(join(resolve(folder), name), data);
  }
  console.log(`${resolve(folder)}/snippet-builder.html`);
}
