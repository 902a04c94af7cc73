import { LitElement } from 'lit';
import { resolveLanguage, translator, type Language, type Translate } from '../i18n/i18n.js';

const connected = new Set<LocalizedElement>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change (e.g. <html lang>) re-renders every widget. */
function watchLanguage(element: LocalizedElement): void {
  connected.add(element);
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLanguage(element: LocalizedElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * What session-recording tools on the partner's page read as "do not record
 * this": rrweb's own class (behind PostHog, Sentry and others, each also with
 * its own), FullStory's, Hotjar's, Microsoft Clarity's and LogRocket's.
 * Put on every widget, and on each checkbox of the checklist, since rrweb does
 * not see a blocked host from inside its shadow root.
 */
export const NOT_RECORDED = 'rr-block ph-no-capture sentry-block fs-exclude';

/**
 * Base for every widget: knows its language and translates during render only,
 * so a language change never leaves a string stuck in the old language.
 */
export class LocalizedElement extends LitElement {
  /** Set at the start of each update; read it only during render. */
  protected language: Language = 'en';
  protected t: Translate = translator('en');

  override connectedCallback(): void {
    super.connectedCallback();
    this.classList.add(...NOT_RECORDED.split(' '));
    for (const name of ['data-hj-suppress', 'data-clarity-mask', 'data-private']) this.setAttribute(name, 'true');
    watchLanguage(this);
    // Moved under another `lang`: render again in the language of the new place.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.language = resolveLanguage(this);
    this.t = translator(this.language);
  }
}
