// The plugin in a real WordPress (Debian's 6.1, MariaDB, Apache, PHP), driven in
// Debian's Chromium as partners and their visitors would: install the zip through
// Plugins → Add New → Upload, activate, set the settings on the settings page;
// then, in a block theme and a classic theme, the site-wide exit on every page and
// leaving without a Referer, widgets in posts written by an Author (shortcodes and
// blocks), the admin bar left uncovered, the editor's preview; nothing stored or
// sent about visitors; the settings refusing what the widgets would refuse; and
// Plugins → Delete leaving no option behind.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { writeFileSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWordPress } from './stack.mjs';
import { releaseZip } from './release.mjs';
import { submitLogin } from './login.mjs';
import { measure as covered } from '../e2e/covered.mjs';

const ADMIN = { user: 'admin', password: 'admin-password-1' };
const ADMIN_ES = { user: 'admin-es', password: 'admin-password-2' };
const AUTHOR = { user: 'author', password: 'author-password-3' };
const CONTRIBUTOR = { user: 'contributor', password: 'contributor-password-4' };
const PLUGIN_PATH = '/wp-content/plugins/safety-widgets/';

/** The quick exit's destination: another site (localhost is not 127.0.0.1), which records who asked and what it was told. */
async function startDestination() {
  const visits = [];
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    visits.push({ path: req.url, referer: req.headers.referer ?? null });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Weather</title><link rel="icon" href="data:,"><h1>Weather</h1>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${server.address().port}`, visits, close: () => new Promise((r) => server.close(r)) };
}

let wp;
let destination;
let browser;
const ids = {};
const zip = releaseZip();

/** Test instrument (not part of the plugin): during front-end views, refuses and records outgoing HTTP requests, and records options written. */
function privacyWatch(log) {
  return `<?php
function safety_widgets_test_front(): bool {
	$uri = $_SERVER['REQUEST_URI'] ?? '';
	return PHP_SAPI !== 'cli' && ! is_admin() && ! wp_doing_ajax() && ! wp_doing_cron() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST )
		&& ! str_contains( $uri, 'wp-login.php' ) && ! str_contains( $uri, 'rest_route=' ) && ! str_contains( $uri, '/wp-json/' );
}
function safety_widgets_test_record( string $what ): void {
	if ( ! safety_widgets_test_front() ) {
		return;
	}
	$ours = false;
	foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) {
		$ours = $ours || str_contains( $frame['file'] ?? '', '/plugins/safety-widgets/' );
	}
	file_put_contents( ${JSON.stringify(log)}, json_encode( array( 'what' => $what, 'page' => $_SERVER['REQUEST_URI'] ?? '', 'plugin' => $ours ) ) . "\\n", FILE_APPEND );
}
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
	safety_widgets_test_record( 'HTTP request to ' . $url );
	return safety_widgets_test_front() ? new WP_Error( 'safety_widgets_test', 'no requests from front-end views' ) : $pre;
}, 1, 3 );
foreach ( array( 'added_option', 'updated_option', 'deleted_option' ) as $safety_widgets_test_hook ) {
	add_action( $safety_widgets_test_hook, function ( $name ) use ( $safety_widgets_test_hook ) {
		safety_widgets_test_record( $safety_widgets_test_hook . ' ' . $name );
	} );
}
`;
}

/** What the privacy watch recorded since the last call. */
let privacySeen = 0;
function privacyRecords() {
  const lines = wp.log('privacy.log').split('\n').filter(Boolean);
  const fresh = lines.slice(privacySeen).map((line) => JSON.parse(line));
  privacySeen = lines.length;
  return fresh;
}

/** Each user's cookies after a first real login through wp-login.php, so later tests start logged in. */
const sessions = new Map();
async function login({ user, password }, viewport = { width: 1280, height: 900 }) {
  const known = sessions.get(user);
  const context = await browser.newContext({ viewport, storageState: known });
  const page = await context.newPage();
  if (!known) {
    await submitLogin(page, wp.origin, { user, password });
    sessions.set(user, await context.storageState());
  }
  return { context, page };
}

/** A visitor: no login. Records every request the page makes. */
async function visitor(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, requests, errors };
}

/**
 * Waits until every widget on the page has drawn itself: quick exits their button, banners their call links,
 * checklists their tick boxes. With `counts`, there must be exactly that many banners and checklists, and at least that many exits.
 */
async function widgetsDrawn(page, counts = null) {
  await page.waitForFunction(
    (counts) => {
      const all = (tag) => [...document.querySelectorAll(tag)];
      const q = all('quick-exit');
      const b = all('hotline-banner');
      const c = all('signs-checklist');
      const drawn =
        q.length >= (counts?.exits ?? 1) && q.every((el) => el.shadowRoot?.querySelector('button')) &&
        b.every((el) => el.shadowRoot?.querySelector('a[href^="tel:"]')) &&
        c.every((el) => el.shadowRoot?.querySelector('input[type="checkbox"]'));
      return drawn && (!counts || (b.length === counts.banners && c.length === counts.checklists));
    },
    counts,
    { timeout: 15000 },
  );
}

/** Every link in the widgets' shadow roots and in their fallback content, by widget (checklists: after a sign is ticked, when they show hotlines). */
async function widgetLinks(page) {
  const checklists = page.locator('signs-checklist');
  for (let i = 0; i < (await checklists.count()); i++) await checklists.nth(i).locator('input[type="checkbox"]').first().check();
  await page.waitForFunction(() => [...document.querySelectorAll('signs-checklist')].every((el) => el.shadowRoot.querySelector('a[href^="tel:"]')));
  return page.evaluate(() =>
    [...document.querySelectorAll('hotline-banner, signs-checklist')].map((el) => ({
      tag: el.localName,
      drawn: [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      fallback: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    })),
  );
}

const html = (path) => fetch(`${wp.origin}${path}`).then((response) => response.text());

/** The head's script tag for safety-widgets.js, the meta, and the site-wide exit's element, as the server sent them. */
function siteWideParts(text) {
  const head = text.slice(0, text.indexOf('</head>'));
  const script = head.match(/<script\b[^>]*\bsrc=["'][^"']*\/plugins\/safety-widgets\/widgets\/safety-widgets\.js[^"']*["'][^>]*>/)?.[0];
  const meta = head.match(/<meta name="quick-exit" content="([^"]*)">/);
  const body = text.slice(text.indexOf('<body'));
  const exit = body.match(/<quick-exit\b[^>]*class="safety-widgets-site-exit"[^>]*>/)?.[0];
  return { head, script, meta: meta?.[1], exit, metaBeforeScript: meta && script ? head.indexOf(meta[0]) < head.indexOf(script) : false };
}

before(async () => {
  destination = await startDestination();
  wp = await startWordPress();
  const log = join(wp.dir, 'privacy.log');
  writeFileSync(log, '');
  chmodSync(log, 0o666);
  writeFileSync(join(wp.content, 'mu-plugins', 'privacy-watch.php'), privacyWatch(log));
  // The Author writes in the classic editor (as on sites with the Classic Editor plugin); everyone else in the block editor.
  writeFileSync(
    join(wp.content, 'mu-plugins', 'classic-editor-for-the-author.php'),
    `<?php\nadd_filter( 'use_block_editor_for_post', fn ( $use ) => wp_get_current_user()->user_login === '${AUTHOR.user}' ? false : $use );\n`,
  );
  wp.php(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Safe Futures', '${ADMIN.user}', 'admin@example.org', true, '', '${ADMIN.password}' );
update_option( 'permalink_structure', '' );
foreach ( array( array( '${ADMIN_ES.user}', '${ADMIN_ES.password}', 'administrator', 'es_ES' ), array( '${AUTHOR.user}', '${AUTHOR.password}', 'author', '' ), array( '${CONTRIBUTOR.user}', '${CONTRIBUTOR.password}', 'contributor', '' ) ) as $u ) {
	wp_insert_user( array( 'user_login' => $u[0], 'user_pass' => $u[1], 'user_email' => $u[0] . '@example.org', 'role' => $u[2], 'locale' => $u[3] ) );
}`,
    { before: "define('WP_INSTALLING', true);" },
  );
  wp.giveBack();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await destination?.close();
  await wp?.stop();
});

