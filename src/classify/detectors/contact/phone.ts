import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { CANDIDATE, TEST_VALUE, WEAK, matchTag, type Detector, type ValueMatch } from '../../detector.js';

// Only phone-shaped strings reach libphonenumber (~9 µs a call): digits with the usual
// separators, nothing else; and only a capped number per field (see the engine).
const PHONE_SHAPE = /^(?:\+|00)?[0-9][0-9 ().\-/]{5,22}[0-9]$|^\(\d{2,4}\)[0-9 .-]{5,16}[0-9]$/;
// NANP fictional range 555-0100..0199 (reserved for fiction and examples), and the 555-5555 cliché.
const US_FICTIONAL = /^(?:\+?1[ .-]?)?\(?[2-9][0-9]{2}\)?[ .-]?555[ .-]?(?:01[0-9]{2}|5555)$/;
const US_FORMATTED = /^(?:\+?1[ .-]?)?(?:\([2-9][0-9]{2}\)\s?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[ .-][0-9]{4}$/;
const NANP_PLAIN = /^[2-9][0-9]{2}[2-9][0-9]{6}$/;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const CN_MOBILE = /^(?:\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}$/;

function digitsOf(v: string): string {
  let d = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) d += v[i];
  }
  return d;
}

/** One digit repeated, or a running sequence: a made-up number. */
function isFiller(national: string): boolean {
  return /^(\d)\1+$/.test(national) || '01234567890123456789'.includes(national) || '98765432109876543210'.includes(national);
}

function regionOf(v: string, digits: string): { e164: string | null; country: CountryCode | null } {
  if (v.startsWith('+')) return { e164: '+' + digits, country: null };
  if (v.startsWith('00')) return { e164: '+' + digits.slice(2), country: null };
  if (CN_MOBILE.test(v)) return { e164: null, country: 'CN' };
  if (US_FORMATTED.test(v)) return { e164: null, country: 'US' };
  return { e164: null, country: null };
}

export const phone: Detector = {
  id: 'contact.phone',
  category: 'contact',
  description: 'Phone number (international E.164, NANP, Chinese mobile …) validated with libphonenumber on candidates; 555-01xx and filler numbers are test values',
  validator: 'libphonenumber',
  mask: 'phone',
  names: {
    exact: ['phone', 'tel', 'ph', 'mobile', 'cell', 'fax', 'msisdn', 'phonenumber', 'mobilephone', 'telephone', 'cellphone', 'mobileno', 'whatsapp', 'contactnumber', '手机号', '手机', '电话', '手机号码', '联系电话', '电话号码', '座机', '联系方式'],
    tokens: [['phone'], ['telephone'], ['mobile'], ['mobile', 'number'], ['cell', 'phone'], ['cell'], ['fax'], ['msisdn'], ['phone', 'number'], ['phone', 'numbers'], ['contact', 'number'], ['whatsapp'], ['cellphone', 'number'], ['telephone', 'number']],
    negative: [['verified'], ['model'], ['os'], ['type'], ['country', 'code'], ['brand'], ['carrier'], ['prefix'], ['extension'], ['confirmed'], ['code'], ['app'], ['device'], ['browser'], ['dvce'], ['ismobile']],
  },
  value: {
    gate: (f) => f.letters === 0 && f.digits >= 7 && f.digits <= 15 && f.length <= 26 && f.at === 0 && f.colons === 0 && f.underscores === 0 && f.nonAscii === 0,
    test(v, f) {
      if (!PHONE_SHAPE.test(v)) return null;
      const digits = f.digits === f.length ? v : digitsOf(v);
      const { e164, country } = regionOf(v, digits);
      if (US_FICTIONAL.test(v)) return TEST_VALUE;
      if (e164 || country) {
        const national = e164 ? digits.slice(digits.length - Math.min(10, digits.length - 1)) : digits;
        if (isFiller(national)) return f.digits === f.length ? null : TEST_VALUE;
        return CANDIDATE;
      }
      // Unformatted 10-digit NANP numbers and national formats: plausible, but only a name says so.
      if (f.digits < 9) return null;
      if (f.digits === f.length) return NANP_PLAIN.test(v) ? WEAK : null;
      return f.dots === 3 && DOTTED_QUAD.test(v) ? null : WEAK;
    },
    confirm(v, f): ValueMatch | null {
      const digits = f.digits === f.length ? v : digitsOf(v);
      const { e164, country } = regionOf(v, digits);
      // Phone-shaped but not a valid number (placeholders, 111-222-3333): only a name confirms it.
      if (e164) {
        if (!isValidPhoneNumber(e164)) return WEAK;
        return matchTag(e164.startsWith('+86') ? 'cn' : e164.startsWith('+1') ? 'nanp' : 'intl');
      }
      if (!country || !isValidPhoneNumber(v, country)) return WEAK;
      return matchTag(country === 'CN' ? 'cn' : 'nanp');
    },
    weight: 0.9,
  },
  examples: {
    valid: ['+44 20 7946 0018', '+1 (415) 867-2671', '13812345678', '(212) 736-5000', '+86 138 1234 5678', '0044 20 7946 0018', '020 7946 0018', '4158672671'],
    invalid: ['1663862400', '2024-01-01', '1234567', '12345678901234567', '4111111111111111', '1663862400123', '192.168.1.1'],
    testValues: ['+1-202-555-0100', '(415) 555-0199', '+1 555 555 5555'],
    validNames: ['phone', 'Phone Number', 'mobile_phone', 'tel', '手机号', 'contact_phone_number', 'telephone_number', 'CELLPHONE_NUMBER'],
    invalidNames: ['phone_verified', 'status', 'phone_country_code', 'is_mobile', 'dvce_ismobile'],
  },
};
