// One small driver for each of the three engines, so an end-to-end check of the
// quick exit runs the same way in Chromium (playwright-core), Firefox (Debian's
// ESR over WebDriver BiDi with puppeteer-core) and WebKit (WebKitGTK's MiniBrowser
// through WebKitWebDriver, on a virtual display). Each gives real pointer clicks
// and key presses (user gestures), and a screenshot of what is really on the
// screen while a navigation is pending, counted in pixels of a marker colour.
import { spawn, execFileSync } from 'node:child_process';
import { openSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { PNG } from 'pngjs';
import { launch as launchChromium } from './harness.mjs';
import { MINIBROWSER, freePort, startXvfb, waitForPort } from '../../scripts/webkit-launcher.mjs';

/** The marker colour of the test pages' private content (#ff00ff). */
const isMarker = (r, g, b) => r > 230 && g < 30 && b > 230;

function countPng(buffer) {
  const png = PNG.sync.read(buffer);
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (isMarker(png.data[i], png.data[i + 1], png.data[i + 2])) count++;
  return count;
}

/** A binary PPM (P6) from xwdtopnm: header, then RGB samples (two bytes each, big-endian, when maxval > 255). */
function countPpm(buffer) {
  let offset = 0;
  const fields = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buffer[offset]))) offset++;
    if (buffer[offset] === 0x23) {
      while (buffer[offset] !== 0x0a) offset++;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(buffer[offset]))) field += String.fromCharCode(buffer[offset++]);
    fields.push(field);
  }
  offset++;
  const wide = Number(fields[3]) > 255 ? 2 : 1;
  let count = 0;
  for (let i = offset; i + 3 * wide - 1 < buffer.length; i += 3 * wide) {
    if (isMarker(buffer[i], buffer[i + wide], buffer[i + 2 * wide])) count++;
  }
  return count;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it gives something truthy, or fails after `ms`. */
export async function until(check, what, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** What every driver offers on top of its engine's own calls. */
function common(tab) {
  return Object.assign(tab, {
    /** Waits until the tab's address starts with `prefix`. */
    waitForUrl: (prefix, ms) => until(async () => (await tab.url()).startsWith(prefix), `the address ${prefix}`, ms),
    /** The centre of the element an expression names, in viewport pixels, once it has stopped moving. */
    async centre(expression) {
      const read = () =>
        tab.evaluate(`(() => { const el = ${expression}; if (!el) return null; el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect();
            return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; })()`);
      let last;
      return until(async () => {
        const box = await read();
        const still = box && last && box.x === last.x && box.y === last.y;
        last = box;
        if (!still) await sleep(100);
        return still ? box : null;
      }, `${expression} to be drawn`);
    },
    async clickOn(expression) {
      const { x, y } = await tab.centre(expression);
      await tab.click(x, y);
    },
  });
}

/**
 * What playwright's and puppeteer's pages share (the same calls): a tab over
 * `current()`, the page now open. Dialogs are answered as `tab.answer` says.
 */
function pageTab(name, current, extra) {
  const tab = {
    name,
    dialogs: [],
    /** How a person answers a beforeunload prompt: 'leave' or 'stay'. */
    answer: 'leave',
    watch(page) {
      page.on('dialog', (dialog) => {
        tab.dialogs.push(dialog.type());
        void (tab.answer === 'stay' ? dialog.dismiss() : dialog.accept()).catch(() => {});
      });
    },
    async go(url) {
      await current().goto(url, { waitUntil: 'load' });
    },
    evaluate: (expression) => current().evaluate(expression),
    url: async () => current().url(),
    click: (x, y) => current().mouse.click(x, y),
    async shift(times = 3) {
      for (let i = 0; i < times; i++) await current().keyboard.press('Shift');
    },
    type: (text) => current().keyboard.type(text),
    async back() {
      await current().goBack({ waitUntil: 'load', timeout: 10000 }).catch(() => {});
    },
    ...extra,
  };
  return common(tab);
}

async function chromium() {
  const browser = await launchChromium();
  let context;
  let page;
  let cdp;
  const tab = pageTab('chromium', () => page, {
    async open(url) {
      await context?.close();
      context = await browser.newContext();
      page = await context.newPage();
      tab.watch(page);
      await page.goto(url, { waitUntil: 'load' });
      // Opened before the exit: a session opened while a navigation is pending waits for it.
      cdp = await context.newCDPSession(page);
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    /** From the compositor: playwright's own screenshot would wait for the navigation. */
    async markerPixels() {
      const { data } = await cdp.send('Page.captureScreenshot');
      return countPng(Buffer.from(data, 'base64'));
    },
    /**
     * Back, as a person presses it on the page now shown: once the browser's own session history has
     * that page as its current entry (the page's address is known a moment before; a Back in between
     * is lost to the commit that follows).
     */
    async back() {
      await until(async () => {
        const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
        return entries[currentIndex]?.url === page.url();
      }, 'the shown page in the session history', 5000).catch(() => {});
      await page.goBack({ waitUntil: 'load', timeout: 10000 }).catch(() => {});
    },
    /** The tab's session history as the browser keeps it (for a failure's message). */
    async history() {
      const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
      return entries.map((entry, i) => `${i === currentIndex ? '*' : ''}${entry.url}`).join(' ');
    },
    close: () => browser.close(),
  });
  return tab;
}

async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'browser.sessionhistory.max_total_viewers': 8 },
  });
  let page;
  const tab = pageTab('firefox', () => page, {
    async open(url) {
      await page?.close().catch(() => {});
      page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      tab.watch(page);
      await page.goto(url, { waitUntil: 'load' });
    },
    resize: (width, height) => page.setViewport({ width, height }),
    // During a pending navigation, puppeteer's screenshot over BiDi shows what is on screen.
    markerPixels: async () => countPng(await page.screenshot()),
    close: () => browser.close(),
  });
  return tab;
}

