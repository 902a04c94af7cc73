// The snippet builder (demo/configure.html), built into site/ by `npm run build:site`
// (here, in `before`), in Debian's Chromium: a partner fills it in, takes the code,
// and the code pasted into a blank page with the BUILT script gives widgets that
// do what was chosen. The builder keeps nothing and sends nothing, and shows the
// widgets' own warnings next to a wrong value. Each check is first seen to fail
// against a deliberately broken builder (pages/configure-broken.js).
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startDestination, STRICT_CSP } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (code) => JSON.parse(readFileSync(join(root, `src/i18n/locales/${code}.json`), 'utf8'));
const en = json('en');
const es = json('es');
const fr = json('fr');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

let browser;
let destination;
let server;
let origin;
let pasted; // a temp folder: the partner's pages, made of the copied code
const reports = []; // CSP violation reports
let pages = 0;

/**
 * The builder's static site at /, the built widgets at /dist/, pasted pages at
 * /paste/, the broken builder's script at /pages/configure-*. Every answer has a
 * strict Content-Security-Policy, but for `?broken=request` (whose request a
 * policy would stop before the check could see it).
 */
function serve() {
  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/csp-report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      return void res.writeHead(204).end();
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const path = normalize(decodeURIComponent(url.pathname));
    const file = path.startsWith('/dist/')
      ? join(root, path)
      : path.startsWith('/paste/')
        ? join(pasted, path.slice('/paste/'.length))
        : path.startsWith('/pages/configure-')
          ? join(root, 'tests/e2e', path)
          : join(root, 'site', path === '/' ? 'index.html' : path);
    try {
      let data = await readFile(file);
      const broken = url.searchParams.get('broken');
      if (broken && path === '/configure.html') data = String(data).replace('<head>', '<head>\n<script src="/pages/configure-broken.js"></script>');
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (!broken?.split(',').includes('request')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/safety-widgets.js')), 'run `npm run build` first: the pasted code uses the built script');
  // `npm run build:site`, with the sources as they are now (about 2 s).
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.site.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  pasted = await mkdtemp(join(tmpdir(), 'configure-'));
  server = serve();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  destination = await startDestination();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await destination?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (pasted) await rm(pasted, { recursive: true, force: true });
});

const contexts = new Set();
// A check that failed half-way leaves its profile open: closed here.
afterEach(async () => {
  for (const context of contexts) await context.close();
});

/** A fresh browser profile that can reach nothing but this machine (anything else is recorded, then aborted). */
async function newContext(options = {}) {
  const context = await browser.newContext(options);
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort(),
  );
  return context;
}

/** Opens a page and records its requests and console errors. */
async function open(context, path) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  reports.length = 0;
  await page.goto(`${origin}/${path}`);
  return { page, context, requests, errors };
}

async function openBuilder(context, query = '') {
  const view = await open(context, `configure.html${query}`);
  await view.page.locator('#hotline-list input').first().waitFor();
  return view;
}

/** What the builder must never do: keep anything, send anything anywhere but its own host, break its CSP, log an error. */
async function privacyProblems(view) {
  await new Promise((resolve) => setTimeout(resolve, 250)); // requests and reports still on their way
  const found = [];
  for (const request of view.requests) if (!request.startsWith(`${origin}/`)) found.push(`request: ${request}`);
  for (const cookie of await view.context.cookies()) found.push(`cookie: ${cookie.name}`);
  const stored = await view.page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: ((await indexedDB.databases?.()) ?? []).map((db) => db.name),
  }));
  for (const [where, keys] of Object.entries(stored)) for (const key of keys) found.push(`${where}: ${key}`);
  for (const error of view.errors) found.push(`console error: ${error}`);
  for (const report of reports) found.push(`CSP violation: ${report.slice(0, 200)}`);
  return found;
}

