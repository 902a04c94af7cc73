// Every piece of advice a partner reads says the same thing: README.md,
// START-HERE.html (in the release zip), the snippet builder (demo/configure.ts,
// also in the zip) and the WordPress plugin's settings screen
// (wordpress/safety-widgets/includes/*.php). Reads the sources; needs no build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const builder = read('demo/configure.ts');

describe('partner advice', () => {
  it('the builder’s CDN line has the README’s integrity placeholder, letter for letter', () => {
    const inReadme = [...new Set(readme.match(/sha384-PASTE\w*/g))];
    assert.equal(inReadme.length, 1, `README.md: ${inReadme.join(', ')}`);
    const inBuilder = [...new Set(builder.match(/sha384-PASTE\w*/g))];
    assert.deepEqual(inBuilder, inReadme);
  });
});
