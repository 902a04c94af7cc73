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
      if (!(child instanceof HTMLElement)) continue;
      if (child.lang !== this.language) child.lang = this.language;
      if (child.dir !== dir) child.dir = dir;
    }
  }

  /**
   * Arrived late (the page's text around it already on screen) while its fallback, the
   * partner's own help, is in view: it keeps showing that and draws itself once it is out of
   * view, so nothing a person is reading moves (a slow network, a 3 s file). Where the browser
   * does not keep the view in place when something above it changes size (no scroll
   * anchoring: WebKit), only once it is below the view.
   */
  private waiting?: IntersectionObserver;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const box = this.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < innerHeight;
    if (shared.late && inView && this.textContent?.trim() && typeof IntersectionObserver === 'function') {
      root.appendChild(document.createElement('slot'));
      const anchored = CSS.supports('overflow-anchor', 'auto');
      this.waiting = new IntersectionObserver(([entry]) => {
        if (entry.isIntersecting || (!anchored && entry.boundingClientRect.top < 0)) return;
        this.waiting?.disconnect();
        this.waiting = undefined;
        this.requestUpdate();
      });
      this.waiting.observe(this);
    } else if (shared.late && inView) {
      warn(`<${this.localName}> was drawn late (a slow network), with nothing inside it to show until then, so the page's text moved. Put the help inside it, as the snippet builder writes it: it shows at once and stays until the widget can draw without moving anything.`);
    }
    return root;
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return !this.waiting && super.shouldUpdate(changed);
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
    // (The fallback's slot, while it waited, goes as it draws.)
    if (!this.hasUpdated) root.querySelector(':scope > slot')?.remove();
    const again = this.hasUpdated && this.drawnIn !== this.language;
    const focused = again ? root.activeElement?.id : undefined;
    if (again) {
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      // (Lit keeps what it drew under this documented cross-version key: without it, it draws anew.)
      delete (root as unknown as Record<string, unknown>)['_$litPart$'];
    }
    this.drawnIn = this.language;
    super.update(changed);
    if (focused) root.getElementById(focused)?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.language = resolveLanguage(this);
    this.t = translator(this.language);
  }
}
