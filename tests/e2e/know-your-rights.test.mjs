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

  it('each topic is a heading at the chosen level holding a collapsed button; 320 px without sideways scroll; forced colours; print opens every topic', async () => {
    const view = await openPage(shared.browser, shared.site, 'know-your-rights.html', { csp: true, allowed: [`${shared.site.origin}/set-lang.js`], context: { viewport: { width: 320, height: 640 } } });
    const card = view.page.locator('know-your-rights#rights');
    await card.locator('[part="toggle"]').first().waitFor();
    for (const title of Object.values(words('en').rights.topic)) {
      const heading = card.getByRole('heading', { level: 3, name: title });
      await heading.waitFor();
      assert.equal(await heading.getByRole('button', { name: title, expanded: false }).count(), 1, title);
    }
    for (const button of await card.locator('[part="toggle"]').all()) await button.click();
    assert.equal(await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await view.page.emulateMedia({ forcedColors: 'active' });
    assert.equal(await card.locator('[part="toggle"]').first().evaluate((el) => getComputedStyle(el).color), await view.page.evaluate(() => {
      const probe = document.createElement('button');
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    }));
    await view.page.emulateMedia({ forcedColors: 'none' });
    for (const button of await card.locator('[part="toggle"]').all()) await button.click(); // all closed again
    await view.page.emulateMedia({ media: 'print' });
    const shown = await card.locator('[part="panel"]').evaluateAll((panels) => panels.map((panel) => panel.getClientRects().length > 0));
    assert.deepEqual(shown, [true, true, true, true]);
    const printed = await card.locator('[part="base"]').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    assert.deepEqual(printed, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    assert.ok((await view.page.pdf()).length > 1000);
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('with the script in <head>, nothing on the page moves when the card draws (layout shift at most 0.01, two loads)', async () => {
    for (let run = 0; run < 2; run++) {
      const context = await shared.browser.newContext({ viewport: { width: 412, height: 823 } });
      const tab = await context.newPage();
      await tab.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${shared.site.origin}/know-your-rights-top.html?dest=http://localhost:9`);
      await tab.locator('know-your-rights [part="toggle"]').first().waitFor();
      await tab.waitForTimeout(600);
      const total = (await tab.evaluate(() => window.layoutShifts)).reduce((sum, value) => sum + value, 0);
      await context.close();
      assert.ok(total <= 0.01, `load ${run + 1}: CLS ${total.toFixed(4)}`);
    }
  });
});
