// One cheap pass over a value's characters; detectors gate on these counts before any regex.

/** Values are cut to this length before any detector sees them (bounds regex cost). */
export const MAX_VALUE_LENGTH = 2048;

export interface ValueFeatures {
  length: number;
  digits: number;
  letters: number;
  upper: number;
  lower: number;
  /** a-f / A-F letters (with digits: hex-looking values). */
  hexLetters: number;
  spaces: number;
  dots: number;
  dashes: number;
  at: number;
  colons: number;
  slashes: number;
  underscores: number;
  plus: number;
  /** Other ASCII punctuation and control characters. */
  other: number;
  nonAscii: number;
  /** The value as a number when it is 1–15 plain digits (no sign, no separators), else NaN. */
  int: number;
}

export function emptyFeatures(): ValueFeatures {
  return {
    length: 0, digits: 0, letters: 0, upper: 0, lower: 0, hexLetters: 0, spaces: 0, dots: 0,
    dashes: 0, at: 0, colons: 0, slashes: 0, underscores: 0, plus: 0, other: 0, nonAscii: 0, int: NaN,
  };
}

// Character classes for the one pass: a table lookup per character instead of a chain of tests.
const DIGIT = 0, LOWER_HEX = 1, LOWER = 2, UPPER_HEX = 3, UPPER = 4, SPACE = 5, DOT = 6, DASH = 7, AT = 8;
const COLON = 9, SLASH = 10, UNDERSCORE = 11, PLUS = 12, OTHER = 13, CLASSES = 14;
const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 97; c <= 122; c++) CLASS[c] = c <= 102 ? LOWER_HEX : LOWER;
for (let c = 65; c <= 90; c++) CLASS[c] = c <= 70 ? UPPER_HEX : UPPER;
CLASS[32] = SPACE; CLASS[9] = SPACE; CLASS[46] = DOT; CLASS[45] = DASH; CLASS[64] = AT;
CLASS[58] = COLON; CLASS[47] = SLASH; CLASS[95] = UNDERSCORE; CLASS[43] = PLUS;
const counts = new Int32Array(CLASSES);

/** Fills `f` (reused between calls to avoid allocation) with the counts for `v`. */
export function computeFeatures(v: string, f: ValueFeatures): ValueFeatures {
  counts.fill(0);
  let nonAscii = 0;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 128) counts[CLASS[c]]++;
    else nonAscii++;
  }
  const digits = counts[DIGIT];
  f.length = n; f.digits = digits;
  f.lower = counts[LOWER_HEX] + counts[LOWER]; f.upper = counts[UPPER_HEX] + counts[UPPER];
  f.letters = f.lower + f.upper; f.hexLetters = counts[LOWER_HEX] + counts[UPPER_HEX];
  f.spaces = counts[SPACE]; f.dots = counts[DOT]; f.dashes = counts[DASH]; f.at = counts[AT];
  f.colons = counts[COLON]; f.slashes = counts[SLASH]; f.underscores = counts[UNDERSCORE]; f.plus = counts[PLUS];
  f.other = counts[OTHER]; f.nonAscii = nonAscii;
  if (digits === n && n > 0 && n <= 15) {
    let num = 0;
    for (let i = 0; i < n; i++) num = num * 10 + (v.charCodeAt(i) - 48);
    f.int = num;
  } else f.int = NaN;
  return f;
}

/**
 * The counts the field shape reads (length, digits, dots, dashes, int), in one pass, for a value
 * that may count as a number there: it starts with a digit or '-' and holds at most two other
 * characters (`-12.5`). False, with `f` left partly filled, for any other value. Lets values
 * outside the classify sample skip the full feature pass.
 */
export function numberFeatures(v: string, f: ValueFeatures): boolean {
  const n = v.length;
  const c0 = v.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 45)) return false;
  let digits = 0;
  let dots = 0;
  let dashes = 0;
  let num = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      num = num * 10 + (c - 48);
    } else if (i - digits >= 2) return false; // a third character that is not a digit
    else if (c === 46) dots++;
    else if (c === 45) dashes++;
  }
  f.length = n; f.digits = digits; f.dots = dots; f.dashes = dashes;
  f.int = digits === n && n <= 15 ? num : NaN;
  return true;
}
