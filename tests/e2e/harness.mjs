// End-to-end harness: serves partner-like pages and the BUILT script from
// 127.0.0.1, drives Debian's Chromium with playwright-core, and checks every
// page for what the widgets promise partners and the people they serve:
// nothing sent, nothing stored, no console error, no CSP violation, no new global.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; report-uri /csp-report";
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Policies a page can ask for with `?csp=`: `strict`; `trusted-types-listed`,
 * a partner who lists the Trusted Types policies allowed, with ours
 * (`safety-widgets`, as the README asks); `trusted-types-other`, a partner's
 * list that leaves ours out.
 */
export const POLICIES = {
  strict: STRICT_CSP,
  'trusted-types-listed': `${STRICT_CSP}; trusted-types partner safety-widgets`,
  'trusted-types-other': "default-src 'self'; trusted-types partner; report-uri /csp-report",
  // With <know-your-rights> beside a banner or checklist: its part's own Lit policy name too (README).
  'trusted-types-rights': `${STRICT_CSP}; trusted-types partner safety-widgets safety-widgets-loader safety-widgets-rights`,
};

/**
 * For npm run bench (`?include=inert`): a script that does nothing, as large as
 * dist/safety-widgets.js once compressed (a comment of random letters), to tell
 * what our script's download costs from what it does.
 */
async function inertScript() {
  const target = gzipSync(await readFile(join(root, 'dist/safety-widgets.js'))).length;
  const letters = randomBytes(target * 2).toString('base64');
  let length = target;
  for (;;) {
    const text = `/*${letters.slice(0, length)}*/`;
    if (gzipSync(text).length >= target || length >= letters.length) return text;
    length += 16;
  }
}

