import { html, nothing, type TemplateResult } from 'lit';
import { translator, type Language, type Translate } from '../i18n/i18n.js';
import { warn } from '../shared/warn.js';
import { directory, type Hotline } from './directory.js';
import { cleanKeyword, httpsUrl, parsePhone, parseSms, type Dial } from './phone.js';

/**
 * The one hotline renderer: <hotline-banner> and <signs-checklist> both use it.
 */

/** A partner's own line, as their attributes give it (<hotline-banner>, <know-your-rights>). */
export interface OwnLine {
  name?: string | null;
  phone?: string | null;
  sms?: string | null;
  smsKeyword?: string | null;
  url?: string | null;
  hours?: string | null;
}

/**
 * The partner's line from its attributes, or undefined when it has none. A wrong value warns once and is
 * left out. (<hotline-banner> still has its own copy of this, so parts/widgets.js stays byte for byte as
 * released — moving it to this one measured +1 byte gzip; do it with the move below the widgets.)
 */
export function partnerLine(own: OwnLine, t: Translate, widget: string): Hotline | undefined {
  if (!own.name && !own.phone && !own.sms) return undefined;
  const phone = own.phone ? parsePhone(own.phone) : undefined;
  if (own.phone && !phone) warn(`<${widget}> phone="${own.phone}" is not a phone number; it is shown as text, with no call link.`);
  const sms = own.sms ? parseSms(own.sms) : undefined;
  if (own.sms && !sms) warn(`<${widget}> sms="${own.sms}" is not a number that takes texts; no text link is shown.`);
  const url = own.url ? httpsUrl(own.url) : undefined;
  if (own.url && !url) warn(`<${widget}> url="${own.url}" is not an https: address; no link is shown.`);
  const keyword = cleanKeyword(own.smsKeyword);
  if (own.smsKeyword?.trim() && !keyword) warn(`<${widget}> sms-keyword="${own.smsKeyword}" is not one word of letters (of one alphabet) and digits, at most 40; the text link opens with no keyword.`);
  return {
    id: 'partner',
    name: own.name?.trim() || t('hotline.partnerName'),
    calls: phone ? [{ number: own.phone! }] : [],
    text: sms ? { number: own.sms!, keyword } : undefined,
    url,
    // A number that cannot be a link is still shown, as the partner wrote it.
    hours: [own.phone && !phone ? own.phone.trim().slice(0, 60) : '', own.hours?.trim()].filter(Boolean).join(' · ') || undefined,
  };
}

/** `hotlines` attribute → directory lines. Absent: the trafficking hotline. Empty: none. */
export function pickLines(ids: string | null | undefined, widget: string): Hotline[] {
  const wanted = (ids ?? 'us-trafficking').split(/\s+/).filter(Boolean);
  const unknown = wanted.filter((id) => !directory.some((line) => line.id === id));
  if (unknown.length) warn(`<${widget}> hotlines: unknown "${unknown.join(' ')}" skipped. Known: ${directory.map((l) => l.id).join(' ')}`);
  return directory.filter((line) => wanted.includes(line.id)).sort((a, b) => wanted.indexOf(a.id) - wanted.indexOf(b.id));
}

/** The emergency number: `none` hides it, a wrong value falls back to 911. */
export function emergencyDial(value: string | null | undefined, widget: string): Dial | undefined {
  if (value?.trim().toLowerCase() === 'none') return undefined;
  const dial = parsePhone(value ?? '911');
  if (!dial) warn(`<${widget}> emergency="${value}" is not a phone number; showing 911.`);
  return dial ?? parsePhone('911');
}

const NUMBER = '\u0001';
const KEYWORD = '\u0002';

/** A phrase as shown. */
interface Phrase {
  shown: TemplateResult;
}

/**
 * A translated phrase with the number (and keyword) put in by us, never by the
 * translation layer, so nothing a partner types is read as a placeholder. The
 * number is one unbreakable, left-to-right piece: it never wraps inside a group.
 */
function phrase(text: string, number?: string, keyword?: string, keywordLang?: string): Phrase {
  const pieces = text.split(/(\u0001|\u0002)/);
  const shown = html`${pieces.map((piece) =>
    piece === NUMBER
      ? html`<span class="number" dir="ltr">${number}</span>`
      : piece === KEYWORD ? html`<span class="keyword" dir="auto" lang=${keywordLang ?? nothing}>${keyword}</span>` : piece,
  )}`;
  return { shown };
}

/** Whose line a link is, and the language of those words where it is not the widget's (an English name). */
interface Whose {
  text: string;
  lang?: string;
}

