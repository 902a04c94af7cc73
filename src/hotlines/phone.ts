/**
 * Phone and text-message links (RFC 3966 tel:, RFC 5724 sms:).
 * Every link this project renders comes out of here or `httpsUrl`, so no
 * attribute value can ever become anything but tel:, sms: or https:.
 */
import { withoutControls } from '../shared/input.js';

export interface Dial {
  /** `tel:+18883737888`, `tel:911` */
  href: string;
  /** As a person reads it: `1-888-373-7888` */
  display: string;
}

const written = /^\+?[\d\s().-]+$/;
// `ext. 2`, `ext 2`, `x2`, `#2`, `;ext=2` (RFC 3966), at the end of what a partner wrote. (Read only
// in a number of at most MAX_PHONE characters, with no two quantifiers over the same characters.)
const extension = /(?:;\s*ext=|[,\s]*(?:ext\.?|extension|x|#))\s*(\d{1,7})\s*$/i;
/** Longer than this, it is no phone number (the longest, +, 15 digits, spaces, an extension, fit). */
export const MAX_PHONE = 64;

/** `tel:+1…`, `sms:…`, `%2B1…`: what partners copy from other sites' links. */
function unwrap(raw: string): string {
  let text = withoutControls(raw).trim().replace(/^(?:tel|sms|callto):(?:\/\/)?/i, '');
  text = text.replace(/%2B/gi, '+').replace(/%20/g, ' ');
  return text.split('?')[0].trim();
}

/**
 * A number as a partner or the directory writes it. North American numbers
 * become E.164 and are shown as 1-888-373-7888; short service numbers
 * (911, 988, 711) stay as they are; a number with a leading + keeps its own
 * grouping. Anything else that is not a plausible number gives undefined.
 */
export function parsePhone(raw: string | null | undefined, display?: string): Dial | undefined {
  if ((raw ?? '').length > MAX_PHONE * 4) return undefined;
  let text = unwrap(raw ?? '');
  if (text.length > MAX_PHONE) return undefined;
  const ext = text.match(extension);
  if (ext) text = text.slice(0, ext.index).trim();
  if (!written.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  let target: string;
  let shown = text;
  if (text.startsWith('+')) {
    if (digits.length < 7 || digits.length > 15) return undefined;
    target = `+${digits}`;
  } else if (digits.length === 3) {
    target = shown = digits;
  } else if (/^1?[2-9]\d{9}$/.test(digits)) {
    const national = digits.slice(-10);
    target = `+1${national}`;
    shown = `${digits.length === 11 ? '1-' : ''}${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
  } else if (digits.length >= 4 && digits.length <= 15) {
    target = digits; // a national number we cannot place in a country: dial it as written
  } else {
    return undefined;
  }
  shown = display ?? shown;
  if (ext) return { href: `tel:${target};ext=${ext[1]}`, display: `${shown} ext. ${ext[1]}` };
  return { href: `tel:${target}`, display: shown };
}

/** The scripts a keyword may be written in (one of them per keyword). */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hangul', 'Hiragana', 'Katakana', 'Thai', 'Devanagari', 'Armenian', 'Georgian'];

/**
 * A keyword as it can go into a link: at most 40 letters and digits (0-9), all
 * letters of one script, so a look-alike (a Cyrillic "Н" in "HELP") or an
 * invisible character cannot send other text than the one shown. Anything else
 * gives undefined: the text link opens with no keyword.
 */
export function cleanKeyword(raw: string | null | undefined): string | undefined {
  if ((raw ?? '').length > 200) return undefined;
  const text = withoutControls(raw ?? '').trim();
  if (!text || Array.from(text).length > 40) return undefined;
  return SCRIPTS.some((script) => new RegExp(`^[\\p{Script=${script}}\\p{M}0-9]+$`, 'u').test(text)) ? text : undefined;
}

/**
 * A text-message link. parsePhone only adds a country code to a full
 * 10- or 11-digit North American number, so US short codes (5–6 digits) and
 * 3-digit numbers stay as written. `?&body=` is read by both iOS and Android.
 */
export function parseSms(raw: string | null | undefined, keyword?: string): Dial | undefined {
  const dial = parsePhone(raw);
  // An extension takes no texts; of the 3-digit service numbers only 988 does everywhere in the US
  // (a "Text 911" link where text-to-911 is not offered would fail someone in danger).
  if (!dial || dial.href.includes(';ext=') || (/^tel:\d{3}$/.test(dial.href) && dial.href !== 'tel:988')) return undefined;
  const word = cleanKeyword(keyword);
  const body = word ? `?&body=${encodeURIComponent(word)}` : '';
  return { ...dial, href: `sms:${dial.href.slice(4)}${body}` };
}

/** Only absolute https: addresses become links. */
export function httpsUrl(raw: string | null | undefined): string | undefined {
  try {
    if ((raw ?? '').length > 2048 || /[\p{Cc}\p{Cf}]/u.test((raw ?? '').trim())) return undefined;
    const url = new URL((raw ?? '').trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
