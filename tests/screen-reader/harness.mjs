// A real screen reader for the tests: Orca 43 on its own virtual display, with its own session bus,
// accessibility bus and speech-dispatcher (espeak-ng into a null sound device), and a browser that is
// driven with real key presses (xdotool), as a person drives it. Orca's debug log records what it speaks
// ("SPEECH OUTPUT: '…'"), where the focus went, and the language it asks a voice for each piece of text:
// that is what the tests read. Everything a session starts has its HOME and XDG_RUNTIME_DIR in one
// temporary directory, and is stopped at the end, failure or not.
import { spawn, execFile } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { MINIBROWSER } from '../../scripts/webkit-launcher.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest wait for one thing Orca should do: generous, for a busy two-core machine. */
export const PATIENCE = Number(process.env.SR_PATIENCE_MS ?? 20000);

/** How each browser is started, as a person would start it (a new profile each time). */
const browsers = {
  firefox: (profile, url) => ['/usr/bin/firefox-esr', ['--no-remote', '--new-instance', '--profile', profile, '--width', '1000', '--height', '700', url]],
  chromium: (profile, url) => [
    '/usr/bin/chromium',
    [
      '--force-renderer-accessibility', // Chromium builds its accessibility tree only for assistive technology it knows of
      '--no-sandbox', // as root
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--password-store=basic',
      `--user-data-dir=${profile}`,
      '--window-position=0,0',
      '--window-size=1000,700',
      url,
    ],
  ],
  webkit: (profile, url) => [MINIBROWSER, ['--geometry=1000x700', url]],
};

/** Firefox: no first-run pages, no updates, nothing sent anywhere, accessibility on. */
const FIREFOX_PREFS = {
  'accessibility.force_disabled': 0,
  'app.update.disabledForTesting': true,
  'browser.aboutwelcome.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  // No hidden New Tab page loading beside the test page (Orca announced "Finished loading New Tab." in the
  // middle of a test, and then did not announce entering the banner's region).
  'browser.newtab.preload': false,
  'browser.newtabpage.enabled': false,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.translations.enable': false,
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
};

/** Orca's settings for a test (orca-customizations.py, read at start): no page read aloud on load, no key echo. */
const ORCA_CUSTOMIZATIONS = `import orca.settings
orca.settings.sayAllOnLoad = False
orca.settings.pageSummaryOnLoad = False
orca.settings.enableKeyEcho = False
orca.settings.enableEchoByCharacter = False
orca.settings.enableEchoByWord = False
orca.settings.enableTutorialMessages = False
orca.settings.enableMouseReview = False
`;

/**
 * Orca's debug log, read as it grows, as a list of events:
 * - `{ kind: 'speech', text }`: one utterance (a "SPEECH OUTPUT" line);
 * - `{ kind: 'focus', role, name }`: the platform moved the focus to this object;
 * - `{ kind: 'piece', text, language }`: each text of an utterance (a name, a run of text read in
 *   browse mode, a role word), with the language Orca asked its voice for ('' when none: Orca's default
 *   voice). From the "TEST SPEECH" lines that start-orca.py adds.
 */
function logReader(path) {
  const events = [];
  const decoder = new StringDecoder('utf8');
  let offset = 0;
  let partial = '';
  const parse = (line) => {
    const spoken = /SPEECH OUTPUT: '(.*?)'(?: voice=\S+?)?(?:\[?\{.*\}\]?|None)?$/.exec(line);
    if (spoken) {
      events.push({ kind: 'speech', text: spoken[1] });
      return;
    }
    const focused = /EVENT MANAGER: (?:focus:|object:state-changed:focused) for \[(.+?) \| (.*)\] in \[application \| .*\] \((\d+), \d+, .*\)$/.exec(line);
    if (focused && (line.includes(' focus: ') || focused[3] === '1')) {
      events.push({ kind: 'focus', role: focused[1], name: focused[2] });
      return;
    }
    const texts = /TEST SPEECH: (\[.*\])$/.exec(line);
    if (texts) {
      for (const [text, language] of JSON.parse(texts[1])) events.push({ kind: 'piece', text: text.replaceAll('\ufffc', '').trim(), language });
    }
  };
  return () => {
    if (!existsSync(path)) return events;
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > offset) {
        const buffer = Buffer.alloc(size - offset);
        readSync(fd, buffer, 0, buffer.length, offset);
        offset = size;
        const lines = (partial + decoder.write(buffer)).split('\n');
        partial = lines.pop();
        lines.forEach(parse);
      }
    } finally {
      closeSync(fd);
    }
    return events;
  };
}

