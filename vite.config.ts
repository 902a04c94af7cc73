import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';
import { localeCodes, localeScript, rightsCodes, rightsScript } from './scripts/locales.mjs';

// Read, not imported: a JSON import without `with { type: 'json' }` makes Vite warn on every start and build
// (its coming native config loader cannot load it).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The language files, locales/<code>.js: written beside safety-widgets.js by the
 * build, and served from the demo's root by the dev server.
 */
function languageFiles(): Plugin {
  return {
    name: 'language-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [, rights, code] = /^\/locales\/(rights-)?([\w-]+)\.js(?:\?|$)/.exec(req.url ?? '') ?? [];
        if (!code || !(rights ? rightsCodes() : localeCodes()).includes(code)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(rights ? rightsScript(code, version) : localeScript(code, version));
      });
    },
    generateBundle() {
      for (const code of localeCodes()) this.emitFile({ type: 'asset', fileName: `locales/${code}.js`, source: localeScript(code, version) });
      for (const code of rightsCodes()) this.emitFile({ type: 'asset', fileName: `locales/rights-${code}.js`, source: rightsScript(code, version) });
    },
  };
}

/**
 * Lit writes version arrays (litHtmlVersions, …) and litPropertyMetadata onto
 * globalThis. A partner's page owns its globals, so in the bundle Lit's
 * `globalThis` becomes a private object that only exposes what Lit reads.
 * The build fails if Lit's code changes shape, so an upgrade cannot quietly
 * bring the globals back (tests/e2e checks the window's keys too).
 */
function litWithoutGlobals(own?: string): Plugin {
  const virtualId = '\0lit-private-global';
  const litFile = /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/[^/]+\.js$/;
  return {
    name: 'lit-without-globals',
    enforce: 'pre',
    resolveId: (id) => (id === virtualId ? id : null),
    load: (id) =>
      id === virtualId
        ? `const tt = globalThis.trustedTypes;
           export const litGlobal = {
             ShadowRoot: globalThis.ShadowRoot,
             // Lit's Trusted Types policy gets our own name, so it never clashes with a
             // page that runs Lit itself ('lit-html'); and a page whose CSP lists its
             // policies without ours still gets working widgets unless it requires them.
             trustedTypes: tt && {
               emptyScript: tt.emptyScript,
               createPolicy(name, rules) {
                 ${own ? `// parts/rights.js takes a name of its own first: beside parts/widgets.js, on a page that
                 // lists its policies without 'allow-duplicates', only one of them can be 'safety-widgets'.
                 try { return tt.createPolicy('${own}', rules); } catch {}
                 ` : ''}try { return tt.createPolicy('safety-widgets', rules); } catch { return undefined; }
               },
             },
           };`
        : null,
    transform(code, id) {
      if (!litFile.test(id) || !code.includes('globalThis')) return null;
      const out = code
        .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),?/g, '')
        .replace(/(?<![.\w$])litPropertyMetadata\b/g, '__litGlobal.litPropertyMetadata')
        .replace(/\bglobalThis\b/g, '__litGlobal');
      if (/\bglobalThis\b|Symbol\.metadata\?\?=/.test(out)) {
        this.error(`lit-without-globals: unexpected global access left in ${id}`);
      }
      return `import { litGlobal as __litGlobal } from '${virtualId}';\n${out}`;
    },
  };
}

/** parts/widgets.js leaves the quick exit's words (quickExit in en.json, es.json) to safety-widgets.js. */
function withoutQuickExitWords(): Plugin {
  return {
    name: 'without-quick-exit-words',
    enforce: 'pre',
    transform(code, id) {
      if (!/src\/i18n\/locales\/(en|es)\.json$/.test(id)) return null;
      const { quickExit: _, ...rest } = JSON.parse(code);
      return JSON.stringify(rest);
    },
  };
}

/** parts/rights.js translates with i18n-lite.ts, not i18next (i18n.ts): see that file. */
function liteTranslator(): Plugin {
  return {
    name: 'lite-translator',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!/\/i18n\.js$/.test(source) || !importer) return null;
      const found = await this.resolve(source, importer, { skipSelf: true });
      return found && /src\/i18n\/i18n\.ts$/.test(found.id) ? found.id.replace(/i18n\.ts$/, 'i18n-lite.ts') : null;
    },
  };
}

/**
 * parts/rights.js needs only the hotline words of en.json and es.json (its own are in
 * src/i18n/rights/): the checklist's and the menu's strings become "" there. English keeps
 * every key, as the order of a language file's `values` is read from it (src/i18n/i18n.ts).
 */
