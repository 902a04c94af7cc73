// The demo a partner or developer sees after `npm install && npm start`: Vite's dev
// server on the sources, in Debian's Chromium. Every widget draws, and the console
// says nothing but Vite's and Lit's own development notes (a warning there would
// tell a partner something is wrong when it is not).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launch } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let browser;
before(async () => {
  server = await createServer({ root: `${root}demo`, configFile: `${root}vite.config.ts`, server: { port: 0, strictPort: false }, logLevel: 'silent' });
  await server.listen();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo (npm start)', () => {
  for (const path of ['/', '/configure.html']) it(`${path}: draws every widget, with nothing in the console but the dev server’s own notes`, async () => {
    const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
    const page = await (await browser.newContext()).newPage();
    const said = [];
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('[vite]') || text.startsWith('Lit is in dev mode')) return;
      said.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => said.push(`exception: ${error.message}`));
    const failed = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    // Every widget on the page (the demo has all three; the builder previews the ones chosen).
    const drawn = (tag, part) => `[...document.querySelectorAll('${tag}')].every((el) => el.shadowRoot?.querySelector('${part}'))`;
    const any = `document.querySelectorAll('hotline-banner, signs-checklist').length > 0`;
    await page.waitForFunction(
      new Function(`return ${any} && ${drawn('quick-exit', 'button')} && ${drawn('hotline-banner', 'a[href^="tel:"]')} && ${drawn('signs-checklist', 'input')}`),
      undefined,
      { timeout: 15000 },
    );
    await page.waitForTimeout(500); // a late warning
    assert.deepEqual(failed, [], 'requests that failed');
    assert.deepEqual(said, [], 'console');
    await page.context().close();
  });
});
