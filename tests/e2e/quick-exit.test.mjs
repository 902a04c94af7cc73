// <quick-exit> on the built script, in Debian's Chromium, as a person uses it.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, startDestination, startSite } from './harness.mjs';

let browser;
let site;
let destination;
before(async () => {
  browser = await launch();
  site = await startSite();
  destination = await startDestination();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await destination?.close();
});
beforeEach(() => {
  destination.visits.length = 0;
});

const open = (path, options = {}) => {
  const dest = options.dest ?? destination.origin;
  const join = path.includes('?') ? '&' : '?';
  return openPage(browser, site, `${path}${join}dest=${encodeURIComponent(dest)}`, {
    allowed: [destination.origin],
    ...options,
  });
};
const exitButton = (page) => page.getByRole('button', { name: 'Exit this site', exact: true }).first();
const arrived = (page, path = '/away') => page.waitForURL(`${destination.origin}${path}`);

describe('<quick-exit> end to end', () => {
  it('leaves the tab history: Back does not return, history.length does not grow', async () => {
    const view = await open('blank.html');
    await view.page.goto(`${site.origin}/quick-exit.html?dest=${encodeURIComponent(destination.origin)}`);
    const before = await view.page.evaluate(() => history.length);
    await exitButton(view.page).click();
    await arrived(view.page);
    assert.equal(await view.page.evaluate(() => history.length), before);
    await view.page.goBack();
    assert.equal(new URL(view.page.url()).pathname, '/blank.html');
    await view.close();
  });

  it('the destination, on another origin, receives no Referer', async () => {
    const view = await open('quick-exit.html');
    await exitButton(view.page).click();
    await arrived(view.page);
    assert.deepEqual(destination.visits, [{ path: '/away', referer: null }]);
    await view.close();
  });

  for (const csp of [false, true]) {
    it(`while a slow destination answers, nothing of the page shows${csp ? ' (strict CSP)' : ''}`, async () => {
      const view = await open('quick-exit.html', { csp, dest: `${destination.origin}/slow` });
      // Straight from the compositor: Playwright's own screenshot would wait for the navigation.
      // A tab that has not drawn its first frame yet (a busy machine) answers "Unable to capture
      // screenshot": asked again until it has one, for at most 2 s.
      const capture = async (cdp) => {
        for (let tries = 0; ; tries++) {
          try {
            return (await cdp.send('Page.captureScreenshot')).data;
          } catch (error) {
            if (tries >= 20 || !/Unable to capture/.test(String(error))) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      };
      const blank = await view.context.newPage();
      await blank.bringToFront();
      const empty = await capture(await view.context.newCDPSession(blank));
      await blank.close();
      await view.page.bringToFront();
      const cdp = await view.context.newCDPSession(view.page);
      const before = await capture(cdp);
      assert.notDeepEqual(before, empty, 'the page shows something before the exit');
      // noWaitAfter: Playwright would otherwise wait for the navigation to finish.
      await exitButton(view.page).click({ noWaitAfter: true });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(destination.visits.length, 1, 'the destination was asked');
      // (The blank title is checked in the component tests: DevTools cannot read the old document here.)
      const shot = await capture(cdp);
      assert.equal(destination.visits[0].answered, false, 'the destination had not answered yet');
      assert.deepEqual(shot, empty);
      await arrived(view.page, '/slow/away');
      if (csp) assert.deepEqual((await view.problems()).filter((p) => p.startsWith('CSP')), []);
      await view.close();
    });
  }

  it('without JavaScript, the fallback link is an ordinary working link that sends no Referer', async () => {
    const view = await open('quick-exit.html', { context: { javaScriptEnabled: false } });
    await view.page.getByRole('link', { name: 'Exit this site' }).click();
    await arrived(view.page);
    assert.deepEqual(destination.visits, [{ path: '/away', referer: null }]);
    await view.close();
  });

  it('the one-line site-wide install gives the page a working quick exit at the start of <body>', async () => {
    for (const csp of [false, true]) {
      const view = await open('site-wide.html', { csp });
      await exitButton(view.page).waitFor();
      const first = await view.page.evaluate(() => document.body.firstElementChild?.localName);
      assert.equal(first, 'quick-exit');
      for (let i = 0; i < 3; i++) await view.page.keyboard.press('Shift');
      await arrived(view.page);
      assert.equal(destination.visits.at(-1).referer, null);
      // Nothing thrown on the way out (the exit empties the page under the fixed button: seen once).
      assert.deepEqual((await view.problems()).filter((problem) => /uncaught|error/i.test(problem)), [], `csp ${csp}`);
      await view.close();
    }
  });

  it('the site-wide install does not add a second one to a page that has its own', async () => {
    const view = await open('everything.html');
    await exitButton(view.page).waitFor();
    assert.equal(await view.page.locator('quick-exit').count(), 1);
    await view.close();
  });

  it('Shift three times exits from a text field; left and right Shift may alternate', async () => {
    const view = await open('quick-exit.html');
    await view.page.locator('#message').click();
    await view.page.keyboard.type('Hello');
    await view.page.keyboard.press('ShiftLeft');
    await view.page.keyboard.press('ShiftRight');
    await view.page.keyboard.press('ShiftLeft');
    await arrived(view.page);
    await view.close();
  });

  it('typing capitals (Shift+A three times) does not exit', async () => {
    const view = await open('quick-exit.html');
    await view.page.locator('#message').click();
    for (let i = 0; i < 3; i++) await view.page.keyboard.press('Shift+A');
    // The Shift of a capital does not count either: this is only two presses.
    await view.page.keyboard.press('Shift+B');
    await view.page.keyboard.press('Shift');
    await view.page.keyboard.press('Shift');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await view.page.locator('#message').inputValue(), 'AAAB');
    assert.equal(destination.visits.length, 0);
    await view.close();
  });

  it('Shift presses 5 seconds apart do not exit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${site.origin}/quick-exit.html?dest=${encodeURIComponent(destination.origin)}`);
    await exitButton(page).waitFor();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift');
      await page.clock.runFor(5100);
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(destination.visits.length, 0);
    await context.close();
  });

  it('two on one page: Shift three times navigates once, to the first', async () => {
    const view = await open('quick-exit-two.html');
    await exitButton(view.page).waitFor();
    for (let i = 0; i < 3; i++) await view.page.keyboard.press('Shift');
    await arrived(view.page, '/first');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(destination.visits.map((v) => v.path), ['/first']);
    await view.close();
  });

  it('shortcut="escape": Escape twice exits; placement="bottom" sits at the bottom', async () => {
    const view = await open('quick-exit-bottom.html');
    const box = await exitButton(view.page).boundingBox();
    const height = view.page.viewportSize().height;
    assert.ok(height - (box.y + box.height) < 20, `bottom gap ${height - (box.y + box.height)}`);
    await view.page.keyboard.press('Escape');
    await view.page.keyboard.press('Escape');
    await arrived(view.page);
    await view.close();
  });

  it('is hidden when printing', async () => {
    const view = await open('quick-exit.html');
    await exitButton(view.page).waitFor();
    await view.page.emulateMedia({ media: 'print' });
    assert.equal(await exitButton(view.page).isVisible(), false);
    await view.close();
  });

  it('stays in view at every scroll position and never covers the focused element (320 px wide)', async () => {
    const view = await open('everything.html', { context: { viewport: { width: 320, height: 640 } } });
    const button = exitButton(view.page);
    await button.waitFor();
    assert.ok((await view.page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll');
    const checkFocus = async () => {
      await view.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const overlap = await view.page.evaluate(() => {
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (!focused || focused === document.body || focused.getRootNode().host?.localName === 'quick-exit') return null;
        const exit = document.querySelector('quick-exit').shadowRoot.querySelector('button').getBoundingClientRect();
        const box = focused.getBoundingClientRect();
        return box.top < exit.bottom && box.bottom > exit.top && box.left < exit.right && box.right > exit.left
          ? `${focused.outerHTML.slice(0, 80)} at ${Math.round(box.top)} under the button (${Math.round(exit.top)}–${Math.round(exit.bottom)})`
          : null;
      });
      assert.equal(overlap, null);
      const box = await button.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 640, 'button in view');
    };
    // Forwards, then backwards (Shift+Tab scrolls the focused element to the top edge, under a top bar).
    for (let i = 0; i < 45; i++) {
      await view.page.keyboard.press('Tab');
      await checkFocus();
    }
    for (let i = 0; i < 45; i++) {
      await view.page.keyboard.press('Shift+Tab');
      await checkFocus();
    }
    await view.close();
  });

  it('in forced-colours mode the button keeps a visible edge and text', async () => {
    const view = await open('quick-exit.html');
    await view.page.emulateMedia({ forcedColors: 'active' });
    const style = await exitButton(view.page).evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.color, background: s.backgroundColor };
    });
    assert.equal(style.border, 'solid');
    assert.ok(style.width >= 1);
    assert.notEqual(style.color, style.background);
    await view.close();
  });

  it('sends nothing, stores nothing, logs no error, on a strict-CSP page', async () => {
    const view = await open('quick-exit.html', { csp: true });
    await exitButton(view.page).waitFor();
    assert.deepEqual(await view.problems(), []);
    await view.close();
  });
});
