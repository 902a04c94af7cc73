// The quick exit itself, on the built script, in Chromium, Firefox and WebKit:
// what is on screen while a slow destination loads, the Referer, Back, the
// page's own "unsaved changes" prompt, an exit that does not complete, pages
// that add history entries or swap their body, and every way of writing the
// site-wide line. Clicks and key presses are real ones (user gestures).
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDestination, startSite } from './harness.mjs';
import { engines, until, wanted } from './engines.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Our exit button on the page (the site-wide one may be <safety-quick-exit>). */
const exitButton = `[...document.querySelectorAll('quick-exit, safety-quick-exit')].map((el) => el.shadowRoot?.querySelector('button')).find(Boolean)`;
const coverButton = `document.querySelector('[data-quick-exit-cover] quick-exit, [data-quick-exit-cover] safety-quick-exit')?.shadowRoot?.querySelector('button')`;

let site;
let destination;
before(async () => {
  site = await startSite();
  destination = await startDestination();
});
after(async () => {
  await site?.close();
  await destination?.close();
});

const page = (path, dest) => `${site.origin}/${path}${path.includes('?') ? '&' : '?'}dest=${encodeURIComponent(dest)}`;

/**
 * After Back from the destination: the page before the partner's page. In WebKit, whose history.length
 * can change after the page has loaded (WebKitGTK 2.50.6 here), the exit's history step can step over one
 * entry more, and Back then shows an earlier page (about:blank in these tests): never the partner's page,
 * its routes or its # targets, which is what the exit promises. Seen in 2 of 3 runs in a row on
 * 2026-12-02, with this build and the one before; Chromium and Firefox must land exactly.
 */
async function backLeftThePartnerPage(tab, name) {
  // A person presses Back on the destination once it shows.
  await until(() => tab.evaluate(`document.readyState === 'complete'`), 'the destination to load');
  await tab.back();
  const before = `${site.origin}/blank.html`;
  const landed = await until(async () => {
    const url = await tab.url();
    return url !== `${destination.origin}/away` && url;
  }, 'leaving the destination').catch(async (error) => {
    throw new Error(`${error.message}; history: ${(await tab.history?.()) ?? 'unknown'}`);
  });
  if (name === 'webkit' && landed === 'about:blank') return;
  await tab.waitForUrl(before);
}

