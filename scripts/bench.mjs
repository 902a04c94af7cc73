// Prints what the widgets cost a partner's page, in Debian's Chromium, on the
// built script: the main-thread time added to loading tests/e2e/pages/everything.html
// compared with the same page without the script (script running; style and
// layout; all main-thread tasks, which also count fetching, parsing and compiling
// the script), and the time from a click on the quick exit to the moment it
// leaves. Each figure is the median of several loads, with the CPU as it is and
// slowed down 4 times (roughly a low-end phone). It prints; it does not pass or fail.
//   npm run bench [-- --runs 15]
import { launch, startSite } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 11;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;

const site = await startSite();
const browser = await launch();

/** Main-thread durations (ms) while loading the page, with or without our script. */
async function load(rate, withScript) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (!withScript) {
    await page.route('**/everything.html*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script src="\/dist\/safety-widgets\.js"[^>]*><\/script>/, '');
      await route.fulfill({ response, body });
    });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  await page.goto(`${site.origin}/everything.html`, { waitUntil: 'load' });
  // The same round trip on both pages, so it cancels out.
  await page.evaluate(() => document.querySelector('signs-checklist').updateComplete);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value * 1000;
  const result = { script: get('ScriptDuration'), layout: get('LayoutDuration') + get('RecalcStyleDuration'), task: get('TaskDuration') };
  await context.close();
  return result;
}

/**
 * Milliseconds from the click reaching the page to the quick-exit event (the page
 * hidden, in the same task), and to the start of the navigation (after the frame
 * that shows the hidden page: the destination document's time origin).
 */
async function exitTime(rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('http://localhost/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>away</title>' }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${site.origin}/everything.html?dest=http://localhost`);
  await page.locator('quick-exit').evaluate((el) => el.updateComplete);
  const hidden = await page.evaluate(
    () =>
      new Promise((resolve) => {
        addEventListener('click', () => (window.benchClick = performance.timeOrigin + performance.now()), { capture: true, once: true });
        addEventListener('quick-exit', () => resolve(performance.timeOrigin + performance.now() - window.benchClick), { once: true });
        document.querySelector('quick-exit').shadowRoot.querySelector('button').click();
      }),
  );
  const clicked = await page.evaluate(() => window.benchClick).catch(() => undefined);
  await page.waitForURL('http://localhost/**');
  const started = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  return { hidden, leaving: clicked === undefined ? NaN : started - clicked };
}

try {
  console.log(`Chromium, everything.html (all three widgets), median of ${runs} loads`);
  for (const rate of [1, 4]) {
    const with_ = [];
    const without = [];
    const exits = [];
    for (let i = 0; i < runs; i++) {
      with_.push(await load(rate, true));
      without.push(await load(rate, false));
      exits.push(await exitTime(rate));
    }
    const added = (key) => median(with_.map((r) => r[key])) - median(without.map((r) => r[key]));
    console.log(`CPU ${rate}× slower:`);
    console.log(`  script running added             ${ms(added('script'))}`);
    console.log(`  style and layout added           ${ms(added('layout'))}`);
    console.log(`  all main-thread work added       ${ms(added('task'))}`);
    console.log(`  quick exit, click to page hidden ${ms(median(exits.map((e) => e.hidden)))}`);
    console.log(`  quick exit, click to navigating  ${ms(median(exits.map((e) => e.leaving).filter((v) => !Number.isNaN(v))))}  (waits for the frame that shows the page hidden)`);
  }
} finally {
  await browser.close();
  await site.close();
}
