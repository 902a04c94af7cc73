/// <reference types="vite/client" />
/**
 * The loader: where this script came from, the only files it may load from
 * there, and how each is checked. Everything safety-widgets.js fetches goes
 * through `loadOwnFile` below, and the site-wide exit's address through
 * `siteWideHref`. Read it with an attacker in mind: the page may hold HTML that
 * someone else wrote (a comment, a CMS field, a post by a WordPress author).
 *
 * - The folder is where the browser really fetched this script from: the
 *   address in the script's own stack trace, which no element on the page can
 *   change (not `<img name="currentScript">`, not a `<base>` added later, not an
 *   inert `<script type="text/plain" src="…">`).
 * - Only the files of this build are loaded (FILES), each with the sha384 the
 *   build wrote into this script (or, for <know-your-rights>'s language files,
 *   into parts/rights.js, which this script checked): the browser refuses a file
 *   that was changed, so one `integrity` value on safety-widgets.js covers
 *   everything it loads.
 * - The site-wide exit's destination is read only from our own script tags and
 *   from a `<meta name="quick-exit">` in `<head>`.
 */
import { version } from '../package.json';
import { BUILT_IN, SHIPPED } from './i18n/registry.js';
import { attr, create, currentScript, head, ownGlobal, query, queryAll, root, scripts, scriptSrc } from './shared/dom.js';
import { warn } from './shared/warn.js';

/** Written by the build (vite.config.ts): each file's `sha384-…`, checked by the browser. Absent on the demo's dev server. */
declare const __SAFETY_WIDGETS_INTEGRITY__: Record<string, string> | undefined;
const INTEGRITY = typeof __SAFETY_WIDGETS_INTEGRITY__ === 'object' ? __SAFETY_WIDGETS_INTEGRITY__ : undefined;

/** Every file safety-widgets.js may load, beside itself. */
export const PARTS_FILE = 'parts/widgets.js';
/** <know-your-rights>, and its words in each language but English and Spanish. */
export const RIGHTS_FILE = 'parts/rights.js';
export const localeFile = (code: string): string => `locales/${code}.js`;
export const rightsFile = (code: string): string => `locales/rights-${code}.js`;
const OTHERS = SHIPPED.filter((code) => !BUILT_IN.includes(code));
export const FILES: readonly string[] = [PARTS_FILE, RIGHTS_FILE, ...OTHERS.map(localeFile), ...OTHERS.map(rightsFile)];

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');
const isRelative = (src: string) => !/^([a-z][a-z\d+.-]*:|\/\/)/i.test(src.trim());
/** A script the browser runs: no type, a JavaScript type, or a module (not text/plain, not a template). */
const runs = (script: HTMLScriptElement) => /^((text|application)\/(java|ecma)script|module|)$/i.test((attr(script, 'type') ?? '').trim());

/** The address this code was fetched from, from its own stack trace (Chromium "at URL:1:2", Firefox and WebKit "@URL:1:2"). */
function fetchedFrom(): string | undefined {
  const stack = String(new Error().stack ?? '');
  const url = /((?:https?|file):\/\/[^\s()@]+?):\d+:\d+/.exec(stack)?.[1];
  return url && /\.js$/i.test(withoutQuery(url)) ? url : undefined;
}

/** Our script tag, while it runs its first code (none for a module). */
let running: HTMLScriptElement | undefined;

/**
 * The address of safety-widgets.js as the browser fetched it; undefined (with
 * one warning) when it cannot be known for sure. Call it while the script runs
 * its first code (the stack trace names this file only then).
 */
export function ownAddress(): string | undefined {
  if (import.meta.env?.DEV) return new URL('/safety-widgets.js', location.href).href;
  const script = currentScript();
  running = script instanceof HTMLScriptElement ? script : undefined;
  const resolved = running && scriptSrc(running);
  // No stack trace to read: the script tag's address, only when no <base> element can have moved it.
  const fetched = fetchedFrom() ?? (resolved && !query('base[href]') ? resolved : undefined);
  if (!fetched) warn('cannot tell where this script came from: only the quick exit works. Load it with <script src="…/safety-widgets.js">.');
  return fetched;
}

/**
 * Where the rest of the widgets may load from: beside `own`, unless one of our
 * tags now names another address than the one the browser fetched (a <base>
 * added after it: the page is not what its author wrote). Then nothing more
 * loads, with one warning; the quick exit works.
 */
export function trustedFolder(own: string | undefined): string | undefined {
  const moved = own && ownTags(own).find((tag) => isRelative(attr(tag, 'src') ?? '') && withoutQuery(scriptSrc(tag)) !== withoutQuery(own));
  if (!moved) return own;
  warn(`this script came from ${own}, but its tag now points to ${scriptSrc(moved)} (a <base> added after it?): the banner, the checklist and other languages are not loaded; the quick exit works.`);
  return undefined;
}