function spawnInSession(session, command, args, { fd3 = false } = {}) {
  const child = spawn(command, args, {
    detached: true, // its own process group, stopped as one
    stdio: ['ignore', 'ignore', 'pipe', ...(fd3 ? ['pipe'] : [])],
    env: session.env,
    cwd: session.dir,
  });
  child.stderrText = '';
  child.stderr.on('data', (data) => {
    child.stderrText = (child.stderrText + data).slice(-4000);
  });
  child.on('error', (error) => {
    child.stderrText += String(error);
  });
  session.processes.push(child);
  return child;
}

/** Resolves with the first line a child writes on its fd 3 (Xvfb's display number, dbus-daemon's address). */
const firstLineOnFd3 = (child, what) =>
  new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${child.stderrText}`)), PATIENCE);
    child.stdio[3].on('data', (data) => {
      text += data;
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      resolve(text.split('\n')[0].trim());
    });
    child.once('exit', (code) => reject(new Error(`${what} stopped (${code}): ${child.stderrText}`)));
  });

/**
 * Starts a screen-reader session for one engine ('firefox', 'chromium' or 'webkit'): a virtual display,
 * a session bus (which starts the accessibility bus when asked), speech-dispatcher and Orca, speaking.
 * Then `open(url)` starts the browser on a page; `close()` stops everything (call it in a finally).
 */
export async function startSession(engine) {
  const dir = mkdtempSync(join(tmpdir(), `screen-reader-${engine}-`));
  const home = join(dir, 'home');
  const runtime = join(dir, 'run');
  const prefs = join(dir, 'orca');
  const speechd = join(dir, 'speech-dispatcher');
  for (const path of [home, runtime, prefs, speechd]) mkdirSync(path, { recursive: true, mode: 0o700 });
  // espeak-ng speaks into nothing: no sound card needed, no sound made.
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  writeFileSync(join(prefs, 'orca-customizations.py'), ORCA_CUSTOMIZATIONS);
  // Speech-dispatcher's settings with ALSA (the null device above) in place of PulseAudio: with no sound
  // server its default fails at the first utterance, and Orca then waits on it for ever.
  for (const part of ['modules', 'clients']) symlinkSync(`/etc/speech-dispatcher/${part}`, join(speechd, part));
  writeFileSync(
    join(speechd, 'speechd.conf'),
    `${readFileSync('/etc/speech-dispatcher/speechd.conf', 'utf8')}\nAudioOutputMethod "alsa"\nDefaultModule espeak-ng\nDefaultLanguage "en"\n`,
  );
  const log = join(dir, 'orca.log');
  const session = {
    engine,
    dir,
    log,
    processes: [],
    launches: 0,
    env: {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      TMPDIR: dir,
      NO_AT_BRIDGE: '0',
      GTK_MODULES: 'gail:atk-bridge',
      GNOME_ACCESSIBILITY: '1',
      MOZ_ENABLE_ACCESSIBILITY: '1',
      // Every process of this session carries it (and passes it on): the final clean-up finds them all.
      SCREEN_READER_SESSION: dir,
    },
  };
  Object.assign(session, reading(session), driving(session));
  live.add(session);
  try {
    const xvfb = spawnInSession(session, 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { fd3: true });
    session.env.DISPLAY = `:${await firstLineOnFd3(xvfb, 'Xvfb')}`;
    const bus = spawnInSession(session, 'dbus-daemon', ['--session', '--nofork', '--nopidfile', '--print-address=3'], { fd3: true });
    session.env.DBUS_SESSION_BUS_ADDRESS = await firstLineOnFd3(bus, 'dbus-daemon');
    // In the foreground, not auto-started as a daemon by Orca (which would escape its process group).
    spawnInSession(session, 'speech-dispatcher', ['--run-single', '--timeout', '0', '--config-dir', speechd]);
    // Debian's Python (python3-pyatspi), whatever python3 comes first on PATH.
    session.orca = spawnInSession(session, '/usr/bin/python3', [join(here, 'start-orca.py'), log, prefs]);
    await session.waitFor((said) => said.some((u) => u.text === 'Screen reader on.'), 'Orca to start ("Screen reader on.")', 0);
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

function reading(session) {
  const read = logReader(session.log);
  const speech = (events) => events.filter((e) => e.kind === 'speech');
  return {
    /** A mark in the log: `since(mark)` is what happened after it. */
    mark: () => read().length,
    since: (mark) => read().slice(mark),
    /** The utterances after a mark. */
    said: (mark) => speech(read().slice(mark)),
    /**
     * Waits until `done(utterances after mark, events after mark)` is true; fails after `ms` with what
     * Orca said meanwhile.
     */
    async waitFor(done, what, mark, ms = PATIENCE) {
      const end = Date.now() + ms;
      for (;;) {
        const events = read().slice(mark);
        if (done(speech(events), events)) return speech(events);
        if (session.orca && (session.orca.exitCode !== null || session.orca.signalCode !== null)) {
          throw new Error(`${session.engine}: Orca stopped (${session.orca.exitCode ?? session.orca.signalCode}) while waiting for ${what}: ${session.orca.stderrText}`);
        }
        if (Date.now() > end) throw new Error(`${session.engine}: no ${what} within ${ms / 1000} s. Orca said:\n${transcript(speech(events))}`);
        await sleep(100);
      }
    },
    /**
     * Waits until Orca has said nothing and the focus has not moved for `quietMs` (its presentation of one
     * key is written at once, within milliseconds). Polls; gives up quietly after `ms`.
     */
    async settle(quietMs = 600, ms = PATIENCE) {
      const end = Date.now() + ms;
      let count = read().length;
      let since = Date.now();
      while (Date.now() < end) {
        await sleep(100);
        const now = read().length;
        if (now !== count) [count, since] = [now, Date.now()];
        else if (Date.now() - since >= quietMs) return;
      }
    },
  };
}

/** Utterances as lines, for messages and reports. */
export const transcript = (said) => said.map((u) => `  «${u.text}»`).join('\n') || '  (nothing)';

function driving(session) {
  let window = null;
  const xdotool = (...args) =>
    new Promise((resolve, reject) => {
      execFile('xdotool', args, { env: session.env, timeout: PATIENCE }, (error, stdout, stderr) =>
        error ? reject(new Error(`xdotool ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout.trim()),
      );
    });
  const stopBrowser = async () => {
    const browser = session.browser;
    session.browser = null;
    window = null;
    if (!browser || browser.exitCode !== null || browser.signalCode !== null) return;
    const gone = new Promise((resolve) => browser.once('exit', resolve));
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-browser.pid, signal);
      } catch {
        return;
      }
      if (await Promise.race([gone.then(() => true), sleep(5000).then(() => false)])) return;
    }
  };
  return {
    /**
     * Starts the browser (a new one, in a new profile) on `url`, waits for its window to be named
     * `title` (a regular expression; the test pages add " (ready)" once every widget has drawn), gives it
     * the keyboard, and waits until Orca has presented the page and gone quiet. Returns a mark.
     */
    async open(url, title) {
      await stopBrowser();
      const profile = join(session.dir, `profile-${++session.launches}`);
      mkdirSync(profile);
      if (session.engine === 'firefox') {
        writeFileSync(join(profile, 'user.js'), Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
      }
      const [command, args] = browsers[session.engine](profile, url);
      const mark = session.mark();
      session.browser = spawnInSession(session, command, args);
      const end = Date.now() + PATIENCE;
      while (!window) {
        const found = await xdotool('search', '--onlyvisible', '--name', title).catch(() => '');
        window = found.split('\n').filter(Boolean).pop() ?? null;
        if (window) break;
        if (Date.now() > end) throw new Error(`${session.engine}: no window named /${title}/ within ${PATIENCE / 1000} s: ${session.browser.stderrText}`);
        await sleep(200);
      }
      await xdotool('windowfocus', '--sync', window);
      // Orca names the window or the page once it is there (WebKit: the title; Firefox, Chromium: "Finished loading …").
      const name = title.replace(/\\\(ready\\\)/, '').replace(/[\\^$]/g, '').trim();
      await session.waitFor((said) => said.some((u) => u.text.includes(name)), `presentation of the page "${name}"`, mark);
      await session.settle();
      if (process.env.SR_SCREENS) await screenshot(session, join(process.env.SR_SCREENS, `${session.engine}-${session.launches}.png`));
      return session.mark();
    },
    /** Presses keys as a person does (xdotool names: Tab, shift+Tab, space, ctrl+Home, Down…). */
    async key(...keys) {
      for (const key of keys) await xdotool('key', '--clearmodifiers', key);
    },
    /**
     * Presses `key` until the focused object (role and name, as the platform gives them to Orca)
     * satisfies `wanted`, at most `max` times. Each press waits for the focus to move and Orca to go
     * quiet. Resolves with { focus, said } for the last press.
     */
    async moveFocus(key, wanted, what, max = 25) {
      const seen = [];
      for (let i = 0; i < max; i++) {
        const mark = session.mark();
        await session.key(key);
        await session.waitFor((_, events) => events.some((e) => e.kind === 'focus'), `focus move after ${key} (towards ${what})`, mark);
        await session.settle();
        const focus = session.since(mark).filter((e) => e.kind === 'focus').pop();
        seen.push(`${focus.role} "${focus.name}"`);
        if (wanted(focus)) return { focus, said: session.said(mark), mark };
      }
      throw new Error(`${session.engine}: ${max} × ${key} did not reach ${what}. The focus went to:\n  ${seen.join('\n  ')}`);
    },
    async close() {
      await stopBrowser().catch(() => {});
      await stopAll(session);
    },
  };
}

