import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `npm run build:site` (after `npm run build`): the demo and the snippet builder
 * as a static site in site/, for any static host (relative addresses, so a
 * sub-folder works too): index.html, configure.html, their scripts and styles,
 * and beside them the built widget files from dist/ (safety-widgets.js,
 * parts/widgets.js, locales/*.js).
 *
 * The pages run the widgets from source, as `npm start` does, all of them in
 * the pages' own scripts (demo/widgets.ts defines the banner and the checklist
 * before the loader looks, so it does not fetch parts/widgets.js too). The widgets load
 * a language file from the `locales` folder beside the script that runs them,
 * so every script of the site sits at its root, next to the copied `locales`
 * folder: the previews show every language there too.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function widgetFiles(): Plugin {
  const files = ['safety-widgets.js', 'parts', 'locales'];
  return {
    name: 'widget-files',
    apply: 'build',
    config() {
      // Before Vite starts: one clear line and exit 1, not the message inside a stack trace.
      const missing = files.filter((file) => !existsSync(here(`dist/${file}`)));
      if (missing.length) {
        console.error(`npm run build:site: dist/${missing.join(', dist/')} missing: run \`npm run build\` first.`);
        process.exit(1);
      }
    },
    writeBundle() {
      for (const file of files) cpSync(here(`dist/${file}`), here(`site/${file}`), { recursive: true });
    },
  };
}

export default defineConfig({
  root: here('demo'),
  base: './',
  publicDir: false,
  plugins: [widgetFiles()],
  build: {
    outDir: here('site'),
    emptyOutDir: true,
    target: 'es2021',
    sourcemap: false,
    rolldownOptions: {
      input: { index: here('demo/index.html'), configure: here('demo/configure.html') },
      output: {
        entryFileNames: 'safety-widgets-[name]-[hash].js',
        // Shared code too (the loader among it): the widgets' files load from beside the script that runs.
        chunkFileNames: 'safety-widgets-[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