for (const name of wanted) {
  describe(`quick exit in ${name}`, () => {
    let tab;
    before(async () => {
      tab = await engines[name]();
    });
    after(async () => {
      await tab?.close();
    });
    beforeEach(() => {
      destination.visits.length = 0;
      tab.dialogs.length = 0;
    });

    it('while a slow destination answers, nothing of the page is on screen (3 trials, at 150 ms, 1 s and 2.5 s)', async () => {
      for (let trial = 0; trial < 3; trial++) {
        const path = `/slow/away-${name}-${trial}`;
        await tab.open(page('exit.html', `${destination.origin}${path}`));
        await tab.centre(exitButton);
        const shown = async () => (await tab.markerPixels()) > 1000;
        for (let wait = 0; wait < 40 && !(await shown()); wait++) await sleep(100); // a new window's first paint
        assert.ok(await shown(), 'the private content shows before the exit');
        await tab.clickOn(exitButton);
        const clicked = Date.now();
        for (const at of [150, 1000, 2500]) {
          await sleep(Math.max(0, clicked + at - Date.now()));
          const pixels = await tab.markerPixels();
          const visit = destination.visits.find((v) => v.path === path);
          if (at >= 1000) assert.ok(visit && !visit.answered, `trial ${trial}: the destination was asked and had not answered at ${at} ms`);
          assert.equal(pixels, 0, `trial ${trial}: page pixels on screen ${at} ms after the click`);
        }
        await tab.waitForUrl(`${destination.origin}${path}`);
      }
    });

    it('the destination, on another origin, receives no Referer', async () => {
      await tab.open(page('exit.html', `${destination.origin}/away`));
      await tab.clickOn(exitButton);
      await tab.waitForUrl(`${destination.origin}/away`);
      assert.deepEqual(destination.visits.map((v) => [v.path, v.referer]), [['/away', null]]);
    });

    it('Back from the destination goes to the page before, not this one', async () => {
      await tab.open(`${site.origin}/blank.html`);
      await tab.go(page('exit.html', `${destination.origin}/away`));
      await tab.clickOn(exitButton);
      await tab.waitForUrl(`${destination.origin}/away`);
      await backLeftThePartnerPage(tab, name);
    });

    it('a visit of three pages: on the way out none shows; Back from the destination shows the page before the visit (with the Navigation API)', async () => {
      // In Chromium, a DevTools screenshot while a page reached by a history step starts a slow
      // cross-site navigation closes the tab (seen with plain pages too, without the widgets): there,
      // the destination answers at once and the way out is not photographed.
      const watch = name !== 'chromium';
      const path = `${watch ? '/slow' : ''}/visit-${name}`;
      await tab.open(`${site.origin}/blank.html`);
      for (const n of [1, 2, 3]) await tab.go(page(`exit.html?visit=${n}`, `${destination.origin}${path}`));
      await tab.centre(exitButton);
      const navigationApi = await tab.evaluate(`'navigation' in window && 'activation' in navigation`);
      await tab.clickOn(exitButton);
      const clicked = Date.now();
      for (const at of watch ? [150, 600, 1200, 2500] : []) {
        await sleep(Math.max(0, clicked + at - Date.now()));
        assert.equal(await tab.markerPixels(), 0, `page pixels ${at} ms after the click`);
      }
      await tab.waitForUrl(`${destination.origin}${path}`);
      await until(() => tab.evaluate(`document.readyState === 'complete'`), 'the destination to load');
      await tab.back();
      const landed = await until(async () => {
        const url = await tab.url();
        return !url.startsWith(destination.origin) && url;
      }, 'leaving the destination').catch(async (error) => {
        throw new Error(`${error.message}; history: ${(await tab.history?.()) ?? 'unknown'}`);
      });
      if (navigationApi) assert.equal(landed, `${site.origin}/blank.html`, `history: ${(await tab.history?.()) ?? 'unknown'}`);
      // Without it (WebKitGTK 2.50), as before: the exit's own page is left out of Back, the rest of the visit is not.
      else assert.ok(!landed.includes('visit=3'), landed);
    });

    it('a single-page site: after three route changes, Back from the destination skips every route', async () => {
      await tab.open(`${site.origin}/blank.html`);
      await tab.go(page('exit.html?routes=3', `${destination.origin}/away`));
      // The page's own script adds its routes once it has loaded.
      await until(async () => (await tab.url()).includes('route=3'), 'the third route');
      await tab.clickOn(exitButton);
      await tab.waitForUrl(`${destination.origin}/away`);
      await backLeftThePartnerPage(tab, name);
    });

    it('in-page # links: after following two, Back from the destination skips them', async () => {
      await tab.open(`${site.origin}/blank.html`);
      await tab.go(page('exit.html', `${destination.origin}/away`));
      await sleep(300); // Chromium drops input that comes before the new page's first frame
      await tab.clickOn(`document.getElementById('to-2')`);
      await sleep(300);
      await tab.clickOn(`document.getElementById('to-3')`);
      await sleep(300);
      assert.ok((await tab.url()).endsWith('#part-3'), await tab.url());
      await tab.shift(3);
      await tab.waitForUrl(`${destination.origin}/away`);
      await backLeftThePartnerPage(tab, name);
    });

    it('a page with an "unsaved changes" prompt: the exit leaves at once, with no prompt', async () => {
      for (const how of ['button', 'shortcut']) {
        tab.dialogs.length = 0;
        await tab.open(page('exit.html?prompt', `${destination.origin}/away-${how}`));
        // The person has typed in the page: browsers only ask after the page was used.
        await tab.clickOn(`document.getElementById('message')`);
        await tab.type?.('Hello');
        if (how === 'button') await tab.clickOn(exitButton);
        else await tab.shift(3);
        await tab.waitForUrl(`${destination.origin}/away-${how}`, 5000);
        assert.deepEqual(tab.dialogs, [], how);
      }
    });

    if (name !== 'webkit') {
      // WebDriver answers beforeunload prompts itself in WebKit: a prompt cannot be seen there.
      it('a prompt listener the page added before our script, after typing: no prompt, the exit leaves at once (button and shortcut)', async () => {
        for (const how of ['button', 'shortcut']) {
          await tab.open(page('exit.html?prompt-early', `${destination.origin}/early-${how}`));
          await tab.clickOn(`document.getElementById('message')`);
          await tab.type('Hello');
          tab.dialogs.length = 0;
          tab.answer = 'stay'; // were a prompt to show, the person would stay: the exit would fail
          try {
            if (how === 'button') await tab.clickOn(exitButton);
            else await tab.shift(3);
            await tab.waitForUrl(`${destination.origin}/early-${how}`, 5000);
            assert.deepEqual(tab.dialogs, [], how);
          } finally {
            tab.answer = 'leave';
          }
        }
      });
    }

    it('pressed again and again while a slow destination has not answered: asks for it again at once each time, the page stays hidden', async () => {
      const path = `/slow/again-${name}`;
      await tab.open(page('exit.html', `${destination.origin}${path}`));
      await tab.clickOn(`document.getElementById('message')`); // the keyboard is in the page
      await tab.shift(3);
      await until(async () => destination.visits.filter((v) => v.path === path).length === 1, 'the first request');
      await tab.shift(3);
      const pressed = Date.now();
      await until(async () => destination.visits.filter((v) => v.path === path).length === 2, 'the second request', 1500);
      assert.ok(Date.now() - pressed < 1500, `asked again after ${Date.now() - pressed} ms`);
      // And again: every press (WebKit lost the shortcut here, and Chromium's third press asked for nothing
      // while the emptied page was left open for writing).
      await tab.shift(3);
      await until(async () => destination.visits.filter((v) => v.path === path).length === 3, 'the third request', 1500);
      assert.equal(await tab.markerPixels(), 0, 'page pixels while leaving');
      await tab.waitForUrl(`${destination.origin}${path}`);
    });

    it('an exit that does not complete (204) keeps the page hidden, then offers a visible exit button that works', async () => {
      const path = `/once-204/${name}-button`;
      await tab.open(page('exit.html', `${destination.origin}${path}`));
      await tab.clickOn(exitButton);
      await sleep(1000);
      assert.ok((await tab.url()).startsWith(site.origin), 'still on the page: the answer was 204');
      assert.equal(await tab.markerPixels(), 0, 'page pixels while stalled');
      await tab.centre(coverButton); // within a few seconds
      assert.equal(await tab.markerPixels(), 0, 'page pixels with the cover');
      await tab.clickOn(coverButton);
      await tab.waitForUrl(`${destination.origin}${path}`);
    });

    it('after an exit that did not complete, the shortcut exits again', async () => {
      const path = `/once-204/${name}-shortcut`;
      await tab.open(page('exit.html', `${destination.origin}${path}`));
      await tab.clickOn(`document.getElementById('message')`); // the keyboard is in the page, as when typing
      await tab.shift(3);
      await tab.centre(coverButton);
      assert.ok((await tab.url()).startsWith(site.origin));
      await tab.shift(3);
      await tab.waitForUrl(`${destination.origin}${path}`);
    });

    for (const file of ['site-wide.html', 'site-wide-async.html', 'site-wide-defer.html', 'site-wide-module.html', 'site-wide-second-copy.html', 'site-wide-meta.html', 'site-wide-taken.html']) {
      it(`the site-wide line works from ${file}: one exit, first in <body>, Shift three times leaves`, async () => {
        await tab.open(page(file, `${destination.origin}/away`));
        await tab.centre(exitButton);
        const found = await tab.evaluate(`({
          first: document.body.firstElementChild.localName,
          ours: [...document.querySelectorAll('quick-exit, safety-quick-exit')].filter((el) => el.shadowRoot).length,
        })`);
        assert.deepEqual(found, { first: file === 'site-wide-taken.html' ? 'safety-quick-exit' : 'quick-exit', ours: 1 });
        await tab.shift(3);
        await tab.waitForUrl(`${destination.origin}/away`);
      });
    }

    it('inside a frame from another site, a click on the exit leaves the whole page', async () => {
      await tab.open(page('frame-top.html', `${destination.origin}/away`));
      const inFrame = `document.querySelector('iframe').getBoundingClientRect()`;
      const frame = await tab.evaluate(`(() => { const r = ${inFrame}; return { x: r.left, y: r.top }; })()`);
      // The frame's exit button sits at its top right (inline-end), inside the frame's 600 px.
      await sleep(1500); // the frame loads and draws its button
      await tab.click(frame.x + 600 - 70, frame.y + 30);
      await tab.waitForUrl(`${destination.origin}/away`);
    });

    for (const swap of ['body', 'children']) {
      it(`a site that replaces ${swap === 'body' ? '<body> (Turbo)' : "<body>'s children (htmx)"}: the exit is back at the start of each new body, with one listener`, async () => {
        await tab.open(page('site-wide-swap.html', `${destination.origin}/away`));
        await tab.centre(exitButton);
        for (const next of [2, 3]) {
          await tab.clickOn(swap === 'body' || next === 3 ? `document.getElementById('next')` : `document.getElementById('next-htmx')`);
          const now = await tab.evaluate(`({
            h1: document.querySelector('h1').textContent,
            first: document.body.firstElementChild.localName,
            count: document.querySelectorAll('quick-exit').length,
          })`);
          assert.deepEqual(now, { h1: `Page ${next}`, first: 'quick-exit', count: 1 });
        }
        await tab.centre(exitButton);
        await tab.shift(3);
        await tab.waitForUrl(`${destination.origin}/away`);
        await sleep(300);
        assert.deepEqual(destination.visits.map((v) => v.path), ['/away'], 'one navigation');
      });
    }
  });
}