/** SR_SCREENS=<folder>: what the virtual display shows once each page is ready (for a failure's cause). */
function screenshot(session, file) {
  return new Promise((resolve) => {
    mkdirSync(join(file, '..'), { recursive: true });
    const shot = spawn('sh', ['-c', 'xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$0"', file], { env: session.env, stdio: 'ignore' });
    shot.on('exit', resolve);
    shot.on('error', resolve);
  });
}

/** Every process whose environment names this session (what dbus-daemon and the browsers started too). */
function sessionPids(dir) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`SCREEN_READER_SESSION=${dir}`)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Sessions still running: stopped at once if the test process is interrupted (no after hook runs then). */
const live = new Set();
function killNow() {
  for (const session of live) {
    for (const child of session.processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const pid of sessionPids(session.dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
process.on('exit', killNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));

async function stopAll(session) {
  live.delete(session);
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    for (const child of [...session.processes].reverse()) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
    for (const pid of sessionPids(session.dir)) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    const end = Date.now() + 3000;
    while (sessionPids(session.dir).length && Date.now() < end) await sleep(100);
    if (!sessionPids(session.dir).length) break;
  }
  const left = sessionPids(session.dir);
  if (process.env.SR_KEEP) console.log(`# ${session.engine}: kept ${session.dir}`);
  else rmSync(session.dir, { recursive: true, force: true });
  if (left.length) throw new Error(`${session.engine}: processes still running after SIGKILL: ${left.join(', ')}`);
}
