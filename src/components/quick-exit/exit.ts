/**
 * Leaving the page, shared by every <quick-exit> on it.
 *
 * In the activation's own task: hide the page, blank the tab label, drop the
 * referrer, silence the page's "unsaved changes" prompt, tell the page. Then,
 * once the hidden page can have reached the screen (WebKit keeps showing a page
 * hidden in the same task as a navigation until the destination answers) and
 * after stepping back over the history entries this document added, replace
 * the page. An exit that has not left after a few seconds (a 204 answer, a
 * stopped load, a destination that does not answer) shows a blank cover with
 * an exit button: the page's content never shows again, and the person can try
 * again by the button or the shortcut.
 */

import * as dom from '../../shared/dom.js';
import { listen, unlisten, type ShortcutTarget } from './shortcut.js';

/** How long an exit may take before the cover with a second exit button shows. */
export const STALLED_MS = 3000;
const HISTORY_WAIT_MS = 800;
const SETTLE_MS = 100;
/** WebKit's history (in its UI process) lags more: 100 ms still failed about 1 run in 7 here. */
const SETTLE_WEBKIT_MS = 250;
const FRAME_WAIT_MS = 100;

/** Swappable in component tests only: a real exit would navigate the test page away. */
export const navigation = {
  replace(url: string): void {
    // Inside a frame, leave the whole page where the browser allows it (a click is a user gesture).
    if (window.top !== window) {
      try {
        window.top!.location.replace(url);
        return;
      } catch {
        // Refused: leave the frame at least.
      }
    }
    emptyDocument();
    location.replace(url);
  },
};

let state: 'idle' | 'leaving' | 'stalled' = 'idle';
/** Counts restores: a step scheduled before the page came back never runs after. */
let era = 0;
/** The destination was asked for in this era: a press from now on asks again at once. */
let asked = false;
let stallTimer: ReturnType<typeof setTimeout> | undefined;
let undo: Array<() => void> = [];
let shownDisplay = { value: '', priority: '' };
/** The exit under way: what was pressed, where it goes, and the language around it. */
let last: [Element, string] | undefined;
let lang: string | undefined;

// Where the Navigation API is missing: how many entries this document added, counted from
// history.length, trusted only while the person has not gone back or forward inside it.
// (No history on a server, where importing this does nothing.)
let loadLength = globalThis.history?.length ?? 0;
let seenLength = loadLength;
let traversed = false;

/** Our listeners on the window (added again after emptyDocument() erased every listener). */
function watchWindow(): void {
  addEventListener('popstate', () => {
    // A popstate without new entries is a traversal: the count no longer says where we are.
    if (history.length <= seenLength) traversed = true;
    seenLength = history.length;
  });
  // A capturing listener runs before the non-capturing ones in Firefox and WebKit (Chromium runs
  // window listeners in the order added: emptyDocument() is what silences those).
  addEventListener(
    'beforeunload',
    (event) => {
      if (state !== 'idle') event.stopImmediatePropagation();
    },
    true,
  );
  // Back (or Forward) to a page the person left, restored from the back/forward cache: it is still
  // hidden (or empty), and it leaves again at once rather than showing what they left.
  addEventListener('pageshow', (event) => {
    if (!event.persisted || passThrough() || state === 'idle' || !last) return;
    era++;
    asked = true;
    leave(...last);
  });
}
if (typeof document !== 'undefined') watchWindow();

/**
 * Just before the navigation: HTML's document.open() empties the page and
 * erases every event listener and handler of the document and its window, so
 * no "Leave site?" prompt can run, whoever added theirs first, and nothing of
 * the page stays in memory. An empty, titleless page stays, with our own
 * listeners and the shortcut (a second press leaves again), in case the
 * destination does not answer.
 */
function emptyDocument(): void {
  try {
    (Document.prototype.open as (this: Document) => Document).call(document);
    // Closed again at once: an open document keeps a parser waiting for write(), and the next open() (a
    // second press) then did nothing in Chromium.
    // (Closing it makes the empty <html>, <head> and <body> where the browser does.)
    Document.prototype.close.call(document);
    if (!dom.root()) {
      const html = dom.create('html');
      html.append(dom.create('head'), dom.create('body'));
      document.append(html);
    }
    dom.title('\u200b');
    noReferrer();
  } catch {
    return; // an XML document, or one being unloaded: the hidden page stays as it is
  }
  watchWindow();
  const [from, destination] = last ?? [];
  // (The one added the time before goes first: the shortcut's own listeners are added again only
  // when nothing is listening, and document.open() took them away.)
  if (shortcut) unlisten(shortcut);
  shortcut = from && destination ? { shortcutMode: (from as Partial<ShortcutTarget>).shortcutMode ?? 'shift', progress() {}, exit: () => leave(from, destination) } : undefined;
  if (shortcut) listen(shortcut);
}
let shortcut: ShortcutTarget | undefined;

