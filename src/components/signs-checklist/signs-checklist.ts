import { html, nothing } from 'lit';
import { languageMenuStyles, renderLanguageMenu } from '../../shared/language-menu.js';
import { LocalizedElement, NOT_RECORDED } from '../../shared/localized-element.js';
import { headingLevel, idsFrom, oneOf } from '../../shared/choices.js';
import { emergencyDial, gap, listOf, pickLines, renderEmergency, renderLine, withEnglishName } from '../../hotlines/hotlines.js';
import { visuallyHidden } from '../../shared/styles.js';
import { hotlineStyles } from '../../hotlines/hotlines.styles.js';
import type { Hotline } from '../../hotlines/directory.js';
import { categories, signs, sources, type Category } from './signs.js';
import { styles } from './signs-checklist.styles.js';

const perspectives = ['other', 'self'] as const;
type Perspective = (typeof perspectives)[number];

/**
 * @summary The warning signs of trafficking as a checklist that leads to help.
 * It never scores, counts or judges, and what a person checks stays in memory only.
 *
 * @tag signs-checklist
 * @attr {`other`, `self`} [perspective=`other`] - `other`: about someone you know ("They…"). `self`: about yourself ("You…").
 * @attr {category ids, separated by spaces} [categories=all] - Which groups to show. Unknown ids are skipped with a warning.
 * @attr {hotline ids, as in `<hotline-banner>`} [hotlines=`us-trafficking`] - The hotlines shown in the guidance.
 * @attr {a number, or `none`} [emergency=`911`] - "In danger right now? Call 911." in the guidance. Use `999`, `112`, … elsewhere.
 * @attr {`1` to `6`} [heading-level=`3`] - The level of the guidance's heading ("What you can do"), so it fits your page's outline: `3` suits a checklist under your own `<h2>`.
 * @attr {(no value)} [language-menu=off] - Shows a menu of every language at the top of the checklist. See [Language](#language).
 * @attr {a language code (`en`, `es`, `vi`, `zh-TW`, …)} [lang=the page's language] - See [Language](#language).
 * @csspart base - The checklist's box.
 * @csspart language-menu - The language menu (with `language-menu`).
 * @csspart intro - The opening sentence.
 * @csspart category - One group of signs (a fieldset).
 * @csspart legend - A group's title.
 * @csspart sign - One sign: its checkbox and label.
 * @csspart clear - The "Uncheck all" button.
 * @csspart guidance - What to do next, shown once a sign is checked.
 * @csspart sources - Where the signs come from.
 * @csspart line - A hotline in the guidance (and its `name`, `about`, `call`, `text`, `tty`, `website` parts).
 *
 * @cssprop --signs-checklist-background - Background (#ffffff).
 * @cssprop --signs-checklist-color - Text colour (#1b2733).
 * @cssprop --signs-checklist-border-color - Borders (#9db8d9).
 * @cssprop --signs-checklist-accent - Checkboxes, buttons and links (#1d4f91).
 * @cssprop --signs-checklist-accent-color - Text on accent backgrounds (#ffffff).
 * @cssprop --signs-checklist-guidance-background - Guidance box (#eef4fb).
 * @cssprop --signs-checklist-urgent-background - Emergency link background (#a4262c).
 * @cssprop --signs-checklist-focus-color - Focus outline (#1b2733).
 * @cssprop --signs-checklist-font-family - Font (inherits the page's).
 * @cssprop --signs-checklist-font-size - Base font size (1rem).
 * @cssprop --signs-checklist-padding - Inner spacing (1rem).
 */
export class SignsChecklist extends LocalizedElement {
  static override styles = [visuallyHidden, hotlineStyles, languageMenuStyles, styles];

  static override properties = {
    languageMenu: { type: Boolean, attribute: 'language-menu' },
    perspective: { type: String },
    categories: { type: String },
    hotlines: { type: String },
    emergency: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    checked: { state: true },
    announcement: { state: true },
  };

  /** Level (1–6) of the guidance's heading, to fit the page's outline. Default 3 (under the page's own h2). */
  headingLevel?: '1' | '2' | '3' | '4' | '5' | '6' | null;
  /** Shows a menu of every language; choosing one changes every widget on the page, for this page view. */
  languageMenu = false;
  languageMenuId?: string;
  /** The one short sentence the live region says: guidance appeared, and where. */
  private announcement = '';

