import { LitElement } from 'lit';
import { directionOf, resolveLanguage, translator, type Language, type Translate } from '../i18n/i18n.js';
import { languageWatcher } from '../i18n/language.js';
import { markNotRecorded, NOT_RECORDED } from './not-recorded.js';

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

  override connectedCallback(): void {
    super.connectedCallback();
    markNotRecorded(this);
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

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.language = resolveLanguage(this);
    this.t = translator(this.language);
  }
}
