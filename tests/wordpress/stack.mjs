// A real WordPress for the plugin's tests, started and stopped by the tests
// themselves: Debian's WordPress (copied by hard links into a temporary folder,
// with its own wp-config.php and an empty wp-content), its own MariaDB (a fresh
// data folder, reached through a socket in that folder, no network) and its
// own Apache on 127.0.0.1 and a free port. Nothing of the machine's own
// configuration is touched; stop() ends what start() started and removes the folder.
// Missing packages: installed from Debian when running as root (saying so),
// otherwise one line names the command to run.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const THEMES = join(DEBIAN_WORDPRESS, 'wp-content', 'themes');
const root = process.getuid?.() === 0;

/** What the tests need, and the Debian package that brings it. */
const needs = [
  { file: join(DEBIAN_WORDPRESS, 'wp-settings.php'), packages: ['wordpress'] },
  { file: join(THEMES, 'twentytwentythree', 'theme.json'), packages: ['wordpress-theme-twentytwentythree'] },
  { file: join(THEMES, 'twentytwentyone', 'style.css'), packages: ['wordpress-theme-twentytwentyone'] },
  { file: '/usr/sbin/mariadbd', packages: ['mariadb-server'] },
  { file: '/usr/bin/mariadb-install-db', packages: ['mariadb-server'] },
  { file: '/usr/sbin/apache2', packages: ['apache2'] },
  { file: '/usr/bin/php', packages: ['php-cli'] },
  { file: 'libphp', packages: ['libapache2-mod-php'], found: () => !!phpModule() },
  { file: 'php mysqli', packages: ['php-mysql'], found: () => existsSync('/usr/bin/php') && /\bmysqli\b/.test(execFileSync('php', ['-m'], { encoding: 'utf8' })) },
  { file: '/usr/bin/chromium', packages: ['chromium'] },
];

function phpModule() {
  const dir = '/usr/lib/apache2/modules';
  const name = existsSync(dir) && readdirSync(dir).find((file) => /^libphp[\d.]*\.so$/.test(file));
  return name ? join(dir, name) : undefined;
}

/** Installs what is missing (as root), or stops with the one command to run. */
export function ensurePackages() {
  const missing = needs.filter((need) => !(need.found ? need.found() : existsSync(need.file)));
  if (!missing.length) return;
  const packages = [...new Set(missing.flatMap((need) => need.packages))];
  const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!root) throw new Error(`WordPress tests need Debian packages that are missing: run sudo sh -c '${command}'`);
  console.log(`Installing what the WordPress tests need from Debian: ${command}`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until something accepts connections at `where` ({ port, host } or { path }). */
async function waitForListener(where, what, child, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = connect(where, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`${what} stopped at start (exit ${child.exitCode})`);
    if (Date.now() > end) throw new Error(`${what} did not start within ${ms / 1000} s`);
    await sleep(100);
  }
}

