// Languages on the built files, in Debian's Chromium: each language's file comes
// from beside the script (and from nowhere else), under the strict CSP too; the
// quick exit works while it loads; a missing file leaves English and one warning;
// language-menu switches every widget; Arabic is mirrored with numbers in order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, sharedBrowserAndSite, startDestination } from './harness.mjs';

const shared = sharedBrowserAndSite({ before, after });
let destination;
before(async () => (destination = await startDestination()));
after(() => destination?.close());

const locales = new URL('../../src/i18n/locales/', import.meta.url);
const strings = (code) => JSON.parse(readFileSync(new URL(`${code}.json`, locales), 'utf8'));
const files = readdirSync(locales).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((code) => !['en', 'es'].includes(code));

const exitText = (page) => page.locator('quick-exit button').first().textContent();
const callText = (page) => page.locator('hotline-banner#banner [part="call"]').first().textContent();
const introText = (page) => page.locator('signs-checklist#checklist [part="intro"]').textContent();

async function open(code, options = {}) {
  const view = await openPage(shared.browser, shared.site, `languages.html?lang=${code}&dest=${destination.origin}`, { allowed: [destination.origin, `${shared.site.origin}/set-lang.js`], ...options });
  await view.page.locator('hotline-banner#banner [part="call"]').first().waitFor();
  return view;
}

