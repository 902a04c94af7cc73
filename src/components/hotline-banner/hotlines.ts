import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Translate } from '../../i18n/i18n.js';
import { warn } from '../../shared/warn.js';
import { directory, type Hotline } from './directory.js';
import { httpsUrl, parsePhone, parseSms, type Dial } from './phone.js';

/**
 * The one hotline renderer: <hotline-banner> and <signs-checklist> both use it.
 */

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

/**
 * A call, text or web link. Its accessible name is the hidden `label`, which
 * says what it does and with whom and reads numbers digit by digit; the
 * visible text is hidden from screen readers so the number is not read twice.
 */
const link = (part: string, href: string, label: string, visible: string, kind = '', rel?: string) =>
  html`<a part=${part} class="action ${kind}" href=${href} rel=${rel ?? nothing}
    ><span class="visually-hidden">${label}</span><span aria-hidden="true">${visible}</span></a>`;

// role="list": Safari drops list semantics from a list styled without bullets.
const list = (links: TemplateResult[]) =>
  // eslint-disable-next-line lit-a11y/no-redundant-role
  html`<ul class="actions" role="list">${links.map((item) => html`<li>${item}</li>`)}</ul>`;

const lineName = (line: Hotline, t: Translate): string => line.name ?? t(`lines.${line.id}.name`);

function callLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  const name = lineName(line, t);
  // A line with one number per language lists the reader's language first.
  const calls = [...line.calls].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  return calls.flatMap((call) => {
    const dial = parsePhone(call.number, call.display);
    if (!dial) return [];
    const which = call.lang ? ` (${t(`language.${call.lang}`)})` : '';
    return link('call', dial.href, t('hotline.callLabel', { name, number: dial.spoken }) + which, t('hotline.call', { number: dial.display }) + which);
  });
}

function textLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  const keyword = (lang === 'es' && line.text?.keywordEs) || line.text?.keyword;
  const dial = line.text && parseSms(line.text.number, keyword);
  if (!dial) return [];
  const options = { name: lineName(line, t), keyword, number: dial.display, spoken: dial.spoken };
  const key = keyword ? 'hotline.textKeyword' : 'hotline.text';
  return [link('text', dial.href, t(`${key}Label`, options), t(key, options))];
}

function otherLinks(line: Hotline, t: Translate): TemplateResult[] {
  const name = lineName(line, t);
  const links: TemplateResult[] = [];
  const tty = line.tty ? parsePhone(line.tty) : undefined;
  if (tty) links.push(link('tty', tty.href, t('hotline.ttyLabel', { name, number: tty.spoken }), t('hotline.tty', { number: tty.display }), 'secondary'));
  const url = httpsUrl(line.url);
  const site = line.chat ? 'hotline.chat' : 'hotline.website';
  if (url) links.push(link('website', url, t(`${site}Label`, { name }), t(site), 'secondary', 'noopener noreferrer'));
  return links;
}

function about(line: Hotline, t: Translate): string {
  const hours = line.hours === true ? t('hotline.hours247') : line.hours;
  const text = line.name === undefined && t(`lines.${line.id}.about`, { defaultValue: '' });
  return [hours, text].filter(Boolean).join(' · ');
}

/** One hotline: its name, hours and languages, then its links. */
export function renderLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  const details = about(line, t);
  return html`<div part="line" class="line">
    <p part="name" class="name">${lineName(line, t)}</p>
    ${details ? html`<p part="about" class="about">${details}</p>` : nothing}
    ${list([...callLinks(line, t, lang), ...textLinks(line, t, lang), ...otherLinks(line, t)])}
  </div>`;
}

/** Only the first call and text links, for a single line of text. */
export function renderCompactLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  return html`<span part="name" class="name">${lineName(line, t)}</span>
    ${list([...callLinks(line, t, lang).slice(0, 1), ...textLinks(line, t, lang)])}`;
}

/** "In immediate danger? Call 911." */
export function renderEmergency(dial: Dial | undefined, t: Translate): TemplateResult | typeof nothing {
  if (!dial) return nothing;
  const label = t('hotline.emergencyLabel', { number: dial.spoken });
  return html`<p part="emergency" class="emergency">${t('hotline.danger')}
    ${link('emergency-call', dial.href, label, t('hotline.call', { number: dial.display }), 'urgent')}</p>`;
}
