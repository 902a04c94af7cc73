import { languageWatcher, resolveLanguageIn } from '../../i18n/language.js';
import { directionOf } from '../../i18n/registry.js';
import { markNotRecorded, NOT_RECORDED } from '../../shared/not-recorded.js';
import { warn } from '../../shared/warn.js';
import * as dom from '../../shared/dom.js';
import { cleanProse } from '../../shared/input.js';
import { leave } from './exit.js';
import { spotFor, type Spot } from './placement.js';
import { listen, unlisten, type Shortcut, type ShortcutTarget } from './shortcut.js';
import { countdown, hasQuickExitLanguage, quickExitStrings } from './strings.js';
import { styles } from './quick-exit.styles.js';

export const DEFAULT_DESTINATION = 'https://www.google.com/';
const shortcuts: readonly Shortcut[] = ['shift', 'escape', 'none'];
const placements = ['top', 'bottom', 'inline'] as const;
const corners = ['end', 'start'] as const;
type Corner = (typeof corners)[number];
type Placement = (typeof placements)[number];

/** An absolute http(s) address; anything else gives undefined. */
export function safeDestination(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// `www.google.com`, `weather.com/today`: a host name typed without https://.
// (`about.html`, `help/page` are paths on the partner's own site.)
const bareHost = /^(?:[a-z0-9-]+\.)+(?!(?:html?|php|aspx?|jsp|cgi|pdf)(?:[/?#:]|$))[a-z]{2,63}(?::\d+)?(?:[/?#]|$)/i;

/**
 * Where an exit may go, with the one warning a partner needs: an absolute http(s)
 * address on another site; a bare host name is read as https://; a path or an
 * address on this site is no exit and gives undefined.
 */
export function exitDestination(value: string, attribute: string): string | undefined {
  const text = value.trim();
  // (Before any parsing: a huge value, or one with invisible characters, is no address a partner meant.)
  if (text.length > 2048 || /[\p{Cc}\p{Cf}]/u.test(text)) {
    warn(`<quick-exit> ${attribute} is too long or has invisible characters; using ${DEFAULT_DESTINATION}.`);
    return undefined;
  }
  let url = safeDestination(text.startsWith('//') ? location.protocol + text : text);
  if (!url && !/^[a-z][a-z0-9+.-]*:/i.test(text) && bareHost.test(text)) {
    url = safeDestination(`https://${text}`);
    if (url) warn(`<quick-exit> ${attribute}="${text}" has no https://; reading it as ${url}.`);
  }
  if (url && new URL(url).origin === location.origin) {
    warn(`<quick-exit> ${attribute}="${text}" is on this site, which is no exit; using ${DEFAULT_DESTINATION}. Use a full address on another site, like https://www.google.com/.`);
    return undefined;
  }
  if (url) return url;
  if (/^(?:[./?#]|[^:]*$)/.test(text)) {
    warn(`<quick-exit> ${attribute}="${text}" is a path on this site, which is no exit; using ${DEFAULT_DESTINATION}. Use a full address on another site, like https://www.google.com/.`);
  } else {
    warn(`<quick-exit> ${attribute}="${text}" is not an http: or https: address; using ${DEFAULT_DESTINATION}.`);
  }
  return undefined;
}

function sameOriginTop(): boolean {
  try {
    return !!window.top!.location.href;
  } catch {
    return false;
  }
}

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], name: string): T {
  const chosen = (value ?? allowed[0]).trim().toLowerCase() as T;
  if (allowed.includes(chosen)) return chosen;
  warn(`<quick-exit> ${name}="${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  return allowed[0];
}

// Fixed buttons stand where they cover nothing of the page (placement.ts), and
// scroll-padding keeps focused and scrolled-to elements clear of them (WCAG 2.4.11).
const fixed = new Set<QuickExit>();
const spots = new WeakMap<QuickExit, Spot>();
let resizes: ResizeObserver | undefined;
let laterLayout: number | undefined;
/** The spots were chosen with the page at its top (again after a resize). */
let measured = false;

/**
 * Places the fixed buttons. The whole top (or bottom) edge is looked at (`full`) when the
 * page has been read, once its images and fonts are in, and after a resize, while the page
 * is at its top; otherwise, as it scrolls (at most every 100 ms), only what stays on screen
 * under each button. (Each look costs: on a slow phone, about a quarter of a millisecond
 * per point looked at.)
 */
function layout(): void {
  // (No root while the exit empties the page: its buttons are leaving with it.)
  const root = dom.root()?.style;
  if (!root) return;
  const set = (name: string, value: string) => {
    if (root.getPropertyValue(name) !== value) root.setProperty(name, value);
  };
  const full = !measured && dom.readyState() !== 'loading' && !dom.root().scrollTop && !dom.body()?.scrollTop;
  if (full) measured = fixed.size > 0;
  const kept = parseFloat(root.getPropertyValue('padding-block-start')) || 0;
  const room = { top: 0, bottom: 0 };
  const edge = { top: 0, bottom: 0 };
  for (const exit of fixed) {
    if (!exit.renderRoot.querySelector('.bar')?.getClientRects().length) continue;
    const before = spots.get(exit) ?? { edge: 0, inset: 0, room: -1 };
    const spot = spotFor(exit, fixed, full, before, kept);
    spots.set(exit, spot);
    exit.style.setProperty('--quick-exit-offset', `${spot.edge}px`);
    exit.style.setProperty('--quick-exit-inset', `${spot.inset}px`);
    const where = exit.placedAt as 'top' | 'bottom';
    // Never measured at the top yet: while the page is read, the room it keeps now (nothing moves
    // before the page has been looked at); a page opened scrolled down keeps room for the whole button.
    const bar = exit.renderRoot.querySelector('.bar')!.getBoundingClientRect();
    const now = where === 'top' ? kept : parseFloat(root.getPropertyValue('padding-block-end')) || 0;
    const unmeasured = dom.readyState() === 'loading' ? now : spot.edge + Math.ceil(bar.height) + (bar.width < innerWidth - 1 ? 16 : 0);
    room[where] = Math.max(room[where], spot.room < 0 ? unmeasured : spot.room);
    edge[where] = Math.max(edge[where], spot.edge + Math.ceil(bar.height));
  }
  const px = (value: number) => (value ? `${value}px` : '');
  set('padding-block-start', px(room.top));
  set('padding-block-end', px(room.bottom));
  // A little more than the button, so a focused element's outline shows clear of it.
  set('scroll-padding-block-start', px(edge.top && edge.top + 16));
  set('scroll-padding-block-end', px(edge.bottom && edge.bottom + 16));
}

let scrolled: ReturnType<typeof setTimeout> | undefined;
let lastLook = 0;
function onScroll(): void {
  scrolled ??= setTimeout(() => requestAnimationFrame(() => {
    scrolled = undefined;
    lastLook = performance.now();
    layout();
  }), Math.max(0, 100 - (performance.now() - lastLook)));
}

/** Look along the whole edge again (after a resize; once the page is read and loaded). */
function lookAgain(): void {
  measured = false;
  onScroll();
}

/** Each bar's last size: one that changes (another label, another language) is placed again. */
const barSizes = new WeakMap<Element, string>();

/**
 * The site-wide exit, asked for while the page is still loading: keep the room
 * its button will take at the top before anything is painted, so nothing on the
 * page moves when it appears (a button of the usual size: 44 px, and 0.5rem
 * above and below where it does not span the screen). Once the page has loaded, the room is what the buttons
 * really need, and none without a button.
 */
export function reserveTopRoom(): void {
  const root = dom.root().style;
  // Full width on narrow screens (quick-exit.styles.ts). A wide screen's small button
  // usually finds a free spot along the top (between a header's logo and menu): no room.
  if (matchMedia('(max-width: 30em)').matches && !root.getPropertyValue('padding-block-start')) root.setProperty('padding-block-start', '44px');
  document.addEventListener('DOMContentLoaded', lookAgain, { once: true });
}

function setFixed(exit: QuickExit, on: boolean): void {
  if (on) fixed.add(exit);
  else fixed.delete(exit);
  if (fixed.size && !resizes) {
    resizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, contentRect } of entries) {
        const size = `${Math.round(contentRect.width)}x${Math.round(contentRect.height)}`;
        changed ||= barSizes.has(target) && barSizes.get(target) !== size;
        barSizes.set(target, size);
      }
      if (changed) lookAgain();
    });
    // A sticky header, or WordPress's admin bar scrolling away on narrow screens: the button follows.
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', lookAgain, { passive: true });
    if (dom.readyState() === 'loading') dom.onDocument('DOMContentLoaded', lookAgain, { once: true });
    if (dom.readyState() !== 'complete') addEventListener('load', lookAgain, { once: true });
  }
  measured = false;
  const bar = exit.renderRoot?.querySelector('.bar');
  if (bar) resizes?.[on ? 'observe' : 'unobserve'](bar);
  // A button that leaves gives its room back at once. One that comes (or moves) is measured
  // in the next frame, before it is painted: measuring now, while the page is still being
  // read, would make the browser lay out the page an extra time (50-75 ms on a slow phone).
  if (on) laterLayout ??= requestAnimationFrame(() => {
    laterLayout = undefined;
    layout();
  });
  else layout();
}

// (On a server, where there is no HTMLElement, the class is defined on an empty one: importing it throws nothing.)
const HTMLElement = (globalThis.HTMLElement ?? class {}) as typeof globalThis.HTMLElement;

/**
 * @summary A button (and keyboard shortcut) that leaves the page at once: hides it,
 * blanks the tab title, sends no referrer and takes the page out of the tab's history.
 *
 * A plain custom element, without Lit or i18next: it is the small first script,
 * so the exit works before (or without) the rest of the widgets.
 *
 * @tag quick-exit
 * @attr {a full `https:` (or `http:`) address on another site} [href=the address of the link inside, else `https://www.google.com/`] - Where the button goes. A name without `https://` (`www.google.com`, `weather.com/today`) is read as `https://…`, with a console warning. A path or an address on your own site (`/about`, `about.html`) is no exit: it is refused with a console warning and the default is used, and so is anything else (`javascript:`, `data:`).
 * @attr {`shift`, `escape`, `none`} [shortcut=`shift`] - `shift`: press Shift 3 times (left or right, no more than 5 seconds between presses; works while typing in a field; Shift held for a capital letter does not count). `escape`: press Escape twice within 1 second (not when a dialog is open or the page used that Escape). `none`: button only.
 * @attr {`top`, `bottom`, `inline`} [placement=`top`] - `top` and `bottom` keep the button fixed in view at every scroll position (full width on narrow screens), above everything else on the page (cookie banners, cookie walls, chat buttons), even inside a page-builder block. It covers none of your page's links, buttons, fields, text or images: it looks at what lies under it and moves past headers, menu buttons and bars that stay on screen (sticky and fixed headers, WordPress's admin bar, a cookie bar at the bottom); on a wide screen it slides along the edge to a free spot (between your logo and your menu), so no empty band is added; on a phone, or where the edge has no free spot, the page keeps room for it at its top (or bottom). The page keeps focused items clear of it. `inline` leaves it where you put it.
 * @attr {`end`, `start`} [corner=`end`] - On a wide screen, the corner a `top` or `bottom` button sits in: `end` is the right in left-to-right languages. Without it, the button may slide along the edge to a free spot; with it, it stays in that corner and the page keeps room for it.
 * @attr {a number of CSS pixels, 0 to 400} [offset=`0`] - The least distance between a `top` (or `bottom`) button and the top (or bottom) of the screen, for a header or bar of yours that the button should always stay clear of. The button still moves further if something would be under it.
 * @attr {text} [label="Exit this site", in the widget's language] - The button's visible text, and the start of its name for screen readers and voice control ("click Exit this site" works). Screen readers then hear that it is a quick exit and the shortcut.
 * @attr {a language code (`en`, `es`, `vi`, `zh-TW`, …)} [lang=the page's language] - See [Language](#language).
 * @slot - A fallback link, shown before the script runs or without JavaScript.
 * @fires quick-exit - Just before leaving. Bubbles, composed, carries no data.
 * @csspart button - The exit button.
 * @cssprop --quick-exit-background - Button background (#a4262c).
 * @cssprop --quick-exit-background-hover - Button background on hover (#7d1d22).
 * @cssprop --quick-exit-color - Button text (#ffffff).
 * @cssprop --quick-exit-focus-color - Focus ring (#ffbf47, with a dark inner ring).
 * @cssprop --quick-exit-font-family - Font (inherits the page's).
 * @cssprop --quick-exit-font-size - Font size (1rem).
 * @cssprop --quick-exit-radius - Corner radius (0.375rem).
 * @cssprop --quick-exit-z-index - Stacking order (2147483647).
 */
export class QuickExit extends HTMLElement implements ShortcutTarget {
  static readonly observedAttributes = ['href', 'shortcut', 'placement', 'label', 'corner', 'offset'];
  /** The stylesheet's text (read by the style checks). */
  static readonly styles = { cssText: styles };

  placedAt: Placement = 'top';
  readonly renderRoot: ShadowRoot;
  private readonly bar: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly hintText: HTMLElement;
  private readonly status: HTMLElement;
  private pending: Promise<boolean> | undefined;
  private drawn = false;
  private shownCorner = '';
  private shownOffset = -1;

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    sheet ??= makeSheet();
    // Built node by node: no HTML parsing, so no Trusted Types sink.
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, parent: Node) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      parent.appendChild(element);
      return element;
    };
    if (sheet) this.renderRoot.adoptedStyleSheets = [sheet];
    this.bar = make('div', { class: 'bar' }, this.renderRoot);
    markNotRecorded(this.bar);
    this.button = make('button', { part: 'button', class: 'button', type: 'button', 'aria-describedby': 'hint' }, this.bar);
    this.hintText = make('span', { id: 'hint', hidden: '' }, this.bar);
    // (aria-live without role="status": Firefox reads an empty status as "status bar" at the top of every page.)
    this.status = make('div', { class: 'visually-hidden', 'aria-live': 'polite' }, this.bar);
    this.button.addEventListener('click', () => this.exit());
  }

  /** Where to go: an http(s) address on another site. Default https://www.google.com/, or the fallback link's address. */
  get href(): string | null {
    return this.getAttribute('href');
  }
  set href(value: string | null) {
    this.reflect('href', value);
  }
  /** `shift` (default: Shift 3 times), `escape` (Escape twice) or `none`. */
  get shortcut(): Shortcut | null {
    return this.getAttribute('shortcut') as Shortcut | null;
  }
  set shortcut(value: Shortcut | null) {
    this.reflect('shortcut', value);
  }
  /** `top` (default), `bottom` or `inline`. */
  get placement(): Placement | null {
    return this.getAttribute('placement') as Placement | null;
  }
  set placement(value: Placement | null) {
    this.reflect('placement', value);
  }
  /** `end` (default) or `start`: the corner a fixed button starts from on a wide screen. */
  get corner(): Corner | null {
    return this.getAttribute('corner') as Corner | null;
  }
  set corner(value: Corner | null) {
    this.reflect('corner', value);
  }
  /** The least distance, in CSS pixels, between a fixed button and the top (or bottom) of the screen. */
  get offset(): string | null {
    return this.getAttribute('offset');
  }
  set offset(value: string | number | null) {
    this.reflect('offset', value === null ? null : String(value));
  }

  get cornerName(): string {
    return oneOf(this.corner, corners, 'corner');
  }

  get cornerSet(): boolean {
    return this.hasAttribute('corner');
  }

  get offsetPx(): number {
    const text = this.offset?.trim();
    if (!text) return 0;
    const value = Number(text.replace(/px$/i, ''));
    if (value >= 0 && value <= 400) return value;
    warn(`<quick-exit> offset="${text.slice(0, 40)}" is not a number of pixels from 0 to 400; using 0.`);
    return 0;
  }

  /** Replaces the button's visible text. */
  get label(): string | null {
    return this.getAttribute('label');
  }
  set label(value: string | null) {
    this.reflect('label', value);
  }

  private reflect(name: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Resolves once the element shows its current attributes and language (as Lit's does). */
  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  get hasUpdated(): boolean {
    return this.drawn;
  }

  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => {
      this.pending = undefined;
      this.update();
      return true;
    });
  }

  get shortcutMode(): Shortcut {
    return oneOf(this.shortcut, shortcuts, 'shortcut');
  }

  /** The validated destination (one warning, then the default, for anything that is no exit). */
  get destination(): string {
    const own = this.href?.trim();
    if (own) return exitDestination(own, 'href') ?? DEFAULT_DESTINATION;
    const fallback = this.querySelector('a[href]')?.getAttribute('href')?.trim();
    return (fallback && exitDestination(fallback, 'link href')) || DEFAULT_DESTINATION;
  }

  /** The language its words are in: the page's, once the quick exit has strings for it (English until then). */
  private get shownLanguage(): string {
    return resolveLanguageIn(this, hasQuickExitLanguage);
  }

  connectedCallback(): void {
    listen(this);
    languages.watch(this);
    if (window.top !== window && !sameOriginTop()) {
      warn('<quick-exit> is inside a frame from another site. Browsers let it leave the whole page only when the frame may navigate it (sandbox "allow-top-navigation-by-user-activation", or no sandbox); otherwise it leaves only the frame. Put the widgets on the page itself.');
    }
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    unlisten(this);
    languages.unwatch(this);
    setFixed(this, false);
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  private update(): void {
    if (!this.isConnected) return;
    const lang = this.shownLanguage;
    const text = quickExitStrings[lang];
    const placedAt = oneOf(this.placement, placements, 'placement');
    const corner = this.cornerName;
    const offset = this.offsetPx;
    if (placedAt !== this.placedAt || !this.drawn || corner !== this.shownCorner || offset !== this.shownOffset) {
      this.shownCorner = corner;
      this.shownOffset = offset;
      spots.delete(this);
      if (this.bar.matches(':popover-open')) this.bar.hidePopover();
      this.placedAt = placedAt;
      this.bar.className = `bar ${placedAt} ${corner} ${NOT_RECORDED}`;
      if (placedAt === 'inline') this.bar.removeAttribute('popover');
      else this.bar.setAttribute('popover', 'manual');
    }
    // The words inside are in the language they are written in, whatever the page's (screen-reader voice).
    this.bar.lang = lang;
    this.bar.dir = directionOf(lang);
    const label = cleanProse(this.label ?? '').trim();
    if (label.length > 200) warn('<quick-exit> label is over 200 characters long; the usual words are used.');
    this.button.textContent = (label.length <= 200 && label) || text.label;
    const mode = this.shortcutMode;
    const hint = mode === 'none' ? '' : mode === 'shift' ? text.hintShift : text.hintEscape;
    this.hintText.textContent = hint ? `${text.emergency} ${hint}` : text.emergency;
    void this.destination; // warn about a bad href as soon as it is set
    this.drawn = true;
    if (placedAt === 'inline') {
      setFixed(this, false);
      return;
    }
    // A fixed button is shown in the top layer (a manual popover): above every
    // overlay the page has, and never carried away by a theme box with a
    // transform, filter or containment. Without popover support it stays fixed.
    if (this.bar.popover && !this.bar.matches(':popover-open')) {
      try {
        this.bar.showPopover();
      } catch {
        // The browser would not show it in the top layer: it stays a fixed button.
      }
    }
    setFixed(this, true);
  }

  /** Leave now: the same as pressing the button. */
  exit(): void {
    leave(this, this.destination);
  }

  progress(remaining: number, mode: Shortcut): void {
    const lang = this.shownLanguage;
    const text = quickExitStrings[lang];
    this.status.textContent = remaining
      ? countdown(lang, mode === 'shift' ? text.shiftLeft : text.escapeLeft, remaining)
      : text.expired;
  }
}

const languages = languageWatcher();
let sheet: CSSStyleSheet | null | undefined;

/** A constructed stylesheet: a strict Content-Security-Policy allows it, where it would block a <style>. */
function makeSheet(): CSSStyleSheet | null {
  try {
    const made = new CSSStyleSheet();
    made.replaceSync(styles);
    return made;
  } catch {
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
