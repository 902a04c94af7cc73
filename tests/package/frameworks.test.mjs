// The npm package in the frameworks people use, from the packed tarball (after
// `npm run build`), with no hand-written declarations: a React 19 + TypeScript
// app type-checks with the generated element types (and a wrong attribute value
// fails), renders on the server in Node (every entry imports there without a
// DOM), hydrates in Chromium without a warning, and keeps the widgets' "do not
// record" marks when React re-renders className; a Vue app type-checks its
// template with vue-tsc. The manifest validates against the published schema.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import Ajv from 'ajv';
import { launch } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'safety-widgets-frameworks-'));
const app = join(work, 'app');
const sh = (command, args, cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (args, cwd = app) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
/** The version this repository has installed: the app's install is then served from npm's cache. */
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
after(() => rmSync(work, { recursive: true, force: true }));

before(() => {
  const [{ filename }] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work]));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const deps = ['react', 'react-dom', '@types/react', '@types/react-dom', 'vue', 'vue-tsc', 'typescript'].map((name) => `${name}@${version(name)}`);
  // The app's own i18next, as react-i18next 18 needs it (27): the widgets then run on that one.
  deps.push('i18next@^27.0.1');
  sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', join(work, filename), ...deps], app);
});

describe('custom-elements.json', () => {
  it('validates against the published Custom Elements Manifest schema, with TypeScript types and shipped paths', () => {
    const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    assert.ok(ajv.validate(schema, manifest), JSON.stringify(ajv.errors, null, 1));
    for (const mod of manifest.modules) assert.ok(readFileSync(join(root, mod.path)).length, `${mod.path} is shipped`);
    const exit = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'quick-exit');
    const placement = exit.attributes.find((a) => a.name === 'placement');
    assert.equal(placement.type.text, "'top' | 'bottom' | 'inline'");
    assert.equal(placement.default, "'top'");
  });
});