/** Presses Tab until the element with this id has the focus, as a keyboard user would. */
async function tabTo(page, id) {
  for (let i = 0; i < 250; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

const code = (page, id) => page.locator(`#${id}`).inputValue();

/** The copied code in a blank page of the partner's site, with the built script served from /dist/. */
async function paste({ head = '', body, lang = 'en' }) {
  const name = `page-${++pages}.html`;
  const use = (text) => text.replaceAll('https://YOUR-SITE/', '/dist/');
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A partner's page</title>
${use(head)}
</head>
<body>
<h1>A partner's page</h1>
${use(body)}
<p>The end of the page.</p>
</body>
</html>
`;
  await writeFile(join(pasted, name), html);
  return `paste/${name}`;
}

const hrefs = (page, selector) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const texts = (page, selector) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.textContent.trim().replace(/\s+/g, ' ')));
/** The pasted page's own requests: itself, the built files; the exit's destination once it leaves. */
const strayRequests = (view) =>
  view.requests.filter((r) => !r.startsWith(`${origin}/paste/`) && !/^\/dist\/(safety-widgets|parts\/(widgets|rights)|locales\/[\w-]+)\.js(\?v=[\w.-]+)?$/.test(r.slice(origin.length)) && !r.startsWith(destination.origin));

/** Where the quick exit's button is on screen. */
const exitBox = (page, selector = 'quick-exit') =>
  page.locator(selector).first().evaluate((exit) => {
    const box = exit.shadowRoot.querySelector('.bar').getBoundingClientRect();
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight };
  });

// ---------------------------------------------------------------------------
// Three configurations, each filled in, copied, pasted and used.

/** 1. By keyboard only: site-wide line, banner with the partner's own line and two hotlines, checklist, widgets fixed in Spanish, language menu. */
async function keyboardSiteWide(query = '') {
  const context = await newContext();
  const builder = await openBuilder(context, query);
  const { page } = builder;
  const name = 'Safe Futures <24h> & "Co"';
  await tabTo(page, 'w-checklist');
  await page.keyboard.press('Space');
  await tabTo(page, 'dest');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`${destination.origin}/away`);
  await tabTo(page, 'hotline-us-domestic-violence');
  await page.keyboard.press('Space');
  for (const [id, value] of [
    ['own-name', name],
    ['own-phone', '860.763.4542'],
    ['own-sms', '860.763.4542'],
    ['own-keyword', 'SAFE'],
    ['own-url', 'https://safefutures.example/'],
    ['own-hours', '24/7'],
  ]) {
    await tabTo(page, id);
    await page.keyboard.type(value);
  }
  await tabTo(page, 'lang');
  await page.keyboard.press('ArrowDown'); // English
  await page.keyboard.press('ArrowDown'); // Español
  assert.equal(await page.locator('#lang').inputValue(), 'es');
  await tabTo(page, 'language-menu');
  await page.keyboard.press('Space');

  const head = await code(page, 'code-head');
  const body = await code(page, 'code-page');
  assert.equal(head, `<script src="https://YOUR-SITE/safety-widgets.js" data-quick-exit="${destination.origin}/away"></script>`);
  // Attribute values escaped; fallback links as the widgets make them, in the chosen language.
  assert.match(body, /name="Safe Futures &lt;24h&gt; &amp; &quot;Co&quot;"/);
  assert.match(body, /<a href="tel:\+18883737888">Llamar al 1-888-373-7888<\/a>/);
  assert.match(body, /<a href="sms:233733\?&amp;body=HELP">/);
  assert.deepEqual(await privacyProblems(builder), []);
  await page.close();

  // The builder kept nothing (checked above): the partner's pages open in the same browser profile.
  const site = context;
  const view = await open(site, await paste({ head, body }));
  const { page: partner } = view;
  await partner.locator('hotline-banner a[part~="call"]').first().waitFor();
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="call"]'), ['tel:+18607634542', 'tel:+18883737888', 'tel:+18007997233']);
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="text"]'), ['sms:+18607634542?&body=SAFE', 'sms:233733?&body=HELP', 'sms:88788?&body=START']);
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="website"]'), ['https://safefutures.example/', 'https://humantraffickinghotline.org/', 'https://www.thehotline.org/']);
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="emergency-call"]'), ['tel:911']);
  assert.equal((await texts(partner, 'hotline-banner [part~="name"]'))[0], name);
  assert.equal((await texts(partner, 'hotline-banner a[part~="call"]'))[0], es.hotline.call.replace('{{number}}', '860-763-4542'));
  assert.equal(await partner.locator('hotline-banner select').count(), 1, 'language menu');
  assert.equal(await partner.locator('signs-checklist select').count(), 1, 'language menu');
  assert.ok((await texts(partner, 'signs-checklist [part~="intro"]'))[0].startsWith(es.signs.intro_other));
  // The site-wide exit: first in <body>, at the top of the screen, in the page's language.
  assert.equal(await partner.evaluate(() => document.body.firstElementChild.localName), 'quick-exit');
  const box = await exitBox(partner);
  assert.ok(box.top <= 16, `exit at the top: ${JSON.stringify(box)}`);
  assert.deepEqual(strayRequests(view), []);
  await partner.getByRole('button', { name: en.quickExit.label }).click();
  await partner.waitForURL(`${destination.origin}/away`);
  await site.close();
}

/** 2. Mouse, with the builder in Spanish: per page, exit at the bottom with Escape, card banner (UK), checklist about oneself, French, 999. */
async function spanishPerPage() {
  const context = await newContext();
  const builder = await openBuilder(context);
  const { page } = builder;
  await page.getByLabel('Español', { exact: true }).check();
  await page.getByRole('heading', { name: 'Prepare su código' }).waitFor();
  await page.getByLabel('Lista de señales', { exact: false }).check();
  await page.getByLabel('Solo en algunas páginas', { exact: false }).check();
  await page.getByLabel('Adónde lleva el botón de salida').fill(`${destination.origin}/salida`);
  await page.getByLabel('Fijo abajo en la pantalla').check();
  await page.getByLabel('Pulsar Esc dos veces').check();
  const hotlines = page.locator('#hotline-list');
  await hotlines.getByLabel(es.lines['us-trafficking'].name).uncheck();
  await hotlines.getByLabel(es.lines['uk-modern-slavery'].name).check();
  await page.getByLabel('Un recuadro', { exact: false }).check();
  await page.getByLabel('la vida de quien la lee').check();
  await page.getByLabel('Número de emergencias').fill('999');
  await page.getByLabel('Idioma', { exact: true }).selectOption('fr');
  assert.ok(await page.locator('#head-block').isHidden(), 'per page: one block holds everything');
  // The French words of the fallback arrive with fr.js.
  await page.waitForFunction(() => document.querySelector('#code-page').value.includes('Quitter ce site'));
  const body = await code(page, 'code-page');
  assert.match(body, /^<script src="https:\/\/YOUR-SITE\/safety-widgets\.js"><\/script>\n<script src="https:\/\/YOUR-SITE\/locales\/fr\.js"><\/script>\n<quick-exit /);
  assert.match(body, new RegExp(`<quick-exit href="${destination.origin}/salida" placement="bottom" shortcut="escape" lang="fr"><a href="${destination.origin}/salida" rel="noreferrer">Quitter ce site</a></quick-exit>`));
  assert.deepEqual(await privacyProblems(builder), []);
  await page.close();

  const url = await paste({ body });
  // Without JavaScript, the fallback content already gives the exit link and the numbers.
  const plain = await newContext({ javaScriptEnabled: false });
  const still = await open(plain, url);
  for (const selector of [`quick-exit > a[href="${destination.origin}/salida"]`, 'hotline-banner > p a[href="tel:+448000121700"]', 'hotline-banner > p a[href="tel:999"]', 'signs-checklist > p a[href="tel:+448000121700"]']) {
    assert.ok(await still.page.locator(selector).isVisible(), `${selector} shows without JavaScript`);
  }
  await plain.close();

  const site = context;
  const view = await open(site, url);
  const { page: partner } = view;
  const exit = partner.locator('quick-exit');
  await partner.getByRole('button', { name: fr.quickExit.label }).waitFor();
  assert.equal(await exit.getAttribute('placement'), 'bottom');
  const box = await exitBox(partner);
  assert.ok(box.height - box.bottom <= 16, `exit at the bottom: ${JSON.stringify(box)}`);
  await partner.locator('hotline-banner a[part~="call"]').first().waitFor();
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="call"]'), ['tel:+448000121700']);
  assert.deepEqual(await hrefs(partner, 'hotline-banner a[part~="emergency-call"]'), ['tel:999']);
  assert.equal((await texts(partner, 'hotline-banner a[part~="call"]'))[0], fr.hotline.call.replace('{{number}}', '08000 121 700'));
  assert.ok(await partner.locator('hotline-banner [part~="base"].card').count(), 'card');
  await partner.waitForFunction((intro) => document.querySelector('signs-checklist')?.shadowRoot?.querySelector('[part~="intro"]')?.textContent.trim().startsWith(intro), fr.signs.intro_self);
  await partner.locator('signs-checklist input[type="checkbox"]').first().check();
  assert.deepEqual(await hrefs(partner, 'signs-checklist [part~="guidance"] a[part~="call"]'), ['tel:+448000121700']);
  assert.deepEqual(strayRequests(view), []);
  await partner.locator('h1').click();
  await partner.keyboard.press('Escape');
  await partner.keyboard.press('Escape');
  await partner.waitForURL(`${destination.origin}/salida`);
  await site.close();
}

/** 3. The Copy buttons and the clipboard: site-wide exit and a checklist on a Spanish page, the page's own language, the file's address typed in. */
async function copiedCheckList(query = '') {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const builder = await openBuilder(context, query);
  const { page } = builder;
  await page.getByLabel('Hotline banner', { exact: false }).uncheck();
  await page.getByLabel('Signs checklist', { exact: false }).check();
  await page.getByLabel('Where the exit button goes').fill(`${destination.origin}/tres`);
  await page.locator('#hotline-list').getByLabel(en.lines['us-988'].name).check();
  await page.getByLabel('Address of safety-widgets.js').fill(`${origin}/dist/safety-widgets.js`);
  const copied = async (button) => {
    await page.getByRole('button', { name: button }).click();
    await page.locator('#copy-status').filter({ hasText: 'Copied' }).waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const head = await copied('Copy the header code');
  assert.equal(head, await code(page, 'code-head'));
  assert.equal(await page.locator('#copy-status').getAttribute('aria-live'), 'polite');
  const body = await copied('Copy the page code');
  assert.equal(body, await code(page, 'code-page'));
  assert.match(body, /<signs-checklist hotlines="us-trafficking us-988">\n {2}<p><strong>National Human Trafficking Hotline<\/strong>: <a href="tel:\+18883737888">Call 1-888-373-7888<\/a>/);
  const cdn = await copied('Copy the CDN line');
  assert.equal(cdn, `<script src="https://cdn.jsdelivr.net/npm/safety-widgets@${version}/dist/safety-widgets.js" integrity="sha384-PASTEtheVALUEfromINTEGRITYtxt" crossorigin="anonymous" data-quick-exit="${destination.origin}/tres"></script>`);
  assert.deepEqual(await privacyProblems(builder), []);
  await page.close();

  // The builder kept nothing (checked above): the partner's pages open in the same browser profile.
  const site = context;
  // The CDN line's placeholder is no hash, and the browser refuses the file until the real value is put in.
  const refused = await open(site, await paste({ head: cdn.replace(/src="[^"]*"/, 'src="/dist/safety-widgets.js"'), body: '' }));
  assert.equal(await refused.page.evaluate(() => typeof window.SafetyWidgets), 'undefined');
  assert.ok(refused.errors.some((error) => /integrity/.test(error)), JSON.stringify(refused.errors));
  await refused.page.close();
  const view = await open(site, await paste({ head, body, lang: 'es' }));
  const { page: partner } = view;
  await partner.getByRole('button', { name: es.quickExit.label }).waitFor();
  await partner.waitForFunction((intro) => document.querySelector('signs-checklist')?.shadowRoot?.querySelector('[part~="intro"]')?.textContent.trim().startsWith(intro), es.signs.intro_other);
  await partner.locator('signs-checklist input[type="checkbox"]').first().check();
  assert.deepEqual(await hrefs(partner, 'signs-checklist [part~="guidance"] a[part~="call"]'), ['tel:+18883737888', 'tel:988']);
  assert.deepEqual(await hrefs(partner, 'signs-checklist [part~="guidance"] a[part~="text"]'), ['sms:233733?&body=HELP', 'sms:988?&body=AYUDA']);
  assert.deepEqual(await hrefs(partner, 'signs-checklist [part~="guidance"] a[part~="emergency-call"]'), ['tel:911']);
  assert.equal(await partner.locator('hotline-banner').count(), 0);
  assert.ok((await exitBox(partner)).top <= 16);
  assert.deepEqual(strayRequests(view), []);
  await partner.getByRole('button', { name: es.quickExit.label }).click();
  await partner.waitForURL(`${destination.origin}/tres`);
  await site.close();
}

// ---------------------------------------------------------------------------
// Warnings next to the fields: the widgets' own, for what they refuse.

async function expectWarning(page, field, ...words) {
  const box = page.locator(`#${field}-warning`);
  await page.waitForFunction(([id, expected]) => {
    const element = document.getElementById(`${id}-warning`);
    return !element.hidden && expected.every((word) => element.textContent.includes(word));
  }, [field, words], { timeout: ['dest', 'emergency'].includes(field) ? 1500 : 4000 }); // (the own line's come once the preview has drawn)
  assert.ok(await box.isVisible(), `#${field}-warning shows`);
  const input = page.locator(`#${field}`);
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.ok((await input.getAttribute('aria-describedby')).split(' ').includes(`${field}-warning`));
}

async function expectNoWarning(page, field) {
  await page.waitForFunction((id) => document.getElementById(`${id}-warning`).hidden, field, { timeout: 3000 });
  assert.equal(await page.locator(`#${field}`).getAttribute('aria-invalid'), null);
}

async function warnings(query = '') {
  const context = await newContext({ viewport: { width: 320, height: 640 } });
  const builder = await openBuilder(context, query);
  const { page } = builder;
  const dest = page.getByLabel('Where the exit button goes');
  await dest.fill('javascript:alert(1)');
  await expectWarning(page, 'dest', 'The exit cannot go there', '<quick-exit> href="javascript:alert(1)" is not an http: or https: address; using https://www.google.com/.');
  const head = await code(page, 'code-head');
  assert.ok(!head.includes('javascript'), head);
  assert.ok(head.includes('data-quick-exit="https://www.google.com/"'), head);
  await dest.fill('www.example.org');
  await page.locator('#dest-warning').filter({ hasText: 'Read as https://www.example.org/.' }).waitFor();
  assert.equal(await dest.getAttribute('aria-invalid'), null, 'read as https: a note, not an error');
  assert.ok((await code(page, 'code-head')).includes('data-quick-exit="https://www.example.org/"'));
  await dest.fill('https://weather.example/');
  await expectNoWarning(page, 'dest');
  // The widgets warn once per value and page; the builder still shows it the second time.
  await dest.fill('javascript:alert(1)');
  await expectWarning(page, 'dest', '<quick-exit> href="javascript:alert(1)" is not an http: or https: address');

  const phone = page.getByLabel('Phone number');
  await phone.fill('call us');
  await expectWarning(page, 'own-phone', 'This is not a phone number', '<hotline-banner> phone="call us" is not a phone number');
  await phone.fill('860.763.4542');
  await expectNoWarning(page, 'own-phone');
  await phone.fill('call us');
  await expectWarning(page, 'own-phone', '<hotline-banner> phone="call us" is not a phone number');
  await page.getByLabel('Number that takes text messages').fill('911');
  await expectWarning(page, 'own-sms', '<hotline-banner> sms="911" is not a number that takes texts');
  await page.getByLabel('Website').fill('www.safefutures.example');
  await expectWarning(page, 'own-url', '<hotline-banner> url="www.safefutures.example" is not an https: address');
  await page.getByLabel('Emergency number').fill('help');
  await expectWarning(page, 'emergency', '<hotline-banner> emergency="help" is not a phone number; showing 911.');
  // Typed text is escaped in the code, never markup.
  await page.getByLabel('Name', { exact: true }).fill('<img src=x onerror=alert(1)>');
  assert.ok((await code(page, 'code-page')).includes('name="&lt;img src=x onerror=alert(1)&gt;"'));
  assert.ok(!(await code(page, 'code-page')).includes('<img'));
  // In Spanish, the same warnings in Spanish.
  await page.getByLabel('Español', { exact: true }).check();
  await expectWarning(page, 'dest', 'La salida no puede ir ahí', '<quick-exit> href="javascript:alert(1)"');
  await expectWarning(page, 'own-phone', 'Esto no es un número de teléfono', '<hotline-banner> phone="call us"');

  // 320 px wide: nothing wider than the screen, warnings and all.
  assert.deepEqual(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]), [320, 320]);
  // The preview's exit does not leave the builder.
  const before = page.url();
  await page.locator('#preview-area quick-exit').getByRole('button').click();
  await page.locator('#preview-status').filter({ hasText: 'https://www.google.com/' }).waitFor();
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(page.url(), before);
  assert.ok(await page.locator('#preview-area quick-exit').isVisible());
  assert.deepEqual(await privacyProblems(builder), []);
  // axe (WCAG 2.1 A and AA, and best practice), warnings showing, in Spanish, at 320 px. Run last: it is not the page's own code.
  const axe = join(root, 'node_modules/axe-core/axe.min.js');
  if (existsSync(axe)) {
    await page.evaluate(readFileSync(axe, 'utf8'));
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
    assert.deepEqual(violations, []);
  }
  await context.close();
}

