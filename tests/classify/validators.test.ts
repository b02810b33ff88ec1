// Property tests: every validator agrees with a straightforward reference implementation
// written from the standard's definition, on generated valid values and on arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abaChecksumValid, abaPrefixValid } from '../../src/classify/validators/aba.js';
import { checkBic } from '../../src/classify/validators/bic.js';
import { checkResidentId, ricCheckChar } from '../../src/classify/validators/cn-resident-id.js';
import { IBAN_LENGTHS, checkIban, mod97Valid } from '../../src/classify/validators/iban.js';
import { imeiValid } from '../../src/classify/validators/imei.js';
import { luhnValid } from '../../src/classify/validators/luhn.js';
import { classifySsn } from '../../src/classify/validators/us-ssn.js';

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Luhn by the textbook: double every second digit from the right, add the digits of the products. */
function luhnReference(digits: string): boolean {
  const ds = digits.split('').reverse().map(Number);
  const sum = ds.reduce((acc, d, i) => acc + (i % 2 === 1 ? [...String(d * 2)].reduce((a, c) => a + Number(c), 0) : d), 0);
  return ds.length > 0 && sum % 10 === 0;
}
const luhnComplete = (body: string) => body + [...'0123456789'].find((c) => luhnReference(body + c))!;

/** ISO 7064 MOD 97-10 on the rearranged IBAN, letters as 10..35, with BigInt. */
function mod97Reference(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const numeric = [...moved].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return /^\d+$/.test(numeric) && BigInt(numeric) % 97n === 1n;
}
function ibanWithCheckDigits(country: string, bban: string): string {
  const numeric = [...(bban + country + '00')].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return country + String(check).padStart(2, '0') + bban;
}

/** ISO 7064 MOD 11-2 from its definition: weight of position i (from the right, 1-based, check digit at 1) is 2^(i-1) mod 11. */
function ricReference(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

describe('luhn', () => {
  it('agrees with the textbook definition on any digit string', () => {
    fc.assert(fc.property(digitString(1, 25), (s) => luhnValid(s) === luhnReference(s)), { numRuns: 2000 });
  });
  it('ignores spaces and dashes between groups', () => {
    fc.assert(fc.property(digitString(12, 19), (s) => luhnValid(s.replace(/(\d{4})/g, '$1 ').trim()) === luhnReference(s)));
  });
  it('rejects any single-digit change of a valid number', () => {
    fc.assert(fc.property(digitString(11, 18), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
      const n = luhnComplete(body);
      const i = at % n.length;
      const changed = n.slice(0, i) + String((Number(n[i]) + delta) % 10) + n.slice(i + 1);
      return luhnValid(n) && !luhnValid(changed);
    }));
  });
});

describe('iban mod-97 and per-country length', () => {
  it('mod97Valid agrees with the BigInt reference on arbitrary IBAN-shaped strings', () => {
    const shaped = fc.tuple(fc.constantFrom(...Object.keys(IBAN_LENGTHS)), digitString(2, 2), fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 11, maxLength: 30 }));
    fc.assert(fc.property(shaped, ([c, d, b]) => mod97Valid(c + d + b) === mod97Reference(c + d + b)), { numRuns: 2000 });
  });
  it('accepts generated IBANs of the registry length for every country, rejects other lengths', () => {
    const gen = fc.constantFrom(...Object.entries(IBAN_LENGTHS)).chain(([c, len]) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: len - 4, maxLength: len - 4 }).map((bban) => [c, bban] as const));
    fc.assert(fc.property(gen, ([c, bban]) => {
      const iban = ibanWithCheckDigits(c, bban);
      return checkIban(iban) === 'valid' && checkIban(iban + '0') === 'bad-length' && mod97Reference(iban);
    }));
  });
  it('flags a changed character as a checksum failure', () => {
    expect(checkIban('GB82WEST12345698765432')).toBe('valid');
    expect(checkIban('GB82WEST12345698765433')).toBe('bad-checksum');
    expect(checkIban('XX82WEST12345698765432')).toBe('unknown-country');
  });
});

describe('ABA routing number', () => {
  const reference = (d: string) => {
    const n = d.split('').map(Number);
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 === 0;
  };
  it('agrees with the 3-7-1 reference on any nine digits', () => {
    fc.assert(fc.property(digitString(9, 9), (d) => abaChecksumValid(d) === reference(d)), { numRuns: 2000 });
  });
  it('knows the Federal Reserve prefixes', () => {
    fc.assert(fc.property(digitString(9, 9), (d) => {
      const p = Number(d.slice(0, 2));
      return abaPrefixValid(d) === (p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80);
    }));
    expect(abaChecksumValid('021000021') && abaPrefixValid('021000021')).toBe(true);
  });
});

describe('Chinese resident id (ISO 7064 MOD 11-2, date, region)', () => {
  it('check character agrees with the 2^(i-1) mod 11 definition', () => {
    fc.assert(fc.property(digitString(17, 17), (s) => ricCheckChar(s) === ricReference(s)), { numRuns: 2000 });
    expect(ricCheckChar('11010519491231002')).toBe('X');
  });
  it('accepts generated ids with a real region and date, rejects a wrong check character', () => {
    const gen = fc.record({
      region: fc.constantFrom('110105', '310104', '440305', '510107', '650102'),
      date: fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
      seq: digitString(3, 3),
    });
    fc.assert(fc.property(gen, ({ region, date, seq }) => {
      const body = region + date.toISOString().slice(0, 10).replace(/-/g, '') + seq;
      const id = body + ricReference(body);
      const wrong = body + (ricReference(body) === '0' ? '1' : '0');
      return checkResidentId(id) === 'valid' && checkResidentId(wrong) === 'bad-checksum';
    }));
  });
  it('rejects impossible dates and unknown regions before the checksum', () => {
    expect(checkResidentId('110105194902300020')).toBe('bad-format'); // 30 February
    expect(checkResidentId('990105194912310021')).toBe('bad-format');
  });
});

describe('US SSN ranges', () => {
  const reference = (d: string) => {
    if (['078051120', '219099999', '123456789', '457555462'].includes(d)) return 'advertised';
    const area = Number(d.slice(0, 3));
    const group = Number(d.slice(3, 5));
    const serial = Number(d.slice(5));
    const issued = area >= 1 && area <= 899 && area !== 666 && group >= 1 && serial >= 1;
    return issued ? 'valid' : 'never-issued';
  };
  it('agrees with the SSA rules on any nine digits', () => {
    fc.assert(fc.property(digitString(9, 9), (d) => classifySsn(d) === reference(d)), { numRuns: 3000 });
  });
});

describe('IMEI', () => {
  it('is Luhn over 15 digits with an allocated reporting body', () => {
    fc.assert(fc.property(digitString(15, 15), (d) => imeiValid(d) === (luhnReference(d) && !d.startsWith('00'))), { numRuns: 2000 });
    expect(imeiValid('490154203237518')).toBe(true);
  });
});

describe('BIC', () => {
  it('needs a valid ISO 3166 country and marks location 0 as test', () => {
    expect(checkBic('DEUTDEFF')).toBe('valid');
    expect(checkBic('DEUTDEF0')).toBe('test');
    expect(checkBic('DEUTXXFF')).toBe('invalid');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 8, maxLength: 11 }), (s) =>
      checkBic(s) === 'invalid' || (/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(s))));
  });
});
