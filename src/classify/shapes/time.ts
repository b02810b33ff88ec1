// Date and time shapes: ISO 8601, common regional forms, RFC 2822, Twitter, access-log and
// syslog stamps, Chinese dates, and epoch seconds/milliseconds in a plausible range.
import type { ValueFeatures } from '../features.js';

export type TimeShape = 'datetime' | 'date' | 'epoch-s' | 'epoch-ms' | 'time' | 'compact-date' | 'year';

/** Epoch seconds / milliseconds accepted as timestamps: 2001-09-09 .. 2039-09-18. */
export const EPOCH_S_MIN = 1e9;
export const EPOCH_S_MAX = 2.2e9;

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DOW = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?';
const ZONE = '(?:\\s?(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\\d{2}:?\\d{2}))?';

const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const ISO_DATETIME = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s)${TIME}${ZONE}$`);
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DMY_TIME = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})[\\sT,]+${TIME}(?:\\s?[AaPp][Mm])?${ZONE}$`);
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:\s?[AaPp][Mm])?$/;
const WORDY = [
  new RegExp(`^${DOW},? \\d{1,2} ${MON} \\d{4} ${TIME}${ZONE}$`), // RFC 2822
  new RegExp(`^${DOW} ${MON} \\d{1,2} ${TIME} [+-]\\d{4} \\d{4}$`), // Twitter created_at
  new RegExp(`^\\[?\\d{1,2}/${MON}/\\d{4}:${TIME} [+-]\\d{4}\\]?$`), // access log
  new RegExp(`^${MON} {1,2}\\d{1,2} ${TIME}$`), // syslog
  new RegExp(`^${MON} \\d{1,2},? \\d{4},? ${TIME}(?:\\s?[AaPp][Mm])?${ZONE}$`),
  new RegExp(`^\\d{1,2} ${MON},? \\d{4},? ${TIME}${ZONE}$`),
];
const WORDY_DATE = [new RegExp(`^${MON} \\d{1,2},? \\d{4}$`), new RegExp(`^\\d{1,2}[ -]${MON}[ -]\\d{4}$`), new RegExp(`^${DOW},? ${MON} \\d{1,2},? \\d{4}$`)];
const CJK_DATE = /^\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function dmyValid(a: number, b: number): boolean {
  // Either day/month or month/day order.
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

/** Cheap precondition shared by every time detector. */
export function timeGate(f: ValueFeatures): boolean {
  return f.digits >= 4 && f.length <= 48 && f.at === 0 && f.underscores === 0;
}

let lastValue: string | null = null;
let lastShape: TimeShape | null = null;

/** The value's date/time shape, or null. */
export function timeShape(v: string, f: ValueFeatures): TimeShape | null {
  // Several time detectors test the same value one after another: parse it once.
  if (v === lastValue) return lastShape;
  lastShape = parseTimeShape(v, f);
  lastValue = v;
  return lastShape;
}

function parseTimeShape(v: string, f: ValueFeatures): TimeShape | null {
  const n = f.int;
  if (n === n) {
    if (f.length === 10 && n >= EPOCH_S_MIN && n < EPOCH_S_MAX) return 'epoch-s';
    if (f.length === 13 && n >= EPOCH_S_MIN * 1000 && n < EPOCH_S_MAX * 1000) return 'epoch-ms';
    if (f.length === 8) {
      const y = Math.floor(n / 10000), m = Math.floor(n / 100) % 100, d = n % 100;
      return y >= 1900 && y <= 2100 && validDate(y, m, d) ? 'compact-date' : null;
    }
    if (f.length === 4 && n >= 1900 && n <= 2100) return 'year';
    return null;
  }
  if (f.nonAscii > 0) return f.nonAscii <= 6 && CJK_DATE.test(v) ? (f.colons > 0 ? 'datetime' : 'date') : null;
  // Epoch seconds with a fraction: 1609180933.123
  if (f.dots === 1 && f.letters === 0 && f.digits === f.length - 1 && v.indexOf('.') === 10) {
    const s = +v;
    return s >= EPOCH_S_MIN && s < EPOCH_S_MAX ? 'epoch-s' : null;
  }
  const c0 = v.charCodeAt(0);
  const startsDigit = c0 >= 48 && c0 <= 57;
  if (f.letters === 0 || (startsDigit && f.letters <= 4)) {
    if (f.colons === 0 && f.spaces === 0) {
      let m = ISO_DATE.exec(v);
      if (m) return validDate(+m[1], +m[3], +m[4]) ? 'date' : null;
      m = DMY.exec(v);
      if (m) return dmyValid(+m[1], +m[3]) ? 'date' : null;
      return null;
    }
    let m = ISO_DATETIME.exec(v);
    if (m) return validDate(+m[1], +m[2], +m[3]) ? 'datetime' : null;
    m = DMY_TIME.exec(v);
    if (m) return dmyValid(+m[1], +m[3]) ? 'datetime' : null;
    if (TIME_ONLY.test(v)) return 'time';
    if (!startsDigit || f.letters === 0) return null;
  }
  if (f.letters < 3) return null;
  if (f.colons >= 1) {
    for (const re of WORDY) if (re.test(v)) return 'datetime';
    return null;
  }
  for (const re of WORDY_DATE) if (re.test(v)) return 'date';
  return null;
}