/** 5. Know your rights alone (with the site-wide exit): two topics, for someone worried about a worker, headings of level 2, the partner's own line. */
async function knowYourRights() {
  const context = await newContext();
  const builder = await openBuilder(context);
  const { page } = builder;
  await page.locator('#w-banner').uncheck();
  await page.locator('#w-rights').check();
  assert.equal(await page.locator('#rights').isDisabled(), false, 'its step is on');
  assert.equal(await page.locator('#own').isDisabled(), false, 'the own line is asked for know-your-rights too');
  await page.locator('#topic-immigration').uncheck();
  await page.locator('#topic-safety').uncheck();
  await page.locator('#rights-other').check();
  await page.getByLabel('Heading level of the topics').selectOption('2');
  await page.locator('#own-name').fill('Safe Futures');
  await page.locator('#own-phone').fill('call us');
  // A wrong number gets the widget's own warning, from the preview's <know-your-rights>.
  await expectWarning(page, 'own-phone', '<know-your-rights> phone="call us"');
  await page.locator('#own-phone').fill('860.763.4542');
  await page.waitForFunction(() => document.querySelector('#code-page').value.includes('phone="860.763.4542"'));
  const head = await code(page, 'code-head');
  const body = await code(page, 'code-page');
  assert.match(body, /^<know-your-rights topics="work documents" perspective="other" heading-level="2" name="Safe Futures" phone="860\.763\.4542">\n/);
  for (const link of ['<a href="tel:+18607634542">Call 860-763-4542</a>', '<a href="tel:+18883737888">Call 1-888-373-7888</a>', '<a href="tel:+18664879243">Call 1-866-487-9243</a>', '<a href="tel:911">Call 911</a>']) {
    assert.ok(body.includes(link), `the fallback has ${link}`);
  }
  assert.doesNotMatch(body, /<hotline-banner|<signs-checklist/);
  // The live preview is the real widget, with the choices made.
  const preview = page.locator('#preview-area know-your-rights');
  await page.waitForFunction(() => document.querySelector('#preview-area know-your-rights')?.getAttribute('heading-level') === '2' && document.querySelector('#preview-area know-your-rights').shadowRoot?.querySelector('[role="heading"][aria-level="2"]'));
  assert.deepEqual(await texts(page, '#preview-area know-your-rights >> [role="heading"]'), ['Your rights at work', 'Your passport and ID', 'Who can help']);
  assert.equal(await preview.getAttribute('perspective'), 'other');
  assert.deepEqual(await privacyProblems(builder), []);
  await page.close();

  const url = await paste({ head, body });
  const plain = await newContext({ javaScriptEnabled: false });
  const still = await open(plain, url);
  for (const selector of ['know-your-rights > p a[href="tel:+18607634542"]', 'know-your-rights > p a[href="tel:+18883737888"]', 'know-your-rights > p a[href="tel:911"]']) {
    assert.ok(await still.page.locator(selector).isVisible(), `${selector} shows without JavaScript`);
  }
  await plain.close();

  const view = await open(context, url);
  const { page: partner } = view;
  await partner.locator('know-your-rights [role="heading"][aria-level="2"]').first().waitFor();
  assert.deepEqual(await texts(partner, 'know-your-rights >> [role="heading"]'), ['Your rights at work', 'Your passport and ID', 'Who can help']);
  assert.equal((await hrefs(partner, 'know-your-rights a[part~="call"]'))[0], 'tel:+18607634542', 'the partner’s line first');
  await partner.getByRole('button', { name: 'Your passport and ID' }).click();
  await partner.getByText('You have the right to keep your own passport and ID with you.').waitFor();
  assert.ok(view.requests.some((r) => r.startsWith(`${origin}/dist/parts/rights.js`)), 'parts/rights.js loaded');
  assert.deepEqual(strayRequests(view), []);
  await context.close();
}

