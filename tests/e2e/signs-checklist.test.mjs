// <signs-checklist> on the built script, in Debian's Chromium, as a person uses it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, sharedBrowserAndSite } from './harness.mjs';

const shared = sharedBrowserAndSite({ before, after });

const checklist = (page, id = 'other') => page.locator(`signs-checklist#${id}`);
const checkedCount = (page, id = 'other') =>
  checklist(page, id).locator('input[type="checkbox"]').evaluateAll((boxes) => boxes.filter((box) => box.checked).length);
const guidanceText = (page, id = 'other') => checklist(page, id).locator('[part="guidance"]').evaluate((el) => el.textContent.trim());

describe('<signs-checklist> end to end', () => {
  for (const csp of [false, true]) {
    it(`checking a sign shows the guidance and the hotline, sending and storing nothing${csp ? ' (strict CSP)' : ''}`, async () => {
      const view = await openPage(shared.browser, shared.site, 'signs-checklist.html', { csp });
      const list = checklist(view.page);
      assert.equal(await guidanceText(view.page), '');
      const requestsBefore = view.requests.length;
      await list.getByLabel('Someone else keeps their ID, passport or other papers.').check();
      await list.getByRole('link', { name: 'Call 1-888-373-7888 — National Human Trafficking Hotline' }).waitFor();
      assert.match(await guidanceText(view.page), /What you can do/);
      assert.equal(await list.locator('[part="guidance"] a[part="text"]').getAttribute('href'), 'sms:233733?&body=HELP');
      assert.equal(await list.locator('[part="guidance"] a[part="emergency-call"]').getAttribute('href'), 'tel:911');
      assert.equal(view.requests.length, requestsBefore, 'checking asked nothing of the network');
      assert.equal(new URL(view.page.url()).search + new URL(view.page.url()).hash, csp ? '?csp=strict' : '');
      assert.deepEqual(await view.problems(), []);
      await view.close();
    });
  }

  it('by keyboard alone: Tab to a sign, Space checks it, Clear empties the list and returns to its start', async () => {
    const view = await openPage(shared.browser, shared.site, 'signs-checklist.html');
    await checklist(view.page).locator('input').first().waitFor();
    await view.page.keyboard.press('Tab');
    const focused = () =>
      view.page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el ? `${el.localName}#${el.id}` : '';
      });
    assert.equal(await focused(), 'input#fearful');
    await view.page.keyboard.press('Space');
    await view.page.keyboard.press('Tab');
    await view.page.keyboard.press('Space');
    assert.equal(await checkedCount(view.page), 2);
    assert.match(await guidanceText(view.page), /Trust your instincts/);
    // On to "Uncheck all": past the remaining signs.
    for (let i = 0; i < 40 && (await focused()) !== 'button#'; i++) await view.page.keyboard.press('Tab');
    assert.equal(await focused(), 'button#');
    await view.page.keyboard.press('Enter');
    await view.page.waitForFunction(() => document.querySelector('signs-checklist#other').shadowRoot.activeElement?.id === 'fearful');
    assert.equal(await checkedCount(view.page), 0);
    assert.equal(await guidanceText(view.page), '');
    await view.close();
  });

  it('a reload forgets everything that was checked', async () => {
    const view = await openPage(shared.browser, shared.site, 'signs-checklist.html');
    for (const box of await checklist(view.page).locator('input').all()) await box.check();
    assert.ok((await checkedCount(view.page)) >= 15);
    await view.page.reload();
    await checklist(view.page).locator('input').first().waitFor();
    assert.equal(await checkedCount(view.page), 0);
    assert.equal(await guidanceText(view.page), '');
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('Back to the page after leaving it shows nothing checked, even from the back/forward cache', async () => {
    const browser = await launch({ bfcache: true });
    try {
      const view = await openPage(browser, shared.site, 'signs-checklist.html');
      await view.page.evaluate(() => addEventListener('pageshow', (event) => (window.restored = event.persisted)));
      await checklist(view.page).locator('input').nth(4).check();
      await view.page.goto(`${shared.site.origin}/blank.html`);
      // Playwright's goBack() waits for a load event that a back/forward cache restore never fires.
      await view.page.evaluate(() => history.back());
      await view.page.waitForURL(/signs-checklist\.html/, { waitUntil: 'commit', timeout: 10000 });
      await view.page.waitForFunction(() => 'restored' in window, null, { timeout: 10000 });
      assert.equal(await view.page.evaluate(() => window.restored), true, 'the page came back from the back/forward cache');
      assert.equal(await checkedCount(view.page), 0);
      assert.equal(await guidanceText(view.page), '');
    } finally {
      await browser.close();
    }
  });

  it('about yourself, with two hotlines, in both languages', async () => {
    const view = await openPage(shared.browser, shared.site, 'signs-checklist.html');
    const list = checklist(view.page, 'self');
    await list.getByLabel('You get little or no pay, or someone else keeps your pay.').check();
    const hrefs = () => list.locator('[part="guidance"] a[part="call"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(await hrefs(), ['tel:+18883737888', 'tel:+18007997233']);
    assert.doesNotMatch(await guidanceText(view.page, 'self'), /Do not confront/);
    await view.page.evaluate(() => (document.documentElement.lang = 'es'));
    await list.getByRole('link', { name: /^Llamar al 1-888-373-7888/ }).waitFor();
    assert.equal(await checkedCount(view.page, 'self'), 1, 'a language change keeps what was checked');
    await view.close();
  });

  it('prints the signs and the guidance, without the "Uncheck all" button', async () => {
    const view = await openPage(shared.browser, shared.site, 'signs-checklist.html');
    const list = checklist(view.page);
    await list.locator('input').first().check();
    await view.page.emulateMedia({ media: 'print' });
    assert.equal(await list.locator('[part="clear"]').isVisible(), false);
    assert.equal(await list.locator('[part="guidance"]').isVisible(), true);
    assert.equal(await list.locator('label').first().isVisible(), true);
    await view.close();
  });

  for (const [label, viewport, zoom] of [
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['200 % zoom on a 640 px window', { width: 640, height: 800 }, 2],
  ]) {
    it(`no sideways scroll at ${label}, with the guidance showing`, async () => {
      const view = await openPage(shared.browser, shared.site, 'signs-checklist.html', { context: { viewport } });
      if (zoom !== 1) await view.page.evaluate((z) => (document.documentElement.style.fontSize = `${z * 100}%`), zoom);
      await checklist(view.page).locator('input').first().check();
      await checklist(view.page, 'self').locator('input').first().check();
      assert.equal(await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
      await view.close();
    });
  }

  it('in forced-colours mode the groups keep their borders and the checkboxes stay visible', async () => {
    const view = await openPage(shared.browser, shared.site, 'signs-checklist.html');
    await view.page.emulateMedia({ forcedColors: 'active' });
    const list = checklist(view.page);
    const fieldset = await list.locator('fieldset').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(fieldset, 'solid');
    assert.equal(await list.locator('input').first().isVisible(), true);
    await view.close();
  });
});

describe('a session recorder on the partner page (rrweb, the recorder inside PostHog, Sentry and others)', () => {
  const recorder = readFileSync(new URL('../../node_modules/rrweb/dist/rrweb.umd.min.cjs', import.meta.url), 'utf8');

  /** Everything rrweb records while a person ticks a sign; `unmarked` first removes the widgets' do-not-record marks. */
  async function recording({ unmarked }) {
    const view = await openPage(shared.browser, shared.site, 'everything.html');
    await view.page.locator('signs-checklist').evaluate((el) => el.updateComplete);
    if (unmarked) {
      await view.page.evaluate(() => {
        for (const el of document.querySelectorAll('quick-exit, hotline-banner, signs-checklist')) {
          el.removeAttribute('class');
          el.shadowRoot.querySelectorAll('[class~="rr-block"]').forEach((inner) => inner.classList.remove('rr-block'));
        }
      });
    }
    await view.page.addScriptTag({ content: recorder });
    await view.page.evaluate(() => {
      window.recorded = [];
      window.rrweb.record({ emit: (event) => window.recorded.push(event) });
    });
    await view.page.locator('signs-checklist').getByLabel('Someone else keeps their ID, passport or other papers.').check();
    await view.page.locator('signs-checklist [part="guidance"] a[part="call"]').first().waitFor();
    await new Promise((r) => setTimeout(r, 300)); // rrweb batches mutations
    const events = await view.page.evaluate(() => JSON.stringify(window.recorded));
    await view.close();
    return events;
  }

  const revealing = (events) =>
    ['keeps their ID', 'papers', '"isChecked":true', 'What you can do', 'National Human Trafficking Hotline', '1-888-373-7888'].filter((text) =>
      events.includes(text),
    );

  it('records neither the signs, nor what was ticked, nor the guidance or hotlines', async () => {
    assert.deepEqual(revealing(await recording({ unmarked: false })), []);
  });

  it('without the marks it would record all of it (the check above can fail)', async () => {
    assert.deepEqual(revealing(await recording({ unmarked: true })), [
      'keeps their ID',
      'papers',
      '"isChecked":true',
      'What you can do',
      'National Human Trafficking Hotline',
      '1-888-373-7888',
    ]);
  });
});
