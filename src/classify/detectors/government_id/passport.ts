import { MATCH, type Detector } from '../../detector.js';

const PASSPORT = /^[A-Z0-9]{6,9}$|^[A-Z]{1,2}[ -]?\d{6,8}$/i;

export const passport: Detector = {
  id: 'government_id.passport',
  category: 'government_id',
  description: 'Passport number (name-led: passport, passport_number, 护照号)',
  mask: 'digits',
  names: {
    exact: ['passport', 'passportno', 'passportnumber', 'passportnum', 'passportid', '护照', '护照号', '护照号码'],
    tokens: [['passport'], ['passport', 'number'], ['passport', 'no'], ['passport', 'id'], ['travel', 'document', 'number']],
    negative: [['country'], ['expiry'], ['expiration'], ['issued'], ['issue'], ['type'], ['photo'], ['scan']],
  },
  value: {
    gate: (f) => f.length >= 6 && f.length <= 11 && f.digits >= 5,
    test: (v) => (PASSPORT.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['C01X00T47', '533380006', 'E12345678', 'AB 1234567'],
    invalid: ['12', 'passport'],
    validNames: ['passport', 'passport_number', 'passportNo', '护照号'],
    invalidNames: ['passport_country', 'passport_expiry'],
  },
};
