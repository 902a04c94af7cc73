import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Translate } from '../../i18n/i18n.js';
import { warn } from '../../shared/warn.js';
import { directory, type Hotline } from './directory.js';
import { httpsUrl, parsePhone, parseSms } from './phone.js';

/**
 * The one hotline renderer: <hotline-banner> and <signs-checklist> both use it.
 */

/** `hotlines` attribute → directory lines. Absent: the trafficking hotline. Empty: none. */
export function pickLines(ids: string | null | undefined, widget: string): Hotline[] {
  if (ids == null) ids = 'us-trafficking';
  const wanted = ids.split(/\s+/).filter(Boolean);
  const unknown = wanted.filter((id) => !directory.some((line) => line.id === id));
  if (unknown.length) {
    warn(`<${widget}> hotlines: unknown id "${unknown.join('", "')}" skipped. Known ids: ${directory.map((l) => l.id).join(', ')}.`);
  }
  return [...new Set(wanted)].flatMap((id) => directory.filter((line) => line.id === id));
}

/** The emergency number: `none` hides it, a wrong value falls back to 911. */
export function emergencyDial(value: string | null | undefined, widget: string) {
  if (value?.trim().toLowerCase() === 'none') return undefined;
  const dial = parsePhone(value ?? '911');
  if (dial) return dial;
  warn(`<${widget}> emergency="${value}" is not a phone number; showing 911.`);
  return parsePhone('911');
}

function lineName(line: Hotline, t: Translate): string {
  return line.name ?? t(`lines.${line.id}.name`);
}

function callLinks(line: Hotline, t: Translate, lang: Language): TemplateResult[] {
  const name = lineName(line, t);
  // A line with one number per language lists the reader's language first.
  const calls = [...line.calls].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  return calls.flatMap((call) => {
    const dial = parsePhone(call.number, call.display);
    if (!dial) return [];
    const which = call.lang ? ` (${t(`language.${call.lang}`)})` : '';
    return [
      html`<li><a part="call" class="action" href=${dial.href}
        aria-label=${`${t('hotline.callLabel', { name, number: dial.spoken })}${which}`}
        >${t('hotline.call', { number: dial.display })}${which}</a></li>`,
    ];
  });
}

function textLink(line: Hotline, t: Translate, lang: Language): TemplateResult | typeof nothing {
  if (!line.text) return nothing;
  const keyword = (lang === 'es' && line.text.keywordEs) || line.text.keyword;
  const dial = parseSms(line.text.number, keyword);
  if (!dial) return nothing;
  const name = lineName(line, t);
  const options = { name, keyword, number: dial.display, spoken: dial.spoken };
  const key = keyword ? 'hotline.textKeyword' : 'hotline.text';
  return html`<li><a part="text" class="action" href=${dial.href}
    aria-label=${t(`${key}Label`, options)}>${t(key, options)}</a></li>`;
}

function otherLinks(line: Hotline, t: Translate): TemplateResult[] {
  const name = lineName(line, t);
  const links: TemplateResult[] = [];
  const tty = line.tty ? parsePhone(line.tty) : undefined;
  if (tty) {
    links.push(html`<li><a part="tty" class="action secondary" href=${tty.href}
      aria-label=${t('hotline.ttyLabel', { name, number: tty.spoken })}>${t('hotline.tty', { number: tty.display })}</a></li>`);
  }
  const url = httpsUrl(line.url);
  if (url) {
    links.push(html`<li><a part="website" class="action secondary" href=${url} rel="noopener noreferrer"
      aria-label=${t(line.chat ? 'hotline.chatLabel' : 'hotline.websiteLabel', { name })}
      >${t(line.chat ? 'hotline.chat' : 'hotline.website')}</a></li>`);
  }
  return links;
}

function about(line: Hotline, t: Translate): string {
  const hours = line.hours === true ? t('hotline.hours247') : (line.hours ?? '');
  const text = line.name === undefined ? t(`lines.${line.id}.about`, { defaultValue: '' }) : '';
  return [hours, text].filter(Boolean).join(' · ');
}

/** One hotline: its name, hours and languages, then its links. */
export function renderLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  const details = about(line, t);
  return html`<div part="line" class="line">
    <p part="name" class="name">${lineName(line, t)}</p>
    ${details ? html`<p part="about" class="about">${details}</p>` : nothing}
    <ul class="actions" role="list">
      ${callLinks(line, t, lang)}${textLink(line, t, lang)}${otherLinks(line, t)}
    </ul>
  </div>`;
}

/** Only the first call and text links, for a single line of text. */
export function renderCompactLine(line: Hotline, t: Translate, lang: Language): TemplateResult {
  return html`<span part="name" class="name">${lineName(line, t)}</span>
    <ul class="actions" role="list">${callLinks(line, t, lang).slice(0, 1)}${textLink(line, t, lang)}</ul>`;
}

/** "In immediate danger? Call 911." */
export function renderEmergency(dial: ReturnType<typeof emergencyDial>, t: Translate): TemplateResult | typeof nothing {
  if (!dial) return nothing;
  return html`<p part="emergency" class="emergency">${t('hotline.danger')}
    <a part="emergency-call" class="action urgent" href=${dial.href}
      aria-label=${t('hotline.emergencyLabel', { number: dial.spoken })}>${t('hotline.call', { number: dial.display })}</a></p>`;
}