const whose = (line: Hotline, t: Translate, lang: Language): Whose => {
  const name = lineName(line, t);
  return english(line, name, lang) ? { text: name, lang: 'en' } : { text: name };
};

/**
 * A call, text or web link. Its text is what it shows ("Call 1-888-373-7888"); its name
 * adds whose line it is ("Call 1-888-373-7888 — National Human Trafficking Hotline"):
 * the number once, the name starting with exactly what is shown (voice control, WCAG
 * 2.5.3). Those added words are CSS generated text in an element of their own, with their
 * own language (an English name in an Arabic page is read with an English voice): part
 * of the name in every engine, never shown, never copied, not in the link's text.
 */
const link = (part: string, href: string, text: Phrase, whom: Whose, kind = '', rel?: string) =>
  html`<a part=${part} class="action ${kind}" href=${href} rel=${rel ?? nothing}><span>${text.shown}</span><span class="whose"
    lang=${whom.lang ?? nothing} dir=${whom.lang ? 'ltr' : nothing} data-whose=${`\u00a0— ${whom.text}`}></span></a>`;

// role="list": Safari drops list semantics from a list styled without bullets.
const list = (links: TemplateResult[]) =>
  // eslint-disable-next-line lit-a11y/no-redundant-role
  html`<ul class="actions" role="list">${links.map((item) => html`<li>${item}</li>`)}</ul>`;

export const lineName = (line: Hotline, t: Translate): string => line.name ?? t(`lines.${line.id}.name`);

/**
 * Items as a list in the widget's language, by Intl.ListFormat: "A, B and C", zh "A、B和C", ar "A وB وC".
 * A language the browser has no list words for (Haitian Creole, a partner's) joins them with its own
 * `hotline.and`. Items may be templates (links): each is put where the list has it.
 */
export function listOf<T>(items: T[], lang: Language, t: Translate): (T | string)[] {
  const marks = items.map((_, i) => String.fromCharCode(0xe000 + i));
  let joined: string | undefined;
  try {
    if (Intl.ListFormat.supportedLocalesOf(lang).length) joined = new Intl.ListFormat(lang).format(marks);
  } catch {
    // A language tag the browser cannot read.
  }
  joined ??= marks.length > 1 ? t('hotline.and', { first: marks.slice(0, -1).join(', '), second: marks[marks.length - 1] }) : marks.join('');
  return joined.split(/([\ue000-\uf8ff])/).map((piece, i) => (i % 2 ? items[piece.charCodeAt(0) - 0xe000] : piece));
}

/** The space between two sentences: none after a full-width mark (Chinese 。？：), which has its own. */
export const gap = (sentence: string): string => (/[\u3000-\u303f\uff00-\uffef]$/.test(sentence) ? '' : ' ');

/**
 * A directory line keeps its official English name in most languages: read with an English voice,
 * and isolated left to right, so in Arabic "988 Suicide & Crisis Lifeline" keeps 988 at its start
 * and "… (UK)" its brackets. Any other name (a partner's) takes the direction of its first letter.
 */
/** A directory line shown under its official English name in a page of another language. */
const english = (line: Hotline, name: string, lang: Language): boolean =>
  lang !== 'en' && line.name === undefined && name === translator('en')(`lines.${line.id}.name`);

function renderName(line: Hotline, t: Translate, lang: Language, tag: 'p' | 'span') {
  const name = lineName(line, t);
  const isEnglish = english(line, name, lang);
  const shown = html`<bdi dir=${isEnglish ? 'ltr' : nothing}>${name}</bdi>`;
  return tag === 'p'
    ? html`<p part="name" class="name" lang=${isEnglish ? 'en' : nothing}>${shown}</p>`
    : html`<span part="name" class="name" lang=${isEnglish ? 'en' : nothing}>${shown}</span>`;
}

function callLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  // A line with one number per language lists the reader's language first.
  const calls = [...line.calls].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  return calls.flatMap((call) => {
    const dial = parsePhone(call.number, call.display);
    if (!dial) return [];
    // "Call 1-888-999-5545 (English line)", with each language's own brackets.
    const text = call.lang ? t('hotline.callLine', { number: NUMBER, line: t(`language.${call.lang}`) }) : t('hotline.call', { number: NUMBER });
    return link('call', dial.href, phrase(text, dial.display), whose(line, t, lang));
  });
}

function textLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  const ownKeyword = lang === 'es' && line.text?.keywordEs;
  const keyword = cleanKeyword(ownKeyword || line.text?.keyword);
  const dial = line.text && parseSms(line.text.number, keyword);
  if (!dial) return [];
  // A keyword the line only takes in English says so to a reader of another language.
  const english = lang !== 'en' && keyword && !ownKeyword && line.id !== 'partner';
  const key = keyword ? (english ? 'hotline.textKeywordEnglish' : 'hotline.textKeyword') : 'hotline.text';
  const text = phrase(t(key, { number: NUMBER, keyword: KEYWORD }), dial.display, keyword, english ? 'en' : undefined);
  return [link('text', dial.href, text, whose(line, t, lang))];
}

function otherLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  const links: TemplateResult[] = [];
  const tty = line.tty ? parsePhone(line.tty) : undefined;
  // 711 is the national relay service, not the line's own TTY number: the words say so.
  const tty_ = tty && phrase(t(tty.href === 'tel:711' ? 'hotline.relay' : 'hotline.tty', { number: NUMBER }), tty.display);
  if (tty && tty_) links.push(link('tty', tty.href, tty_, whose(line, t, lang), 'secondary'));
  const url = httpsUrl((line.chat && line.chatUrl) || line.url);
  const site = line.chat ? 'hotline.chat' : 'hotline.website';
  if (url) links.push(link('website', url, phrase(t(site)), whose(line, t, lang), 'secondary', 'noopener noreferrer'));
  return links;
}

/**
 * What a reader of `lang` should know about the line's languages, from the
 * directory's data: that they can ask for an interpreter in their language,
 * and which languages text and chat are in when theirs is not one of them.
 */
function channelNotes(line: Hotline, t: Translate, lang: Language): string[] {
  const served = line.languages;
  if (!served || lang === 'en') return [];
  const notes: string[] = [];
  if (served.interpreters && !served.calls?.includes(lang)) notes.push(t('hotline.askInterpreter'));
  const written = line.text && line.chat && String(served.text) === String(served.chat) ? served.text : line.chat ? served.chat : undefined;
  if (written?.length && !written.includes(lang)) {
    const names = written.map((code) => t(`languageName.${code}`, { defaultValue: code }));
    const languages = listOf(names, lang, t).join('');
    notes.push(t('hotline.channelIn', { channels: t(line.text && line.chat ? 'hotline.textAndChat' : 'hotline.chatOnly'), languages }));
  }
  return notes;
}

function about(line: Hotline, t: Translate, lang: Language): string {
  const hours = line.hours === true ? t('hotline.hours247') : line.hours;
  const directory = line.name === undefined;
  const explained = directory && t(`lines.${line.id}.what`, { defaultValue: '' });
  // It opens the line's description: a capital where the language has one.
  const what = explained && explained.charAt(0).toLocaleUpperCase(lang) + explained.slice(1);
  const text = directory && t(`lines.${line.id}.about`, { defaultValue: '' });
  return [what, hours, text, ...channelNotes(line, t, lang)].filter(Boolean).join(' · ');
}

/**
 * A translated sentence that names a directory line by its official English name
 * ("… (National Human Trafficking Hotline) …"): that name marked English and left
 * to right, so it is read with an English voice and keeps its order in Arabic.
 */
export function withEnglishName(text: string, id: string, lang: Language) {
  const name = translator('en')(`lines.${id}.name`);
  const at = lang === 'en' ? -1 : text.indexOf(name);
  return at < 0 ? text : html`${text.slice(0, at)}<bdi lang="en" dir="ltr">${name}</bdi>${text.slice(at + name.length)}`;
}

/** One hotline: its name, hours and languages, then its links. */
export function renderLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  const details = about(line, t, lang);
  return html`<div part="line" class="line">
    ${renderName(line, t, lang, 'p')}
    ${details ? html`<p part="about" class="about">${details}</p>` : nothing}
    ${list([...callLinks(line, t, lang), ...textLinks(line, t, lang), ...otherLinks(line, t, lang)])}
  </div>`;
}

/** Only the first call and text links, for a single line of text. */
export function renderCompactLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  return html`${renderName(line, t, lang, 'span')}
    ${list([...callLinks(line, t, lang).slice(0, 1), ...textLinks(line, t, lang)])}`;
}

/** "In danger right now? Call 911." */
export function renderEmergency(dial: Dial | undefined, t: Translate): TemplateResult | typeof nothing {
  if (!dial) return nothing;
  const text = phrase(t('hotline.call', { number: NUMBER }), dial.display);
  const danger = t('hotline.danger');
  return html`<p part="emergency" class="emergency">${danger}${gap(danger)}${link('emergency-call', dial.href, text, { text: t('hotline.emergencyServices') }, 'urgent')}</p>`;
}
