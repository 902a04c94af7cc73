// Language files: src/i18n/locales/<code>.json (all but the built-in English and
// Spanish) become locales/<code>.js beside safety-widgets.js, each a classic
// script that adds its language whether it runs before or after the main script
// (see src/i18n/registry.ts). Used by the build and the demo's dev server.
//
// To stay small (4 KB gzip each), a file carries the quick exit's words as an
// object and the banner's and checklist's words as `values`: a list in the order
// of packKeys() below, which parts/widgets.js (built from the same en.json)
// reads back. A partner's own file uses the plain `strings` tree instead.
import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('../src/i18n/locales/', import.meta.url);
export const BUILT_IN = ['en', 'es'];
const read = (code) => JSON.parse(readFileSync(new URL(`${code}.json`, folder), 'utf8'));

/** The codes that ship as separate files. */
export const localeCodes = () =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((code) => !BUILT_IN.includes(code))
    .sort();

/** Every key of English's tree but the quick exit's, then each line's `what`. Mirrors packKeys in src/i18n/packs.ts. */
export function packKeys(en = read('en')) {
  const keys = (tree, prefix = '') =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));
  const { quickExit: _, ...rest } = en;
  return [...keys(rest), ...Object.keys(en.lines).map((id) => `lines.${id}.what`)];
}

/** The text of locales/<code>.js. */
export function localeScript(code, version) {
  const { _meta: meta = {}, quickExit, ...strings } = read(code);
  const at = (path) => path.split('.').reduce((tree, key) => (tree && typeof tree === 'object' ? tree[key] : undefined), strings);
  const values = packKeys().map((key) => (typeof at(key) === 'string' ? at(key) : 0));
  const status = meta.status ?? 'drafted';
  return (
    `/*! safety-widgets ${version} locales/${code}.js (${status}) */\n` +
    // The list as a script set it (an element with id="SafetyWidgetsLanguages" on the page is not it).
    // (globalThis, and no event where nothing can hear one: imported on a server, it throws nothing.)
    `(function(g,d){(d&&Array.isArray(d.value)?d.value:g.SafetyWidgetsLanguages=[]).push(${JSON.stringify({ lang: code, status, quickExit, values })});g.dispatchEvent&&g.dispatchEvent(new Event("safety-widgets-language"))})(globalThis,Object.getOwnPropertyDescriptor(globalThis,"SafetyWidgetsLanguages"));\n`
  );
}

// <know-your-rights>'s words: src/i18n/rights/<code>.json (all but the built-in English and Spanish)
// become locales/rights-<code>.js, loaded only for a page that shows that widget in that language.
// They push `{ lang, status, strings }` onto an array under a symbol on the window (no new global
// name for the page), read by src/components/know-your-rights/strings.ts.
const rightsFolder = new URL('../src/i18n/rights/', import.meta.url);

/** The codes whose rights words ship as separate files. */
export const rightsCodes = () =>
  readdirSync(rightsFolder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((code) => !BUILT_IN.includes(code))
    .sort();

/** The text of locales/rights-<code>.js. */
export function rightsScript(code, version) {
  const { _meta: meta = {}, ...strings } = JSON.parse(readFileSync(new URL(`${code}.json`, rightsFolder), 'utf8'));
  const status = meta.status ?? 'drafted';
  return (
    `/*! safety-widgets ${version} locales/rights-${code}.js (${status}) */\n` +
    `(function(g,k){(g[k]=Array.isArray(g[k])?g[k]:[]).push(${JSON.stringify({ lang: code, status, strings })});g.dispatchEvent&&g.dispatchEvent(new Event("safety-widgets-language"))})(globalThis,Symbol.for("safety-widgets.rights"));\n`
  );
}
