// Turning the plugin against the person fleeing, as an Author or a Contributor
// (whose post an Editor approves) would try it on a partner's WordPress (issue 20):
// a quick-exit block or shortcode with another destination, a fixed placement and
// the site's shortcut, drawn over the site-wide exit; a hotline banner with a typed
// "NEW number" and a phishing link under the organisation's name. In a block theme,
// a classic theme, and a classic theme without wp_body_open; at 390 and 1280 px.
// The visible site-wide exit, its shortcut and the hotline data must stay the
// site's. Posts by someone who may publish unfiltered HTML keep what they set.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWordPress } from './stack.mjs';
import { submitLogin } from './login.mjs';
import { releaseZip } from './release.mjs';
import { unzip } from './zip.mjs';

const ADMIN = { user: 'admin', password: 'admin-password-1' };
const EDITOR = { user: 'editor', password: 'editor-password-2' };
const AUTHOR = { user: 'author', password: 'author-password-3' };
const CONTRIBUTOR = { user: 'contributor', password: 'contributor-password-4' };
const EVIL = 'https://evil.example/fake-google-login';
const THEMES = ['twentytwentythree', 'twentytwentyone', 'no-body-open'];

let wp;
let browser;
let destination;
const ids = {};

/** The site's quick-exit destination: another origin (localhost is not 127.0.0.1) that records visits. */
async function startDestination() {
  const visits = [];
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    visits.push(req.url);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Weather</title><link rel="icon" href="data:,"><h1>Weather</h1>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${server.address().port}`, host: `localhost:${server.address().port}`, visits, close: () => new Promise((r) => server.close(r)) };
}

const settings = (change) => wp.php(`$s = get_option( 'safety_widgets_settings' ); foreach ( json_decode( '${JSON.stringify(change)}', true ) as $k => $v ) { $s[ $k ] = $v; } update_option( 'safety_widgets_settings', $s );`);
const html = (path) => fetch(`${wp.origin}${path}`).then((response) => response.text());

/** A visitor; the attacker's site answers (so a hijack shows as a visit there, not as a network error). */
async function visitor(viewport) {
  const context = await browser.newContext({ viewport });
  const evil = [];
  await context.route('https://evil.example/**', (route) => {
    evil.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Google</title><h1>Sign in</h1>' });
  });
  const page = await context.newPage();
  return { context, page, evil };
}

async function login({ user, password }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await submitLogin(page, wp.origin, { user, password });
  return { context, page };
}

/** Waits until every quick exit and banner on the page has drawn itself, and the site-wide exit is in place. */
async function drawn(page) {
  await page.waitForFunction(
    () => {
      const exits = [...document.querySelectorAll('quick-exit')];
      const site = document.querySelector('quick-exit.safety-widgets-site-exit');
      return (
        document.readyState === 'complete' &&
        site?.shadowRoot?.querySelector('button') &&
        exits.every((el) => el.shadowRoot?.querySelector('button') && el.hasUpdated) &&
        [...document.querySelectorAll('hotline-banner')].every((el) => el.shadowRoot?.querySelector('a[href^="tel:"]'))
      );
    },
    null,
    { timeout: 20000 },
  );
}

/** Every quick exit on the page: where it really goes, where it stands, its shortcut. */
const exitsOn = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('quick-exit')].map((el) => ({ site: el.classList.contains('safety-widgets-site-exit'), goes: el.destination, placed: el.placedAt, shortcut: el.shortcutMode })),
  );

/**
 * Presses keys until the page leaves for `expected` (at most three tries: on two busy cores a press can be
 * slow to arrive, and the Escape presses must come within a second). Leaving for anywhere else fails.
 */
async function leaveWithKeys(page, evil, keys, expected) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.locator('body').focus().catch(() => {});
    for (const key of keys) await page.keyboard.press(key);
    try {
      await page.waitForURL(expected, { timeout: 5000 });
      break;
    } catch {
      if (evil.length || !page.url().startsWith(wp.origin)) break;
    }
  }
  assert.deepEqual(evil, [], `${keys.join('+')}: never to the attacker's page`);
  assert.equal(page.url(), expected, `${keys.join('+')}: leaves for the site's destination`);
}