async function webkit() {
  const processes = [];
  const xvfb = await startXvfb();
  processes.push(xvfb.process);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  processes.push(driver);
  await waitForPort(port);
  let session;
  const start = async () => {
    await session?.deleteSession().catch(() => {});
    session = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
        // Commands must not block on a pending navigation: that is what is being watched.
        pageLoadStrategy: 'none',
      },
    });
    await session.setWindowRect(0, 0, 1000, 700).catch(() => {});
  };
  const loaded = () => until(async () => (await session.execute('return document.readyState')) === 'complete', 'the page to load');
  const key = (value) => session.performActions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }]);
  const tab = {
    name: 'webkit',
    dialogs: [], // WebDriver answers beforeunload prompts itself: none can be seen here.
    async open(url) {
      await start();
      await session.navigateTo(url);
      await until(async () => (await session.getUrl()).startsWith(url.split('#')[0].split('?')[0]), 'the page');
      await loaded();
    },
    async go(url) {
      await session.navigateTo(url);
      await until(async () => (await session.getUrl()).startsWith(url.split('?')[0]), 'the page');
      await loaded();
    },
    evaluate: (expression) => session.execute(`return (${expression})`),
    url: () => session.getUrl(),
    /** The page's viewport (the window's size, less MiniBrowser's own bars). */
    async resize(width, height) {
      for (let tries = 0; tries < 3; tries++) {
        const [outerW, outerH, innerW, innerH] = await session.execute('return [outerWidth, outerHeight, innerWidth, innerHeight]');
        if (innerW === width && innerH === height) return;
        await session.setWindowRect(0, 0, width + outerW - innerW, height + outerH - innerH).catch(() => {});
        await sleep(200);
      }
    },
    async click(x, y) {
      await session.performActions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await session.releaseActions().catch(() => {});
    },
    async shift(times = 3) {
      for (let i = 0; i < times; i++) await key('\uE008');
    },
    async type(text) {
      for (const char of text) await key(char);
    },
    async back() {
      await session.back().catch(() => {});
      await sleep(300);
      await loaded().catch(() => {});
    },
    /** What the X display shows: the driver's own screenshot would wait, or show what is not on screen. */
    async markerPixels() {
      const xwd = execFileSync('xwd', ['-root', '-silent', '-display', xvfb.display], { maxBuffer: 64 << 20 });
      const ppm = execFileSync('xwdtopnm', [], { input: xwd, maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'ignore'] });
      if (process.env.E2E_SCREEN) execFileSync('pnmtopng', [], { input: ppm, stdio: ['pipe', openSync(process.env.E2E_SCREEN, 'w'), 'ignore'] });
      return countPpm(ppm);
    },
    async close() {
      await session?.deleteSession().catch(() => {});
      for (const child of processes.reverse()) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
  return common(tab);
}

export const engines = { chromium, firefox, webkit };

/** E2E_BROWSERS=chromium,webkit picks a subset (default: all three). */
export const wanted = (process.env.E2E_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
