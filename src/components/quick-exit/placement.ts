/**
 * Where a fixed quick exit stands: a spot that covers nothing of the page.
 *
 * Measured on real layouts (tests/e2e/pages/layout-*.html): a theme's menu button
 * placed `position: absolute` at the top of the page (WordPress Twenty Twenty-One),
 * sticky and fixed headers, cookie banners and chat launchers, GOV.UK- and
 * Bootstrap-like headers. Keeping room with padding on `<html>` moves only what
 * flows with the page; what is fixed, sticky or placed against the page's own box
 * stays where it is. So the exit looks at what really lies under it
 * (`elementsFromPoint`, a grid every 12 px):
 * - something that stays on screen (fixed, sticky, or absolute against the page)
 *   and holds a control, text or an image: the button moves past it (below a
 *   header, above a cookie bar), as it always did for WordPress's admin bar;
 * - on a wide screen, the button slides along the top (or bottom) edge from its
 *   corner to the first spot where nothing lies (the space between a header's
 *   logo and its menu): no room is kept, so no empty band across the page;
 * - otherwise (narrow screens, where the button spans the screen, or a page with
 *   no free spot) room is kept, so the page's own content starts after it.
 * Scrolling re-checks only what stays on screen: what scrolls with the page
 * passes under the button and can be scrolled back.
 */
import * as dom from '../../shared/dom.js';

export interface Placeable extends HTMLElement {
  readonly placedAt: string;
  readonly renderRoot: ShadowRoot;
  /** The partner's least distance from the edge, in px (0 when not set). */
  readonly offsetPx: number;
  /** `start` or `end`: the corner a compact button starts from. */
  readonly cornerName: string;
  /** The partner chose the corner: it is kept. */
  readonly cornerSet: boolean;
}

const CONTENT =
  'a[href],area,button,input:not([type=hidden]),select,textarea,summary,label,iframe,embed,object,video,audio,img,svg,canvas,[tabindex],[contenteditable],[role=button],[role=link],[role=checkbox],[role=menuitem],[role=tab],[role=switch],[onclick]';
/** Columns looked at, px apart (a blocker found gives its whole width, so only what is narrower can slip between). */
const STEP = 24;
/** While scrolling, fewer: only what stays on screen is looked for, and it is rarely narrow. */
const SCROLL_STEP = 48;
/** How each element is held, read once per measurement. */
let heldCache = new Map<Element, [Blocker['stays'], Element]>();

interface Blocker {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Stays on screen (fixed or sticky), stays at the page's top (absolute against the page), or flows. */
  stays: 0 | 1 | 2;
}

let ours: ReadonlySet<Element> = new Set();

/**
 * The controls found staying on screen (fixed, or sticky once scrolled), and what holds each: looked at again
 * by their boxes in every later look, since a coarse grid can pass beside one that only touches the button's
 * band (a round chat launcher whose corner box reaches a few px into it).
 */
const stayingControls = new Map<Element, Element>();

function blockerOf(control: Element, holder: Element): Blocker {
  const box = control.getBoundingClientRect();
  const outer = holder.getBoundingClientRect();
  return { left: box.left, right: box.right, top: Math.min(outer.top, box.top), bottom: Math.max(outer.bottom, box.bottom), stays: 1 };
}

/**
 * How a page element keeps its place, and the box that does so: 1 stays on screen
 * (fixed; sticky once the page scrolls), 2 stays at the page's top (absolute against
 * the page itself, which room on `<html>` does not move), 0 flows with the page.
 */
function held(element: Element, full: boolean): [Blocker['stays'], Element] {
  const known = heldCache.get(element);
  if (known) return known;
  const found = holding(element, full);
  heldCache.set(element, found);
  return found;
}

function holding(element: Element, full: boolean): [Blocker['stays'], Element] {
  let state = 0;
  let holder = element;
  for (let el: Element | null = element; el && el !== dom.root(); el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || (position === 'sticky' && !full)) return [1, el];
    if (position === 'absolute') {
      state = 2;
      holder = el;
    } else if (position !== 'static' && state === 2) state = 0;
  }
  return state === 2 ? [2, holder] : [0, element];
}