describe('installing and setting up', () => {
  test('an administrator installs the zip through Plugins → Add New → Upload, and activates it', async () => {
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/plugin-install.php?tab=upload`);
      await page.setInputFiles('#pluginzip', zip.path);
      await Promise.all([page.waitForURL(/update\.php/), page.click('#install-plugin-submit')]);
      await page.getByText('Plugin installed successfully.').waitFor();
      await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
      await page.locator('#message').getByText('Plugin activated.').waitFor();
      assert.ok(existsSync(join(wp.content, 'plugins/safety-widgets/widgets/parts/widgets.js')), 'the built widgets are in the plugin folder');
      assert.deepEqual(wp.phpJson(`echo json_encode( get_option( 'active_plugins' ) );`), ['safety-widgets/safety-widgets.php']);
    } finally {
      await context.close();
    }
  });

  test('the settings page: Settings → Safety widgets saves what the administrator sets', async () => {
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/options-general.php?page=safety-widgets`);
      await page.getByRole('heading', { name: 'Safety widgets', level: 1 }).waitFor();
      await page.check('#safety-widgets-exit');
      await page.fill('#safety-widgets-exit-href', `${destination.origin}/exit`);
      await page.selectOption('#safety-widgets-exit-placement', 'top');
      await page.selectOption('#safety-widgets-exit-shortcut', 'shift');
      await page.check('input[value="us-trafficking"]');
      await page.check('input[value="us-domestic-violence"]');
      await page.fill('#safety-widgets-own-name', 'Safe Futures 24-hour hotline');
      await page.fill('#safety-widgets-own-phone', '860.763.4542');
      await page.fill('#safety-widgets-own-sms', '860-763-4542');
      await page.fill('#safety-widgets-own-keyword', 'SAFE');
      await page.fill('#safety-widgets-own-url', 'safefutures.example.org');
      await page.fill('#safety-widgets-own-hours', '24/7');
      await page.fill('#safety-widgets-emergency', '911');
      // On by default; unlocked here so that the Author's own lines below test how typed values are checked and escaped (hijack.test.mjs tests the lock).
      assert.equal(await page.isChecked('#safety-widgets-lock-lines'), true, 'hotline data locked by default');
      await page.uncheck('#safety-widgets-lock-lines');
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      await page.getByText('Settings saved.').waitFor();
      await page.getByText('it was saved as https://safefutures.example.org/').waitFor();
      const saved = wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`);
      assert.deepEqual(saved, {
        exit: true,
        exit_href: `${destination.origin}/exit`,
        exit_placement: 'top',
        exit_shortcut: 'shift',
        hotlines: ['us-trafficking', 'us-domestic-violence'],
        own_name: 'Safe Futures 24-hour hotline',
        own_phone: '860.763.4542',
        own_sms: '860-763-4542',
        own_keyword: 'SAFE',
        own_url: 'https://safefutures.example.org/',
        own_hours: '24/7',
        emergency: '911',
        language: '',
        lock_lines: false,
      });
    } finally {
      await context.close();
    }
  });

  test('the settings refuse, with a visible message, a javascript: or same-site destination and a phone that is no number; the saved values stay', async () => {
    const { context, page } = await login(ADMIN);
    const before = wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`);
    try {
      const tries = [
        ['#safety-widgets-exit-href', 'javascript:alert(document.cookie)', '#setting-error-exit_href', 'is not a web address the quick exit can go to'],
        ['#safety-widgets-exit-href', `${wp.origin}/about/`, '#setting-error-exit_href', 'is on your own site, so it is no exit'],
        ['#safety-widgets-own-phone', 'call us any time', '#setting-error-own_phone', 'is not a phone number'],
        ['#safety-widgets-emergency', 'nine one one', '#setting-error-emergency', 'is not a phone number'],
      ];
      for (const [field, value, notice, words] of tries) {
        await page.goto(`${wp.origin}/wp-admin/options-general.php?page=safety-widgets`);
        await page.fill(field, value);
        await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
        const message = page.locator(notice);
        await message.waitFor({ state: 'visible' });
        assert.match(await message.innerText(), new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${value}: the message says why`);
        assert.ok(await message.evaluate((el) => el.classList.contains('notice-error')), `${value}: shown as an error`);
        assert.deepEqual(wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`), before, `${value}: nothing saved`);
      }
    } finally {
      await context.close();
    }
  });

  test('the same checks in PHP: destinations, phone and text numbers, websites, emergency numbers, as the widgets read them', () => {
    const result = wp.phpJson(`
use function SafetyWidgets\\{destination, parse_phone, parse_sms, website, emergency, hotline_list, language};
$d = fn ( $v ) => destination( $v )[0];
$p = fn ( $v ) => parse_phone( $v )['href'] ?? null;
$s = fn ( $v ) => parse_sms( $v, 'SAFE' )['href'] ?? null;
echo json_encode( array(
	'destinations' => array_map( $d, array( 'https://www.google.com', 'www.google.com', 'weather.com/today', 'HTTP://Example.COM:8080/a?b#c', '//www.bbc.co.uk/news', 'javascript:alert(1)', 'data:text/html,x', 'about.html', '/contact', '${wp.origin}/', 'http://127.0.0.1/', 'https://sub.127.0.0.1.example/', 'https://user:pw@google.com/', 'https://exa mple.com', 'ftp://example.com/', 'https://google.com/"onmouseover="x' ) ),
	'phones' => array_map( $p, array( '860.763.4542', '1-888-373-7888', '(860) 763-4542 ext. 2', '+44 20 7946 0000', 'tel:+18883737888', '%2B18883737888', '911', '08000 121 700', 'call us', '12', '555-CALL', '+1 2', '860-763-4542 x 99' ) ),
	'sms' => array_map( $s, array( '233733', '860-763-4542', '911', '988', '860-763-4542 ext. 2' ) ),
	'websites' => array_map( fn ( $v ) => website( $v )[0], array( 'https://example.org', 'example.org/help', 'http://example.org/', 'javascript:alert(1)' ) ),
	'emergency' => array_map( 'SafetyWidgets\\\\emergency', array( '911', '999', 'none', 'NONE', '', 'nine one one' ) ),
	'hotlines' => hotline_list( 'us-988 nope us-trafficking us-988' ),
	'language' => array_map( 'SafetyWidgets\\\\language', array( 'es', 'es-MX', 'es_MX', 'zh-Hant', 'xx', '"><b>', '' ) ),
) );`);
    assert.deepEqual(result.destinations, [
      'https://www.google.com/', 'https://www.google.com/', 'https://weather.com/today', 'http://example.com:8080/a?b#c', 'https://www.bbc.co.uk/news',
      null, null, null, null, null, null, 'https://sub.127.0.0.1.example/', null, null, null, null,
    ]);
    assert.deepEqual(result.phones, [
      'tel:+18607634542', 'tel:+18883737888', 'tel:+18607634542;ext=2', 'tel:+442079460000', 'tel:+18883737888', 'tel:+18883737888', 'tel:911', 'tel:08000121700',
      null, null, null, null, 'tel:+18607634542;ext=99',
    ]);
    assert.deepEqual(result.sms, ['sms:233733?&body=SAFE', 'sms:+18607634542?&body=SAFE', null, 'sms:988?&body=SAFE', null]);
    assert.deepEqual(result.websites, ['https://example.org/', 'https://example.org/help', null, null]);
    assert.deepEqual(result.emergency, ['911', '999', 'none', 'none', null, null]);
    assert.deepEqual(result.hotlines, ['us-988', 'us-trafficking']);
    assert.deepEqual(result.language, ['es', 'es-MX', 'es-MX', 'zh-Hant', '', '', '']);
  });

  test('the settings page is for administrators only, needs its nonce, and speaks Spanish to a Spanish-speaking administrator', async () => {
    const author = await login(AUTHOR);
    try {
      const response = await author.page.goto(`${wp.origin}/wp-admin/options-general.php?page=safety-widgets`);
      assert.equal(response.status(), 403);
      assert.match(await author.page.content(), /not allowed/);
    } finally {
      await author.context.close();
    }
    const admin = await login(ADMIN);
    try {
      const before = wp.log('privacy.log');
      const saved = wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`);
      const response = await admin.page.request.post(`${wp.origin}/wp-admin/options.php`, {
        form: { option_page: 'safety_widgets', action: 'update', _wpnonce: 'not-the-nonce', 'safety_widgets_settings[exit_href]': 'https://elsewhere.example/' },
      });
      assert.match(await response.text(), /link you followed has expired/);
      assert.deepEqual(wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`), saved);
      assert.equal(wp.log('privacy.log'), before);
    } finally {
      await admin.context.close();
    }
    const spanish = await login(ADMIN_ES);
    try {
      await spanish.page.goto(`${wp.origin}/wp-admin/options-general.php?page=safety-widgets`);
      await spanish.page.getByRole('heading', { name: 'Widgets de seguridad', level: 1 }).waitFor();
      await spanish.page.getByRole('heading', { name: 'Salida rápida en todas las páginas' }).waitFor();
      await spanish.page.getByText('Mostrar un botón de salida rápida en todas las páginas de este sitio').waitFor();
      await spanish.page.getByText('Este plugin no guarda nada sobre tus visitantes').waitFor();
    } finally {
      await spanish.context.close();
    }
  });

  test('an Author and a Contributor write posts with shortcodes and blocks (WordPress filters their HTML as it does for them)', () => {
    const made = wp.phpJson(`
$as = function ( string $login, array $post ) {
	wp_set_current_user( get_user_by( 'login', $login )->ID );
	$id = wp_insert_post( $post + array( 'post_status' => 'publish' ), true );
	wp_set_current_user( 0 );
	return $id;
};
$shortcodes = '<p>Written by an author, with shortcodes.</p>
[hotline_banner]

<p>In a paragraph: [hotline_banner hotlines="us-988" name="" variant="compact" emergency="none"] and more words.</p>

[signs_checklist perspective="self" categories="work control" heading-level="2"]

[quick_exit placement="inline" href="https://weather.example/" label="Leave now"]

[hotline_banner hotlines="none" name=\\'Safe " onmouseover="window.__attack=1" x="\\' hours=\\'"><img src=x onerror="window.__attack=2">\\' phone="javascript:alert(1)" url="javascript:alert(2)" lang=\\'"><script>window.__attack=3</script>\\']

<hotline-banner phone="555-0100">raw element</hotline-banner>
<script>window.__attack = 4;</script>';
$blocks = '<!-- wp:paragraph --><p>Written by an author, with blocks.</p><!-- /wp:paragraph -->

<!-- wp:safety-widgets/hotline-banner {"hotlines":"us-trafficking us-native","name":"Safe Futures","phone":"860.763.4542","variant":"card"} /-->

<!-- wp:safety-widgets/signs-checklist {"perspective":"other","headingLevel":"2"} /-->

<!-- wp:safety-widgets/quick-exit {"placement":"inline","href":"https://weather.example/"} /-->

<!-- wp:html --><hotline-banner>raw element</hotline-banner><!-- /wp:html -->';
$ids = array(
	'shortcodes'  => $as( '${AUTHOR.user}', array( 'post_title' => 'Shortcodes', 'post_content' => $shortcodes ) ),
	'blocks'      => $as( '${AUTHOR.user}', array( 'post_title' => 'Blocks', 'post_content' => $blocks ) ),
	'contributor' => $as( '${CONTRIBUTOR.user}', array( 'post_title' => 'From a contributor', 'post_content' => "[hotline_banner]\\n\\n<hotline-banner>raw</hotline-banner>", 'post_status' => 'pending' ) ),
);
wp_publish_post( $ids['contributor'] );
$ids['blank'] = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Blank template', 'post_content' => '<!-- wp:paragraph --><p>A page on the Blank template.</p><!-- /wp:paragraph -->', 'post_status' => 'publish', 'post_author' => 1, 'page_template' => 'blank' ) );
$ids['plain'] = wp_insert_post( array( 'post_title' => 'No widgets', 'post_content' => 'Nothing here.', 'post_status' => 'publish', 'post_author' => 1 ) );
$ids['stored'] = array( 'shortcodes' => get_post( $ids['shortcodes'] )->post_content, 'blocks' => get_post( $ids['blocks'] )->post_content, 'contributor' => get_post( $ids['contributor'] )->post_content );
echo json_encode( $ids );`);
    Object.assign(ids, made);
    // kses ran: the raw elements and the script are gone; the shortcodes and block comments are intact.
    for (const key of ['shortcodes', 'blocks', 'contributor']) assert.doesNotMatch(made.stored[key], /<hotline-banner|<script/, `${key}: WordPress removed the raw HTML`);
    assert.match(made.stored.shortcodes, /\[hotline_banner\]/);
    assert.match(made.stored.blocks, /<!-- wp:safety-widgets\/hotline-banner \{"hotlines":"us-trafficking us-native"/);
  });
});

