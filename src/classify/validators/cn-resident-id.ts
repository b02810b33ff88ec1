// Chinese resident identity card number (GB 11643-1999): 6-digit region, YYYYMMDD birth date,
// 3-digit sequence, ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** Province-level codes (first two digits), incl. 71/81/82 (Taiwan, Hong Kong, Macau) and 83 (residence permits). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
  61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

/** The check character for the first 17 digits. */
export function ricCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Valid calendar date between 1900-01-01 and `now`. */
export function validBirthDate(y: number, m: number, d: number, now = new Date()): boolean {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return false;
  return Date.UTC(y, m - 1, d) <= now.getTime();
}

export type RicCheck = 'valid' | 'bad-checksum' | 'bad-format';

/** `s`: 18 characters, 17 digits and a digit or X. Region and date first, then the checksum. */
export function checkResidentId(s: string): RicCheck {
  if (s.length !== 18) return 'bad-format';
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return 'bad-format';
  }
  const last = s[17] === 'x' ? 'X' : s[17];
  if (!/[0-9X]/.test(last)) return 'bad-format';
  if (!PROVINCES.has(+s.slice(0, 2))) return 'bad-format';
  if (!validBirthDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14))) return 'bad-format';
  return ricCheckChar(s) === last ? 'valid' : 'bad-checksum';
}