/** Starts a long-running program in its own process group (its logs go to files its options name). */
function daemon(command, args) {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

function stopGroup(child) {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function stopAndWait(child, ms = 10000) {
  if (!child?.pid || child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  stopGroup(child);
  const timer = sleep(ms).then(() => 'late');
  if ((await Promise.race([gone, timer])) === 'late') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Starts the stack. Returns { origin, dir, content, php(code), stop() }.
 * `php` runs PHP code with WordPress loaded (as a command-line script), and gives its output.
 */
export async function startWordPress() {
  ensurePackages();
  const dir = mkdtempSync('/tmp/safety-widgets-wordpress-');
  chmodSync(dir, 0o755);
  const started = [];
  // If the tests end without stop() (a crash, Ctrl-C), the servers still go with them.
  const leftBehind = () => started.forEach(stopGroup);
  process.once('exit', leftBehind);
  const stop = async () => {
    process.off('exit', leftBehind);
    for (const child of started.reverse()) await stopAndWait(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const wp = join(dir, 'wp');
    const content = join(wp, 'wp-content');

    // WordPress: hard links to Debian's files (instant, read-only for the web server), or a copy across file systems.
    try {
      execFileSync('cp', ['-al', DEBIAN_WORDPRESS, wp]);
    } catch {
      rmSync(wp, { recursive: true, force: true });
      execFileSync('cp', ['-a', DEBIAN_WORDPRESS, wp]);
    }
    // Debian links some libraries in with relative links (../../../javascript/underscore/…): point them at the originals.
    for (const link of readdirSync(wp, { recursive: true }).filter((name) => lstatSync(join(wp, name)).isSymbolicLink())) {
      const target = readlinkSync(join(wp, link));
      if (isAbsolute(target)) continue;
      rmSync(join(wp, link));
      symlinkSync(resolve(dirname(join(DEBIAN_WORDPRESS, link)), target), join(wp, link));
    }
    rmSync(join(wp, 'wp-config.php'), { force: true });
    rmSync(join(wp, '.htaccess'), { force: true });
    rmSync(content, { recursive: true, force: true });
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade', 'languages', 'mu-plugins']) mkdirSync(join(content, sub), { recursive: true });
    for (const theme of ['twentytwentythree', 'twentytwentyone']) symlinkSync(join(THEMES, theme), join(content, 'themes', theme));
    // Spanish for WordPress itself, so an administrator can use the site in Spanish.
    const languages = join(DEBIAN_WORDPRESS, 'wp-content', 'languages');
    for (const file of existsSync(languages) ? readdirSync(languages) : []) {
      if (/(^|-)es_ES\.(mo|json)$/.test(file)) symlinkSync(join(languages, file), join(content, 'languages', file));
    }
    const socket = join(dir, 'mysqld.sock');
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    writeFileSync(
      join(wp, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress-test');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // MariaDB: its own data folder and socket, no network.
    const data = join(dir, 'mysql');
    const user = root ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user], { stdio: 'ignore' });
    const mariadb = daemon(
      '/usr/sbin/mariadbd',
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`, '--innodb-buffer-pool-size=64M', ...user],
    );
    started.push(mariadb);
    await waitForListener({ path: socket }, 'MariaDB', mariadb);
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress-test'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);

    // Apache with PHP, on 127.0.0.1 only.
    const run = join(dir, 'apache-run');
    mkdirSync(run);
    const modules = '/usr/lib/apache2/modules';
    writeFileSync(
      join(dir, 'apache.conf'),
      `ServerRoot "${dir}"
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule php_module ${phpModule()}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${join(run, 'apache.pid')}
DefaultRuntimeDir ${run}
Mutex file:${run} default
ErrorLog ${join(dir, 'apache-error.log')}
LogFormat "%r %>s" short
CustomLog ${join(dir, 'apache-access.log')} short
${root ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 10
TypesConfig /etc/mime.types
DocumentRoot "${wp}"
<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all denied
</Directory>
<Directory "${wp}">
  Require all granted
</Directory>
<Directory "/usr/share">
  Require all granted
</Directory>
DirectoryIndex index.php index.html
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    if (root) execFileSync('chown', ['-R', 'www-data:www-data', content, run]);
    const apache = daemon('/usr/sbin/apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND']);
    started.push(apache);
    await waitForListener({ port, host: '127.0.0.1' }, 'Apache', apache);

    /** Runs PHP with WordPress loaded (`before`: PHP to run before loading it); gives what it prints. */
    const php = (code, { before = '' } = {}) => {
      const file = join(dir, `cli-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = '${port}';
${before}
require '${join(wp, 'wp-load.php')}';
${code}
`,
      );
      try {
        return execFileSync('php', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        throw new Error(`PHP failed: ${error.stderr || error.stdout || error.message}\n${code}`);
      } finally {
        rmSync(file, { force: true });
      }
    };
    /** Runs PHP and reads the JSON it echoes. */
    const phpJson = (code, options) => JSON.parse(php(code, options).trim().split('\n').pop());
    /** After PHP wrote into wp-content as root: hand it back to the web server. */
    const giveBack = () => root && execFileSync('chown', ['-R', 'www-data:www-data', content]);
    const log = (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');

    return { origin, dir, wp, content, php, phpJson, giveBack, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