describe('the classic editor', () => {
  test('an Author writes shortcodes in the classic editor and publishes: the widgets work, the raw HTML is removed', async () => {
    const { context, page } = await login(AUTHOR);
    try {
      await page.goto(`${wp.origin}/wp-admin/post-new.php`);
      await page.fill('#title', 'Written in the classic editor');
      await page.click('#content-html');
      await page.fill('#content', '[hotline_banner variant="card"]\n\n[signs_checklist]\n\n<hotline-banner phone="555-0100">raw</hotline-banner><quick-exit href="https://weather.example/">raw</quick-exit>');
      await Promise.all([page.waitForURL(/message=6/), page.click('#publish')]);
      await page.getByText('Post published.').waitFor();
      const id = new URL(page.url()).searchParams.get('post');
      const stored = wp.phpJson(`echo json_encode( get_post( ${Number(id)} )->post_content );`);
      assert.doesNotMatch(stored, /<hotline-banner|<quick-exit/, 'WordPress removed the raw elements (the Author has no unfiltered_html)');
      const reader = await visitor();
      try {
        await reader.page.goto(`${wp.origin}/?p=${id}`);
        await widgetsDrawn(reader.page, { banners: 1, checklists: 1, exits: 1 });
      } finally {
        await reader.context.close();
      }
    } finally {
      await context.close();
    }
  });

  test('a language fixed in the settings reaches every widget, fallback content included', async () => {
    wp.php(`$s = get_option( 'safety_widgets_settings' ); $s['language'] = 'es'; update_option( 'safety_widgets_settings', $s );`);
    try {
      const text = await html(`/?p=${ids.shortcodes}`);
      assert.match(text, /<hotline-banner[^>]* lang="es"[^>]*><strong>Safe Futures 24-hour hotline<\/strong>: <a href="tel:\+18607634542">Llamar al 860-763-4542<\/a>/);
      assert.match(text, /<quick-exit[^>]*class="safety-widgets-site-exit"[^>]*lang="es"|<quick-exit[^>]*lang="es"[^>]*class="safety-widgets-site-exit"/);
      assert.match(text, /Salir de este sitio<\/a><\/quick-exit>/);
      const { context, page } = await visitor();
      try {
        await page.goto(`${wp.origin}/?p=${ids.shortcodes}`);
        await widgetsDrawn(page, { banners: 3, checklists: 1, exits: 2 });
        await page.waitForFunction(() => document.querySelector('hotline-banner').shadowRoot.textContent.includes('Llamar'));
        assert.equal(await page.locator('quick-exit.safety-widgets-site-exit button').innerText(), 'Salir de este sitio');
      } finally {
        await context.close();
      }
    } finally {
      wp.php(`$s = get_option( 'safety_widgets_settings' ); $s['language'] = ''; update_option( 'safety_widgets_settings', $s );`);
      privacyRecords();
    }
  });
});