/** The partner's site: tests/e2e/pages and dist/. `?csp=strict` (or another name in POLICIES) adds that policy. */
export async function startSite() {
  const reports = [];
  // Language files: `site.locales.delay` answers them late, `site.locales.missing` not at all (404);
  // `site.locales.partsMissing` answers parts/widgets.js with 404.
  const locales = { delay: 0, missing: false, partsMissing: false };
  const server = await listen(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/dist/parts/') && locales.partsMissing) return void res.writeHead(404).end('not found');
    if (url.pathname.startsWith('/dist/locales/')) {
      if (locales.missing) return void res.writeHead(404).end('not found');
      if (locales.delay) await new Promise((r) => setTimeout(r, locales.delay));
    }
    if (url.pathname === '/csp-report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/inert.js') {
      const body = gzipSync(await inertScript());
      res.writeHead(200, { 'content-type': types['.js'], 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(body);
      return;
    }
    const file = normalize(url.pathname.startsWith('/dist/') ? url.pathname : join('/tests/e2e/pages', url.pathname));
    try {
      let data = await readFile(join(root, file));
      // Pages name the quick exit's destination (another origin) as __DESTINATION__.
      if (file.endsWith('.html')) data = String(data).replaceAll('__DESTINATION__', url.searchParams.get('dest') ?? 'https://www.google.com');
      // For npm run bench: `?include=none` serves the page without our script, `tiny` with a one-line script
      // in its place, `inert` with a do-nothing script as large as ours; `defer` or `async` adds that to its tag.
      const include = url.searchParams.get('include');
      const tag = /<script src="\/dist\/safety-widgets\.js"([^>]*)><\/script>\n?/;
      if (file.endsWith('.html') && include === 'none') data = String(data).replace(tag, '');
      else if (file.endsWith('.html') && include === 'tiny') data = String(data).replace(tag, '<script src="/tiny.js"></script>\n');
      else if (file.endsWith('.html') && include === 'inert') data = String(data).replace(tag, '<script src="/inert.js"></script>\n');
      // `last`: our script as it is, the widgets moved to the end of <main>, after the page's text (README's advice).
      else if (file.endsWith('.html') && include === 'last') {
        const widgets = /\s*<(hotline-banner|signs-checklist|know-your-rights)\b[^>]*>[\s\S]*?<\/\1>/g;
        const moved = String(data).match(widgets) ?? [];
        data = String(data).replace(widgets, '').replace('</main>', `${moved.join('')}\n</main>`);
      }
      else if (file.endsWith('.html') && (include === 'defer' || include === 'async')) data = String(data).replace(tag, `<script src="/dist/safety-widgets.js"$1 ${include}></script>\n`);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // Compressed, as every real host serves text (what the page-speed figures assume).
      if (types[extname(file)] && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        data = gzipSync(data);
        headers['content-encoding'] = 'gzip';
      }
      const csp = POLICIES[url.searchParams.get('csp')];
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, reports, locales, close: () => new Promise((r) => server.close(r)) };
}

/**
 * The quick exit's destination: another origin. Records what each request told it;
 * paths under /slow are answered after 3 s; a path under /once-204 answers its first
 * request with 204 No Content (the browser stays where it is), later ones as usual.
 */
export async function startDestination() {
  const visits = [];
  const seen = new Set();
  const server = await listen(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // WebKit asks for the icon whatever the page says: that is the browser, not a visit.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const visit = { path: url.pathname, referer: req.headers.referer ?? null };
    visits.push(visit);
    if (url.pathname.startsWith('/slow')) {
      Object.defineProperty(visit, 'answered', { value: false, writable: true }); // not enumerable: deepEqual ignores it
      await new Promise((r) => setTimeout(r, 3000));
      visit.answered = true;
    }
    if (url.pathname.startsWith('/once-204') && !seen.has(url.pathname)) {
      seen.add(url.pathname);
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Weather</title></head><body><h1>Weather</h1></body></html>');
  });
  // "localhost" and "127.0.0.1" are different origins (and sites) for the browser.
  const origin = `http://localhost:${server.address().port}`;
  return { origin, visits, close: () => new Promise((r) => server.close(r)) };
}

/** `bfcache: true` keeps Chromium's back/forward cache, which Playwright turns off by default. */
export async function launch({ bfcache = false } = {}) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
    args: ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Opens a page and watches it. `allowed` lists URL prefixes a page may request
 * besides itself and the built script (e.g. the quick exit's destination).
 */
export async function openPage(browser, site, path, { csp = false, allowed = [], context: options = {} } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const policy = csp === true ? 'strict' : csp; // true, or a name from POLICIES
  const url = `${site.origin}/${path}${policy ? `${path.includes('?') ? '&' : '?'}csp=${policy}` : ''}`;
  const requests = [];
  const consoleErrors = [];
  const warnings = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const reportsBefore = site.reports.length;
  await page.goto(url);
  await page.waitForFunction(() => document.readyState === 'complete');
  // The banner and the checklist come in their own file, after the page's first paint: as a person
  // would, look once they are there (at most 5 s: some pages check what happens when they never come).
  if (!site.locales.partsMissing) {
    // (Functions, not strings: a string would be eval'd in the page, which Trusted Types forbid.)
    const defined = () => [...document.querySelectorAll('hotline-banner, signs-checklist, know-your-rights')].every((el) => customElements.get(el.localName));
    if (!(await page.evaluate(defined).catch(() => true))) {
      await page.waitForFunction(defined, null, { timeout: 5000 }).catch(() => {});
    }
    await page
      .evaluate(() => Promise.all([...document.querySelectorAll('hotline-banner, signs-checklist, know-your-rights')].map((el) => el.updateComplete?.catch(() => {}))))
      .catch(() => {});
  }

  /** Everything this page did that the widgets promise never to do. */
  async function problems() {
    const found = [];
    const script = `${site.origin}/dist/safety-widgets.js`;
    const pageUrl = url.split('#')[0];
    for (const request of requests) {
      // The harness's own: the browser's favicon look-up and CSP reports (counted below as violations).
      const harness = [`${site.origin}/favicon.ico`, `${site.origin}/csp-report`];
      // Our own files: the script, and the rest of the widgets beside it (with its version).
      const ours = request === script || /^\/dist\/(parts\/(widgets|rights)|locales\/[\w-]+)\.js(\?v=[\w.-]+)?$/.test(request.slice(site.origin.length));
      const ok = ours || [pageUrl, ...harness].includes(request) || allowed.some((a) => request.startsWith(a));
      if (!ok) found.push(`request: ${request}`);
    }
    for (const cookie of await context.cookies()) found.push(`cookie: ${cookie.name}`);
    if (page.url().startsWith(site.origin)) {
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        indexedDB: (await indexedDB.databases?.())?.map((db) => db.name) ?? [],
      }));
      for (const [where, keys] of Object.entries(stored)) for (const key of keys) found.push(`${where}: ${key}`);
    }
    for (const error of consoleErrors) found.push(`console error: ${error}`);
    await new Promise((r) => setTimeout(r, 200)); // CSP reports arrive on their own request
    for (const report of site.reports.slice(reportsBefore)) found.push(`CSP violation: ${report.slice(0, 300)}`);
    return found;
  }

  /** Globals the page has that a blank page of the same origin does not. */
  async function newGlobals() {
    const blank = await context.newPage();
    await blank.goto(`${site.origin}/blank.html`);
    const base = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
    await blank.close();
    return (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !base.has(name));
  }

  return { page, context, url, requests, warnings, consoleErrors, problems, newGlobals, close: () => context.close() };
}

/** For a test file: one browser and one site for all its tests, closed after. */
export function sharedBrowserAndSite(node) {
  const shared = {};
  node.before(async () => {
    shared.browser = await launch();
    shared.site = await startSite();
  });
  node.after(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
