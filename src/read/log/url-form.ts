// URL-encoded forms (`a=1&b=two`) in query strings and log values → named fields.
import type { RecordBuilder } from './record.js';

const MAX_PARAMS = 64;
const MAX_NAME = 128;
const NAME = /^[A-Za-z0-9_.\-[\]%~$]{1,128}$/;

/** Percent-decoding with `+` as space; malformed escapes are left as they are. */
export function decodeComponent(s: string): string {
  if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Adds `<prefix>.<name>` for each parameter of a query string; returns how many were added. */
export function addFormFields(query: string, prefix: string, rec: RecordBuilder): number {
  let added = 0;
  let start = 0;
  while (start <= query.length && added < MAX_PARAMS) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    const part = query.slice(start, end);
    start = end + 1;
    if (part.length === 0) continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq < 0 ? part : part.slice(0, eq)).slice(0, MAX_NAME);
    if (name.length === 0) continue;
    rec.add(`${prefix}.${name}`, eq < 0 ? '' : decodeComponent(part.slice(eq + 1)));
    added++;
  }
  return added;
}

/**
 * Whether a whole value is a form body: `k=v` pairs joined by `&`, names plain, values without `=`.
 * A lone `abc=` is base64 padding more often than a form.
 */
export function isForm(s: string): boolean {
  if (s.length === 0 || /\s/.test(s)) return false;
  let withValue = 0;
  const parts = s.split('&');
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.indexOf('=', eq + 1) >= 0 || !NAME.test(part.slice(0, eq))) return false;
    if (eq < part.length - 1) withValue++;
  }
  return withValue > 0 || parts.length > 1;
}
