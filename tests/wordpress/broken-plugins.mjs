// Proof that the WordPress tests can fail: builds deliberately broken copies of
// the plugin zip (one or a few faults each, in checks that do not depend on each
// other), runs `node --test tests/wordpress/` against each (SAFETY_WIDGETS_ZIP),
// and says, for every fault, whether the check meant to catch it failed.
//   node tests/wordpress/broken-plugins.mjs           every set of faults (about 15 minutes)
//   node tests/wordpress/broken-plugins.mjs 2         only the second set
// Not part of npm test (it runs the whole suite several times).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginFiles, zip } from '../../scripts/wordpress-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Each fault: what it breaks (file in the plugin folder, text to find, what to put
 * instead), and the start of the name of the test that must fail because of it.
 */
const sets = [
  [
    { fault: 'script in the footer', file: 'includes/front.php', find: "array(), VERSION, false );", put: 'array(), VERSION, true );', fails: 'the site-wide exit is on every page' },
    { fault: 'destinations not checked', file: 'includes/validate.php', find: "function destination( mixed $raw ): array {", put: "function destination( mixed $raw ): array {\n\treturn array( is_scalar( $raw ) && '' !== (string) $raw ? (string) $raw : null, '' === (string) $raw ? 'empty' : null, null );", fails: 'the settings refuse' },
    { fault: 'attributes not escaped', file: 'includes/render.php', find: "'=\"' . esc_attr( $value ) . '\"'", put: "'=\"' . $value . '\"'", fails: 'posts by an Author' },
    { fault: 'uninstall.php removes nothing', file: 'uninstall.php', find: "delete_option( 'safety_widgets_settings' );", put: '', fails: 'Plugins → Deactivate, then Delete' },
    { fault: 'settings page open to every user', file: 'includes/settings.php', find: "'manage_options', PAGE,", put: "'read', PAGE,", fails: 'the settings page is for administrators only' },
    { fault: 'no widgets script in the editor', file: 'includes/blocks.php', find: "function enqueue_editor(): void {\n\twp_enqueue_script( HANDLE );", put: 'function enqueue_editor(): void {', also: { file: 'includes/blocks.php', find: "if ( is_admin() ) {\n\t\t\twp_enqueue_script( HANDLE );", put: 'if ( false ) {' }, fails: 'the block editor’s preview' },
    { fault: 'header asks for PHP 7.4', file: 'safety-widgets.php', find: 'Requires PHP:      8.1', put: 'Requires PHP:      7.4', fails: 'the plugin header' },
    { fault: 'an HTTP request from each page view', file: 'includes/front.php', find: 'function enqueue_front(): void {', put: "function enqueue_front(): void {\n\twp_remote_get( 'https://stats.example.org/ping' );", fails: 'nothing about visitors is stored or sent' },
  ],
  [
    { fault: 'phone numbers not checked', file: 'includes/validate.php', find: 'function parse_phone( mixed $raw ): ?array {', put: "function parse_phone( mixed $raw ): ?array {\n\treturn array( 'href' => 'tel:' . $raw, 'display' => (string) $raw );", fails: 'the settings refuse' },
    { fault: 'an option written on each page view', file: 'includes/front.php', find: 'function enqueue_front(): void {', put: "function enqueue_front(): void {\n\tupdate_option( 'safety_widgets_last_view', microtime() );", fails: 'nothing about visitors is stored or sent' },
    { fault: 'no Spanish translation', file: 'languages/safety-widgets-es_ES.mo', remove: true, fails: 'the settings page is for administrators only, needs its nonce, and speaks Spanish' },
    { fault: 'the script on every page', file: 'includes/front.php', find: 'if ( site_exit_on() || page_has_widgets() ) {', put: 'if ( true ) {', fails: 'with the site-wide exit off' },
    { fault: 'a PHP file with a syntax error', file: 'includes/extra.php', add: "<?php\nfunction (\n", fails: 'php -l passes' },
  ],
  [
    { fault: 'no marks for optimisation plugins', file: 'includes/front.php', find: "' data-no-optimize=\"1\" data-no-minify=\"1\" data-no-defer=\"1\" data-noptimize=\"1\" data-cfasync=\"false\" data-jetpack-boost=\"ignore\" data-pagespeed-no-defer nowprocket'", put: "''", fails: 'the site-wide exit is on every page' },
    { fault: 'a cookie for each visitor', file: 'includes/front.php', find: "add_action( 'init', __NAMESPACE__ . '\\\\register_script' );", put: "add_action( 'init', __NAMESPACE__ . '\\\\register_script' );\nadd_action( 'send_headers', static function () { if ( ! is_admin() ) { setcookie( 'sw_seen', '1', 0, '/' ); } } );", fails: 'nothing about visitors is stored or sent' },
    { fault: 'the exit drawn over the admin bar', file: 'includes/front.php', find: "\techo '<meta name=\"quick-exit\"", put: "\techo '<style>quick-exit{--quick-exit-offset:0px!important}</style>';\n\techo '<meta name=\"quick-exit\"", fails: 'a logged-in administrator’s admin bar' },
    { fault: 'the language fixed in the settings ignored', file: 'includes/render.php', find: "return '' !== $own ? $own : settings()['language'];", put: 'return $own;', fails: 'a language fixed in the settings' },
    { fault: 'the editor preview’s exit is live', file: 'includes/blocks.php', find: 'is_editor_preview() ) ),', put: 'false ) ),', also: { file: 'editor/blocks.js', find: 'onClickCapture: function (event) {\n          event.preventDefault();\n          event.stopPropagation();\n        },', put: '' }, fails: 'the block editor’s preview' },
  ],
  // Faults that stop widgets from drawing on every page get a set each: the checks that wait for drawn widgets all fail then.
  [
    { fault: 'no site-wide exit (no meta, element or data-quick-exit)', file: 'includes/front.php', find: 'function site_exit_on(): bool {', put: "function site_exit_on(): bool {\n\treturn false;", fails: 'the site-wide exit is on every page' },
  ],
  [
    { fault: 'the editor preview’s clicks reach its exit', file: 'editor/blocks.js', find: 'onClickCapture: function (event) {\n          event.preventDefault();\n          event.stopPropagation();\n        },', put: '', fails: 'the block editor’s preview' },
  ],
  [
    { fault: 'parts/widgets.js left out of the zip', file: 'widgets/parts/widgets.js', remove: true, fails: 'posts by an Author' },
  ],
];

