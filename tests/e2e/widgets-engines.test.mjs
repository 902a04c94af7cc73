// The banner and the checklist from the README's snippet (the script in <head>) in
// Firefox and WebKit, where the loader's waiting for the first paint can differ
// from Chromium's: they draw, the page's text after them shows, their file is
// asked for once, and a page whose first text is the banner does not wait for a
// paint that cannot come (layout-shift.test.mjs checks the same in Chromium).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './harness.mjs';
import { engines, until, wanted } from './engines.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const read = `JSON.stringify({
  parts: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/parts/widgets.js')).map((entry) => entry.startTime),
  after: [...document.querySelectorAll('main p')].map((p) => getComputedStyle(p).visibility),
  signs: document.querySelector('signs-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? null,
})`;

for (const name of wanted.filter((engine) => engine !== 'chromium')) {
  describe(`banner and checklist in ${name}`, () => {
    let tab;
    before(async () => {
      tab = await engines[name]();
    });
    after(async () => {
      await tab?.close();
    });

    for (const [path, first] of [['speed-everything.html', false], ['speed-banner-top.html', false], ['speed-banner-first.html', true]]) {
      it(`${path}: drawn, the text after shows, one request for their file${first ? ', asked for without waiting for a paint' : ''}`, async () => {
        await tab.open(`${site.origin}/${path}?dest=http://localhost:9`);
        await until(() => tab.evaluate(`!!document.querySelector('hotline-banner')?.shadowRoot?.querySelector('[part="call"]')`), 'the banner drawn');
        const found = JSON.parse(await until(async () => {
          const now = await tab.evaluate(read);
          return JSON.parse(now).after.every((v) => v === 'visible') && now;
        }, 'the text after the banner shown'));
        assert.equal(found.parts.length, 1, JSON.stringify(found));
        if (path === 'speed-everything.html') assert.ok(found.signs > 10, JSON.stringify(found));
        // Held back (nothing else to paint) until the 1 s fallback or the 1.5 s hold would be a fault.
        if (first) assert.ok(found.parts[0] < 1000, JSON.stringify(found));
      });
    }
  });
}
