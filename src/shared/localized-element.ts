import { LitElement } from 'lit';
import { directionOf, resolveLanguage, translator, type Language, type Translate } from '../i18n/i18n.js';
import { shared } from '../i18n/registry.js';
import { languageWatcher } from '../i18n/language.js';
import { cleanProse, MAX_ATTRIBUTE, withoutControls } from './input.js';
import { NOT_RECORDED } from './not-recorded.js';
import { warn } from './warn.js';

const languages = languageWatcher();

export { NOT_RECORDED };

/**
 * Base for every widget: knows its language and translates during render only,
 * so a language change never leaves a string stuck in the old language.
 */
export class LocalizedElement extends LitElement {
  /** Set at the start of each update; read it only during render. */
  protected language: Language = 'en';
  protected t: Translate = translator('en');

  /** Attributes that are prose a person reads (the rest are ids, numbers, addresses and keywords). */
  protected static prose = ['name', 'hours', 'label'];

  // Every attribute is cleaned before the widget reads it (see shared/input.ts): too long, it is
  // left out with one warning; control and format characters never get through.
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (value && value.length > MAX_ATTRIBUTE) {
      warn(`<${this.localName}> ${name} is over ${MAX_ATTRIBUTE} characters long; it is left out.`);
      value = null;
    } else if (value) {
      value = (this.constructor as typeof LocalizedElement).prose.includes(name) ? cleanProse(value) : withoutControls(value);
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    languages.watch(this);
    // Moved under another `lang`: render again in the language of the new place.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languages.unwatch(this);
  }

  // The words inside are in the language they are written in, whatever the page's:
  // a screen reader then reads them with the right voice.
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const dir = directionOf(this.language);
    for (const child of this.renderRoot.children) {
      if (!(child instanceof HTMLElement) || child instanceof HTMLSlotElement) continue;
      if (child.lang !== this.language) child.lang = this.language;
      if (child.dir !== dir) child.dir = dir;
    }
  }

  /**
   * Upgraded in place: it was on the page, showing what the partner put inside it (the
   * builder's help, plain links), before our file arrived. Read in the constructor.
   */
  private readonly upgraded = this.isConnected;
  /** While it tries its first draw in its fallback's place: the fallback's box (see update). */
  private tryIn?: { height: number; bottom: number; previous: string };
  /**
   * Hides what it drew and shows its fallback, while it waits to be out of view.
   */
  private static hide?: CSSStyleSheet;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Only late: until then, the page's text after it waits for it to draw, nothing there can move, and
    // nothing is measured (no layout forced as each widget is defined).
    if (!shared.late) return super.createRenderRoot();
    // Measured before the shadow root exists: after that the fallback is no longer drawn.
    const box = this.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < innerHeight;
    const fallback = this.upgraded && inView && !!this.textContent?.trim() && typeof IntersectionObserver === 'function';
    if (fallback) this.tryIn = { height: box.height, bottom: box.bottom, previous: this.style.minHeight };
    else if (inView) {
      warn(`<${this.localName}> was drawn late (a slow network), with nothing inside it to show until then, so the page's text moved. Put the help inside it, as the snippet builder writes it: it shows at once and stays until the widget can draw without moving anything.`);
    }
    return super.createRenderRoot();
  }

  /**
   * Arrived late (a slow network: the page's text after it was shown after 1.5 s) while its
   * fallback, the partner's own help, is in view: it draws in the fallback's place only where
   * that moves nothing a person is reading. Drawn and measured in the same task, before any paint:
   * - no taller than the fallback: it stays, kept at the fallback's height (the room below
   *   it is let go once it is out of view);
   * - taller, with the page's text below it on screen: the fallback shows again, and the
   *   widget shows itself once it is out of view;
   * - taller, reaching past the bottom of the screen already: it stays (only what is out of
   *   view moves).
   * Out of view: below it, or above it where the browser keeps the view in place when
   * something above changes size (scroll anchoring; not WebKit).
   */
  private drawInPlace(): void {
    const { height, bottom, previous } = this.tryIn!;
    this.tryIn = undefined;
    const grown = this.getBoundingClientRect().height > height + 0.5;
    const root = this.renderRoot as ShadowRoot;
    const whenOutOfView = (then: () => void) => {
      const anchored = CSS.supports('overflow-anchor', 'auto');
      const observer = new IntersectionObserver(([entry]) => {
        if (entry.isIntersecting || (!anchored && entry.boundingClientRect.top < 0)) return;
        observer.disconnect();
        then();
      });
      observer.observe(this);
    };
    if (!grown) {
      whenOutOfView(() => (this.style.minHeight = previous));
      return;
    }
    this.style.minHeight = previous;
    if (bottom >= innerHeight) return;
    const hide = (LocalizedElement.hide ??= sheet(':host(:not([hidden])) { display: flow-root !important } :host > :not(slot) { display: none !important }'));
    const slot = document.createElement('slot');
    root.append(slot);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, hide];
    whenOutOfView(() => {
      slot.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((one) => one !== hide);
    });
  }

  /** The language the shown nodes were made in. */
  private drawnIn?: Language;

  /**
   * In a new language, new nodes: Firefox goes on telling screen readers a node's old
   * language after its `lang` changes (Spanish chosen in the menu was read with the English
   * voice), while nodes made in a language are read in it. Focus stays where it was (the
   * language menu, by its id).
   */
  protected override update(changed: Map<PropertyKey, unknown>): void {
    const root = this.renderRoot as ShadowRoot;
    const again = this.hasUpdated && this.drawnIn !== this.language;
    const focused = again ? root.activeElement?.id : undefined;
    if (again) {
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement || node instanceof HTMLSlotElement)) node.remove();
      // (Lit keeps what it drew under this documented cross-version key: without it, it draws anew.)
      delete (root as unknown as Record<string, unknown>)['_$litPart$'];
    }
    this.drawnIn = this.language;
    // (Its first draw, in its fallback's place: the host no shorter than the fallback was.)
    if (this.tryIn) this.style.minHeight = `${contentHeight(this, this.tryIn.height)}px`;
    super.update(changed);
    if (this.tryIn) this.drawInPlace();
    if (focused) root.getElementById(focused)?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.language = resolveLanguage(this);
    this.t = translator(this.language);
  }
}

/** The height to give `min-height` for a box `height` tall (border and padding in or out of it). */
function contentHeight(element: HTMLElement, height: number): number {
  const style = getComputedStyle(element);
  if (style.boxSizing === 'border-box') return height;
  const sum = (...values: string[]) => values.reduce((total, value) => total + (parseFloat(value) || 0), 0);
  return Math.max(0, height - sum(style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth));
}

function sheet(text: string): CSSStyleSheet {
  const one = new CSSStyleSheet();
  one.replaceSync(text);
  return one;
}
