import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';
import { localeCodes, localeScript } from './scripts/locales.mjs';

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
        const code = /^\/locales\/([\w-]+)\.js(?:\?|$)/.exec(req.url ?? '')?.[1];
        if (!code || !localeCodes().includes(code)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(localeScript(code, version));
      });
    },
    generateBundle() {
      for (const code of localeCodes()) this.emitFile({ type: 'asset', fileName: `locales/${code}.js`, source: localeScript(code, version) });
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
function litWithoutGlobals(): Plugin {
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
                 try { return tt.createPolicy('safety-widgets', rules); } catch { return undefined; }
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

/**
 * The sha384 of every file safety-widgets.js may load (src/loader.ts checks each
 * through the browser): parts/widgets.js as `vite build --mode parts` just wrote
 * it, and each language file as this build writes it. So one `integrity` value
 * on safety-widgets.js covers every file it brings in.
 */
function integrityOfOwnFiles(): Record<string, string> {
  const sha384 = (text: string | Buffer) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const parts = fileURLToPath(new URL('./dist/parts/widgets.js', import.meta.url));
  if (!existsSync(parts)) throw new Error('dist/parts/widgets.js is missing: `vite build --mode parts` comes first (npm run build runs both in order).');
  return Object.fromEntries([
    ['parts/widgets.js', sha384(readFileSync(parts))],
    ...localeCodes().map((code) => [`locales/${code}.js`, sha384(localeScript(code, version))]),
  ]);
}

/**
 * Two classic scripts: `vite build --mode parts` writes dist/parts/widgets.js (Lit,
 * i18next, the banner and the checklist); then `vite build` writes dist/safety-widgets.js
 * (the quick exit and the loader, with the hashes of parts/ and locales/). `npm run build`
 * runs both, in that order.
 */
/** `vite build --mode esm`: the npm package's ES modules (dist/esm/), Lit and i18next left to the consumer's bundler. */
const esm = defineConfig({
  plugins: [minifyTemplates()],
  build: {
    lib: {
      entry: ['src/esm/index.ts', 'src/esm/quick-exit.ts', 'src/esm/hotline-banner.ts', 'src/esm/signs-checklist.ts'],
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

export default defineConfig(({ command, mode }) => mode === 'esm' ? esm : ({
  plugins: command === 'build' ? [litWithoutGlobals(), minifyTemplates(), ...(mode === 'parts' ? [withoutQuickExitWords()] : [languageFiles()])] : [languageFiles()],
  root: command === 'serve' ? 'demo' : undefined,
  define: command === 'build' && mode !== 'parts' ? { __SAFETY_WIDGETS_INTEGRITY__: JSON.stringify(integrityOfOwnFiles()) } : {},
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: {
    lib: {
      entry: process.env.ENTRY ?? (mode === 'parts' ? 'src/widgets.ts' : 'src/index.ts'),
      name: 'SafetyWidgets',
      formats: ['iife'],
      fileName: () => (mode === 'parts' ? 'parts/widgets.js' : 'safety-widgets.js'),
    },
    target: 'es2021',
    outDir: 'dist',
    // The parts build comes first and empties dist/; the main build keeps what it wrote.
    emptyOutDir: mode === 'parts',
    sourcemap: false,
  },
}));
