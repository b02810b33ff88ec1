import { MATCH, WEAK, type Detector } from '../../detector.js';

const UK = /^(?:GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i;
const CA = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const NL = /^\d{4} ?[A-Z]{2}$/;
const US_ZIP4 = /^\d{5}-\d{4}$/;
const JP = /^\d{3}-\d{4}$/;
const GENERIC = /^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$/i;

export const postalCode: Detector = {
  id: 'contact.postal_code',
  category: 'contact',
  description: 'Postal / ZIP code (US ZIP and ZIP+4, UK, Canada, Netherlands, Japan distinctive; digit-only codes need the name)',
  mask: 'generic',
  names: {
    exact: ['zip', 'zipcode', 'postalcode', 'postcode', 'plz', 'cep', 'pincode', 'addresszip', 'zip5', '邮编', '邮政编码'],
    tokens: [['zip'], ['zip', 'code'], ['postal', 'code'], ['address', 'zip'], ['post', 'code'], ['pin', 'code'], ['zipcode'], ['geo', 'zip', 'code']],
    negative: [['file'], ['archive'], ['compressed']],
  },
  value: {
    gate: (f) => f.length >= 3 && f.length <= 10 && f.digits >= 1 && f.at === 0 && f.dots === 0,
    test(v, f) {
      if (f.letters > 0 && (UK.test(v) || CA.test(v))) return MATCH;
      if (US_ZIP4.test(v) || JP.test(v) || NL.test(v)) return MATCH;
      return GENERIC.test(v) ? WEAK : null;
    },
    weight: 0.5,
  },
  examples: {
    valid: ['SW1A 1AA', 'K1A 0B1', '94107-1234', '1012 AB', '100-0001', '94107', '100020'],
    invalid: ['hello', '12', 'a@b.c'],
    validNames: ['zip', 'zip_code', 'postal_code', 'PostalCode', 'postcode', 'address_zip', 'geo_zipcode', '邮编'],
    invalidNames: ['zip_file', 'postal_address'],
  },
};