/** location.replace() ignores rel="noreferrer": the document's policy decides. */
function noReferrer(): void {
  const meta = dom.create('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (dom.head() ?? dom.root()).append(meta);
  undo.push(() => meta.remove());
}

function setStyle(element: HTMLElement, property: string, value: string): void {
  const before = element.style.getPropertyValue(property);
  const priority = element.style.getPropertyPriority(property);
  element.style.setProperty(property, value, 'important');
  undo.push(() => element.style.setProperty(property, before, priority));
}

function hidePage(): void {
  // CSSOM, not an injected <style>: a strict Content-Security-Policy allows it.
  // (Through the DOM's own getters: an <img name="documentElement"> or name="title" cannot stand in.)
  const { style } = dom.root();
  shownDisplay = { value: style.getPropertyValue('display'), priority: style.getPropertyPriority('display') };
  setStyle(dom.root(), 'display', 'none');
  const title = dom.title();
  // An empty title shows the page's address in Chromium's tab; a zero-width space shows nothing.
  dom.title('\u200b');
  undo.push(() => dom.title(title));
  const prompt = window.onbeforeunload;
  window.onbeforeunload = null;
  undo.push(() => (window.onbeforeunload = prompt));
  noReferrer();
}

/** Still here after a few seconds: cover everything with a blank screen and a second exit button. */
function cover(from: Element, destination: string): void {
  const root = dom.root();
  if (root.querySelector(':scope > [data-quick-exit-cover]')) return;
  // Drawn again only for the cover: everything of the page stays invisible, and behind it.
  setStyle(root, 'visibility', 'hidden');
  root.style.setProperty('display', shownDisplay.value, shownDisplay.priority);
  const box = dom.create('div');
  box.dataset.quickExitCover = '';
  const css: Record<string, string> = {
    position: 'fixed', inset: '0', width: 'auto', height: 'auto', 'max-width': 'none', 'max-height': 'none',
    margin: '0', border: '0', padding: '1rem', display: 'flex', 'align-items': 'center', 'justify-content': 'center',
    background: 'Canvas', color: 'CanvasText', visibility: 'visible', 'z-index': '2147483647',
  };
  for (const [name, value] of Object.entries(css)) box.style.setProperty(name, value, 'important');
  const again = dom.create(from.localName);
  for (const name of ['href', 'label', 'shortcut', 'lang']) {
    const value = name === 'href' ? destination : name === 'lang' ? lang : from.getAttribute(name);
    if (value) again.setAttribute(name, value);
  }
  again.setAttribute('placement', 'inline');
  box.append(again);
  root.append(box);
  undo.push(() => box.remove());
  box.popover = 'manual';
  try {
    box.showPopover();
  } catch {
    // No top layer: it is still fixed above the page.
  }
  void (again as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete?.then(() =>
    again.shadowRoot?.querySelector('button')?.focus(),
  );
}

/** Shows the page again after an exit (the component tests' reset). */
export function restorePage(): void {
  clearTimeout(stallTimer);
  undo.reverse().forEach((step) => step());
  undo = [];
  state = 'idle';
  asked = false;
  era++;
  loadLength = seenLength = history.length;
  traversed = false;
}

/** Runs `then` once the current frame (with the page hidden) has been painted, or soon if no frame comes. */
function afterPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, FRAME_WAIT_MS); // a hidden or throttled tab draws no frame
}

interface NavigationEntry {
  readonly key: string;
  readonly index: number;
  readonly sameDocument: boolean;
  getState(): unknown;
}
interface NavigationApi {
  readonly currentEntry: NavigationEntry | null;
  readonly activation?: { readonly from: NavigationEntry | null } | null;
  entries(): NavigationEntry[];
  traverseTo(key: string): { finished: Promise<unknown> };
  updateCurrentEntry(options: { state: unknown }): void;
}

const api = () => (globalThis as { navigation?: NavigationApi }).navigation;
/**
 * The mark each page with the exit puts on its own history entry (Navigation
 * API state, which lives in the tab's session history like its address):
 * `true` for a page of the visit, the destination for the page an exit left
 * from. Only where the browser also says which entry a page was reached from.
 */
