import { html, nothing } from 'lit';
import { translator } from '../../i18n/i18n.js';
import { wantedLanguage } from '../../i18n/language.js';
import { LocalizedElement, NOT_RECORDED } from '../../shared/localized-element.js';
import { visuallyHidden } from '../../shared/styles.js';
import { headingLevel, idsFrom, oneOf } from '../../shared/choices.js';
import { warn } from '../../shared/warn.js';
import { agencies, directory, type Hotline } from '../../hotlines/directory.js';
import { partnerLine, renderEmergency, renderLine } from '../../hotlines/hotlines.js';
import { hotlineStyles } from '../../hotlines/hotlines.styles.js';
import { parsePhone } from '../../hotlines/phone.js';
import { countries, facts, sourcesOf, topics, traces, type Topic } from './rights.js';
import { rightsHere } from './strings.js';
import { styles } from './know-your-rights.styles.js';

const perspectives = ['self', 'other'] as const;
type Perspective = (typeof perspectives)[number];

/** The lines every reader in the US gets, after the partner's own. */
const usLines = [...directory.filter((line) => line.id === 'us-trafficking'), ...agencies.filter((line) => line.id === 'us-wage-hour')];

/**
 * @summary What every worker and survivor in the United States may do, whatever their
 * papers: work, documents, T and U visas, safety. Each topic opens on its own; nothing
 * a person opens is stored or sent. General information, never legal advice.
 *
 * @tag know-your-rights
 * @attr {`work`, `documents`, `immigration`, `safety`, separated by spaces} [topics=all] - Which topics to show, always in this order. Unknown ids are skipped with a warning.
 * @attr {`self`, `other`} [perspective=`self`] - `self`: for the worker ("You can leave…"). `other`: for someone worried about them (an opening line says the facts speak to the worker, and the safety steps say to share them only when it is safe).
 * @attr {`1` to `6`} [heading-level=`3`] - The level of each topic's heading and of "Who can help", so they fit your page's outline: `3` suits the widget under your own `<h2>`.
 * @attr {text} [name="Local hotline"] - Your own line's name, shown first under "Who can help" (as in `<hotline-banner>`).
 * @attr {a phone number as you write it} [phone] - Your line's number, as in `<hotline-banner>`.
 * @attr {a number or short code that takes texts} [sms] - Your line's text number.
 * @attr {a word} [sms-keyword] - Put into the text message and written out, as in `<hotline-banner>`.
 * @attr {an `https:` address} [url] - Your line's website.
 * @attr {text} [hours] - Your line's hours, as you write them.
 * @attr {`us`} [country=`us`] - Whose laws the facts are. Only `us` now; anything else shows no facts, only your own line (if you gave one), and one console warning.
 * @attr {a language code (`en`, `es`, `vi`, `zh-TW`, …)} [lang=the page's language] - See [Language](#language).
 * @csspart base - The widget's box.
 * @csspart intro - The opening sentence.
 * @csspart topic - One topic: its heading and its facts.
 * @csspart toggle - The button in a topic's heading that opens and closes it.
 * @csspart panel - A topic's facts.
 * @csspart sources - Where a topic's facts come from.
 * @csspart help - "Who can help": the lines and the emergency number.
 * @csspart line - A line under "Who can help" (and its `name`, `about`, `call`, `text`, `website` parts, as in `<hotline-banner>`).
 * @csspart emergency - The "In immediate danger?" line.
 *
 * @cssprop --know-your-rights-background - Background (#ffffff).
 * @cssprop --know-your-rights-color - Text colour (#1b2733).
 * @cssprop --know-your-rights-border-color - Borders (#9db8d9).
 * @cssprop --know-your-rights-accent - Headings' buttons, call links and links (#1d4f91).
 * @cssprop --know-your-rights-accent-color - Text on accent backgrounds (#ffffff).
 * @cssprop --know-your-rights-urgent-background - Emergency link background (#a4262c).
 * @cssprop --know-your-rights-focus-color - Focus outline (#1b2733).
 * @cssprop --know-your-rights-font-family - Font (inherits the page's).
 * @cssprop --know-your-rights-font-size - Base font size (1rem).
 * @cssprop --know-your-rights-padding - Inner spacing (1rem).
 */
export class KnowYourRights extends LocalizedElement {
  static override styles = [visuallyHidden, hotlineStyles, styles];

  static override properties = {
    topics: { type: String },
    perspective: { type: String },
    headingLevel: { type: String, attribute: 'heading-level' },
    name: { type: String },
    phone: { type: String },
    sms: { type: String },
    smsKeyword: { type: String, attribute: 'sms-keyword' },
    url: { type: String },
    hours: { type: String },
    country: { type: String },
    opened: { state: true },
  };