describe('languages end to end', () => {
  assert.ok(files.length >= 11, `language files: ${files.join(' ')}`);

  for (const code of files) {
    for (const csp of code === 'ar' || code === 'vi' || code === 'ht' ? [false, true] : [false]) {
      it(`${code}: a page in ${code} loads locales/${code}.js from beside the script and shows every widget in it${csp ? ' (strict CSP, Trusted Types)' : ''}`, async () => {
        const want = strings(code);
        const view = await open(code, { csp });
        const call = want.hotline.call.replace('{{number}}', '1-888-373-7888');
        await view.page.waitForFunction((text) => document.querySelector('hotline-banner#banner')?.shadowRoot?.querySelector('[part="call"]')?.textContent === text, call);
        assert.equal(await exitText(view.page), want.quickExit.label);
        // Two sentences side by side: a space, but none after a Chinese full stop.
        assert.equal((await introText(view.page)).trim(), `${want.signs.intro_other}${code.startsWith('zh') ? '' : ' '}${want.signs.private}`);
        // Every widget's words carry the language (and direction) they are in.
        const marks = await view.page.evaluate(() => [
          ...[...document.querySelectorAll('hotline-banner, signs-checklist')].map((el) => [el.shadowRoot.firstElementChild.lang, el.shadowRoot.firstElementChild.dir]),
          [document.querySelector('quick-exit').shadowRoot.querySelector('.bar').lang, document.querySelector('quick-exit').shadowRoot.querySelector('.bar').dir],
        ]);
        const dir = code === 'ar' ? 'rtl' : 'ltr';
        assert.deepEqual(marks, [[code, dir], [code, dir], [code, dir]]);
        // The official name is read in English; the numbers stay as dialled.
        assert.equal(await view.page.locator('hotline-banner#banner [part="name"]').first().getAttribute('lang'), 'en');
        const hrefs = await view.page.locator('hotline-banner#banner a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.includes('tel:+18883737888') && hrefs.includes('sms:233733?&body=HELP'), hrefs.join(' '));
        const own = view.requests.filter((url) => url.includes('/locales/'));
        assert.deepEqual(own.map((url) => new URL(url).pathname), [`/dist/locales/${code}.js`]);
        assert.deepEqual(await view.problems(), []);
        await view.close();
      });
    }
  }

  it('Vietnamese: told in Vietnamese to ask for an interpreter, and that text and chat are in English and Spanish', async () => {
    const vi = strings('vi');
    const view = await open('vi');
    const about = view.page.locator('hotline-banner#banner [part="about"]').first();
    await view.page.waitForFunction((text) => document.querySelector('hotline-banner#banner').shadowRoot.querySelector('[part="about"]')?.textContent.includes(text), vi.hotline.askInterpreter);
    const text = await about.textContent();
    const languages = vi.hotline.and.replace('{{first}}', vi.languageName.en).replace('{{second}}', vi.languageName.es);
    assert.ok(text.includes(vi.hotline.channelIn.replace('{{channels}}', vi.hotline.textAndChat).replace('{{languages}}', languages)), text);
    await view.close();
  });

  it('a language file that cannot load leaves English and one console warning', async () => {
    shared.site.locales.missing = true;
    try {
      const view = await open('vi');
      await view.page.waitForTimeout(500);
      assert.equal(await exitText(view.page), 'Exit this site');
      assert.equal(await callText(view.page), 'Call 1-888-373-7888');
      const warnings = view.warnings.filter((text) => text.includes('locales/vi.js'));
      assert.equal(warnings.length, 1, view.warnings.join('\n'));
      await view.close();
    } finally {
      shared.site.locales.missing = false;
    }
  });

  it('while a slow language file loads, the widgets show English and the quick exit leaves at once', async () => {
    for (let trial = 0; trial < 3; trial++) {
      shared.site.locales.delay = 3000;
      try {
        const before = destination.visits.length;
        const view = await openPage(shared.browser, shared.site, `languages.html?lang=ko&dest=${destination.origin}`, { allowed: [destination.origin] });
        await view.page.locator('quick-exit button').first().waitFor();
        assert.equal(await exitText(view.page), 'Exit this site');
        const started = Date.now();
        await view.page.locator('quick-exit button').first().click();
        await view.page.waitForURL(`${destination.origin}/away`);
        assert.ok(Date.now() - started < 2500, `left after ${Date.now() - started} ms`);
        assert.equal(destination.visits.slice(before).at(-1).referer, null);
        await view.close();
      } finally {
        shared.site.locales.delay = 0;
      }
    }
  });

  it("a partner's own <script> tag for the language file: shown at once, fetched once", async () => {
    const view = await openPage(shared.browser, shared.site, `languages-preloaded.html?dest=${destination.origin}`, { allowed: [destination.origin] });
    const vi = strings('vi');
    await view.page.locator('hotline-banner#banner [part="call"]').first().waitFor();
    assert.equal(await callText(view.page), vi.hotline.call.replace('{{number}}', '1-888-373-7888'));
    assert.equal(await exitText(view.page), vi.quickExit.label);
    assert.equal(view.requests.filter((url) => url.includes('/locales/')).length, 1, view.requests.join('\n'));
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it("a partner's own words for a shipped language: the language's file still loads, and the partner's words win", async () => {
    const view = await openPage(shared.browser, shared.site, `languages-partner.html?dest=${destination.origin}`, { allowed: [destination.origin, `${shared.site.origin}/partner-words.js`] });
    const vi = strings('vi');
    const call = vi.hotline.call.replace('{{number}}', '1-888-373-7888');
    await view.page.waitForFunction((text) => document.querySelector('hotline-banner')?.shadowRoot?.querySelector('[part="call"]')?.textContent === text, call);
    assert.equal(await exitText(view.page), 'Rời trang này ngay');
    assert.match(await view.page.locator('hotline-banner [part="emergency"]').textContent(), /Bạn đang gặp nguy hiểm\?/);
    assert.equal(view.requests.filter((url) => url.includes('/locales/vi.js')).length, 1, view.requests.join('\n'));
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('language-menu: choosing a language shows every widget on the page in it, stores nothing, and a reload returns to the page language', async () => {
    const view = await open('en', { csp: true });
    const menu = view.page.locator('hotline-banner#banner select');
    const options = await menu.locator('option').evaluateAll((list) => list.map((o) => [o.value, o.textContent, o.lang]));
    assert.equal(options.length, 13);
    assert.deepEqual(options.find(([value]) => value === 'ar'), ['ar', 'العربية', 'ar']);
    assert.deepEqual(options.find(([value]) => value === 'vi'), ['vi', 'Tiếng Việt', 'vi']);
    await menu.focus();
    await menu.selectOption('ht');
    const ht = strings('ht');
    await view.page.waitForFunction((text) => document.querySelector('quick-exit').shadowRoot.querySelector('button').textContent === text, ht.quickExit.label);
    assert.equal(await callText(view.page), ht.hotline.call.replace('{{number}}', '1-888-373-7888'));
    assert.equal((await introText(view.page)).trim(), `${ht.signs.intro_other} ${ht.signs.private}`);
    assert.equal(await view.page.evaluate(() => document.documentElement.lang), 'en', 'the page itself is not changed');
    await menu.selectOption('en');
    await view.page.waitForFunction(() => document.querySelector('quick-exit').shadowRoot.querySelector('button').textContent === 'Exit this site');
    await menu.selectOption('ar');
    await view.page.waitForFunction(() => document.querySelector('hotline-banner').shadowRoot.firstElementChild.dir === 'rtl');
    await view.page.reload();
    await view.page.locator('hotline-banner#banner [part="call"]').first().waitFor();
    assert.equal(await exitText(view.page), 'Exit this site');
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('Arabic: the layout is mirrored and every number stays in order, left to right', async () => {
    const view = await open('ar');
    await view.page.waitForFunction(() => document.querySelector('hotline-banner').shadowRoot.firstElementChild.dir === 'rtl');
    const layout = await view.page.evaluate(() => {
      const root = document.querySelector('hotline-banner#banner').shadowRoot;
      const box = root.querySelector('[part="base"]').getBoundingClientRect();
      const name = root.querySelector('[part="name"]');
      const range = document.createRange();
      range.selectNodeContents(name);
      const nameBox = range.getBoundingClientRect();
      const numbers = [...root.querySelectorAll('.number')].map((span) => {
        const text = [...span.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.length);
        const first = document.createRange();
        first.setStart(text, 0);
        first.setEnd(text, 1);
        const last = document.createRange();
        last.setStart(text, text.length - 1);
        last.setEnd(text, text.length);
        return { text: span.textContent, firstLeft: first.getBoundingClientRect().left, lastLeft: last.getBoundingClientRect().left };
      });
      const exit = document.querySelector('quick-exit').shadowRoot.querySelector('button').getBoundingClientRect();
      return { start: box.right - nameBox.right, end: nameBox.left - box.left, numbers, exitLeft: exit.left, width: innerWidth };
    });
    // Text starts at the right: the name hugs the right edge, not the left.
    assert.ok(layout.start < layout.end, JSON.stringify(layout));
    assert.ok(layout.numbers.length >= 3);
    for (const number of layout.numbers) assert.ok(number.firstLeft < number.lastLeft, `${number.text} reads left to right: ${JSON.stringify(number)}`);
    assert.ok(layout.numbers.some((n) => n.text === '1-888-373-7888'));
    // The quick exit's button moves to the other side too.
    assert.ok(layout.exitLeft < layout.width / 2, JSON.stringify(layout));
    await view.close();
  });
});
