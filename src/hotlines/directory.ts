import type { Language } from '../i18n/i18n.js';

/** One way to call a line. `lang` marks a line that serves one language only. */
export interface Call {
  number: string;
  /** How the country usually writes it, when that differs from `number`. */
  display?: string;
  lang?: Language;
}

/**
 * A hotline. Directory entries are translated by id (`lines.<id>.name` and
 * `lines.<id>.about` in the locale files); a partner's own line carries its
 * name and hours as written.
 */
/**
 * Which languages each channel of a line serves (from the research), as codes.
 * `interpreters`: a caller can ask for an interpreter in many more languages.
 */
export interface Channels {
  calls?: string[];
  interpreters?: boolean;
  text?: string[];
  chat?: string[];
}

export interface Hotline {
  id: string;
  languages?: Channels;
  name?: string;
  calls: Call[];
  /** Number that takes text messages; `keyword` is prefilled and written out. */
  text?: { number: string; keyword?: string; keywordEs?: string };
  tty?: string;
  /** The operator's own site (https only). */
  url?: string;
  /** Has online chat: at `chatUrl` where the chat has its own page, else on `url`. */
  chat?: boolean;
  chatUrl?: string;
  /** Partner lines: their own words. Directory lines: `true` means 24/7. */
  hours?: string | true;
}

export interface DirectoryEntry extends Hotline {
  /** Where the numbers were confirmed, when that is not `url`; and when it was checked. */
  source?: string;
  checked: string;
}

/**
 * Facts from ../shared/research/hotlines.md and the project's seed documents.
 * `checked` is the date the entry was checked against that research; the
 * research names the operator or government page it was confirmed on.
 */
export const directory: readonly DirectoryEntry[] = [
  {
    id: 'us-trafficking',
    calls: [{ number: '1-888-373-7888' }],
    text: { number: '233733', keyword: 'HELP' },
    tty: '711',
    url: 'https://humantraffickinghotline.org/',
    chat: true,
    hours: true,
    languages: { calls: ['en', 'es'], interpreters: true, text: ['en', 'es'], chat: ['en', 'es'] },
    checked: '2026-11-23',
  },
  {
    id: 'us-domestic-violence',
    calls: [{ number: '1-800-799-7233' }],
    text: { number: '88788', keyword: 'START' },
    tty: '1-800-787-3224',
    url: 'https://www.thehotline.org/',
    // Chat is on the home page itself ("Chat online at TheHotline.org").
    chat: true,
    hours: true,
    source: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts (US Justice Dept OVC, 2022: "available 24/7/365", phone, text, chat, TTY)',
    checked: '2026-12-02',
  },
  {
    id: 'us-sexual-assault',
    calls: [{ number: '1-800-656-4673' }],
    url: 'https://rainn.org/',
    chat: true,
    hours: true,
    source: 'https://span.state.gov/social-development/sms-sos/20140901 (US State Dept: RAINN\'s 24-hour hotline); https://rainn.org/get-help/national-sexual-assault-hotline',
    checked: '2026-12-02',
  },
  {
    id: 'us-988',
    calls: [{ number: '988' }],
    text: { number: '988', keywordEs: 'AYUDA' },
    tty: '711',
    url: 'https://988lifeline.org/',
    chat: true,
    chatUrl: 'https://988lifeline.org/chat/',
    hours: true,
    languages: { calls: ['en', 'es'], interpreters: true, text: ['en', 'es'] },
    source: 'https://www.sfsuicide.org/about-988/ (a Lifeline crisis center: 24 hours a day, 365 days a year; interpreters in 250+ languages; chat at 988lifeline.org/chat); https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline (calls in English and Spanish, translation in 250+ more languages)',
    checked: '2026-12-02',
  },
  {
    id: 'us-ct-alliance',
    calls: [
      { number: '1-888-999-5545', lang: 'en' },
      { number: '1-888-568-8332', lang: 'es' },
    ],
    languages: { calls: ['en', 'es'] },
    url: 'https://endsexualviolencect.org/',
    hours: true,
    source: 'https://endsexualviolencect.org/ (seed 000: the Alliance\'s own article)',
    checked: '2026-11-23',
  },
  {
    id: 'us-native',
    calls: [{ number: '1-844-762-8483' }],
    text: { number: '1-844-762-8483' },
    url: 'https://strongheartshelpline.org/',
    hours: true,
    checked: '2026-11-23',
  },
  {
    id: 'us-child-abuse',
    calls: [{ number: '1-800-422-4453' }],
    text: { number: '1-800-422-4453' },
    url: 'https://www.childhelphotline.org/',
    hours: true,
    // Research: calls in 170+ languages (through interpreters, Childhelp's 2018 hotline impact report).
    languages: { interpreters: true },
    source: 'https://childhelphotline.org/how-it-works (the operator: calls, texts and chats answered 24/7; not a reporting line)',
    chat: true,
    checked: '2026-12-02',
  },
  {
    id: 'ca-trafficking',
    calls: [{ number: '1-833-900-1010' }],
    url: 'https://www.canadianhumantraffickinghotline.ca/',
    // Research (the hotline's FAQ): calls in English and French, interpreters for 200+ languages; chat in English and French.
    languages: { calls: ['en', 'fr'], interpreters: true, chat: ['en', 'fr'] },
    hours: true,
    checked: '2026-11-23',
  },
  {
    id: 'uk-modern-slavery',
    calls: [{ number: '+448000121700', display: '08000 121 700' }],
    url: 'https://www.modernslaveryhelpline.org/',
    checked: '2026-11-23',
  },
];

/**
 * Government help lines that are not hotlines for the banner's list (yet):
 * <know-your-rights> shows them. Kept out of `directory`, so the banner's file
 * and today's language files do not carry them; their words are in
 * src/i18n/rights/<code>.json (`lines.<id>`).
 */
export const agencies: readonly DirectoryEntry[] = [
  {
    id: 'us-wage-hour',
    // 1-866-4-USWAGE; hours are in the line's `about` (translated): Monday–Friday, 8 a.m.–4:30 p.m. local time.
    calls: [{ number: '1-866-487-9243' }],
    url: 'https://www.dol.gov/agencies/whd',
    source: 'https://www.dol.gov/agencies/whd/contact (US Department of Labor, Wage and Hour Division: toll-free helpline 1-866-487-9243, Monday–Friday 8:00 a.m.–4:30 p.m. in your time zone); ../shared/research/rights.md',
    checked: '2026-12',
  },
];
