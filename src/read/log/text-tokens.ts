// Token-level extraction from free text, under the `text` pseudo-field family:
//   text.email, text.ipv4, text.ipv6, text.url, text.uuid, text.card_like, text.token
// The line is first cut into whitespace/bracket-delimited tokens by a linear scan; each token (at
// most 1 KB) is then tested with anchored patterns, so no pattern ever rescans the line.
// These are shapes only: validation (Luhn, TLDs…) is the detectors' job.
import { isIPv4, isIPv6 } from 'node:net';
import type { RecordBuilder } from './record.js';

const MAX_PER_KIND = 16;
const MAX_TOKEN = 1024;

const URL_RE = /^(?:https?|ftp|wss?):\/\/[^\s/$.?#][^\s]*$/i;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const JWT = /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/;
// Stripe, AWS access key id, GitHub, Slack, Google API key.
const VENDOR_KEY = new RegExp(
  '^(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})$',
);
const LONG_HEX = /^[0-9a-fA-F]{32,}$/;
const TOKENISH = /^[A-Za-z0-9_\-+/=]{20,512}$/;
const KEY_PREFIX = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}[=:]/;
const IP_CHARS = /^[0-9A-Fa-f:.]+$/;

/** Token delimiters: whitespace, quotes, brackets, and separators that never occur in our kinds. */
function isDelimiter(c: number): boolean {
  return (
    c <= 32 || c === 34 || c === 39 || c === 96 || c === 40 || c === 41 || c === 60 || c === 62 ||
    c === 91 || c === 93 || c === 123 || c === 125 || c === 124 || c === 44 || c === 59
  );
}

/** Adds one `text.<kind>` entry per token found in `text`; returns how many were added. */
export function addTextTokens(text: string, rec: RecordBuilder): number {
  const counts: Record<string, number> = {};
  const add = (kind: string, value: string): void => {
    const c = counts[kind] ?? 0;
    if (c >= MAX_PER_KIND) return;
    counts[kind] = c + 1;
    rec.add(`text.${kind}`, value);
  };
  const n = text.length;
  let digits = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isDelimiter(text.charCodeAt(i))) i++;
    const start = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isDelimiter(c)) break;
      if (c >= 48 && c <= 57) digits++;
    }
    if (i - start >= 6 && i - start <= MAX_TOKEN) classify(text.slice(start, i), add);
  }
  if (digits >= 13) for (const card of cardLike(text)) add('card_like', card);
  let total = 0;
  for (const k in counts) total += counts[k];
  return total;
}

/** Sentence punctuation glued to the end of a token. */
function trimEnd(s: string): string {
  let e = s.length;
  for (; e > 0; e--) {
    const c = s.charCodeAt(e - 1);
    if (c !== 46 && c !== 58 && c !== 33 && c !== 63) break;
  }
  return e === s.length ? s : s.slice(0, e);
}

// Cheap gates (indexOf, length) run before any pattern: most tokens are plain words.
function classify(raw: string, add: (kind: string, value: string) => void): void {
  const tok = trimEnd(raw);
  if (tok.indexOf('://') > 0 && URL_RE.test(tok)) return add('url', tok);
  if (ipAddress(tok, add)) return;
  // `user=bob@x.org`, `mailto:bob@x.org`, `ip=10.0.0.1`, `SHA256:…` → the part after the key.
  const keyed = tok.indexOf('=') > 0 || tok.indexOf(':') > 0 ? KEY_PREFIX.exec(tok) : null;
  const bare = keyed ? tok.slice(keyed[0].length) : tok;
  if (keyed) {
    if (bare.indexOf('://') > 0 && URL_RE.test(bare)) return add('url', bare);
    if (ipAddress(bare, add)) return;
  }
  if (bare.indexOf('@') > 0) {
    if (EMAIL.test(bare)) add('email', bare);
    return;
  }
  if (bare.length === 36 && UUID.test(bare)) return add('uuid', bare);
  if (bare.length >= 20 && isTokenLike(bare)) add('token', bare);
}

function ipAddress(s: string, add: (kind: string, value: string) => void): boolean {
  if (s.length < 2 || s.length > 45 || !IP_CHARS.test(s)) return false;
  const v4 = s.replace(/:\d{1,5}$/, '');
  if (isIPv4(v4)) {
    add('ipv4', v4);
    return true;
  }
  if (isIPv6(s)) {
    add('ipv6', s);
    return true;
  }
  return false;
}

/** API keys, JWTs, long hex digests and other long random-looking strings. */
function isTokenLike(s: string): boolean {
  if (s.length < 20) return false;
  if (JWT.test(s) || VENDOR_KEY.test(s)) return true;
  if (LONG_HEX.test(s)) return /[a-fA-F]/.test(s);
  if (!TOKENISH.test(s) || s.charCodeAt(0) === 47 /* / */) return false;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let sep = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
    else sep++;
  }
  // Words, paths and version strings have separators and few mixed classes; random ids do not.
  return upper >= 2 && lower >= 2 && digit >= 2 && sep * 10 <= s.length;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Card-number shapes: a run of 15–19 digits, or 13–19 digits in groups of 4–6 separated by single
 * spaces or dashes (4111 1111 1111 1111). Shorter plain runs are timestamps and ids far more often.
 */
function cardLike(text: string): string[] {
  const found: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    let groups = 0;
    let groupLen = 0;
    let groupsOk = true;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) {
        digits++;
        groupLen++;
      } else if ((c === 32 || c === 45) && groupLen > 0 && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
        if (groupLen < 4 || groupLen > 6) groupsOk = false;
        groups++;
        groupLen = 0;
      } else break;
    }
    const lastOk = groupLen >= 1 && groupLen <= 6;
    const endsClean = j >= n || (!isAlnum(text.charCodeAt(j)) && !(text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))));
    if (endsClean && digits >= 13 && digits <= 19) {
      if (groups === 0 ? digits >= 15 : groupsOk && lastOk) found.push(text.slice(i, j));
    }
    i = j + 1;
  }
  return found;
}
