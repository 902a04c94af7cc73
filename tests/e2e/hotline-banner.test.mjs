// <hotline-banner> on the built script, in Debian's Chromium, as a partner's page shows it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sharedBrowserAndSite } from './harness.mjs';
import expected from '../directory-links.json' with { type: 'json' };

const shared = sharedBrowserAndSite({ before, after });

/** href of every link in one banner (Playwright's CSS locators look inside open shadow roots). */
const hrefs = (page, id, part = '') =>
  page.locator(`hotline-banner#${id} a${part ? `[part="${part}"]` : ''}`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const names = (page, id) => page.locator(`hotline-banner#${id} [part="name"]`).allTextContents();

/** Does any element stick out sideways, making the page scroll? */
const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('<hotline-banner> end to end', () => {
  for (const csp of [false, true]) {
    it(`default: the trafficking hotline's call, text, TTY and chat links, then 911${csp ? ' (strict CSP)' : ''}`, async () => {
      const view = await openPage(shared.browser, shared.site, 'hotline-banner.html', { csp });
      await view.page.locator('hotline-banner#default [part="call"]').waitFor();
      assert.deepEqual(await names(view.page, 'default'), ['National Human Trafficking Hotline']);
      assert.deepEqual(await hrefs(view.page, 'default'), [
        'tel:+18883737888',
        'sms:233733?&body=HELP',
        'tel:711',
        'https://humantraffickinghotline.org/',
        'tel:911',
      ]);
      const call = view.page.locator('hotline-banner#default [part="call"]');
      assert.equal(await call.textContent(), 'Call 1-888-373-7888');
      await view.page.locator('hotline-banner#default').getByRole('link', { name: 'Call 1-888-373-7888 — National Human Trafficking Hotline' }).waitFor();
      // The styles apply under the strict CSP too: the links are 44 px targets.
      const box = await call.boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, JSON.stringify(box));
      assert.equal(await view.page.locator('hotline-banner#default [part="website"]').getAttribute('rel'), 'noopener noreferrer');
      assert.deepEqual(await view.problems(), []);
      await view.close();
    });
  }

  it('printed with the browser default (no background graphics), every link and number is dark on white, 4.5:1 or better', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.locator('hotline-banner#default [part="call"]').waitFor();
    await view.page.emulateMedia({ media: 'print' });
    const colours = await view.page.locator('hotline-banner a').evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent.trim(), color: getComputedStyle(a).color, background: getComputedStyle(a).backgroundColor })),
    );
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.ok(colours.length >= 5);
    for (const { text, color, background } of colours) {
      // The printer drops backgrounds: what counts is the text colour on the paper's white.
      const contrast = 1.05 / (luminance(color) + 0.05);
      assert.ok(contrast >= 4.5, `${text}: ${color} on white is ${contrast.toFixed(2)}:1 (background ${background})`);
    }
    await view.close();
  });

  it('every directory entry, with E.164 calls, short codes kept short and keywords in ?&body=', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.locator('hotline-banner#all [part="call"]').first().waitFor();
    assert.deepEqual(await names(view.page, 'all'), expected.names);
    for (const kind of ['call', 'text', 'tty']) assert.deepEqual(await hrefs(view.page, 'all', kind), expected[kind], kind);
    const text = (await view.page.locator('hotline-banner#all').textContent()) ?? '';
    const shown = await view.page.locator('hotline-banner#all').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.equal(text, '', 'nothing in the light DOM');
    for (const visible of ['Text HELP to 233733', 'Text START to 88788', 'TTY 1-800-787-3224', 'Call 08000 121 700', 'Call 988']) {
      assert.ok(shown.includes(visible), visible);
    }
    for (const href of await hrefs(view.page, 'all')) assert.match(href, /^(tel:|sms:|https:\/\/)/);
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('the partner’s own line comes first, then the default hotline', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.locator('hotline-banner#partner [part="call"]').first().waitFor();
    assert.deepEqual(await names(view.page, 'partner'), ['Safe Futures 24-hour hotline', 'National Human Trafficking Hotline']);
    assert.deepEqual(await hrefs(view.page, 'partner', 'call'), ['tel:+18607634542', 'tel:+18883737888']);
    await view.page.getByRole('link', { name: 'Call 860-763-4542 — Safe Futures 24-hour hotline' }).waitFor();
    await view.close();
  });

  it('in Spanish: translated names and links, the Connecticut Spanish line first', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.locator('hotline-banner#spanish [part="call"]').first().waitFor();
    assert.deepEqual(await names(view.page, 'spanish'), [
      'Línea Nacional contra la Trata de Personas',
      'Alianza de Connecticut para Acabar con la Violencia Sexual',
    ]);
    assert.deepEqual(await hrefs(view.page, 'spanish', 'call'), ['tel:+18883737888', 'tel:+18885688332', 'tel:+18889995545']);
    const shown = await view.page.locator('hotline-banner#spanish').evaluate((el) => el.shadowRoot.textContent);
    assert.match(shown, /¿Está en peligro ahora mismo\?/);
    assert.match(shown, /Llamar al 1-888-373-7888/);
    await view.close();
  });

  it('the whole page follows a change of <html lang>', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.locator('hotline-banner#default [part="call"]').waitFor();
    await view.page.evaluate(() => (document.documentElement.lang = 'es'));
    await view.page.getByRole('link', { name: /^Llamar al 1-888-373-7888 — Línea Nacional/ }).first().waitFor();
    await view.close();
  });

  it('emergency="999" for the UK, and a close button that hides the banner for this page view only', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    assert.deepEqual(await hrefs(view.page, 'uk'), ['tel:+448000121700', 'https://www.modernslaveryhelpline.org/', 'tel:999']);
    await view.page.locator('hotline-banner#uk').getByRole('button', { name: 'Hide help lines' }).click();
    assert.equal(await view.page.locator('hotline-banner#uk a').count(), 0);
    assert.deepEqual(await view.problems(), [], 'closing stored nothing');
    await view.page.reload();
    await view.page.locator('hotline-banner#uk [part="call"]').first().waitFor();
    assert.equal(await view.page.locator('hotline-banner#uk a').count(), 3, 'back on the next page view');
    await view.close();
  });

  for (const csp of [false, true]) {
    it(`hostile attributes render nothing executable${csp ? ' (strict CSP)' : ''}`, async () => {
      const view = await openPage(shared.browser, shared.site, 'hostile.html', { csp });
      const dialogs = [];
      view.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await view.page.locator('hotline-banner#hostile [part="call"]').first().waitFor();
      const found = await view.page.evaluate(() => {
        const roots = [...document.querySelectorAll('hotline-banner, quick-exit, signs-checklist')].map((el) => el.shadowRoot);
        return {
          elements: roots.flatMap((root) => [...root.querySelectorAll('img, script, b, iframe, object')].map((el) => el.localName)),
          hrefs: roots.flatMap((root) => [...root.querySelectorAll('[href]')].map((el) => el.getAttribute('href'))),
          handlers: roots.flatMap((root) => [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')))),
        };
      });
      assert.deepEqual(found.elements, []);
      assert.deepEqual(found.handlers, []);
      for (const href of found.hrefs) assert.match(href, /^(tel:|sms:|https:\/\/)/, href);
      // The hostile name is shown as text, and the bad phone and url give no link.
      assert.equal((await names(view.page, 'hostile'))[0], '<img src=x onerror=alert(1)>');
      assert.deepEqual(await hrefs(view.page, 'hostile', 'call'), ['tel:+18883737888']);
      assert.deepEqual(await hrefs(view.page, 'data-url'), [
        'tel:+18607634542',
        'tel:+18883737888',
        'sms:233733?&body=HELP',
        'tel:711',
        'https://humantraffickinghotline.org/',
        'tel:911',
      ]);
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(dialogs, []);
      // One clear warning for each bad value; never an exception, never a request for "x".
      for (const value of ['javascript:alert(1)', 'javascript:alert(2)', 'javascript:alert(4)', 'javascript:alert(6)', 'unknown "nope javascript:alert(5)"', 'javascript:alert(9)', 'data:text/html', 'sms="tel:911"']) {
        assert.equal(view.warnings.filter((w) => w.includes(value)).length, 1, `${value}: ${view.warnings.join('\n')}`);
      }
      assert.deepEqual(await view.problems(), []);
      await view.close();
    });
  }

  for (const [label, viewport, zoom] of [
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['200 % zoom on a 640 px window', { width: 640, height: 800 }, 2],
  ]) {
    it(`no sideways scroll at ${label}`, async () => {
      const view = await openPage(shared.browser, shared.site, 'hotline-banner.html', { context: { viewport } });
      await view.page.locator('hotline-banner#all [part="call"]').first().waitFor();
      // 200 %: the page's text is twice as big, as browser zoom makes it.
      if (zoom !== 1) await view.page.evaluate((z) => (document.documentElement.style.fontSize = `${z * 100}%`), zoom);
      assert.equal(await sideways(view.page), 0);
      const tooWide = await view.page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('hotline-banner')].flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('*')]
            .filter((node) => node.getBoundingClientRect().right > width + 0.5)
            .map((node) => `${el.id}: ${node.outerHTML.slice(0, 60)}`),
        );
      });
      assert.deepEqual(tooWide, []);
      await view.close();
    });
  }

  it('in forced-colours mode, links keep a visible edge in system colours', async () => {
    const view = await openPage(shared.browser, shared.site, 'hotline-banner.html');
    await view.page.emulateMedia({ forcedColors: 'active' });
    const style = await view.page.locator('hotline-banner#default [part="call"]').evaluate((a) => {
      const s = getComputedStyle(a);
      return { border: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.color, background: s.backgroundColor };
    });
    assert.equal(style.border, 'solid');
    assert.ok(style.width >= 1);
    assert.notEqual(style.color, style.background);
    await view.close();
  });
});