/** What a person would lose under the point (x, y): a control, text or an image, and how it is held. */
function blockerAt(x: number, y: number, full: boolean): Blocker | undefined {
  let hit: Element | undefined = dom.elementsFromPoint(x, y).find((el) => !ours.has(el));
  // Into the page's own open components.
  while (hit?.shadowRoot) {
    const inner: Element | undefined = hit.shadowRoot.elementsFromPoint(x, y).find((el) => el !== hit && !ours.has(el));
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit || hit === dom.root() || hit === dom.body()) return undefined;
  let box: DOMRect | undefined;
  const control = hit.closest(CONTENT);
  if (control) box = control.getBoundingClientRect();
  else if (hit.localName.includes('-') && !hit.shadowRoot) box = hit.getBoundingClientRect(); // a closed component: could be anything
  else {
    const range = document.createRange();
    for (const node of hit.childNodes) {
      if (node.nodeType !== 3 || !node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      box = [...range.getClientRects()].find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (box) break;
    }
  }
  if (!box) return undefined;
  const [stays, holder] = held(control ?? hit, full);
  if (control && stays === 1) stayingControls.set(control, holder);
  const outer = stays ? holder.getBoundingClientRect() : box;
  return { left: box.left, right: box.right, top: Math.min(outer.top, box.top), bottom: Math.max(outer.bottom, box.bottom), stays };
}

/**
 * Everything under the band from `top` to `bottom` between `left` and `right`. `room`: the
 * room the page keeps now at its top; what flows is looked for that much lower, and
 * given as it would be without it (the page is not changed to measure: Chromium counts
 * even an unpainted change as a layout shift).
 */
function blockersIn(top: number, bottom: number, left: number, right: number, full: boolean, room = 0): Blocker[] {
  const found: Blocker[] = [];
  const step = full ? STEP : SCROLL_STEP;
  // Rows 2 px inside both edges (what only touches the band's edge) and evenly between, at most 16 px apart
  // (a link in a menu is about 20 px high).
  const first = top + 2;
  const last = Math.max(first, bottom - 2);
  const gaps = Math.max(1, Math.ceil((last - first) / 16));
  const rows = Array.from({ length: gaps + 1 }, (_, i) => first + ((last - first) * i) / gaps);
  for (let x = Math.max(1, left); x < right; x += step) {
    for (const y of rows) {
      for (const shift of room ? [0, room] : [0]) {
        const blocker = blockerAt(Math.min(x, right - 1), y + shift, full);
        if (blocker && (!room || !blocker.stays === !!shift)) {
          found.push({ ...blocker, top: blocker.top - shift, bottom: blocker.bottom - shift });
        }
      }
    }
  }
  for (const [control, holder] of stayingControls) {
    if (!control.isConnected || held(control, full)[0] !== 1) {
      stayingControls.delete(control);
      continue;
    }
    const known = blockerOf(control, holder);
    if (known.right > left && known.left < right && known.bottom > top && known.top < bottom && known.right > known.left) found.push(known);
  }
  return found;
}

export interface Spot {
  /** Distance from the top (or bottom) edge of the screen, px. */
  edge: number;
  /** Distance of a compact button from its corner along the edge, px. */
  inset: number;
  /** Room the page keeps for it at its top (or bottom), px. */
  room: number;
}

/**
 * The spot for one exit. `full`: the page is at its top, and is read as it would
 * be without the `kept` px of room it keeps now at its top; the corner and the
 * room are chosen. Otherwise (scrolling) only the distance from the edge follows what
 * stays on screen.
 */
export function spotFor(exit: Placeable, exits: ReadonlySet<Element>, full: boolean, before: Spot, kept = 0): Spot {
  ours = exits;
  heldCache = new Map();
  const bar = exit.renderRoot.querySelector('.bar')!;
  const rect = bar.getBoundingClientRect();
  const width = dom.root().clientWidth;
  const height = dom.root().clientHeight;
  const wide = rect.width < width - 1;
  const gap = wide ? 8 : 0;
  const size = rect.height + 2 * gap;
  const top = exit.placedAt === 'top';
  // (Which physical side the logical corner is, as the browser placed it.)
  const fromRight = Math.abs(width - gap - before.inset - rect.right) < 2;
  const band = (edge: number): [number, number] => (top ? [edge, edge + size] : [height - edge - size, height - edge]);
  const span = (inset: number): [number, number] => {
    if (!wide) return [0, width];
    return fromRight ? [width - inset - gap - rect.width, width - inset - gap] : [inset + gap, inset + gap + rect.width];
  };
  // Flowing content counts at the top of the page only: at the bottom it scrolls on.
  const counts = (b: Blocker) => b.stays || (full && top);
  // WordPress's admin bar (for logged-in staff) is passed even where it draws nothing under the button.
  const adminBar = top ? Math.max(0, dom.query('#wpadminbar')?.getBoundingClientRect().bottom ?? 0) : 0;
  let { edge, inset, room } = { edge: Math.max(exit.offsetPx, Math.ceil(adminBar)), inset: full ? 0 : before.inset, room: before.room };
  for (let round = 0; round < 4; round++) {
    const [y0, y1] = band(edge);
    const [x0, x1] = full ? [0, width] : span(inset);
    let found = blockersIn(y0, y1, x0, x1, full, full && top ? kept : 0).filter(counts);
    if (full && wide) {
      const clear = (at: number) => {
        const [x0, x1] = span(at);
        return !found.some((b) => b.right > x0 - gap && b.left < x1 + gap);
      };
      // (A corner the partner chose is kept.)
      let at = 0;
      while (!exit.cornerSet && !clear(at) && span(at + STEP)[0] >= 0 && span(at + STEP)[1] <= width) at += STEP;
      if (clear(at)) {
        inset = at;
        found = [];
      } else {
        inset = 0;
        const [c0, c1] = span(0);
        found = found.filter((b) => b.right > c0 - gap && b.left < c1 + gap);
      }
    }
    // What stays on screen: the button moves past it.
    const staying = found.filter((b) => b.stays);
    const past = top ? Math.max(...staying.map((b) => b.bottom)) : height - Math.min(...staying.map((b) => b.top));
    if (staying.length && past > edge && past < height / 2) {
      edge = Math.ceil(past);
      continue;
    }
    if (full) {
      // What flows: room, so it starts after the button.
      // Room moves everything that flows past the button (all of it: a room measured closer would
      // move the page again when its first line changes). A free spot on a wide screen needs none.
      room = top && wide && !found.length ? 0 : edge + size;
      room = Math.max(0, Math.ceil(room));
    }
    break;
  }
  return { edge, inset, room };
}
