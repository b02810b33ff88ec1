// IBAN: per-country length (SWIFT IBAN registry, via python-stdnum's iban.dat) and the
// ISO 7064 MOD 97-10 check (rearranged number mod 97 = 1).

/** Total IBAN length per country code. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 7064 MOD 97-10 over an IBAN-ordered string (country, check digits, BBAN): true when ≡ 1. */
export function mod97Valid(iban: string): boolean {
  const n = iban.length;
  if (n < 5) return false;
  let rem = 0;
  // Read from position 4 to the end, then the first four characters (the rearrangement).
  for (let k = 0; k < n; k++) {
    const c = iban.charCodeAt((k + 4) % n);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

export type IbanCheck = 'valid' | 'bad-length' | 'bad-checksum' | 'unknown-country';

/** `iban` without spaces, upper case. */
export function checkIban(iban: string): IbanCheck {
  const len = IBAN_LENGTHS[iban.slice(0, 2)];
  if (len === undefined) return 'unknown-country';
  if (iban.length !== len) return 'bad-length';
  return mod97Valid(iban) ? 'valid' : 'bad-checksum';
}