describe('dependencies', () => {
  it("an app's own i18next (27, as react-i18next 18 needs) is shared with the widgets, not installed twice", () => {
    const nested = spawnSync('npm', ['ls', 'i18next', '--all', '--parseable'], { cwd: app, encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    assert.deepEqual(nested.map((path) => path.slice(app.length)), ['/node_modules/i18next']);
  });
});

describe('in Node, without a DOM', () => {
  it('every module entry and a language file import without throwing, and register nothing', () => {
    const entries = ['safety-widgets', 'safety-widgets/quick-exit.js', 'safety-widgets/hotline-banner.js', 'safety-widgets/signs-checklist.js', 'safety-widgets/locales/vi.js'];
    for (const entry of entries) {
      const run = node(['--input-type=module', '-e', `await import(${JSON.stringify(entry)}); console.log('imported')`]);
      assert.equal(run.status, 0, `${entry}: ${run.stderr}`);
      assert.match(run.stdout, /imported/);
    }
  });
});

describe('React 19', () => {
  const tsconfig = (files) =>
    JSON.stringify({
      compilerOptions: { strict: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false },
      files,
    });
  const good = `import type {} from 'safety-widgets/react';
import { QuickExit } from 'safety-widgets';

export function App() {
  return (
    <main>
      <quick-exit placement="top" shortcut="escape" href="https://www.google.com/" corner="start" />
      <hotline-banner hotlines="us-trafficking us-988" variant="card" dismissible language-menu />
      <signs-checklist perspective="self" heading-level="2" />
    </main>
  );
}
export const exit: QuickExit = document.createElement('quick-exit');
exit.placement = 'bottom';
`;

  it('type-checks with the generated element types (one type-only import, no declarations of its own)', () => {
    writeFileSync(join(app, 'App.tsx'), good);
    writeFileSync(join(app, 'tsconfig.json'), tsconfig(['App.tsx']));
    const tsc = node([join(app, 'node_modules/typescript/bin/tsc'), '-p', app]);
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  for (const [what, change] of [
    ['an attribute value that is not one of its values', (text) => text.replace('placement="top"', 'placement="sideways"')],
    ['a property value that is not one of its values', (text) => text.replace("exit.placement = 'bottom'", "exit.placement = 'sideways'")],
    ['an attribute the element does not have', (text) => text.replace('variant="card"', 'colour="red"')],
  ]) {
    it(`fails the type check for ${what}`, () => {
      writeFileSync(join(app, 'Bad.tsx'), change(good));
      writeFileSync(join(app, 'tsconfig.json'), tsconfig(['Bad.tsx']));
      const tsc = node([join(app, 'node_modules/typescript/bin/tsc'), '-p', app]);
      assert.notEqual(tsc.status, 0, 'tsc accepted it');
      assert.match(tsc.stdout, /Bad\.tsx\(\d+,\d+\): error TS2322/);
    });
  }

  it('renders on the server and hydrates in Chromium with no warning; a re-render of className keeps the "do not record" marks', async () => {
    // The same component on both sides (no JSX: Node runs it as it is).
    writeFileSync(
      join(app, 'component.js'),
      `import { createElement as h, useState } from 'react';
export function App() {
  const [n, setN] = useState(0);
  return h('main', null,
    h('quick-exit', { placement: 'inline', href: 'https://www.google.com/', className: 'exit exit-' + n }),
    h('hotline-banner', { hotlines: 'us-trafficking', className: 'banner banner-' + n }),
    h('signs-checklist', { className: 'checklist checklist-' + n }),
    h('button', { id: 'again', type: 'button', onClick: () => setN(n + 1) }, 'Again ' + n));
}
`,
    );
    writeFileSync(
      join(app, 'server.js'),
      `import 'safety-widgets';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './component.js';
process.stdout.write(renderToString(h(App)));
`,
    );
    writeFileSync(
      join(app, 'client.js'),
      `import 'safety-widgets';
import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './component.js';
hydrateRoot(document.getElementById('root'), h(App), { onRecoverableError: (error) => console.error('recoverable: ' + error.message) });
`,
    );
    const rendered = node(['server.js']);
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.match(rendered.stdout, /<quick-exit[^>]*placement="inline"/);
    // React's development build: the one that reports hydration mismatches.
    await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      mode: 'development',
      define: { 'process.env.NODE_ENV': '"development"' },
      build: { outDir: join(app, 'out'), minify: false, lib: { entry: join(app, 'client.js'), formats: ['es'], fileName: 'client' } },
    });
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head><body><div id="root">${rendered.stdout}</div><script type="module" src="/client.js"></script></body></html>`;
    const server = createServer((req, res) => {
      if (req.url === '/client.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(app, 'out/client.js')));
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      const messages = [];
      tab.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await tab.goto(`http://127.0.0.1:${server.address().port}/`);
      await tab.locator('hotline-banner [part="call"]').first().waitFor();
      await tab.locator('quick-exit').evaluate((el) => el.shadowRoot.querySelector('button').textContent);
      // The marks are on the box holding what each widget draws (its element belongs to React).
      const marks = () =>
        tab.evaluate(() =>
          ['quick-exit', 'hotline-banner', 'signs-checklist'].map((tag) => {
            const host = document.querySelector(tag);
            const box = host.shadowRoot.querySelector('.bar, [part="base"]');
            return { host: host.className, box: box.className, data: ['data-hj-suppress', 'data-clarity-mask', 'data-private'].map((name) => box.getAttribute(name)) };
          }),
        );
      const marked = async (round) => {
        for (const { host, box, data } of await marks()) {
          assert.match(host, new RegExp(`-${round}$`), host);
          for (const mark of ['rr-block', 'ph-no-capture', 'sentry-block', 'fs-exclude']) assert.ok(box.split(' ').includes(mark), `${mark} in "${box}"`);
          assert.deepEqual(data, ['true', 'true', 'true']);
        }
      };
      await marked(0);
      await tab.click('#again');
      await tab.waitForFunction(() => document.querySelector('quick-exit').className.includes('exit-1'));
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      await marked(1);
      assert.deepEqual(messages, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});

describe('Vue 3', () => {
  it('type-checks a template with the generated element types, and fails on a wrong attribute value', () => {
    mkdirSync(join(app, 'vue'), { recursive: true });
    // (vue-tsc 3.3 stops checking an element's other attributes when it has an `href`: the wrong value is
    // checked on an exit without one.)
    const sfc = (placement, href = 'href="https://www.google.com/" ') => `<script setup lang="ts">
import type {} from 'safety-widgets/vue';
</script>

<template>
  <quick-exit placement="${placement}" ${href}/>
  <hotline-banner hotlines="us-trafficking" variant="compact" />
  <signs-checklist perspective="other" />
</template>
`;
    writeFileSync(
      join(app, 'vue/tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, jsx: 'preserve', skipLibCheck: true },
        include: ['*.vue'],
        vueCompilerOptions: { strictTemplates: true },
      }),
    );
    const vueTsc = join(app, 'node_modules/vue-tsc/bin/vue-tsc.js');
    writeFileSync(join(app, 'vue/App.vue'), sfc('top'));
    const ok = node([vueTsc, '-p', join(app, 'vue')]);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    writeFileSync(join(app, 'vue/App.vue'), sfc('sideways', ''));
    const bad = node([vueTsc, '-p', join(app, 'vue')]);
    assert.notEqual(bad.status, 0, 'vue-tsc accepted placement="sideways"');
    assert.match(bad.stdout, /App\.vue/);
  });
});
