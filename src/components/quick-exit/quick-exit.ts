import { html, nothing } from 'lit';
import { LocalizedElement } from '../../shared/localized-element.js';
import { warn } from '../../shared/warn.js';
import { leave } from './exit.js';
import { listen, unlisten, type Shortcut, type ShortcutTarget } from './shortcut.js';
import { visuallyHidden } from '../../shared/styles.js';
import { styles } from './quick-exit.styles.js';

export const DEFAULT_DESTINATION = 'https://www.google.com/';
const shortcuts: readonly Shortcut[] = ['shift', 'escape', 'none'];
const placements = ['top', 'bottom', 'inline'] as const;
type Placement = (typeof placements)[number];

/** An http(s) address, absolute or relative to the page; anything else gives undefined. */
export function safeDestination(value: string): string | undefined {
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], name: string): T {
  const chosen = (value ?? allowed[0]).trim().toLowerCase() as T;
  if (allowed.includes(chosen)) return chosen;
  warn(`<quick-exit> ${name}="${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  return allowed[0];
}

// Fixed buttons must never cover the element that has focus (WCAG 2.4.11):
// scroll-padding on the document keeps what the browser scrolls to (focus,
// in-page links) clear of the button.
const fixed = new Set<QuickExit>();

function setFixed(exit: QuickExit, on: boolean): void {
  if (on) fixed.add(exit);
  else fixed.delete(exit);
  const root = document.documentElement.style;
  const has = (where: Placement) => [...fixed].some((el) => el.placedAt === where);
  // scroll-padding keeps focused and scrolled-to elements clear of the button.
  root.setProperty('scroll-padding-block-start', has('top') ? '4.5rem' : '');
  root.setProperty('scroll-padding-block-end', has('bottom') ? '4.5rem' : '');
}

/**
 * @summary A button (and keyboard shortcut) that leaves the page at once: hides it,
 * blanks the tab title, sends no referrer and replaces the page in the tab's history.
 *
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
export class QuickExit extends LocalizedElement implements ShortcutTarget {
  static override styles = [visuallyHidden, styles];

  static override properties = {
    href: { type: String },
    shortcut: { type: String },
    placement: { type: String },
    label: { type: String },
    message: { state: true },
  };

  /** Where to go: http(s) only. Default https://www.google.com/, or the fallback link's address. */
  href?: string | null;
  /** `shift` (default: Shift 3 times), `escape` (Escape twice) or `none`. */
  shortcut?: string | null;
  /** `top` (default), `bottom` or `inline`. */
  placement?: string | null;
  /** Replaces the button's visible text. */
  label?: string | null;
  /** What the polite live region says now. */
  private message = '';
  placedAt: Placement = 'top';

  get shortcutMode(): Shortcut {
    return oneOf(this.shortcut, shortcuts, 'shortcut');
  }

  /** The validated destination (one warning, then the default, for anything not http/https). */
  get destination(): string {
    const own = this.href?.trim();
    if (own) {
      const url = safeDestination(own);
      if (url) return url;
      warn(`<quick-exit> href="${own}" is not an http: or https: address; using ${DEFAULT_DESTINATION}.`);
      return DEFAULT_DESTINATION;
    }
    const fallback = this.querySelector('a[href]')?.getAttribute('href');
    return (fallback && safeDestination(fallback)) || DEFAULT_DESTINATION;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    listen(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unlisten(this);
    setFixed(this, false);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('placement') || !this.hasUpdated) {
      this.placedAt = oneOf(this.placement, placements, 'placement');
      setFixed(this, this.placedAt !== 'inline');
    }
    if (changed.has('href')) void this.destination; // warn about a bad href as soon as it is set
  }

  // A fixed button is shown in the top layer (a manual popover): above every
  // overlay the page has, and never carried away by a theme box with a
  // transform, filter or containment. Without popover support it stays fixed.
  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    if (!bar?.popover || bar.matches(':popover-open')) return;
    try {
      bar.showPopover();
    } catch {
      // The browser would not show it in the top layer: it stays a fixed button.
    }
  }

  /** Leave now: the same as pressing the button. */
  exit(): void {
    leave(this, this.destination);
  }

  progress(remaining: number, mode: Shortcut): void {
    const { t } = this;
    this.message = remaining
      ? t(mode === 'shift' ? 'quickExit.shiftLeft' : 'quickExit.escapeLeft', { count: remaining })
      : t('quickExit.expired');
  }

  private hint(): string {
    const mode = this.shortcutMode;
    return mode === 'none' ? '' : this.t(`quickExit.hint.${mode}`);
  }

  override render() {
    const { t } = this;
    const hint = this.hint();
    return html`<div class="bar ${this.placedAt}" popover=${this.placedAt === 'inline' ? nothing : 'manual'}>
        <button part="button" class="button" type="button" aria-describedby=${hint ? 'hint' : nothing}
          @click=${this.exit}><span class="visually-hidden">${t('quickExit.emergency')} </span>${this.label?.trim() || t('quickExit.label')}</button>
        <span id="hint" hidden>${hint}</span>
        <div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>
      </div>
      <div class="space ${this.placedAt}"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
