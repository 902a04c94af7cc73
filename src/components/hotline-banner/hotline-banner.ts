import { html, nothing } from 'lit';
import { languageMenuStyles, renderLanguageMenu } from '../../shared/language-menu.js';
import { LocalizedElement, NOT_RECORDED } from '../../shared/localized-element.js';
import { warn } from '../../shared/warn.js';
import type { Hotline } from '../../hotlines/directory.js';
import { emergencyDial, pickLines, renderCompactLine, renderEmergency, renderLine } from '../../hotlines/hotlines.js';
import { visuallyHidden } from '../../shared/styles.js';
import { hotlineStyles } from '../../hotlines/hotlines.styles.js';
import { cleanKeyword, httpsUrl, parsePhone, parseSms } from '../../hotlines/phone.js';
import { styles } from './hotline-banner.styles.js';

const variants = ['bar', 'card', 'compact'] as const;

const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Where the reading continues after `element`: the first shown element after it in the page (its
 * next sibling, or its parent's, and so on), a heading or paragraph as much as a link. Focusing
 * it makes a screen reader go on reading there; what is not focusable is made so (tabindex -1)
 * until focus leaves it.
 */
function nextContent(element: Element): HTMLElement | undefined {
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (next instanceof HTMLElement && next.getClientRects().length && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(next.tagName)) return next;
    }
  }
  return undefined;
}
type Variant = (typeof variants)[number];

/**
 * @summary Shows hotlines with call and text links that work on every phone, then
 * "In danger right now? Call 911."
 *
 * @tag hotline-banner
 * @attr {ids from the table below, separated by spaces} [hotlines=`us-trafficking`] - Which hotlines to show, in that order. `hotlines=""` shows none from the list (only your own line; with no line of your own either, the banner shows nothing, and the console says so). Unknown ids are skipped with a console warning.
 * @attr {text} [name="Local hotline"] - Your own line's name. Your line is shown first.
 * @attr {a phone number as you write it (`860.763.4542`, `1-800-…`, `+44 20 …`, `860-763-4542 ext. 2`, `tel:+1…`)} [phone] - Your line's number. Extensions (`ext. 2`, `x2`, `;ext=2`) are dialled. Not a number: shown as you wrote it, with no call link, and a console warning.
 * @attr {a number or short code that takes texts} [sms] - Your line's text number.
 * @attr {a word} [sms-keyword] - Put into the text message and written out: "Text SAFE to …". One word of letters (all of one alphabet) and digits, at most 40; anything else is left out, with a warning.
 * @attr {an `https:` address} [url] - Your line's website.
 * @attr {text} [hours] - Your line's hours, as you write them ("24/7", "Mon–Fri 9–5").
 * @attr {a number, or `none`} [emergency=`911`] - "In danger right now? Call 911." Use `999`, `112`, … elsewhere; `none` hides the line.
 * @attr {`bar`, `card`, `compact`} [variant=`bar`] - `bar`: a full-width strip. `card`: a block for a sidebar or page body. `compact`: one line with the first hotline's call and text links.
 * @attr {(no value)} [dismissible=off] - Adds a close button. Closing hides the banner for this page view only; nothing is remembered. Focus moves on to what follows the banner, and screen readers hear "Help lines hidden."
 * @attr {text} [label="Help lines", in the widget's language] - The name screen readers give the banner's region. Give each banner its own when a page has several ("Help lines in Connecticut").
 * @attr {(no value)} [language-menu=off] - Shows a menu of every language; choosing one shows every widget on the page in it, for this page view. See [Language](#language).
 * @attr {a language code (`en`, `es`, `vi`, `zh-TW`, …)} [lang=the page's language] - See [Language](#language).
 * @csspart base - The banner's box.
 * @csspart line - One hotline.
 * @csspart name - A hotline's name.
 * @csspart about - Hours and languages of a hotline.
 * @csspart call - A call link.
 * @csspart text - A text-message link.
 * @csspart tty - A TTY link.
 * @csspart website - A link to the hotline's own website or chat.
 * @csspart emergency - The "In danger right now?" line.
 * @csspart emergency-call - The emergency call link.
 * @csspart close - The close button (with `dismissible`).
 * @csspart language-menu - The language menu (with `language-menu`).
 *
 * @cssprop --hotline-banner-background - Banner background (#eef4fb).
 * @cssprop --hotline-banner-color - Text colour (#1b2733).
 * @cssprop --hotline-banner-border-color - Border colour (#9db8d9).
 * @cssprop --hotline-banner-action-background - Call and text link background (#1d4f91).
 * @cssprop --hotline-banner-action-color - Call and text link text (#ffffff).
 * @cssprop --hotline-banner-urgent-background - Emergency link background (#a4262c).
 * @cssprop --hotline-banner-urgent-color - Emergency link text (#ffffff).
 * @cssprop --hotline-banner-focus-color - Focus outline (#1b2733).
 * @cssprop --hotline-banner-font-family - Font (inherits the page's).
 * @cssprop --hotline-banner-font-size - Base font size (1rem).
 * @cssprop --hotline-banner-padding - Inner spacing (1rem).
 * @cssprop --hotline-banner-gap - Space between hotlines.
 * @cssprop --hotline-banner-radius - Corner radius (0.5rem; none for `bar`).
 */
export class HotlineBanner extends LocalizedElement {
  static override styles = [visuallyHidden, hotlineStyles, languageMenuStyles, styles];