function onlyHotlineWords(): Plugin {
  const unused = ['signs', 'guidance', 'languageMenu'];
  const blank = (tree: unknown): unknown =>
    typeof tree === 'string' ? '' : Object.fromEntries(Object.entries(tree as object).map(([key, value]) => [key, blank(value)]));
  return {
    name: 'only-hotline-words',
    enforce: 'pre',
    transform(code, id) {
      const lang = /src\/i18n\/locales\/(en|es)\.json$/.exec(id)?.[1];
      if (!lang) return null;
      const words = JSON.parse(code);
      for (const key of unused) {
        if (lang === 'en') words[key] = blank(words[key]);
        else delete words[key];
      }
      return JSON.stringify(words);
    },
  };
}

/**
 * The sha384 of every file safety-widgets.js may load (src/loader.ts checks each
 * through the browser): parts/widgets.js and parts/rights.js as `vite build --mode parts`
 * and `--mode rights` just wrote them, and each language file as this build writes it
 * (the rights words' files are vouched for by parts/rights.js: integrityOfRightsWords). So one `integrity` value
 * on safety-widgets.js covers every file it brings in.
 */
function integrityOfOwnFiles(): Record<string, string> {
  const part = (file: string) => {
    const path = fileURLToPath(new URL(`./dist/${file}`, import.meta.url));
    if (!existsSync(path)) throw new Error(`dist/${file} is missing: \`vite build --mode parts\` and \`vite build --mode rights\` come first (npm run build runs them in order).`);
    return [file, sha384(readFileSync(path))];
  };
  return Object.fromEntries([
    part('parts/widgets.js'),
    part('parts/rights.js'),
    ...localeCodes().map((code) => [`locales/${code}.js`, sha384(localeScript(code, version))]),
  ]);
}

const sha384 = (text: string | Buffer) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** The sha384 of each `locales/rights-<code>.js`, carried by parts/rights.js (which safety-widgets.js checks), not by safety-widgets.js. */
const integrityOfRightsWords = (): Record<string, string> =>
  Object.fromEntries(rightsCodes().map((code) => [code, sha384(rightsScript(code, version))]));

/**
 * Three classic scripts: `vite build --mode parts` writes dist/parts/widgets.js (Lit,
 * i18next, the banner and the checklist); `vite build --mode rights` writes
 * dist/parts/rights.js (<know-your-rights>, with its own Lit and i18next); then `vite build`
 * writes dist/safety-widgets.js (the quick exit and the loader, with the hashes of parts/ and
 * locales/). `npm run build` runs them in that order.
 */
/** `vite build --mode esm`: the npm package's ES modules (dist/esm/), Lit and i18next left to the consumer's bundler. */
const esm = defineConfig({
  plugins: [minifyTemplates()],
  build: {
    lib: {
      entry: ['src/esm/index.ts', 'src/esm/quick-exit.ts', 'src/esm/hotline-banner.ts', 'src/esm/signs-checklist.ts', 'src/esm/know-your-rights.ts'],
      formats: ['es'],
    },
    // One file per source module: a consumer's bundler keeps only what the imported entry uses.
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^i18next(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    target: 'es2021',
    outDir: 'dist/esm',
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
  },
});

const partFiles: Record<string, { entry: string; file: string }> = {
  parts: { entry: 'src/widgets.ts', file: 'parts/widgets.js' },
  rights: { entry: 'src/rights.ts', file: 'parts/rights.js' },
};
const buildPlugins = (mode: string) =>
  mode === 'parts' ? [withoutQuickExitWords()] : mode === 'rights' ? [liteTranslator(), onlyHotlineWords(), litWithoutGlobals('safety-widgets-rights')] : [languageFiles()];

export default defineConfig(({ command, mode }) => mode === 'esm' ? esm : ({
  plugins: command === 'build' ? [...(mode === 'rights' ? [] : [litWithoutGlobals()]), minifyTemplates(), ...buildPlugins(mode)] : [languageFiles()],
  root: command === 'serve' ? 'demo' : undefined,
  define:
    command !== 'build' ? {}
    : mode === 'rights' ? { __SAFETY_WIDGETS_RIGHTS_INTEGRITY__: JSON.stringify(integrityOfRightsWords()) }
    : !partFiles[mode] ? { __SAFETY_WIDGETS_INTEGRITY__: JSON.stringify(integrityOfOwnFiles()) }
    : {},
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: {
    lib: {
      entry: process.env.ENTRY ?? partFiles[mode]?.entry ?? 'src/index.ts',
      name: 'SafetyWidgets',
      formats: ['iife'],
      fileName: () => partFiles[mode]?.file ?? 'safety-widgets.js',
    },
    target: 'es2021',
    outDir: 'dist',
    // The parts build comes first and empties dist/; the main build keeps what it wrote.
    emptyOutDir: mode === 'parts',
    sourcemap: false,
  },
}));
