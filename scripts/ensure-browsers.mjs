// Before the browser tests: are Chromium, Firefox and WebKitGTK (with its
// virtual display and the tools that capture it) here? If not, install them from Debian when running as root
// (saying so), or stop with one line naming the command to run.
// `--screen-reader` also asks for what the screen-reader test needs: Orca, the accessibility bus,
// speech-dispatcher with espeak-ng, a session bus and xdotool (tests/screen-reader/).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { MINIBROWSER } from './webkit-launcher.mjs';

const needs = [
  { file: '/usr/bin/chromium', packages: ['chromium'] },
  { file: '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  { file: '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver'], minimal: true },
  { file: MINIBROWSER, packages: ['webkit2gtk-driver'], minimal: true },
  { file: '/usr/bin/Xvfb', packages: ['xvfb', 'xauth'], minimal: true },
  // What is really on WebKit's screen during a navigation: a capture of the virtual display.
  { file: '/usr/bin/xwd', packages: ['x11-apps'], minimal: true },
  { file: '/usr/bin/xwdtopnm', packages: ['netpbm'], minimal: true },
];
if (process.argv.includes('--screen-reader')) {
  needs.push(
    { file: '/usr/bin/dbus-launch', packages: ['dbus-x11'], minimal: true },
    { file: '/usr/libexec/at-spi-bus-launcher', packages: ['at-spi2-core'], minimal: true },
    { file: '/usr/lib/python3/dist-packages/pyatspi/__init__.py', packages: ['python3-pyatspi'], minimal: true },
    { file: '/usr/bin/orca', packages: ['orca'], minimal: true },
    { file: '/usr/bin/speech-dispatcher', packages: ['speech-dispatcher'], minimal: true },
    { file: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng', packages: ['speech-dispatcher-espeak-ng'], minimal: true },
    { file: '/usr/bin/espeak-ng', packages: ['espeak-ng'], minimal: true },
    { file: '/usr/bin/xdotool', packages: ['xdotool'], minimal: true },
  );
}
const missing = needs.filter((need) => !existsSync(need.file));
if (missing.length === 0) process.exit(0);

const full = [...new Set(missing.filter((m) => !m.minimal).flatMap((m) => m.packages))];
const minimal = [...new Set(missing.filter((m) => m.minimal).flatMap((m) => m.packages))];
const command = [
  'apt-get update',
  full.length && `apt-get install -y ${full.join(' ')}`,
  minimal.length && `apt-get install -y --no-install-recommends ${minimal.join(' ')}`,
].filter(Boolean).join(' && ');

if (process.getuid?.() !== 0) {
  console.error(`Programs for the tests are missing (${missing.map((m) => m.file).join(', ')}). Run: sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`Installing what the tests need from Debian: ${command}`);
execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
