// Shapes of human text: person names, prose, short labels.
import type { ValueFeatures } from '../features.js';

const NAME_WORDS = /^[\p{Lu}\p{Lt}][\p{L}'’.-]*(?:[ ,]{1,2}[\p{L}][\p{L}'’.-]*){0,4}$/u;
const LOWER_NAME_WORDS = /^[\p{L}][\p{L}'’.-]*(?:[ ,]{1,2}[\p{L}][\p{L}'’.-]*){1,4}$/u;
const CJK_NAME = /^[\u3400-\u9fff·•]{2,6}$/;

/**
 * Looks like a person's name: 1–5 words of letters (apostrophes, hyphens, dots allowed), the first
 * capitalised unless there are several words, or 2–6 CJK characters. No digits, so UUIDs and ids fail.
 */
export function isPersonNameShape(v: string, f: ValueFeatures): boolean {
  if (f.digits > 0 || f.at > 0 || f.length > 60 || f.length < 2 || f.slashes > 0 || f.underscores > 0) return false;
  if (f.nonAscii === f.length) return CJK_NAME.test(v);
  return NAME_WORDS.test(v) || (f.spaces >= 1 && LOWER_NAME_WORDS.test(v));
}

/** Short single-line text: a label, a display name, a city. */
export function isShortText(v: string, f: ValueFeatures, max = 100): boolean {
  return f.length <= max && (f.letters > 0 || f.nonAscii > 0) && v.indexOf('\n') < 0;
}

/**
 * Prose: several words, mostly letters, not a URL, an email or a code. CJK text counts when it
 * runs to several characters.
 */
export function isProse(v: string, f: ValueFeatures): boolean {
  if (f.length < 12) return false;
  // JSON blobs and markup are structure, not prose.
  const c0 = v.charCodeAt(0);
  if (c0 === 123 || c0 === 91 || c0 === 60) return false;
  if (f.nonAscii >= 6 && f.nonAscii * 2 >= f.length - f.spaces) return true;
  if (f.spaces < 2) return false;
  const words = f.letters + f.nonAscii;
  if (words * 10 < (f.length - f.spaces) * 6) return false;
  if (f.slashes >= 2 && f.spaces < 4) return false;
  return true;
}
