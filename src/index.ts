/// <reference types="vite/client" />
/**
 * The one script partners paste: small, so the quick exit works at once on
 * every page. It registers <quick-exit>, keeps the site-wide exit, and loads
 * the rest of the widgets (parts/widgets.js, beside it) only on a page that has
 * a <hotline-banner> or <signs-checklist>, and parts/rights.js only on a page
 * that has a <know-your-rights>. A second copy of the script warns
 * once and does nothing else. The only global it leaves is `window.SafetyWidgets`.
 */
import { QuickExit, reserveTopRoom } from './components/quick-exit/quick-exit.js';
import { siteWide } from './components/quick-exit/shortcut.js';
import { BUILT_IN, canonical, shared, SHIPPED, type LanguagePack } from './i18n/registry.js';
import { announce, firstCopy, loadOwnFile, localeFile, ownAddress, PARTS_FILE, RIGHTS_FILE, rightsFile, siteWideHref, trustedFolder } from './loader.js';
import * as dom from './shared/dom.js';
import { warn } from './shared/warn.js';

declare global {
  interface Window {
    SafetyWidgets?: { readonly version: string; readonly elements: readonly string[] };
  }
}

const elements: Record<string, CustomElementConstructor> = { 'quick-exit': QuickExit };

/** The widgets that live in each part, loaded only on pages that have one of them. */
const PARTS: Record<string, readonly string[]> = { [PARTS_FILE]: ['hotline-banner', 'signs-checklist'], [RIGHTS_FILE]: ['know-your-rights'] };
const TAGS = Object.values(PARTS).flat();

/**
 * Loads a language's file (`locales/<code>.js`, or `locales/rights-<code>.js`
 * for <know-your-rights>) from the folder this script came from, once, when a
 * widget wants a language that is not here. Until it arrives the widgets show
 * English; a file that cannot load leaves English and one warning. `here`: the
 * file already ran (a partner's <script> tag for it, before this one), so no
 * second fetch.
 */
function languageLoader(src: string | undefined, file: (code: string) => string, here: (code: string) => boolean): (code: string, vouched?: string) => void {
  const asked = new Set<string>(BUILT_IN);
  return (code, vouched) => {
    if (asked.has(code) || !(SHIPPED as readonly string[]).includes(code)) return;
    asked.add(code);
    if (!src) return; // ownAddress() said why
    const fetchIt = () => {
      if (!here(code)) loadOwnFile(src, file(code), (url) => warn(`could not load ${url} (missing, changed or refused): showing English.`), vouched);
    };
    if (dom.readyState() === 'loading') dom.onDocument('DOMContentLoaded', fetchIt, { once: true });
    else fetchIt();
  };
}

/** Our own language file for `code` has run. (Only our own counts: a partner's few words for the language do not replace it.) */
const packHere = (code: string) => {
  const packs = dom.ownGlobal('SafetyWidgetsLanguages') as LanguagePack[] | undefined;
  return Array.isArray(packs) && packs.some((pack) => Array.isArray(pack?.values) && canonical(pack.lang) === code);
};
const rightsHere = (code: string) => {
  const packs = (window as unknown as Record<symbol, unknown>)[Symbol.for('safety-widgets.rights')];
  return Array.isArray(packs) && packs.some((pack: { lang?: string }) => canonical(pack?.lang) === code);
};

/**
 * With the script in <head> (nothing painted yet): until the banner, the
 * checklist and know-your-rights have drawn themselves, what follows them on
 * the page waits unseen, so nothing the person started reading moves when they
 * appear (no layout shift). At most 1.5 s, and not a moment longer once they
 * are drawn or their file failed; the quick exit always shows. Returns the
 * release.
 */
function holdWhatFollows(): () => void {
  const release = () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((one) => one !== sheet);
    sheet = undefined;
  };
  let sheet: CSSStyleSheet | undefined;
  if (dom.body()) return release;
  try {
    const waiting = `:is(${TAGS.join(',')}):not(:defined)`;
    // For as long as they wait: a block of its own that keeps its fallback's margins inside it (so its box is
    // the room the fallback takes, where a widget drawn late can take its place: LocalizedElement), and never
    // empty, so the margins around it do not collapse through it now and stop doing so when it draws (which
    // would move what contains it).
    const boxes = new CSSStyleSheet();
    boxes.insertRule(`${waiting} { display: flow-root; min-block-size: 1px }`);
    sheet = new CSSStyleSheet();
    for (const rule of [`${waiting} ~ *`, `:has(${waiting}) ~ *`]) {
      try {
        sheet.insertRule(`${rule} { visibility: hidden }`);
      } catch {
        // A browser without :has() holds only the widget's own later siblings.
      }
    }
    sheet.insertRule('quick-exit, safety-quick-exit { visibility: visible }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, boxes, sheet];
    setTimeout(() => {
      // Not drawn yet: what follows shows now, and a widget drawn later takes its fallback's place only where
      // that moves nothing (LocalizedElement).
      if (sheet) shared.late = true;
      release();
    }, 1500);
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
      if (!painted || !dom.body()?.innerText.trim()) go();
      else setTimeout(go, 1000);
    });
  if (dom.readyState() === 'loading') dom.onDocument('DOMContentLoaded', read, { once: true });
  else read();
}