before(async () => {
  destination = await startDestination();
  wp = await startWordPress();
  // The plugin from the release zip, as Plugins → Upload would unpack it (wordpress.test.mjs installs it through that screen).
  for (const [name, data] of unzip(readFileSync(releaseZip().path))) {
    const file = join(wp.content, 'plugins', name);
    if (name.endsWith('/')) mkdirSync(file, { recursive: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
  }
  // A classic theme that never calls wp_body_open (older and hand-made themes).
  const theme = join(wp.content, 'themes', 'no-body-open');
  mkdirSync(theme);
  writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: No Body Open\n*/\nbody { font-family: sans-serif; margin: 0 1rem; }\n');
  writeFileSync(
    join(theme, 'index.php'),
    `<!doctype html><html <?php language_attributes(); ?>><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><?php wp_head(); ?></head>
<body <?php body_class(); ?>><header><h1>Safe Futures</h1></header><main><?php while ( have_posts() ) { the_post(); the_title( '<h2>', '</h2>' ); the_content(); } ?></main><?php wp_footer(); ?></body></html>\n`,
  );
  const made = wp.phpJson(
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Safe Futures', '${ADMIN.user}', 'admin@example.org', true, '', '${ADMIN.password}' );
update_option( 'permalink_structure', '' );
$users = array();
foreach ( array( array( '${EDITOR.user}', '${EDITOR.password}', 'editor' ), array( '${AUTHOR.user}', '${AUTHOR.password}', 'author' ), array( '${CONTRIBUTOR.user}', '${CONTRIBUTOR.password}', 'contributor' ) ) as $u ) {
	$users[ $u[2] ] = wp_insert_user( array( 'user_login' => $u[0], 'user_pass' => $u[1], 'user_email' => $u[0] . '@example.org', 'role' => $u[2] ) );
}
require_once ABSPATH . 'wp-admin/includes/plugin.php';
activate_plugin( 'safety-widgets/safety-widgets.php' );
$s = get_option( 'safety_widgets_settings' );
$s = array_merge( $s, array( 'exit' => true, 'exit_href' => '${destination.origin}/exit', 'exit_placement' => 'top', 'exit_shortcut' => 'shift', 'hotlines' => array( 'us-trafficking' ), 'own_name' => 'Safe Futures 24-hour hotline', 'own_phone' => '860.763.4542', 'own_url' => 'https://safefutures.example.org/' ) );
update_option( 'safety_widgets_settings', $s );
$as = function ( string $role, array $post ) use ( $users ) {
	wp_set_current_user( $users[ $role ] ?? 1 );
	$id = wp_insert_post( $post + array( 'post_status' => 'publish' ), true );
	wp_set_current_user( 0 );
	return $id;
};
$ids = array(
	'authorBlock' => $as( 'author', array( 'post_title' => 'Author block', 'post_content' => '<!-- wp:paragraph --><p>Resources.</p><!-- /wp:paragraph -->

<!-- wp:safety-widgets/quick-exit {"href":"${EVIL}","placement":"top"} /-->' ) ),
	'contributor' => $as( 'contributor', array( 'post_title' => 'Contributor shortcode', 'post_status' => 'pending', 'post_content' => '<p>Resources.</p>

[quick_exit href="${EVIL}" shortcut="escape" placement="bottom" class="safety-widgets-site-exit"]' ) ),
	'authorLines' => $as( 'author', array( 'post_title' => 'Author lines', 'post_content' => '[hotline_banner name="Safe Futures 24-hour hotline" phone="1-900-555-0199" sms="1-900-555-0199" sms-keyword="NEW" url="https://evil.example/phish" hours="NEW number" emergency="1-900-555-0100" label="Call 1-900-555-0199"]

<!-- wp:safety-widgets/hotline-banner {"name":"Safe Futures","phone":"1-900-555-0199","url":"https://evil.example/phish","emergency":"1-900-555-0100"} /-->

<!-- wp:safety-widgets/signs-checklist {"emergency":"1-900-555-0100"} /-->' ) ),
	'authorRights' => $as( 'author', array( 'post_title' => 'Author rights', 'post_content' => '[know_your_rights name="Safe Futures 24-hour hotline" phone="1-900-555-0199" sms="1-900-555-0199" sms-keyword="NEW" url="https://evil.example/phish" hours="NEW number"]

<!-- wp:safety-widgets/know-your-rights {"name":"Safe Futures","phone":"1-900-555-0199","url":"https://evil.example/phish"} /-->' ) ),
	'adminPost'   => $as( 'administrator', array( 'post_title' => 'Administrator', 'post_content' => '[quick_exit href="https://weather.example/" placement="bottom" shortcut="shift"]

[hotline_banner name="Partner shelter" phone="1-800-555-0100" hotlines="none"]' ) ),
);
// The Editor approves the Contributor's post.
wp_set_current_user( $users['editor'] );
wp_update_post( array( 'ID' => $ids['contributor'], 'post_status' => 'publish' ) );
wp_set_current_user( 0 );
$ids['status'] = get_post_status( $ids['contributor'] );
echo json_encode( $ids );`,
    { before: "define('WP_INSTALLING', true);" },
  );
  Object.assign(ids, made);
  assert.equal(ids.status, 'publish', 'the Editor published the Contributor’s post');
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

for (const theme of THEMES) {
  describe(`an exit hijack fails, ${theme}`, () => {
    before(() => {
      wp.php(`switch_theme( '${theme}' ); update_option( 'theme_switched', false );`);
      settings({ exit_shortcut: 'shift' });
    });

    for (const width of [390, 1280]) {
      test(`${width}px: an Author's quick-exit block (attacker's address, placement top) stays in the page, and the visible exit, a click on it and Shift ×3 go to the site's destination`, async () => {
        const { context, page, evil } = await visitor({ width, height: 800 });
        try {
          // First what a person does: press what they see where the site-wide exit stands; then Shift ×3.
          await page.goto(`${wp.origin}/?p=${ids.authorBlock}`);
          await drawn(page);
          const box = await page.locator('quick-exit.safety-widgets-site-exit button').boundingBox();
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await page.waitForURL((url) => !url.href.startsWith(wp.origin), { timeout: 15000 });
          assert.deepEqual(evil, [], 'the click on the visible exit never reaches the attacker');
          assert.equal(page.url(), `${destination.origin}/exit`);
          await page.goto(`${wp.origin}/?p=${ids.authorBlock}`);
          await drawn(page);
          await leaveWithKeys(page, evil, ['Shift', 'Shift', 'Shift'], `${destination.origin}/exit`);
          // Then why: one fixed exit (the site's), every exit to the site's destination, no shortcut on the Author's.
          await page.goto(`${wp.origin}/?p=${ids.authorBlock}`);
          await drawn(page);
          const exits = await exitsOn(page);
          assert.equal(exits.filter((e) => e.placed !== 'inline').length, 1, `one fixed exit: ${JSON.stringify(exits)}`);
          assert.ok(exits.find((e) => e.site && e.placed === 'top'), 'the fixed one is the site-wide exit');
          for (const exit of exits) assert.equal(exit.goes, `${destination.origin}/exit`, `every exit goes to the site's destination: ${JSON.stringify(exit)}`);
          assert.deepEqual(exits.filter((e) => !e.site && e.shortcut !== 'none'), [], 'the content exit has no shortcut');
        } finally {
          await context.close();
        }
      });
    }

    test(`390px: [quick_exit href=… shortcut="escape" placement="bottom"] by a Contributor, approved by an Editor, adds no second fixed button, and Escape twice goes to the site's destination`, async () => {
      settings({ exit_shortcut: 'escape' });
      const { context, page, evil } = await visitor({ width: 390, height: 800 });
      try {
        await page.goto(`${wp.origin}/?p=${ids.contributor}`);
        await drawn(page);
        await leaveWithKeys(page, evil, ['Escape', 'Escape'], `${destination.origin}/exit`);
        await page.goto(`${wp.origin}/?p=${ids.contributor}`);
        await drawn(page);
        const exits = await exitsOn(page);
        assert.equal(exits.filter((e) => e.placed !== 'inline').length, 1, `one fixed exit: ${JSON.stringify(exits)}`);
        assert.equal(exits.filter((e) => e.site).length, 1, 'the shortcode cannot pass itself off as the site-wide exit');
        for (const exit of exits) assert.equal(exit.goes, `${destination.origin}/exit`, JSON.stringify(exit));
      } finally {
        await context.close();
        settings({ exit_shortcut: 'shift' });
      }
    });
  });
}

describe('hotline data and trusted authors', () => {
  test('an Author cannot publish a typed number, text number, link or emergency number under the organisation’s name (locked by default); the administrator’s lines are shown', async () => {
    wp.php(`switch_theme( 'twentytwentyone' );`);
    const text = await html(`/?p=${ids.authorLines}`);
    const body = text.slice(text.indexOf('<main'));
    assert.doesNotMatch(body, /900[-.]?555|9005550|evil\.example|NEW number/, 'not in the page the server sends');
    const { context, page } = await visitor({ width: 1280, height: 900 });
    try {
      await page.goto(`${wp.origin}/?p=${ids.authorLines}`);
      await drawn(page);
      await page.locator('signs-checklist input[type="checkbox"]').first().check();
      await page.waitForFunction(() => document.querySelector('signs-checklist').shadowRoot.querySelector('a[href^="tel:"]'));
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('hotline-banner, signs-checklist')].map((el) => ({
          links: [...el.shadowRoot.querySelectorAll('a[href]'), ...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          text: el.shadowRoot.textContent + el.textContent,
          label: el.getAttribute('label'),
        })),
      );
      assert.equal(seen.length, 3);
      for (const widget of seen) {
        for (const href of widget.links) assert.doesNotMatch(href, /900555|evil\.example/, href);
        assert.doesNotMatch(widget.text, /900-555|NEW number/);
        assert.equal(widget.label, null);
        assert.ok(widget.links.includes('tel:911'), 'the site’s emergency number');
      }
      for (const banner of seen.slice(0, 2)) assert.ok(banner.links.includes('tel:+18607634542'), 'the site’s own line');
    } finally {
      await context.close();
    }
    // Unlocked by the administrator, the Author's line is shown as typed.
    settings({ lock_lines: false });
    try {
      assert.match(await html(`/?p=${ids.authorLines}`), /tel:\+19005550199/);
    } finally {
      settings({ lock_lines: true });
    }
  });

  test('an Author’s know-your-rights (shortcode and block) cannot show a typed number or link under the organisation’s name while the lines are locked; the administrator’s line is shown', async () => {
    const text = await html(`/?p=${ids.authorRights}`);
    const body = text.slice(text.indexOf('<main'));
    assert.equal((body.match(/<know-your-rights\b/g) ?? []).length, 2, 'both widgets are in the page');
    assert.doesNotMatch(body, /900[-.]?555|9005550|evil\.example|NEW number/, 'not in the page the server sends');
    const { context, page } = await visitor({ width: 1280, height: 900 });
    try {
      await page.goto(`${wp.origin}/?p=${ids.authorRights}`);
      await page.waitForFunction(() => [...document.querySelectorAll('know-your-rights')].every((el) => el.shadowRoot?.querySelector('a[href^="tel:"]')), null, { timeout: 20000 });
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('know-your-rights')].map((el) => ({
          links: [...el.shadowRoot.querySelectorAll('a[href]'), ...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          text: el.shadowRoot.textContent + el.textContent,
        })),
      );
      assert.equal(seen.length, 2);
      for (const widget of seen) {
        for (const href of widget.links) assert.doesNotMatch(href, /900555|evil\.example/, href);
        assert.doesNotMatch(widget.text, /900-555|NEW number/);
        assert.ok(widget.links.includes('tel:+18607634542'), 'the site’s own line');
        assert.ok(widget.links.includes('https://safefutures.example.org/'), 'the site’s own website');
      }
    } finally {
      await context.close();
    }
    // Unlocked by the administrator, the Author's line is shown as typed.
    settings({ lock_lines: false });
    try {
      assert.match(await html(`/?p=${ids.authorRights}`), /<know-your-rights[^>]*phone="1-900-555-0199"/);
    } finally {
      settings({ lock_lines: true });
    }
  });

  test('a post by an administrator (unfiltered_html) keeps its exit’s address and placement and its own line; the site-wide exit keeps its shortcut', async () => {
    const text = await html(`/?p=${ids.adminPost}`);
    const body = text.slice(text.indexOf('<main'));
    const exit = body.match(/<quick-exit\b(?![^>]*safety-widgets-site-exit)[^>]*>/)?.[0];
    assert.ok(exit, 'the administrator’s exit');
    assert.match(exit, /href="https:\/\/weather\.example\/"/);
    assert.match(exit, /placement="bottom"/);
    assert.match(exit, /shortcut="none"/, 'Shift ×3 stays the site-wide exit’s');
    assert.match(body, /<hotline-banner[^>]*phone="1-800-555-0100"/);
  });
});

describe('with the site-wide exit off', () => {
  test('an Author’s exit still goes to the site’s destination (it may stand fixed and take a shortcut: it is then the page’s only exit)', async () => {
    settings({ exit: false });
    try {
      const text = await html(`/?p=${ids.authorBlock}`);
      const exits = text.match(/<quick-exit\b[^>]*>/g) ?? [];
      assert.equal(exits.length, 1, exits.join('\n'));
      assert.match(exits[0], new RegExp(`href="${destination.origin}/exit"`));
      assert.match(exits[0], /placement="top"/);
      assert.doesNotMatch(text, /evil\.example/);
    } finally {
      settings({ exit: true });
    }
  });
});

describe('what staff see', () => {
  test('the Editor reviewing an Author’s post sees where its exit really goes and where it really stands', async () => {
    const { context, page } = await login(EDITOR);
    try {
      await page.goto(`${wp.origin}/wp-admin/post.php?post=${ids.authorBlock}&action=edit`);
      const note = async () => {
        for (const frame of page.frames()) {
          const found = frame.locator('.safety-widgets-exit-note');
          if (await found.count()) return found.first();
        }
        return null;
      };
      let found = null;
      const end = Date.now() + 30000;
      while (!(found = await note()) && Date.now() < end) await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => {});
      assert.ok(found, 'the preview says where the exit goes');
      const words = await found.innerText();
      assert.ok(words.includes(destination.host), `the destination's host in: ${words}`);
      assert.doesNotMatch(words, /evil\.example/);
      assert.match(words, /in the page/i, `the placement in: ${words}`);
    } finally {
      await context.close();
    }
  });

  test('Settings → Safety widgets: the lock is on by default, and the page says in plain words what Authors and Contributors can and cannot do', async () => {
    const { context, page } = await login(ADMIN);
    try {
      await page.goto(`${wp.origin}/wp-admin/options-general.php?page=safety-widgets`);
      assert.equal(await page.locator('#safety-widgets-lock-lines').isChecked(), true);
      await page.getByRole('heading', { name: 'What Authors and Contributors can do' }).waitFor();
      const text = await page.locator('.wrap').innerText();
      assert.match(text, /always goes where you set above/);
      assert.match(text, /unfiltered HTML/);
    } finally {
      await context.close();
    }
  });
});