const MARK = 'safetyWidgetsExit';
const markOf = (entry: NavigationEntry | null | undefined): unknown => {
  try {
    return (entry?.getState() as Record<string, unknown> | undefined)?.[MARK];
  } catch {
    return undefined;
  }
};
function mark(value: true | string): boolean {
  const nav = api();
  const entry = nav?.currentEntry;
  if (!nav?.activation || !entry) return false;
  try {
    const state = entry.getState();
    // A page's own state that is not an object stays as it is (and the entry unmarked).
    if (state !== undefined && (typeof state !== 'object' || !state)) return false;
    nav.updateCurrentEntry({ state: { ...state, [MARK]: value } });
    return true;
  } catch {
    return false;
  }
}

/**
 * A page reached by an exit passing through it (see stepBack): hidden before
 * it is drawn, and it leaves at once, in place of its own history entry.
 */
function passThrough(): boolean {
  // Reached from the page an exit left (or this page's own entry is one an exit left: Forward).
  const destination = [api()?.activation?.from, api()?.currentEntry].map(markOf).find((mark) => typeof mark === 'string');
  if (typeof destination !== 'string' || !/^https?:/i.test(destination)) return false;
  const root = dom.root();
  root.style.setProperty('display', 'none', 'important');
  dom.title('\u200b');
  noReferrer();
  state = 'leaving';
  asked = true;
  navigation.replace(destination);
  return true;
}
if (!passThrough()) mark(true);

/**
 * Steps back to this document's first entry (over pushState routes and in-page
 * # links), so the replace that follows takes its place and Back from the
 * destination reaches the page before. With the Navigation API (Chromium,
 * Firefox) the entries are known and the step is awaited; without it (WebKit),
 * the count comes from history.length, and only while it can be trusted.
 */
function stepBack(then: () => void, destination?: string): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const nav = api();
  const current = nav?.currentEntry;
  if (nav && current && current.index >= 0) {
    const entries = nav.entries();
    let first = current.index;
    // Back over this document's routes, and over every earlier page of the visit that has the exit.
    while (first > 0 && (entries[first - 1]?.sameDocument || (nav.activation && markOf(entries[first - 1]) === true))) first--;
    if (first === current.index) return then();
    if (!entries[first].sameDocument && destination && (emptyDocument(), mark(destination))) {
      // The visit's first page leaves in its own place (passThrough): Back from the destination
      // shows the page before the visit. A second press meanwhile leaves from here.
      asked = true;
      nav.traverseTo(entries[first].key).finished.catch(once);
      return;
    }
    while (!entries[first].sameDocument) first++;
    if (first === current.index) return then();
    setTimeout(once, HISTORY_WAIT_MS);
    // Firefox reports the traversal finished before its session history (in another
    // process) has moved: a replace at once would replace the last route instead.
    // Measured: 100 ms later it replaces the right entry.
    nav.traverseTo(entries[first].key).finished.then(() => setTimeout(once, SETTLE_MS), once);
    return;
  }
  const steps = traversed ? 0 : Math.max(0, history.length - loadLength);
  if (!steps) return then();
  // As in Firefox, a replace straight from popstate sometimes replaced a later entry in WebKit.
  const settled = () => setTimeout(once, SETTLE_WEBKIT_MS);
  addEventListener('popstate', settled, { once: true });
  setTimeout(once, HISTORY_WAIT_MS);
  try {
    history.go(-steps);
  } catch {
    once();
  }
}

/**
 * Hide, blank the title, drop the referrer, tell the page, then leave. Pressed
 * again while leaving (a slow or failed destination), it asks for the
 * destination again at once.
 */
export function leave(from: Element, destination: string): void {
  last = [from, destination];
  const go = (current: number) => {
    if (era !== current) return;
    asked = true;
    navigation.replace(destination);
  };
  clearTimeout(stallTimer);
  stallTimer = setTimeout(() => {
    state = 'stalled';
    cover(from, destination);
  }, STALLED_MS);
  if (state !== 'idle') {
    // (Before the first navigation was asked for, the history step is still under way: it leaves next.)
    if (asked) go(era);
    return;
  }
  // (Kept: the page and `from` may be gone when the cover needs it.)
  lang = from.closest('[lang]')?.getAttribute('lang') ?? undefined;
  hidePage();
  // A listener that throws is reported by the browser and does not stop the exit.
  from.dispatchEvent(new Event('quick-exit', { bubbles: true, composed: true }));
  state = 'leaving';
  const current = era;
  afterPaint(() => {
    if (era === current) stepBack(() => go(current), destination);
  });
}
