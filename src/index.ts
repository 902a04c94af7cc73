/// <reference types="vite/client" />
/**
 * The one script partners paste: small, so the quick exit works at once on
 * every page. It registers <quick-exit>, keeps the site-wide exit, and loads
 * the rest of the widgets (parts/widgets.js, beside it) only on a page that has
 * a <hotline-banner> or <signs-checklist>. A second copy of the script warns
 * once and does nothing else. The only global it leaves is `window.SafetyWidgets`.
 */
import { version } from '../package.json';
import { QuickExit, reserveTopRoom } from './components/quick-exit/quick-exit.js';
import { BUILT_IN, canonical, shared, SHIPPED } from './i18n/registry.js';
import { warn } from './shared/warn.js';

declare global {
  interface Window {
    SafetyWidgets?: { readonly version: string; readonly elements: readonly string[] };
  }
}

const elements: Record<string, CustomElementConstructor> = { 'quick-exit': QuickExit };

/** The widgets that live in parts/widgets.js. */
const PARTS = ['hotline-banner', 'signs-checklist'];
const PARTS_FILE = 'parts/widgets.js';

let scriptUrls: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * Runs one of our own files from beside this script, and nothing else. As a
 * module import: no Trusted Types sink, so a strict policy needs nothing more
 * than 'self'. Where that fails (another host without CORS), as a classic
 * script, through a Trusted Types policy that accepts only our folder's
 * parts/ and locales/ files.
 */
function runOwnFile(url: string, folder: string, failed: () => void): void {
  import(/* @vite-ignore */ url).catch(() => {
    const script = document.createElement('script');
    try {
      const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: object): typeof scriptUrls } }).trustedTypes;
      scriptUrls ??= tt?.createPolicy('safety-widgets-loader', {
        createScriptURL: (asked: string) => {
          if (/^(parts|locales)\/[\w-]+\.js(\?v=[\w.-]+)?$/.test(asked.slice(folder.length)) && asked.startsWith(folder)) return asked;
          throw new TypeError(`safety-widgets loads only its own files, not ${asked}`);
        },
      });
      (script as { src: unknown }).src = scriptUrls ? scriptUrls.createScriptURL(url) : url;
    } catch {
      return failed();
    }
    script.onerror = failed;
    document.head.append(script);
  });
}

/**
 * Loads `locales/<code>.js` from the folder this script came from, once, when a
 * widget wants a language that is not here. Until it arrives the widgets show
 * English; a file that cannot load leaves English and one warning.
 */
function languageLoader(src: string | undefined): (code: string) => void {
  const asked = new Set<string>(BUILT_IN);
  return (code) => {
    if (asked.has(code) || !(SHIPPED as readonly string[]).includes(code)) return;
    asked.add(code);
    if (!src) {
      warn(`cannot tell where this script came from, so the "${code}" language file cannot load; showing English. Load it with a <script src="…/safety-widgets.js"> tag, or add locales/${code}.js with its own <script> tag.`);
      return;
    }
    const folder = new URL('.', src).href;
    const url = new URL(`locales/${code}.js?v=${version}`, folder).href;
    const fetchIt = () => {
      // A partner's own <script> tag for the file (before or after this one) saves the second fetch.
      // (Only our own file counts: a partner's few words for the language do not replace it.)
      const here = window.SafetyWidgetsLanguages?.some((pack) => Array.isArray(pack?.values) && canonical(pack.lang) === code);
      const tagged = [...document.scripts].some((script) => script.src.split('?')[0] === url.split('?')[0]);
      if (!here && !tagged) runOwnFile(url, folder, () => warn(`could not load ${url}: put the locales folder beside safety-widgets.js. The widgets show English.`));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fetchIt, { once: true });
    else fetchIt();
  };
}

