/**
 * The keyboard shortcut: one set of listeners for the whole page, however
 * many <quick-exit> elements it has. The first connected element that uses a
 * shortcut hears it.
 */
export type Shortcut = 'shift' | 'escape' | 'none';

export interface ShortcutTarget {
  readonly shortcutMode: Shortcut;
  /** Tell a screen reader how many presses are left (0: the count ran out). */
  progress(remaining: number, mode: Shortcut): void;
  exit(): void;
}

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;
export const ESCAPE_WINDOW_MS = 1000;

const targets = new Set<ShortcutTarget>();
let shiftCount = 0;
let lastShift = 0;
let shiftAsModifier = false;
let shiftTimer: ReturnType<typeof setTimeout> | undefined;
let escapeCount = 0;
let lastEscape = 0;

/** The site-wide exit our script made: it hears the shortcut before any exit the page's HTML has (which anyone who writes into the page could add). */
export const siteWide = new WeakSet<object>();
const first = (mode: Shortcut) =>
  [...targets].sort((a, b) => Number(siteWide.has(b)) - Number(siteWide.has(a))).find((target) => target.shortcutMode === mode);

function resetShift(): void {
  shiftCount = 0;
  clearTimeout(shiftTimer);
}

/** Any other key resets the count; Shift held for another key is not a press. */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Shift') return;
  if (event.shiftKey) shiftAsModifier = true;
  resetShift();
}

function onKeyUp(event: KeyboardEvent): void {
  if (event.key !== 'Shift') return;
  if (shiftAsModifier) {
    shiftAsModifier = false;
    resetShift();
    return;
  }
  const target = first('shift');
  if (!target) return;
  const now = performance.now();
  if (now - lastShift > SHIFT_WINDOW_MS) shiftCount = 0;
  lastShift = now;
  shiftCount += 1;
  clearTimeout(shiftTimer);
  if (shiftCount >= SHIFT_PRESSES) {
    resetShift();
    target.exit();
    return;
  }
  target.progress(SHIFT_PRESSES - shiftCount, 'shift');
  shiftTimer = setTimeout(() => {
    shiftCount = 0;
    target.progress(0, 'shift');
  }, SHIFT_WINDOW_MS);
}

function modalOpen(): boolean {
  try {
    if (document.querySelector('dialog:modal')) return true;
  } catch {
    // :modal unsupported: fall through to aria-modal.
  }
  return [...document.querySelectorAll('[aria-modal="true"]')].some((el) => el.getClientRects().length > 0);
}

/** Runs after the page's own handlers (bubble phase), so a handled Escape is not counted. */
function onEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.repeat) return;
  if (event.defaultPrevented || modalOpen()) {
    escapeCount = 0;
    return;
  }
  const target = first('escape');
  if (!target) return;
  const now = performance.now();
  if (now - lastEscape > ESCAPE_WINDOW_MS) escapeCount = 0;
  lastEscape = now;
  escapeCount += 1;
  if (escapeCount >= 2) {
    escapeCount = 0;
    target.exit();
  } else {
    target.progress(1, 'escape');
  }
}

export function listen(target: ShortcutTarget): void {
  if (targets.size === 0) {
    addEventListener('keydown', onKeyDown, true);
    addEventListener('keyup', onKeyUp, true);
    addEventListener('keydown', onEscape);
  }
  targets.add(target);
}

export function unlisten(target: ShortcutTarget): void {
  targets.delete(target);
  if (targets.size === 0) {
    removeEventListener('keydown', onKeyDown, true);
    removeEventListener('keyup', onKeyUp, true);
    removeEventListener('keydown', onEscape);
    resetShift();
    escapeCount = 0;
  }
}
