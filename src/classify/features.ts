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
}

export function emptyFeatures(): ValueFeatures {
  return {
    length: 0, digits: 0, letters: 0, upper: 0, lower: 0, hexLetters: 0, spaces: 0, dots: 0,
    dashes: 0, at: 0, colons: 0, slashes: 0, underscores: 0, plus: 0, other: 0, nonAscii: 0,
  };
}

/** Fills `f` (reused between calls to avoid allocation) with the counts for `v`. */
export function computeFeatures(v: string, f: ValueFeatures): ValueFeatures {
  let digits = 0, upper = 0, lower = 0, hex = 0, spaces = 0, dots = 0, dashes = 0, at = 0;
  let colons = 0, slashes = 0, underscores = 0, plus = 0, other = 0, nonAscii = 0;
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) { lower++; if (c <= 102) hex++; }
    else if (c >= 65 && c <= 90) { upper++; if (c <= 70) hex++; }
    else if (c === 32 || c === 9) spaces++;
    else if (c === 46) dots++;
    else if (c === 45) dashes++;
    else if (c === 64) at++;
    else if (c === 58) colons++;
    else if (c === 47) slashes++;
    else if (c === 95) underscores++;
    else if (c === 43) plus++;
    else if (c > 127) nonAscii++;
    else other++;
  }
  f.length = n; f.digits = digits; f.upper = upper; f.lower = lower; f.letters = upper + lower;
  f.hexLetters = hex; f.spaces = spaces; f.dots = dots; f.dashes = dashes; f.at = at;
  f.colons = colons; f.slashes = slashes; f.underscores = underscores; f.plus = plus;
  f.other = other; f.nonAscii = nonAscii;
  return f;
}
