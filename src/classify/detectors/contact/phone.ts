import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { TEST_VALUE, matchTag, type Detector } from '../../detector.js';

// Only phone-shaped strings reach libphonenumber (~9 µs a call): digits with the usual
// separators, nothing else.
const PHONE_SHAPE = /^(?:\+|00)?[0-9 ().-]{7,22}$/;
// NANP fictional range 555-0100..0199 (reserved for fiction and examples).
const US_FICTIONAL = /^(?:\+?1)?[ .-]?\(?[2-9][0-9]{2}\)?[ .-]?555[ .-]?01[0-9]{2}$/;
const ALL_SAME = /^(\d)\1+$/;

function defaultCountry(digits: string, raw: string): CountryCode | null {
  if (digits.length === 11 && /^1[3-9]/.test(digits)) return 'CN'; // Chinese mobile
  if (digits.length === 10 && /^[2-9]/.test(digits) && /[ ().-]/.test(raw)) return 'US';
  if (digits.length === 10 && /^[2-9][0-9]{2}[2-9]/.test(digits)) return 'US';
  return null;
}

export const phone: Detector = {
  id: 'contact.phone',
  category: 'contact',
  description: 'Phone number (international, NANP, Chinese mobile), validated with libphonenumber',
  validator: 'libphonenumber',
  mask: 'phone',
  names: {
    exact: ['phone', 'tel', 'ph', 'mobile', 'cell', 'fax', 'msisdn', 'phonenumber', 'mobilephone', 'telephone', '手机号', '手机', '电话', '手机号码', '联系电话'],
    tokens: [['phone'], ['telephone'], ['mobile'], ['cell', 'phone'], ['tel'], ['fax'], ['msisdn'], ['phone', 'number']],
    negative: [['verified'], ['model'], ['os'], ['type'], ['country', 'code']],
  },
  value: {
    gate: (f) => f.letters === 0 && f.digits >= 7 && f.digits <= 15 && f.length <= 24 && f.at === 0 && f.slashes === 0,
    test(v) {
      if (!PHONE_SHAPE.test(v)) return null;
      const digits = v.replace(/\D/g, '');
      if (ALL_SAME.test(digits)) return null;
      if (US_FICTIONAL.test(v.trim())) return TEST_VALUE;
      const intl = v.startsWith('+') ? v : v.startsWith('00') ? '+' + v.slice(2) : null;
      if (intl) {
        return isValidPhoneNumber(intl) ? matchTag(intl.startsWith('+86') ? 'cn' : intl.startsWith('+1') ? 'nanp' : 'intl') : null;
      }
      const country = defaultCountry(digits, v);
      if (!country) return null;
      if (!isValidPhoneNumber(v, country)) return null;
      return country === 'CN' ? matchTag('cn') : matchTag('nanp');
    },
    weight: 0.9,
  },
  examples: {
    valid: ['+44 20 7946 0018', '+1 (415) 555-2671', '13812345678', '(212) 736-5000', '+86 138 1234 5678'],
    invalid: ['1663862400', '2024-01-01', '1234567', '12345678901234567', '4111111111111111'],
    validNames: ['phone', 'Phone Number', 'mobile_phone', 'tel', '手机号'],
    invalidNames: ['phone_verified', 'status'],
  },
};