/**
 * With the script in <head> (nothing painted yet): until the banner and the
 * checklist have drawn themselves, what follows them on the page waits unseen,
 * so nothing the person started reading moves when they appear (no layout
 * shift). At most 1.5 s, and not a moment longer once they are drawn or their
 * file failed; the quick exit always shows. Returns the release.
 */
function holdWhatFollows(): () => void {
  const release = () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((one) => one !== sheet);
    sheet = undefined;
  };
  let sheet: CSSStyleSheet | undefined;
  if (document.body) return release;
  try {
    sheet = new CSSStyleSheet();
    const waiting = `:is(${PARTS.join(',')}):not(:defined)`;
    for (const rule of [`${waiting} ~ *`, `:has(${waiting}) ~ *`]) {
      try {
        sheet.insertRule(`${rule} { visibility: hidden }`);
      } catch {
        // A browser without :has() holds only the widget's own later siblings.
      }
    }
    sheet.insertRule('quick-exit, safety-quick-exit { visibility: visible }');
    // A block from the start, and never empty, so the margins around it do not collapse through it
    // now and stop doing so when it draws (which would move what contains it).
    sheet.insertRule(`${waiting} { display: block; min-block-size: 1px }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    setTimeout(release, 1500);
  } catch {
    sheet = undefined;
  }
  return release;
}

/**
 * Runs `then` once the page's first text or image is on the screen (the
 * browser's first-contentful-paint entry, which comes a frame or two after the
 * paint itself). Without waiting, once the page's HTML has been read, where
 * nothing could be painted before our widgets (no text shows outside what they
 * hold back) or the browser does not say when it painted; and at the latest
 * 1 s after the HTML has been read.
 */
function afterFirstContentfulPaint(then: () => void): void {
  let done = false;
  let painted: PerformanceObserver | undefined;
  const go = () => {
    if (done) return;
    done = true;
    painted?.disconnect();
    then();
  };
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      painted = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) go();
      });
      painted.observe({ type: 'paint', buffered: true });
    }
  } catch {
    painted = undefined;
  }
  const read = () =>
    requestAnimationFrame(() => {
      // (innerText leaves out what is hidden; the layout it needs is this frame's own.)
      if (!painted || !document.body?.innerText.trim()) go();
      else setTimeout(go, 1000);
    });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read, { once: true });
  else read();
}

/**
 * Loads parts/widgets.js from the folder this script came from, and from
 * nowhere else, once the page has a widget that needs it.
 */
function loadPartsWhenNeeded(src: string | undefined): void {
  const release = holdWhatFollows();
  const selector = PARTS.join(',');
  let asked = false;
  const load = () => {
    if (asked || !document.querySelector(selector) || PARTS.every((tag) => customElements.get(tag))) {
      if (document.readyState !== 'loading' && !asked) release();
      return;
    }
    asked = true;
    watcher.disconnect();
    if (!src) {
      release();
      warn(`cannot tell where this script came from, so <${PARTS.join('> and <')}> cannot load. Load it with a <script src="…/safety-widgets.js"> tag.`);
      return;
    }
    const folder = new URL('.', src).href;
    const url = new URL(`${PARTS_FILE}?v=${version}`, folder).href;
    // After the page's first contentful paint: its own CSS and text come first. (Not "while the page is
    // still loading": the parser may read the widget and the end of the page in one go.)
    afterFirstContentfulPaint(() => fetchParts(url, folder));
  };
  const fetchParts = (url: string, folder: string) => {
    runOwnFile(url, folder, () => {
      release();
      warn(`could not load ${url}: put the parts folder beside safety-widgets.js. The widgets show their fallback content.`);
    });
    // Drawn: they draw in the same frame as they are defined.
    void Promise.all(PARTS.map((tag) => customElements.whenDefined(tag))).then(() => requestAnimationFrame(release));
  };
  // Looks only at what was added, so a busy page (most of which never gets a banner) pays little.
  const watcher = new MutationObserver((records) => {
    const added = (node: Node) => node instanceof Element && (node.matches(selector) || !!node.querySelector(selector));
    if (records.some((record) => [...record.addedNodes].some(added))) load();
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  load();
  // A page with neither widget needs no hold once it has been read.
  document.addEventListener('DOMContentLoaded', () => load(), { once: true });
}

/**
 * The site-wide exit's destination: `data-quick-exit` on any script tag that
 * carries it (classic, async, defer or module; any copy), else
 * `<meta name="quick-exit" content="…">` for tooling that drops data- attributes.
 */
function siteWideHref(): string | undefined {
  const script = document.querySelector<HTMLScriptElement>('script[data-quick-exit]:not([data-quick-exit=""])') ?? document.querySelector<HTMLScriptElement>('script[data-quick-exit]');
  return script?.dataset.quickExit ?? document.querySelector<HTMLMetaElement>('meta[name="quick-exit"]')?.content;
}

/**
 * A quick exit at the start of <body> on every page that asks for one, kept
 * there when the page replaces its body (Turbo, htmx boosts, PJAX).
 */
function keepSiteWideExit(tag: string): void {
  let exit: HTMLElement | undefined;
  let body: HTMLElement | null = null;
  const bodies = new MutationObserver(() => ensure());
  const ensure = () => {
    const href = siteWideHref();
    if (href === undefined) return;
    if (document.body !== body) {
      body = document.body;
      bodies.disconnect();
      bodies.observe(document.documentElement, { childList: true });
      if (body) bodies.observe(body, { childList: true });
    }
    if (!body || document.querySelector(tag)) return;
    if (!exit) {
      exit = document.createElement(tag);
      if (href.trim()) exit.setAttribute('href', href);
    }
    body.prepend(exit);
  };
  if (document.readyState === 'loading' && siteWideHref() !== undefined) {
    reserveTopRoom();
    // As soon as <body> exists, so the button is there by the first paint; a page that
    // has its own <quick-exit> further down keeps only its own (checked once it is parsed).
    const early = new MutationObserver(() => {
      if (!document.body) return;
      early.disconnect();
      ensure();
    });
    early.observe(document.documentElement, { childList: true });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        early.disconnect();
        if (exit?.isConnected && [...document.querySelectorAll(tag)].some((other) => other !== exit)) exit.remove();
        ensure();
      },
      { once: true },
    );
  }
  ensure();
}

const copy = window.SafetyWidgets;
// The folder this script came from: the rest of the widgets is beside it.
// (The demo's dev server serves parts/ and locales/ from the site's root.)
const ownSrc =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="safety-widgets"]')?.src ||
  (import.meta.env?.DEV ? new URL('/safety-widgets.js', location.href).href : undefined);
if (copy) {
  console.warn('safety-widgets: this script is included more than once on the page; only the first copy is used.');
  // A later copy may be the one that carries data-quick-exit: the first copy's exit serves it.
  const tag = copy.elements.find((name) => name.endsWith('quick-exit'));
  if (tag) keepSiteWideExit(tag);
} else {
  const names: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) {
      customElements.define(tag, element);
      names.push(tag);
    } else if (element === QuickExit && !customElements.get('safety-quick-exit')) {
      // The site-wide exit must not be lost to a name clash.
      console.warn('safety-widgets: <quick-exit> is already defined by another script; ours is <safety-quick-exit>, and the site-wide exit uses it.');
      customElements.define('safety-quick-exit', class extends QuickExit {});
      names.push('safety-quick-exit');
    } else {
      console.warn(`safety-widgets: <${tag}> is already defined by another script; ours is not used.`);
    }
  }
  window.SafetyWidgets = Object.freeze({ version, elements: Object.freeze(names) });
  shared.load = languageLoader(ownSrc);
  const tag = names.find((name) => name.endsWith('quick-exit'));
  if (tag) keepSiteWideExit(tag);
  loadPartsWhenNeeded(ownSrc);
}
