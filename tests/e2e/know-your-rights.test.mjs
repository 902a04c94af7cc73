// <know-your-rights> on the built files, in Debian's Chromium: its part comes from beside the
// script, with the integrity safety-widgets.js carries, only on a page that has one; its words in
// another language come from beside the script too (checked against the hash parts/rights.js
// carries), under the strict CSP with Trusted Types; a page with only a banner fetches nothing new.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openPage, sharedBrowserAndSite } from './harness.mjs';

const shared = sharedBrowserAndSite({ before, after });

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(new URL(`../../dist/${file}`, import.meta.url))).digest('base64')}`;
const words = (code) => JSON.parse(readFileSync(new URL(`../../src/i18n/rights/${code}.json`, import.meta.url), 'utf8'));
/** The files of ours a page asked for, without the version query. */
const ours = (view) => view.requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname.replace('/dist/', ''));
/** The integrity each of our checked files was loaded with (a module preload, or a classic script in WebKit). */
const integrities = (page) =>
  page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('link[rel="modulepreload"], script[integrity]')].map((el) => [new URL(el.href || el.src).pathname.replace('/dist/', ''), el.integrity])),
  );
const toggles = (page) => page.locator('know-your-rights#rights [part="toggle"]').allTextContents();

describe('<know-your-rights> end to end', () => {
  it('strict CSP, English: parts/rights.js from beside the script, with its integrity; the card works and nothing else is fetched', async () => {
    const view = await openPage(shared.browser, shared.site, 'know-your-rights.html', { csp: true, allowed: [`${shared.site.origin}/set-lang.js`] });
    await view.page.locator('know-your-rights#rights [part="toggle"]').first().waitFor();
    assert.deepEqual(ours(view), ['safety-widgets.js', 'parts/rights.js']);
    assert.deepEqual(await integrities(view.page), { 'parts/rights.js': sha384('parts/rights.js') });
    const en = words('en').rights;
    assert.deepEqual(await toggles(view.page), Object.values(en.topic));
    // Opens with a key press, as a person would.
    const work = view.page.locator('know-your-rights#rights [part="toggle"]').first();
    await work.focus();
    await view.page.keyboard.press('Enter');
    assert.equal(await work.getAttribute('aria-expanded'), 'true');
    assert.ok((await view.page.locator('know-your-rights#rights [part="panel"]').first().textContent()).includes('$7.25 an hour'));
    const hrefs = await view.page.locator('know-your-rights#rights a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(['tel:+18607634542', 'tel:+18883737888', 'tel:+18664879243', 'tel:911'].every((href) => hrefs.includes(href)), hrefs.join(' '));
    assert.ok(hrefs.every((href) => /^(tel:|sms:|https:)/.test(href)), hrefs.join(' '));
    assert.deepEqual(await view.problems(), []);
    assert.deepEqual(await view.newGlobals(), ['SafetyWidgets']);
    await view.close();
  });

  it('strict CSP, Vietnamese: locales/vi.js and locales/rights-vi.js from beside the script, each checked, and the card in Vietnamese', async () => {
    const view = await openPage(shared.browser, shared.site, 'know-your-rights.html?lang=vi', { csp: true, allowed: [`${shared.site.origin}/set-lang.js`] });
    const vi = words('vi').rights;
    await view.page.waitForFunction((title) => document.querySelector('know-your-rights')?.shadowRoot?.querySelector('[part="toggle"]')?.textContent === title, vi.topic.work);
    assert.deepEqual(await toggles(view.page), Object.values(vi.topic));
    assert.deepEqual(ours(view).sort(), ['locales/rights-vi.js', 'locales/vi.js', 'parts/rights.js', 'safety-widgets.js']);
    assert.deepEqual(await integrities(view.page), {
      'parts/rights.js': sha384('parts/rights.js'),
      'locales/vi.js': sha384('locales/vi.js'),
      'locales/rights-vi.js': sha384('locales/rights-vi.js'),
    });
    assert.equal(await view.page.locator('know-your-rights#rights [part="base"]').getAttribute('lang'), 'vi');
    // The hotline's official name stays English (read with an English voice), its call link as dialled.
    assert.equal(await view.page.locator('know-your-rights#rights [part="line"] [part="name"]').nth(1).getAttribute('lang'), 'en');
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  for (const code of ['fr', 'pt', 'zh', 'zh-Hant', 'ko', 'tl', 'ar', 'ht', 'ru', 'uk']) {
    it(`${code}: every topic's heading in ${code}, nothing of its words refused, nothing sent`, async () => {
      const view = await openPage(shared.browser, shared.site, `know-your-rights.html?lang=${code}`, { allowed: [`${shared.site.origin}/set-lang.js`] });
      const want = words(code).rights;
      await view.page.waitForFunction((title) => document.querySelector('know-your-rights')?.shadowRoot?.querySelector('[part="toggle"]')?.textContent === title, want.topic.work);
      assert.deepEqual(await toggles(view.page), Object.values(want.topic));
      assert.equal(await view.page.locator('know-your-rights#rights [part="base"]').getAttribute('dir'), code === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(view.warnings.filter((message) => message.includes('left out')), []);
      assert.deepEqual(await view.problems(), []);
      await view.close();
    });
  }

  it('a page with only banners fetches exactly what it did before: no rights file', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html', { csp: true });
    await view.page.locator('hotline-banner#default [part="call"]').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(ours(view), ['safety-widgets.js', 'parts/widgets.js']);
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('beside a banner, under a policy that lists its Trusted Types policies: both parts draw', async () => {
    const view = await openPage(shared.browser, shared.site, 'know-your-rights-banner.html', { csp: 'trusted-types-rights' });
    await view.page.locator('know-your-rights#rights [part="toggle"]').first().waitFor();
    await view.page.locator('hotline-banner#banner [part="call"]').first().waitFor();
    assert.deepEqual(ours(view).sort(), ['parts/rights.js', 'parts/widgets.js', 'safety-widgets.js']);
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });
});
