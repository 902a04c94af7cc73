// Which zip the WordPress tests install: release/safety-widgets-wordpress-<version>.zip
// (made by npm run build:wordpress), or the one SAFETY_WIDGETS_ZIP names (to run the
// tests against another build, for example a deliberately broken one).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(dir) {
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir, { recursive: true }).map((name) => statSync(join(dir, name)).mtimeMs));
}

/** { path, fromBuild }; fails with one line when the zip is missing or older than what it is made from. */
export function releaseZip() {
  if (process.env.SAFETY_WIDGETS_ZIP) return { path: resolve(process.env.SAFETY_WIDGETS_ZIP), fromBuild: false };
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(root, 'release', `safety-widgets-wordpress-${version}.zip`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build && npm run build:wordpress first.`);
  const made = statSync(path).mtimeMs;
  if (newest(join(root, 'wordpress')) > made || newest(join(root, 'dist')) > made) {
    throw new Error(`${path} is older than wordpress/ or dist/: run npm run build:wordpress again.`);
  }
  return { path, fromBuild: true };
}
