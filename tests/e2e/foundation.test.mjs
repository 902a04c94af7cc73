// The embed contract, on the built script: where the tag goes, twice on a page,
// globals, the host's own libraries, and the page checks (each shown to fail).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sharedBrowserAndSite } from './harness.mjs';

const shared = sharedBrowserAndSite({ before, after });

const widgets = ['quick-exit', 'hotline-banner', 'signs-checklist'];

describe('the one script', () => {
  for (const path of ['head.html', 'body.html', 'defer.html', 'async.html']) {
    for (const csp of [false, true]) {
      it(`works from ${path}${csp ? ' under a strict CSP' : ''}: every widget renders, nothing sent or stored`, async () => {
        const view = await openPage(shared.browser, shared.site, path, { csp });
        // The banner and checklist arrive in their own file, after the page's first paint.
        await view.page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), widgets, { timeout: 5000 });
        await view.page.getByText('National Human Trafficking Hotline').first().waitFor();
        await view.page.getByRole('button', { name: /Exit this site/ }).waitFor();
        await view.page.getByRole('checkbox').first().waitFor();
        assert.deepEqual(await view.problems(), []);
        assert.deepEqual(await view.newGlobals(), ['SafetyWidgets']);
        await view.close();
      });
    }
  }

  /** Every widget drawn and in use: the banner, a ticked sign with its hotline, the exit button. Returns what went wrong. */
  async function useEveryWidget(csp) {
    const view = await openPage(shared.browser, shared.site, 'body.html', { csp });
    await view.page.getByText('National Human Trafficking Hotline').first().waitFor();
    await view.page.getByRole('checkbox').first().check();
    await view.page.getByRole('link', { name: 'Call 1-888-373-7888 — National Human Trafficking Hotline' }).last().waitFor();
    await view.page.getByRole('button', { name: /Exit this site/ }).waitFor();
    const found = await view.problems();
    await view.close();
    return found;
  }

  it("works under a partner's Trusted Types list that names our policy, with no violation", async () => {
    assert.deepEqual(await useEveryWidget('trusted-types-listed'), []);
  });

  it('still works under a Trusted Types list that leaves our policy out (one violation report, nothing thrown)', async () => {
    const found = await useEveryWidget('trusted-types-other');
    assert.ok(found.length > 0 && found.every((problem) => /CSP violation|console error: .*(Trusted Type|trusted-types)/i.test(problem)), JSON.stringify(found));
    assert.ok(!found.some((problem) => problem.startsWith('console error: uncaught')), JSON.stringify(found));
  });

  it('included twice: one warning, nothing thrown, widgets work', async () => {
    const view = await openPage(shared.browser, shared.site, 'twice.html');
    await view.page.getByText('National Human Trafficking Hotline').first().waitFor();
    assert.deepEqual(await view.problems(), []);
    assert.equal(view.warnings.filter((w) => w.includes('more than once')).length, 1);
    assert.deepEqual(await view.newGlobals(), ['SafetyWidgets']);
    await view.close();
  });

  it("leaves the host page's own i18next, lit and Lit version list alone", async () => {
    const view = await openPage(shared.browser, shared.site, 'host-globals.html', { allowed: [`${shared.site.origin}/host-globals.js`] });
    await view.page.getByText('Línea Nacional contra la Trata de Personas').first().waitFor();
    const host = await view.page.evaluate(() => ({
      i18next: window.i18next.owner,
      t: window.i18next.t(),
      lit: window.lit.owner,
      versions: window.litHtmlVersions,
    }));
    assert.deepEqual(host, { i18next: 'host', t: 'host translation', lit: 'host', versions: ['host'] });
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });

  it('follows <html lang> when the page changes it at run time', async () => {
    const view = await openPage(shared.browser, shared.site, 'body.html');
    await view.page.getByText('National Human Trafficking Hotline').first().waitFor();
    await view.page.evaluate(() => document.documentElement.setAttribute('lang', 'es-MX'));
    await view.page.getByText('Línea Nacional contra la Trata de Personas').first().waitFor();
    await view.page.getByRole('button', { name: /Salir de este sitio/ }).waitFor();
    await view.page.evaluate(() => document.documentElement.setAttribute('lang', 'sw'));
    await view.page.getByText('National Human Trafficking Hotline').first().waitFor();
    await view.close();
  });
});

describe('the page checks catch what they look for', () => {
  const cases = [
    ['broken-request.html', /^request: https:\/\/tracker\.example/],
    ['broken-storage.html', /^(local|session|indexedDB|cookie)/],
    ['broken-console.html', /^console error: something went wrong/],
  ];
  for (const [path, expected] of cases) {
    it(`${path} is reported`, async () => {
      const own = `${shared.site.origin}/${path.replace('.html', '.js')}`;
      const view = await openPage(shared.browser, shared.site, path, { allowed: [own] });
      const found = await view.problems();
      assert.ok(found.some((problem) => expected.test(problem)), `expected ${expected} in ${JSON.stringify(found)}`);
      await view.close();
    });
  }

  it('a page that storage-writes is reported for every kind of storage', async () => {
    const view = await openPage(shared.browser, shared.site, 'broken-storage.html', { allowed: [`${shared.site.origin}/broken-storage.js`] });
    const found = (await view.problems()).join('\n');
    for (const kind of ['local: answers', 'session: seen', 'cookie: visited', 'indexedDB: answers']) assert.match(found, new RegExp(kind));
    await view.close();
  });

  it('inline style and script under the strict CSP are reported as violations', async () => {
    const view = await openPage(shared.browser, shared.site, 'broken-csp.html', { csp: true });
    const found = await view.problems();
    assert.ok(found.some((problem) => problem.startsWith('CSP violation')), JSON.stringify(found));
    await view.close();
  });

  it('a new global is reported', async () => {
    const view = await openPage(shared.browser, shared.site, 'body.html');
    await view.page.evaluate(() => (window.leaked = 1));
    assert.deepEqual((await view.newGlobals()).sort(), ['SafetyWidgets', 'leaked']);
    await view.close();
  });
});