/** Our own script tags: the one running, others for the same file, and only tags the browser runs (never an inert copy). */
function ownTags(own: string | undefined): HTMLScriptElement[] {
  if (import.meta.env?.DEV) return queryAll<HTMLScriptElement>('script[data-quick-exit]');
  if (!own) return [];
  const addresses = (script: HTMLScriptElement) => {
    const src = attr(script, 'src');
    try {
      // Also against the page's own address: a <base> added after our tag changes what its src says now.
      return src === null ? [] : [scriptSrc(script), new URL(src, location.href).href];
    } catch {
      return [];
    }
  };
  return scripts().filter((script) => runs(script) && (script === running || addresses(script).some((url) => withoutQuery(url) === withoutQuery(own))));
}

/**
 * The site-wide exit's destination: `data-quick-exit` on one of our own script
 * tags (the first that names an address), else `<meta name="quick-exit"
 * content="…">` in `<head>` (for tooling that drops data- attributes). "" asks
 * for the default destination; undefined: no site-wide exit.
 */
export function siteWideHref(own: string | undefined): string | undefined {
  const values = ownTags(own)
    .map((script) => attr(script, 'data-quick-exit'))
    .filter((value): value is string => value !== null);
  const meta = head()?.querySelector('meta[name="quick-exit"]');
  return values.find((value) => value.trim()) ?? values[0] ?? (meta ? (attr(meta, 'content') ?? '') : undefined);
}

interface Shared {
  readonly version: string;
  readonly elements: readonly string[];
}

/** The first copy of this script on the page, if one ran: set by a script, never an element named "SafetyWidgets". */
export function firstCopy(): Shared | undefined {
  const value = ownGlobal('SafetyWidgets') as Partial<Shared> | undefined;
  return value && typeof value.version === 'string' && Array.isArray(value.elements) ? (value as Shared) : undefined;
}

export function announce(elements: readonly string[]): void {
  Object.defineProperty(window, 'SafetyWidgets', {
    value: Object.freeze({ version, elements: Object.freeze([...elements]) }),
    enumerable: true,
    configurable: true,
  });
}

type Policy = { createScriptURL(url: string): unknown };
let policy: Policy | null | undefined;

/**
 * Runs one of our own files (`parts/widgets.js`, `locales/vi.js`, …) from beside
 * this script, checked against the sha384 this build carries for it. A file
 * that is missing, changed or refused by the page's policy calls `failed` and
 * runs nothing.
 *
 * `vouched`: the sha384 of a file whose hash this script does not carry, given by
 * a file it checked itself (parts/rights.js carries those of `locales/rights-*.js`,
 * so every page does not pay for eleven hashes). Still only a file of this build's
 * list, from this folder.
 */
export function loadOwnFile(own: string, file: string, failed: (url: string) => void, vouched?: string): void {
  const folder = new URL('.', own);
  const url = new URL(`${file}?v=${version}`, folder).href;
  const integrity = INTEGRITY?.[file] ?? (INTEGRITY && typeof vouched === 'string' && /^sha384-[\w+/]{64}$/.test(vouched) ? vouched : undefined);
  const fail = () => failed(url);
  if (!FILES.includes(file) || (INTEGRITY && !integrity)) return fail();
  if (!integrity) {
    // The demo's dev server: the files are its live sources.
    import(/* @vite-ignore */ url).catch(fail);
    return;
  }
  const script = currentScript();
  const checked = { crossOrigin: 'anonymous', integrity, nonce: script instanceof HTMLScriptElement ? script.nonce : '', onerror: fail };
  const into = head() ?? root();
  const link = create('link');
  // A module preload with its hash, then the import: the browser checks the file and keeps it for the
  // import (no second fetch), with no Trusted Types sink. WebKit (every iPhone browser) runs a changed
  // file that way (seen in tests/e2e/hostile-pages), so there a classic <script integrity> instead.
  if (navigator.vendor !== 'Apple Computer, Inc.' && link.relList?.supports?.('modulepreload')) {
    Object.assign(link, { ...checked, rel: 'modulepreload', href: url, onload: () => import(/* @vite-ignore */ url).catch(fail) });
    into.append(link);
    return;
  }
  // Its address through a Trusted Types policy that accepts only this build's files, at this folder.
  const classic = create('script');
  try {
    if (policy === undefined) {
      try {
        const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
        const allowed = FILES.map((one) => new URL(`${one}?v=${version}`, folder).href);
        policy = tt?.createPolicy('safety-widgets-loader', {
          createScriptURL: (asked: string) => {
            if (allowed.includes(asked)) return asked;
            throw new TypeError(asked);
          },
        }) ?? null;
      } catch {
        policy = null; // a page's list of policies without ours
      }
    }
    (classic as { src: unknown }).src = policy ? policy.createScriptURL(url) : url;
  } catch {
    return fail(); // Trusted Types required, and our policy not allowed
  }
  Object.assign(classic, checked);
  into.append(classic);
}