describe('the snippet builder', () => {
  it('the built site has the builder, the demo and the built widget files, and no inline script or style', async () => {
    const html = readFileSync(join(root, 'site/configure.html'), 'utf8');
    for (const file of ['index.html', 'safety-widgets.js', 'parts/widgets.js', 'locales/fr.js']) assert.ok(existsSync(join(root, 'site', file)), file);
    assert.deepEqual(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), null, 'every script has a src');
    assert.deepEqual(html.match(/<style|\sstyle=|\son[a-z]+=/gi), null);
    assert.match(html, /<script type="module" crossorigin src="\.\/safety-widgets-configure-[\w-]+\.js"><\/script>/);
  });

  it('defines the widgets once: no second copy from parts/widgets.js, no warning', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const warnings = [];
    const requests = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/configure.html`);
    await page.waitForFunction(() => document.querySelector('#preview-area hotline-banner')?.shadowRoot?.querySelector('a[href^="tel:"]'));
    await page.waitForTimeout(1500); // the loader would ask after the first paint
    assert.deepEqual(requests.filter((path) => path.includes('/parts/')), []);
    assert.deepEqual(warnings, []);
    await context.close();
  });

  it('each check fails against a deliberately broken builder', async () => {
    for (const [modes, expected] of [
      ['storage,csp,warning', [/^local: typed$/, /^session: typed$/, /^cookie: typed$/, /^CSP violation/]],
      ['request', [/^request: http:\/\/tracker\.invalid\//]],
    ]) {
      const context = await newContext();
      const view = await openBuilder(context, `?broken=${modes}`);
      await view.page.getByLabel('Where the exit button goes').fill('javascript:alert(1)');
      if (modes.includes('warning')) await assert.rejects(expectWarning(view.page, 'dest', '<quick-exit> href="javascript:alert(1)"'), /Timeout/);
      const found = await privacyProblems(view);
      for (const problem of expected) assert.ok(found.some((seen) => problem.test(seen)), `${modes}: ${problem} in ${JSON.stringify(found)}`);
      await context.close();
    }
    await assert.rejects(copiedCheckList('?broken=code'), /tel:|us-988/);
  });

  it('by keyboard: the site-wide line, a banner with the partner’s own line, a checklist, fixed in Spanish', () => keyboardSiteWide());
  it('in Spanish, per page: the exit at the bottom with Escape, a UK card banner, a checklist about oneself, in French', () => spanishPerPage());
  it('Copy buttons: the clipboard holds the code; a checklist in the page’s own language', () => copiedCheckList());
  it('a wrong value shows the widget’s own warning next to its field; nothing is kept or sent; 320 px wide', () => warnings());
  it('know your rights: topics, who reads it, heading level and the partner’s line in the code, the preview and the pasted page', () => knowYourRights());
});