  /** `other` (default: someone you know) or `self`. */
  perspective?: Perspective | null;
  /** Space-separated category ids to show. Default: all. */
  categories?: string | null;
  /** Directory ids of the hotlines in the guidance. Default `us-trafficking`. */
  hotlines?: string | null;
  /** Emergency number in the guidance, as in <hotline-banner>: default 911, `none` hides it. */
  emergency?: string | null;
  /** Ids of checked signs. Memory only: never stored, sent or put in an event. */
  private checked: ReadonlySet<string> = new Set();

  private get voice(): Perspective {
    return oneOf('signs-checklist', 'perspective', this.perspective, perspectives);
  }

  private get shownCategories(): readonly Category[] {
    return idsFrom('signs-checklist', 'categories', this.categories, categories);
  }

  private toggle(event: Event): void {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.checked);
    if (box.checked) next.add(box.id);
    else next.delete(box.id);
    // Only when the guidance appears: a short sentence, not the whole guidance, so the next key press cuts nothing off.
    this.announcement = !this.checked.size && next.size ? this.t('guidance.appeared') : '';
    this.checked = next;
  }

  // Leaving the page forgets the answers, so Back (from the back/forward cache)
  // never shows someone else what was checked.
  private forget = () => {
    this.checked = new Set();
    this.announcement = '';
  };

  private get level(): string {
    return headingLevel('signs-checklist', this.headingLevel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.forget);
  }

  private async clear(): Promise<void> {
    this.checked = new Set();
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  private renderGuidance(voice: Perspective, lines: Hotline[]) {
    const { t, language } = this;
    return html`<div class="guidance-title" role="heading" aria-level=${this.level}>${t('guidance.title')}</div>
      <p>${t(`guidance.maybe_${voice}`)}</p>
      <p>${t(`guidance.instincts_${voice}`)}</p>
      ${voice === 'other' ? html`<p>${t('guidance.noConfront')}</p>` : nothing}
      <p>${t(`guidance.minor_${voice}`)}</p>
      ${renderEmergency(emergencyDial(this.emergency, 'signs-checklist'), t)}
      <p>${lines.some((line) => line.id === 'us-trafficking') ? withEnglishName(t('guidance.reachOut'), 'us-trafficking', language) : t('guidance.reachOutAny')}</p>
      <div class="lines">${lines.map((line) => renderLine(line, t, language))}</div>`;
  }

  override render() {
    const { t, language } = this;
    const voice = this.voice;
    const shown = this.shownCategories;
    // Read on every render, so a wrong id is reported at once, not only once a sign is checked.
    const lines = pickLines(this.hotlines, 'signs-checklist');
    const anyChecked = shown.some((category) => signs[category].some((id) => this.checked.has(id)));
    const intro = t(`signs.intro_${voice}`);
    // "These signs come from A, B and C.", with the language's own list words and full stop.
    const [before, after] = t('signs.sources', { sources: '\u0001' }).split('\u0001');
    const links = sources.map(([id, url]) => html`<a href=${url} rel="noopener noreferrer">${t(`signs.source.${id}`)}</a>`);
    return html`<div part="base" class="checklist ${NOT_RECORDED}" data-hj-suppress="true" data-clarity-mask="true" data-private="true">
      ${this.languageMenu ? renderLanguageMenu(this, language, t) : nothing}
      <p part="intro" class="intro">${intro}${gap(intro)}${t('signs.private')}</p>
      ${shown.map(
        (category) => html`<fieldset part="category">
          <legend part="legend">${t(`signs.category.${category}`)}</legend>
          ${signs[category].map(
            (id) => html`<div part="sign" class="sign">
              <input type="checkbox" id=${id} class=${NOT_RECORDED} autocomplete="off"
                .checked=${this.checked.has(id)} @change=${this.toggle} />
              <label for=${id}>${t(`signs.${id}_${voice}`)}</label>
            </div>`,
          )}
        </fieldset>`,
      )}
      <button part="clear" class="clear" type="button" @click=${this.clear}>${t('signs.clear')}</button>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div part="guidance" class="guidance ${anyChecked ? 'shown' : ''}">
        ${anyChecked ? this.renderGuidance(voice, lines) : nothing}
      </div>
      <p part="sources" class="sources">${before}${listOf(links, language, t)}${after}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signs-checklist': SignsChecklist;
  }
}