  /** Space-separated topic ids. Default: all four, in their order. */
  topics?: string | null;
  /** `self` (default: the worker) or `other` (someone worried about them). */
  perspective?: Perspective | null;
  /** Level (1–6) of the topics' headings. Default 3 (under the page's own h2). */
  headingLevel?: '1' | '2' | '3' | '4' | '5' | '6' | null;
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
  /** Whose laws: `us` (the only one now). */
  country?: 'us' | null;
  /** Open topics. Memory only: never stored, sent or put in an event. */
  private opened: ReadonlySet<Topic> = new Set();

  private get voice(): Perspective {
    return oneOf('know-your-rights', 'perspective', this.perspective, perspectives);
  }

  private get shownTopics(): readonly Topic[] {
    return idsFrom('know-your-rights', 'topics', this.topics, topics);
  }

  private get level(): string {
    return headingLevel('know-your-rights', this.headingLevel);
  }

  /** Whether the facts are true where the reader is (US only now). */
  private get known(): boolean {
    const value = (this.country ?? 'us').trim().toLowerCase();
    if ((countries as readonly string[]).includes(value)) return true;
    warn(`<know-your-rights> country="${this.country}": only "us" is known now. It shows no facts (they would not be true there), only your own line if you gave one.`);
    return false;
  }

  // Leaving the page closes every topic, so Back (from the back/forward cache) never shows
  // someone else what was being read.
  private forget = () => {
    this.opened = new Set();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.forget);
  }

  // English until this widget's own words for the language are here too (they come in a file of
  // their own, beside the hotline words every widget shares).
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const wanted = wantedLanguage(this);
    // (Asked for first, so its file loads beside the hotline words' file, not after it.)
    const words = rightsHere(wanted);
    if (this.language !== wanted || !words) {
      this.language = 'en';
      this.t = translator('en');
    }
  }

  private toggle(topic: Topic): void {
    const next = new Set(this.opened);
    if (!next.delete(topic)) next.add(topic);
    this.opened = next;
  }

  private renderSources(topic: Topic) {
    const { t, language } = this;
    const list = sourcesOf(topic);
    if (!list.length) return nothing;
    return html`<p part="sources" class="sources">${t('rights.sources')}
      ${list.map(
        (source, i) => html`${i ? ' · ' : ''}<a href=${source.url} rel="noopener noreferrer" lang=${language === 'en' ? nothing : 'en'} dir="ltr">${source.name}</a>`,
      )}</p>`;
  }

  private renderTopic(topic: Topic, voice: Perspective) {
    const { t } = this;
    const open = this.opened.has(topic);
    const items = (list: readonly { id: string }[], group: string) =>
      // eslint-disable-next-line lit-a11y/no-redundant-role
      html`<ul class="facts" role="list">${list.map((fact) => html`<li>${t(`rights.${group}.${fact.id}`)}</li>`)}</ul>`;
    return html`<div part="topic" class="topic">
      <div class="topic-heading" role="heading" aria-level=${this.level}>
        <button part="toggle" class="toggle" type="button" id="toggle-${topic}" aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${topic}" @click=${() => this.toggle(topic)}>${t(`rights.topic.${topic}`)}</button>
      </div>
      <div part="panel" class="panel" id="panel-${topic}" ?hidden=${!open}>
        ${topic === 'safety' ? html`${voice === 'other' ? html`<p>${t('rights.safety.other')}</p>` : nothing}
          ${renderEmergency(parsePhone('911'), t)}` : nothing}
        ${items(facts[topic], topic)}
        ${topic === 'safety' ? html`<p class="traces-title">${t('rights.safety.traces')}</p>${items(traces, 'safety')}` : nothing}
        ${this.renderSources(topic)}
      </div>
    </div>`;
  }

  override render() {
    const { t, language } = this;
    const partner = partnerLine(this, t, 'know-your-rights');
    if (!this.known) {
      return partner ? html`<div part="base" class="rights ${NOT_RECORDED}" data-hj-suppress="true" data-clarity-mask="true" data-private="true">
        <div part="help" class="lines">${renderLine(partner, t, language)}</div></div>` : nothing;
    }
    const voice = this.voice;
    const lines: Hotline[] = [...(partner ? [partner] : []), ...usLines];
    return html`<div part="base" class="rights ${NOT_RECORDED}" data-hj-suppress="true" data-clarity-mask="true" data-private="true">
      <p part="intro" class="intro">${t(`rights.intro_${voice}`)} ${t('rights.private')}</p>
      ${this.shownTopics.map((topic) => this.renderTopic(topic, voice))}
      <div part="help" class="help">
        <div class="help-title" role="heading" aria-level=${this.level}>${t('rights.help.title')}</div>
        <p>${t('rights.help.hotline')}</p>
        <div class="lines">${lines.map((line) => renderLine(line, t, language))}</div>
        ${renderEmergency(parsePhone('911'), t)}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'know-your-rights': KnowYourRights;
  }
}