function breakZip(files, faults) {
  const out = new Map(files);
  for (const change of faults.flatMap((f) => [f, ...(f.also ? [f.also] : [])])) {
    const name = `safety-widgets/${change.file}`;
    if (change.remove) {
      if (!out.delete(name)) throw new Error(`${change.file} is not in the zip`);
      continue;
    }
    if (change.add) {
      out.set(name, Buffer.from(change.add));
      continue;
    }
    const text = String(out.get(name));
    if (!text.includes(change.find)) throw new Error(`cannot break ${change.file}: "${change.find.slice(0, 60)}" not found`);
    out.set(name, Buffer.from(text.replace(change.find, change.put)));
  }
  return out;
}

const chosen = process.argv[2] ? [Number(process.argv[2])] : sets.map((_, i) => i + 1);
// The plugin as npm run build:wordpress would pack it now (from wordpress/ and dist/).
const original = pluginFiles();
const dir = mkdtempSync('/tmp/safety-widgets-broken-');
let missed = 0;
try {
  for (const number of chosen) {
    const faults = sets[number - 1];
    const path = join(dir, `broken-${number}.zip`);
    writeFileSync(path, zip(breakZip(original, faults)));
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', 'tests/wordpress/'], {
      cwd: root,
      env: { ...process.env, SAFETY_WIDGETS_ZIP: path },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const failed = [...run.stdout.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((m) => m[1]);
    const passed = [...run.stdout.matchAll(/^\s*ok \d+ - (.+)$/gm)].map((m) => m[1]);
    console.log(`\nSet ${number} (${Math.round((Date.now() - started) / 1000)} s): ${passed.length} passed, ${failed.length} failed`);
    /** The first line of a failed test's error, from the TAP report. */
    const reason = (name) => {
      const at = run.stdout.indexOf(`- ${name}\n`);
      const error = run.stdout.slice(at).match(/\n\s+error: (?:\|-\n\s+)?'?(.+?)'?\n/);
      return error ? error[1].trim().slice(0, 160) : '';
    };
    for (const { fault, fails } of faults) {
      const name = failed.find((n) => n.startsWith(fails));
      if (!name) missed++;
      console.log(`  ${name ? 'caught' : 'MISSED'}: ${fault} → "${fails}…"${name ? `\n      ${reason(name)}` : ''}`);
    }
    const unexpected = failed.filter((name) => !faults.some((f) => name.startsWith(f.fails)) && !/^(installing|front end|the editor and|removing|\/)/.test(name));
    if (unexpected.length) console.log(`  also failed: ${unexpected.join(' | ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(missed ? `\n${missed} fault(s) not caught` : '\nEvery fault was caught by its check.');
process.exit(missed ? 1 : 0);