/** The checks on one theme's front end. */
function frontEnd(theme) {
  describe(`front end, ${theme}`, () => {
    before(async () => {
      wp.php(`switch_theme( '${theme}' ); update_option( 'theme_switched', false );`);
      // WordPress itself stores a new theme's settings on its first page view: not the plugin's doing, and not about a visitor.
      await html('/');
      privacyRecords();
    });

    test('the site-wide exit is on every page: script in the head (not deferred), marked for optimisers, destination in a meta and on the tag, the exit at the start of the body', async () => {
      const pages = ['/', `/?p=${ids.plain}`, `/?p=${ids.shortcodes}`, `/?page_id=${ids.blank}`, '/?s=help', '/?p=999999'];
      for (const path of pages) {
        const parts = siteWideParts(await html(path));
        assert.ok(parts.script, `${path}: safety-widgets.js in the head`);
        assert.doesNotMatch(parts.script, /\s(defer|async)[\s=>]/, `${path}: not deferred`);
        for (const mark of ['data-no-optimize="1"', 'data-no-minify="1"', 'data-no-defer="1"', 'data-cfasync="false"', 'nowprocket', 'data-jetpack-boost="ignore"']) {
          assert.ok(parts.script.includes(mark), `${path}: the tag has ${mark}`);
        }
        assert.ok(parts.script.indexOf('data-cfasync') < parts.script.indexOf(' src='), `${path}: data-cfasync before src (Rocket Loader reads it only there)`);
        assert.ok(parts.script.includes(`data-quick-exit="${destination.origin}/exit"`), `${path}: data-quick-exit`);
        assert.equal(parts.meta, `${destination.origin}/exit`, `${path}: <meta name="quick-exit">`);
        assert.ok(parts.metaBeforeScript, `${path}: the meta comes before the script`);
        assert.ok(parts.exit, `${path}: the exit element in the body`);
        assert.match(parts.exit, /placement="top"/);
        assert.match(parts.exit, /shortcut="shift"/);
      }
    });

    test('a visitor’s quick exit leaves for the destination, which is told nothing of where the visitor came from', async () => {
      const { context, page, requests, errors } = await visitor();
      try {
        await page.goto(`${wp.origin}/?page_id=${ids.blank}`);
        await widgetsDrawn(page);
        const before = destination.visits.length;
        await page.locator('quick-exit.safety-widgets-site-exit button').click();
        await page.waitForURL(`${destination.origin}/exit`);
        assert.deepEqual(destination.visits.slice(before), [{ path: '/exit', referer: null }]);
        assert.deepEqual(errors, []);
        assert.ok(requests.some((url) => url.includes(`${PLUGIN_PATH}widgets/safety-widgets.js`)));
      } finally {
        await context.close();
      }
    });

    test('posts by an Author (shortcodes, blocks) and a Contributor show working widgets; nothing the Author wrote runs as code', async () => {
      const { context, page, requests, errors } = await visitor();
      try {
        for (const [key, counts] of [
          ['shortcodes', { banners: 3, checklists: 1, exits: 2 }],
          ['blocks', { banners: 1, checklists: 1, exits: 2 }],
          ['contributor', { banners: 1, checklists: 0, exits: 1 }],
        ]) {
          await page.goto(`${wp.origin}/?p=${ids[key]}`);
          await widgetsDrawn(page, counts);
          const links = await widgetLinks(page);
          for (const widget of links) {
            assert.ok(widget.drawn.some((href) => href.startsWith('tel:')), `${key}: a ${widget.tag} has call links in its shadow root`);
            for (const href of widget.fallback) assert.ok(widget.drawn.includes(href), `${key}: the fallback link ${href} is also one the widget draws`);
            for (const href of [...widget.drawn, ...widget.fallback]) assert.match(href, /^(tel:|sms:|https:)/, `${key}: ${href}`);
          }
          assert.equal(await page.evaluate(() => window.__attack), undefined, `${key}: no injected code ran`);
          assert.equal(await page.locator('img[src="x"], [onmouseover], [onerror]').count(), 0, `${key}: no injected element or attribute`);
          if (key === 'shortcodes') {
            const names = await page.locator('hotline-banner').evaluateAll((els) => els.map((el) => el.getAttribute('name')));
            assert.ok(names.includes('Safe " onmouseover="window.__attack=1" x="'), 'the name comes through as the text it is');
          }
        }
        await page.goto(`${wp.origin}/?p=${ids.shortcodes}`);
        await widgetsDrawn(page, { banners: 3, checklists: 1, exits: 2 });
        const first = await widgetLinks(page);
        assert.deepEqual(first[0].drawn.filter((h) => h.startsWith('tel:+1')).slice(0, 3), ['tel:+18607634542', 'tel:+18883737888', 'tel:+18007997233'], 'the settings’ own line, then the chosen hotlines');
        assert.ok(first[0].drawn.includes('sms:+18607634542?&body=SAFE'), 'the own line’s text link with its keyword');
        // The Author's own address is not used: while the site-wide exit is on, an Author's exit goes to the site's destination (issue 20).
        assert.equal(await page.locator('quick-exit[label="Leave now"]').getAttribute('href'), `${destination.origin}/exit`);
        assert.deepEqual(errors, []);
        assert.ok(requests.some((url) => url.startsWith(`${wp.origin}${PLUGIN_PATH}widgets/parts/widgets.js`)), 'parts/widgets.js came from the plugin folder');
      } finally {
        await context.close();
      }
    });

    test('nothing about visitors is stored or sent: no requests to other sites, no cookies, no storage, no option written, no HTTP request from PHP', async () => {
      const { context, page, requests } = await visitor();
      try {
        for (const path of ['/', `/?p=${ids.shortcodes}`, `/?p=${ids.blocks}`, `/?page_id=${ids.blank}`]) {
          await page.goto(`${wp.origin}${path}`);
          await widgetsDrawn(page);
          if (await page.locator('signs-checklist').count()) await page.locator('signs-checklist input[type="checkbox"]').first().check();
          const stored = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, db: (await indexedDB.databases()).length }));
          assert.deepEqual(stored, { local: 0, session: 0, db: 0 }, `${path}: browser storage`);
        }
        assert.deepEqual(await context.cookies(), [], 'cookies');
        assert.deepEqual(requests.filter((url) => !url.startsWith(`${wp.origin}/`)), [], 'requests to other sites');
        const ours = requests.filter((url) => url.includes(PLUGIN_PATH)).map((url) => new URL(url).pathname.slice(PLUGIN_PATH.length));
        for (const path of ours) assert.match(path, /^widgets\/(safety-widgets|parts\/widgets|locales\/[\w-]+)\.js$/, 'only the widgets’ own files');
        assert.deepEqual(privacyRecords(), [], 'options written or HTTP requests made while serving these pages');
        assert.doesNotMatch(wp.log('debug.log'), /plugins\/safety-widgets\//, 'no PHP warning or notice from the plugin');
      } finally {
        await context.close();
      }
    });

    test('the site-wide exit covers no link, button or field of the theme (with a menu), at the top and scrolled, 320 to 1280 px; a tap on the theme’s Menu button opens the menu', async () => {
      // A menu in the theme's primary place, as a partner's site has (Twenty Twenty-One then shows its Menu button on phones).
      wp.php(`$menu = wp_get_nav_menu_object( 'Main' ) ?: wp_get_nav_menu_object( wp_create_nav_menu( 'Main' ) );
        if ( ! wp_get_nav_menu_items( $menu->term_id ) ) {
          foreach ( array( 'Get help', 'About us', 'Contact' ) as $title ) wp_update_nav_menu_item( $menu->term_id, 0, array( 'menu-item-title' => $title, 'menu-item-url' => home_url( '/#' . sanitize_title( $title ) ), 'menu-item-status' => 'publish' ) );
        }
        set_theme_mod( 'nav_menu_locations', array( 'primary' => $menu->term_id ) );`);
      const { context, page } = await visitor();
      try {
        for (const width of [320, 390, 768, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${wp.origin}/?p=${ids.plain}`);
          await widgetsDrawn(page);
          await page.waitForTimeout(300);
          const top = await page.evaluate(covered);
          assert.deepEqual(top.covered, [], `${width}px, at the top: ${JSON.stringify(top)}`);
          assert.ok(top.reachable, `${width}px: the exit can be pressed`);
          await page.evaluate(() => window.scrollTo(0, 600));
          await page.waitForTimeout(300);
          const down = await page.evaluate(covered);
          assert.deepEqual(down.covered, [], `${width}px, scrolled: ${JSON.stringify(down)}`);
        }
        if (theme === 'twentytwentyone') {
          await page.setViewportSize({ width: 390, height: 800 });
          await page.goto(`${wp.origin}/?p=${ids.plain}`);
          await widgetsDrawn(page);
          await page.waitForTimeout(300);
          const visits = destination.visits.length;
          await page.locator('#primary-mobile-menu').click();
          await page.waitForTimeout(300);
          assert.equal(await page.locator('#primary-mobile-menu').getAttribute('aria-expanded'), 'true', 'the menu opened');
          assert.equal(destination.visits.length, visits, 'the tap did not leave the site');
        }
      } finally {
        await context.close();
      }
    });

    test('a logged-in administrator’s admin bar is not covered by the exit, wide and narrow', async () => {
      const { context, page } = await login(ADMIN);
      try {
        for (const viewport of [{ width: 1280, height: 800 }, { width: 700, height: 800 }, { width: 400, height: 800 }]) {
          await page.setViewportSize(viewport);
          await page.goto(`${wp.origin}/?p=${ids.shortcodes}`);
          await widgetsDrawn(page, { banners: 3, checklists: 1, exits: 2 });
          const button = page.locator('quick-exit.safety-widgets-site-exit button');
          const measure = async () => {
            await page.waitForTimeout(150);
            const bar = await page.locator('#wpadminbar').boundingBox();
            const box = await button.boundingBox();
            return { bar, box };
          };
          let { bar, box } = await measure();
          assert.ok(bar && bar.height >= 30, `${viewport.width}px: the admin bar shows`);
          assert.ok(box.y >= bar.y + bar.height - 0.5, `${viewport.width}px: the exit (top ${box.y}) is below the admin bar (bottom ${bar.y + bar.height})`);
          assert.ok(box.y + box.height <= viewport.height, `${viewport.width}px: the exit is on screen`);
          if (viewport.width < 600) {
            // There the admin bar scrolls away with the page; the exit follows it up and stays on screen.
            await page.mouse.wheel(0, 400);
            ({ bar, box } = await measure());
            assert.ok(box.y >= Math.max(0, bar.y + bar.height) - 0.5 && box.y >= 0, `${viewport.width}px, scrolled: exit at ${box.y}, bar bottom ${bar.y + bar.height}`);
          }
        }
      } finally {
        await context.close();
      }
    });
  });
}

frontEnd('twentytwentythree');
frontEnd('twentytwentyone');

/** Waits until every <know-your-rights> on the page has drawn its topics' headings. */
async function rightsDrawn(page, count) {
  await page.waitForFunction(
    (count) => {
      const all = [...document.querySelectorAll('know-your-rights')];
      return all.length === count && all.every((el) => el.shadowRoot?.querySelector('[role="heading"] button'));
    },
    count,
    { timeout: 15000 },
  );
}

/** Each <know-your-rights>: its headings (level, words), its links drawn and in its fallback content. */
const rightsOn = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('know-your-rights')].map((el) => ({
      headings: [...el.shadowRoot.querySelectorAll('[role="heading"]')].map((h) => `h${h.getAttribute('aria-level')} ${h.textContent.trim()}`),
      drawn: [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      fallback: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
    })),
  );

describe('know your rights', () => {
  before(() => {
    Object.assign(
      ids,
      wp.phpJson(`
$as = function ( string $login, array $post ) {
	wp_set_current_user( get_user_by( 'login', $login )->ID );
	$id = wp_insert_post( $post + array( 'post_status' => 'publish' ), true );
	wp_set_current_user( 0 );
	return $id;
};
echo json_encode( array(
	'rights' => $as( '${ADMIN.user}', array( 'post_title' => 'Your rights', 'post_content' => '<!-- wp:paragraph --><p>Know your rights.</p><!-- /wp:paragraph -->

<!-- wp:shortcode -->[know_your_rights topics="work documents nope" perspective="other" heading_level="2" name="Partner shelter" phone="1-800-555-0100"]<!-- /wp:shortcode -->

<!-- wp:safety-widgets/know-your-rights {"topics":"safety","headingLevel":"4","lang":"es"} /-->' ) ),
	'rightsAuthor' => $as( '${AUTHOR.user}', array( 'post_title' => 'Rights by an author', 'post_content' => '[know_your_rights name=\\'Safe " onmouseover="window.__attack=5" x="\\' phone="javascript:alert(1)" url="javascript:alert(2)" sms="javascript:alert(3)" topics=\\'"><script>window.__attack=6</script>\\' heading-level="9" perspective="evil" lang=\\'"><b>\\']' ) ),
) );`),
    );
  });

  test('an administrator’s [know_your_rights] and Know your rights block: the page sends the element with its attributes and help inside it, loads parts/rights.js and draws the topics under the right headings', async () => {
    const text = await html(`/?p=${ids.rights}`);
    // The shortcode: its own topics (the unknown one dropped), perspective, level and line; the settings' line is replaced.
    assert.match(text, /<know-your-rights topics="work documents" perspective="other" heading-level="2" name="Partner shelter" phone="1-800-555-0100"><strong>Know your rights<\/strong><br>Everyone who works in the United States has rights/);
    // The block: the settings' own line, in Spanish, fallback included.
    assert.match(text, /<know-your-rights topics="safety" heading-level="4" name="Safe Futures 24-hour hotline" phone="860\.763\.4542" sms="860-763-4542" sms-keyword="SAFE" url="https:\/\/safefutures\.example\.org\/" hours="24\/7" lang="es"><strong>Conozca sus derechos<\/strong>/);
    assert.match(text, /<a href="tel:\+18005550100">Call 1-800-555-0100<\/a>/);
    assert.match(text, /<a href="tel:\+18664879243">Llamar al 1-866-487-9243<\/a>/);
    const { context, page, requests, errors } = await visitor();
    try {
      await page.goto(`${wp.origin}/?p=${ids.rights}`);
      await rightsDrawn(page, 2);
      assert.ok(requests.some((url) => url.startsWith(`${wp.origin}${PLUGIN_PATH}widgets/parts/rights.js`)), 'parts/rights.js came from the plugin folder');
      const [english, spanish] = await rightsOn(page);
      assert.deepEqual(english.headings, ['h2 Your rights at work', 'h2 Your passport and ID', 'h2 Who can help']);
      assert.match(english.text, /The facts below speak to the worker/, 'perspective="other"');
      assert.deepEqual(spanish.headings, ['h4 Cómo protegerse', 'h4 Quién puede ayudar']);
      for (const widget of [english, spanish]) {
        assert.ok(widget.drawn.includes('tel:+18883737888') && widget.drawn.includes('tel:911'), 'the hotline and 911');
        for (const href of widget.fallback) assert.ok(widget.drawn.includes(href), `the fallback link ${href} is also one the widget draws`);
      }
      assert.equal(english.drawn.find((href) => href.startsWith('tel:+1')), 'tel:+18005550100', 'the shortcode’s own line first');
      assert.equal(spanish.drawn.find((href) => href.startsWith('tel:+1')), 'tel:+18607634542', 'the block: the settings’ own line first');
      // A person opens a topic: its facts show.
      const toggle = page.locator('know-your-rights').first().getByRole('button', { name: 'Your rights at work' });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.locator('know-your-rights').first().getByText('The federal minimum is $7.25 an hour').waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
    // Without JavaScript the same page still offers help.
    const off = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await off.newPage();
      await page.goto(`${wp.origin}/?p=${ids.rights}`);
      await page.getByText('Everyone who works in the United States has rights').waitFor();
      assert.ok(await page.getByRole('link', { name: 'Call 1-888-373-7888' }).first().isVisible(), 'the hotline’s call link');
      assert.ok(await page.getByRole('link', { name: 'Call 911' }).first().isVisible(), '911');
    } finally {
      await off.close();
    }
    assert.doesNotMatch(wp.log('debug.log'), /plugins\/safety-widgets\//, 'no PHP warning or notice from the plugin');
  });

  test('an Author’s hostile [know_your_rights] attributes are refused or shown as plain text; nothing runs', async () => {
    const text = await html(`/?p=${ids.rightsAuthor}`);
    const element = text.match(/<know-your-rights\b[\s\S]*?<\/know-your-rights>/)?.[0];
    assert.ok(element, 'the element is in the page');
    assert.doesNotMatch(element, /href="javascript|url=|sms=|topics=|heading-level=|perspective=|lang=|<script|<b>/, element);
    assert.match(element, /name="Safe &quot; onmouseover=&quot;window.__attack=5&quot; x=&quot;"/);
    const { context, page, errors } = await visitor();
    try {
      await page.goto(`${wp.origin}/?p=${ids.rightsAuthor}`);
      await rightsDrawn(page, 1);
      const [widget] = await rightsOn(page);
      for (const href of [...widget.drawn, ...widget.fallback]) assert.match(href, /^(tel:|sms:|https:)/, href);
      assert.deepEqual(widget.headings.map((h) => h.slice(0, 2)), ['h3', 'h3', 'h3', 'h3', 'h3'], 'all four topics and “Who can help”, at the default level');
      assert.equal(await page.evaluate(() => window.__attack), undefined, 'no injected code ran');
      assert.equal(await page.locator('[onmouseover]').count(), 0, 'no injected attribute');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the block editor’s preview of a Know your rights block is the real widget', async () => {
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/post.php?post=${ids.rights}&action=edit`);
      let editor = null;
      for (let i = 0; i < 150 && !editor; i++) {
        for (const f of page.frames()) if (await f.locator('know-your-rights').count()) editor = f;
        if (!editor) await page.waitForTimeout(100);
      }
      assert.ok(editor, 'the editor shows the block');
      await editor.waitForFunction(() => document.querySelector('know-your-rights')?.shadowRoot?.querySelector('[role="heading"][aria-level="4"] button'), null, { timeout: 15000 });
    } finally {
      await context.close();
    }
  });
});

describe('the editor and the pages that need the script', () => {
  test('the block editor’s preview is the real widget, and its quick exit cannot take the author away', async () => {
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/post.php?post=${ids.blocks}&action=edit`);
      const frame = async () => {
        for (const f of page.frames()) if (await f.locator('hotline-banner').count()) return f;
        return null;
      };
      let editor;
      for (let i = 0; i < 150 && !(editor = await frame()); i++) await page.waitForTimeout(100);
      assert.ok(editor, 'the editor shows the banner block');
      await editor.waitForFunction(() => document.querySelector('hotline-banner')?.shadowRoot?.querySelector('a[href="tel:+18883737888"]'), null, { timeout: 15000 });
      await editor.waitForFunction(() => document.querySelector('signs-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]'), null, { timeout: 15000 });
      await editor.waitForFunction(() => document.querySelector('quick-exit')?.shadowRoot?.querySelector('button'), null, { timeout: 15000 });
      assert.equal(await editor.locator('quick-exit').first().getAttribute('shortcut'), 'none');
      assert.equal(await editor.locator('quick-exit').first().getAttribute('placement'), 'inline');
      assert.equal(await page.locator('meta[name="quick-exit"], script[data-quick-exit]').count(), 0, 'no site-wide exit in the editor');
      const visits = destination.visits.length;
      await editor.evaluate(() => document.querySelector('quick-exit').shadowRoot.querySelector('button').click());
      await page.waitForTimeout(800);
      assert.match(page.url(), /post\.php/);
      assert.equal(destination.visits.length, visits);
    } finally {
      await context.close();
    }
  });

  test('with the site-wide exit off, the script loads only on pages with a widget', async () => {
    wp.php(`$s = get_option( 'safety_widgets_settings' ); $s['exit'] = false; update_option( 'safety_widgets_settings', $s );`);
    privacyRecords();
    const plain = siteWideParts(await html(`/?p=${ids.plain}`));
    assert.equal(plain.script, undefined, 'no script on a page without widgets');
    assert.equal(plain.meta, undefined);
    assert.equal(plain.exit, undefined);
    const rights = siteWideParts(await html(`/?p=${ids.rights}`));
    assert.ok(rights.script, 'a page with only know-your-rights widgets gets the script');
    const home = await html('/?p=' + ids.plain);
    assert.doesNotMatch(home, /safety-widgets\.js|<quick-exit/);
    for (const key of ['shortcodes', 'blocks']) {
      const parts = siteWideParts(await html(`/?p=${ids[key]}`));
      assert.ok(parts.script, `${key}: the script, in the head`);
      assert.doesNotMatch(parts.script, /data-quick-exit/);
      assert.equal(parts.meta, undefined);
    }
    const { context, page } = await visitor();
    try {
      await page.goto(`${wp.origin}/?p=${ids.blocks}`);
      await widgetsDrawn(page, { banners: 1, checklists: 1, exits: 1 });
      assert.equal(await page.locator('quick-exit.safety-widgets-site-exit').count(), 0);
    } finally {
      await context.close();
    }
    assert.deepEqual(privacyRecords(), []);
  });
});

describe('removing the plugin', () => {
  test('Plugins → Deactivate, then Delete: the settings row is gone, and no option of the plugin is left', async () => {
    assert.ok(wp.phpJson(`echo json_encode( get_option( 'safety_widgets_settings' ) );`), 'the settings are there before');
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/plugins.php`);
      await Promise.all([page.waitForURL(/deactivate=true/), page.locator('#deactivate-safety-widgets').click()]);
      page.once('dialog', (dialog) => dialog.accept());
      await page.locator('#delete-safety-widgets').click();
      await page.getByText('Safety widgets was successfully deleted.').waitFor({ timeout: 20000 });
    } finally {
      await context.close();
    }
    assert.equal(existsSync(join(wp.content, 'plugins/safety-widgets')), false, 'the plugin folder is gone');
    // (WordPress's own list of recently deactivated plugins, recently_activated, still names it for a week: that is WordPress's record, not the plugin's.)
    const left = wp.phpJson(`global $wpdb; echo json_encode( $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name <> 'recently_activated' AND ( option_name LIKE '%safety%' OR option_value LIKE '%safety_widgets%' OR option_value LIKE '%safety-widgets%' )" ) );`);
    assert.deepEqual(left, []);
  });
});