  static override properties = {
    languageMenu: { type: Boolean, attribute: 'language-menu' },
    hotlines: { type: String },
    name: { type: String },
    phone: { type: String },
    sms: { type: String },
    smsKeyword: { type: String, attribute: 'sms-keyword' },
    url: { type: String },
    hours: { type: String },
    emergency: { type: String },
    variant: { type: String },
    dismissible: { type: Boolean },
    label: { type: String },
    dismissed: { state: true },
  };

  /** Space-separated directory ids. Absent: `us-trafficking`; empty: none. */
  hotlines?: string | null;
  /** The partner's own line, shown first: its name… */
  name?: string | null;
  /** …phone number… */
  phone?: string | null;
  /** …number that takes texts… */
  sms?: string | null;
  /** …keyword to prefill in the text… */
  smsKeyword?: string | null;
  /** …website (https only)… */
  url?: string | null;
  /** …and hours, as the partner writes them. */
  hours?: string | null;
  /** Emergency number; `none` hides the line. Default 911. */
  emergency?: string | null;
  /** `bar` (default), `card` or `compact`. */
  variant?: 'bar' | 'card' | 'compact' | null;
  /** Shows a close button; closing lasts for this page view only. */
  dismissible = false;
  /** Shows a menu of every language; choosing one changes every widget on the page, for this page view. */
  languageMenu = false;
  languageMenuId?: string;
  /** The name of the banner's region (landmark). Default: "Help lines", in the widget's language. */
  label?: string | null;
  private dismissed = false;

  private get shownVariant(): Variant {
    const value = (this.variant ?? 'bar').trim().toLowerCase() as Variant;
    if (variants.includes(value)) return value;
    warn(`<hotline-banner> variant="${this.variant}" is not one of ${variants.join(', ')}; using bar.`);
    return 'bar';
  }

  /** The partner's line from its attributes, or undefined when it has none. */
  private get partnerLine(): Hotline | undefined {
    if (!this.name && !this.phone && !this.sms) return undefined;
    const phone = this.phone ? parsePhone(this.phone) : undefined;
    if (this.phone && !phone) warn(`<hotline-banner> phone="${this.phone}" is not a phone number; it is shown as text, with no call link.`);
    const sms = this.sms ? parseSms(this.sms) : undefined;
    if (this.sms && !sms) warn(`<hotline-banner> sms="${this.sms}" is not a number that takes texts; no text link is shown.`);
    const url = this.url ? httpsUrl(this.url) : undefined;
    if (this.url && !url) warn(`<hotline-banner> url="${this.url}" is not an https: address; no link is shown.`);
    const keyword = cleanKeyword(this.smsKeyword);
    if (this.smsKeyword?.trim() && !keyword) warn(`<hotline-banner> sms-keyword="${this.smsKeyword}" is not one word of letters (of one alphabet) and digits, at most 40; the text link opens with no keyword.`);
    return {
      id: 'partner',
      name: this.name?.trim() || this.t('hotline.partnerName'),
      calls: phone ? [{ number: this.phone! }] : [],
      text: sms ? { number: this.sms!, keyword } : undefined,
      url,
      // A number that cannot be a link is still shown, as the partner wrote it.
      hours: [this.phone && !phone ? this.phone.trim().slice(0, 60) : '', this.hours?.trim()].filter(Boolean).join(' · ') || undefined,
    };
  }

  /** Hidden for this page view: focus moves on to what follows, and a screen reader hears why. */
  private async dismiss(): Promise<void> {
    this.dismissed = true;
    await this.updateComplete;
    const next = nextContent(this);
    if (next) {
      if (!next.matches(focusable)) {
        next.tabIndex = -1;
        next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
      }
      next.focus();
    } else {
      this.tabIndex = -1;
      this.focus();
    }
  }

  override render() {
    const { t } = this;
    // A banner that can be closed says so when it is: its live region is in the page, empty, before
    // the words arrive (Orca does not read a region inserted with its words already inside). No
    // role="status": Firefox would read an empty "status bar" in the middle of the page.
    const said = this.dismissible
      ? html`<div class="visually-hidden ${NOT_RECORDED}" aria-live="polite">${this.dismissed ? t('hotline.hidden') : ''}</div>`
      : nothing;
    return html`${this.dismissed ? nothing : this.renderBanner()}${said}`;
  }

  private renderBanner() {
    const { t, language } = this;
    const variant = this.shownVariant;
    const partner = this.partnerLine;
    const lines = [...(partner ? [partner] : []), ...pickLines(this.hotlines, 'hotline-banner')];
    if (!lines.length) {
      warn('<hotline-banner> has no line to show (hotlines="" and no name, phone or sms of your own); it shows nothing.');
      return nothing;
    }
    // Short ("Help lines"): a screen reader says it on entering the region, and each link says whose line it is.
    const region = this.label?.trim() || t('hotline.region');
    const emergency = emergencyDial(this.emergency, 'hotline-banner');
    const content =
      variant === 'compact'
        ? lines.length ? renderCompactLine(lines[0], t, language) : nothing
        : html`${lines.map((line) => renderLine(line, t, language))}${renderEmergency(emergency, t)}`;
    return html`<section part="base" class="banner ${variant} ${this.dismissible ? 'dismissible' : ''} ${NOT_RECORDED}" data-hj-suppress="true" data-clarity-mask="true" data-private="true"
      aria-label=${region}>
      ${content}
      ${this.languageMenu ? renderLanguageMenu(this, language, t) : nothing}
      ${this.dismissible
        ? html`<button part="close" class="close" type="button" aria-label=${t('hotline.close')}
            @click=${this.dismiss}>×</button>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hotline-banner': HotlineBanner;
  }
}
