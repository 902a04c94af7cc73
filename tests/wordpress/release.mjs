// Which zip the WordPress tests install: release/safety-widgets-wordpress-<version>.zip
// (made by npm run build:wordpress), or the one SAFETY_WIDGETS_ZIP names (to run the
// tests against another build, for example a deliberately broken one).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The newest change to a file (or any file in a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  return Math.max(0, ...readdirSync(path, { recursive: true }).map((name) => statSync(join(path, name)).mtimeMs));
}

/** { path, fromBuild }; fails with one line when the zip is missing or older than what it is made from. */
export function releaseZip() {
  if (process.env.SAFETY_WIDGETS_ZIP) return { path: resolve(process.env.SAFETY_WIDGETS_ZIP), fromBuild: false };
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(root, 'release', `safety-widgets-wordpress-${version}.zip`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build && npm run build:wordpress first.`);
  const made = statSync(path).mtimeMs;
  // What goes into the zip (see scripts/wordpress-build.mjs).
  const sources = ['wordpress', 'dist/safety-widgets.js', 'dist/parts', 'dist/locales'].map((name) => join(root, name));
  if (sources.some((source) => newest(source) > made)) {
    throw new Error(`${path} is older than wordpress/ or the built widgets in dist/: run npm run build:wordpress again.`);
  }
  return { path, fromBuild: true };
}