/**
 * Loads each part (parts/widgets.js, parts/rights.js) from the folder this
 * script came from, and from nowhere else, once the page has a widget that
 * needs it: a page with only a banner never fetches parts/rights.js.
 */
function loadPartsWhenNeeded(src: string | undefined): void {
  const release = holdWhatFollows();
  const asked = new Set<string>();
  /** Parts asked for and not yet drawn: what follows them waits for all of them. */
  const pending = new Set<string>();
  const wanted = () =>
    Object.entries(PARTS)
      .filter(([file, tags]) => !asked.has(file) && dom.query(tags.join(',')) && !tags.every((tag) => customElements.get(tag)))
      .map(([file]) => file);
  const load = () => {
    const files = wanted();
    if (!files.length) {
      if (dom.readyState() !== 'loading' && !asked.size) release();
      return;
    }
    for (const file of files) {
      asked.add(file);
      pending.add(file);
    }
    if (asked.size === Object.keys(PARTS).length) watcher.disconnect();
    if (!src) return release(); // ownAddress() said why
    // After the page's first contentful paint: its own CSS and text come first. (Not "while the page is
    // still loading": the parser may read the widget and the end of the page in one go.)
    afterFirstContentfulPaint(() => files.forEach((file) => fetchPart(src, file)));
  };
  const fetchPart = (src: string, file: string) => {
    loadOwnFile(src, file, (url) => {
      release();
      warn(`could not load ${url} (missing, changed or refused): the widgets show their fallback content. Put the parts and locales folders of the same release beside safety-widgets.js.`);
    });
    // Drawn: they draw in the same frame as they are defined.
    void Promise.all(PARTS[file].map((tag) => customElements.whenDefined(tag))).then(() => {
      pending.delete(file);
      if (!pending.size) requestAnimationFrame(release);
    });
  };
  // Looks only at what was added, so a busy page (most of which never gets a banner) pays little.
  const selector = TAGS.join(',');
  const watcher = new MutationObserver((records) => {
    const added = (node: Node) => node instanceof Element && (node.matches(selector) || !!node.querySelector(selector));
    if (records.some((record) => [...record.addedNodes].some(added))) load();
  });
  watcher.observe(dom.root(), { childList: true, subtree: true });
  load();
  // A page with no such widget needs no hold once it has been read.
  dom.onDocument('DOMContentLoaded', () => load(), { once: true });
}

/**
 * A quick exit at the start of <body> on every page that asks for one, kept
 * there when the page replaces its body (Turbo, htmx boosts, PJAX).
 */
function keepSiteWideExit(tag: string, own: string | undefined): void {
  let exit: HTMLElement | undefined;
  let body: HTMLElement | null = null;
  const bodies = new MutationObserver(() => ensure());
  const ensure = () => {
    const href = siteWideHref(own);
    if (href === undefined) return;
    if (dom.body() !== body) {
      body = dom.body();
      bodies.disconnect();
      bodies.observe(dom.root(), { childList: true });
      if (body) bodies.observe(body, { childList: true });
    }
    // (An exit placed in the text, like one an author put in a post, does not stand in for the site-wide one.)
    if (!body || dom.query(`${tag}:not([placement="inline" i])`)) return;
    if (!exit) {
      exit = dom.create(tag);
      if (href.trim()) exit.setAttribute('href', href);
      siteWide.add(exit);
    }
    body.prepend(exit);
  };
  if (dom.readyState() === 'loading' && siteWideHref(own) !== undefined) {
    reserveTopRoom();
    // As soon as <body> exists, so the button is there by the first paint; a page that
    // has its own <quick-exit> further down keeps only its own (checked once it is parsed).
    const early = new MutationObserver(() => {
      if (!dom.body()) return;
      early.disconnect();
      ensure();
    });
    early.observe(dom.root(), { childList: true });
    dom.onDocument(
      'DOMContentLoaded',
      () => {
        early.disconnect();
        if (exit?.isConnected && dom.queryAll(`${tag}:not([placement="inline" i])`).some((other) => other !== exit)) exit.remove();
        ensure();
      },
      { once: true },
    );
  }
  ensure();
}

/** Everything the script does on a page. (Imported on a server, where there is no document, it does nothing.) */
function start(): void {
  // Where the browser fetched this script from: the rest of the widgets is beside it (see loader.ts).
  const own = ownAddress();
  const copy = firstCopy();
  if (copy) {
    console.warn('safety-widgets: this script is included more than once on the page; only the first copy is used.');
    // A later copy may be the one that carries data-quick-exit: the first copy's exit serves it.
    const tag = copy.elements.find((name) => name.endsWith('quick-exit'));
    if (tag) keepSiteWideExit(tag, own);
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
    announce(names);
    const tag = names.find((name) => name.endsWith('quick-exit'));
    if (tag) keepSiteWideExit(tag, own);
    const folder = trustedFolder(own);
    shared.load = languageLoader(folder, localeFile, packHere);
    shared.loadRights = languageLoader(folder, rightsFile, rightsHere);
    loadPartsWhenNeeded(folder);
  }
}

if (typeof document !== 'undefined') start();
