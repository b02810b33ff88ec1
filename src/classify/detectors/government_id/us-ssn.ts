import { MATCH, TEST_VALUE, WEAK, type Detector } from '../../detector.js';
import { classifySsn } from '../../validators/us-ssn.js';

const SSN_FORMATTED = /^(\d{3})([- ])(\d{2})\2(\d{4})$/;

export const usSsn: Detector = {
  id: 'government_id.us_ssn',
  category: 'government_id',
  description: 'US Social Security number: area/group/serial rules; never-issued ranges (000, 666, 9xx, group 00, serial 0000) and advertised numbers count as test values',
  validator: 'ssa-ranges',
  mask: 'digits',
  names: {
    exact: ['ssn', 'socialsecuritynumber', 'socialsecurity', 'socsec', 'ssnumber', 'taxid', 'tin', 'itin', 'ssnlast4'],
    tokens: [['ssn'], ['social', 'security'], ['social', 'security', 'number'], ['tax', 'id'], ['taxpayer', 'id'], ['itin']],
    negative: [['last', '4'], ['last', 'four'], ['hash'], ['vat']],
  },
  value: {
    gate: (f) => f.digits === 9 && (f.length === 9 || (f.length === 11 && (f.dashes === 2 || f.spaces === 2))),
    test(v, f) {
      let d: string;
      if (f.length === 9) d = v;
      else {
        const m = SSN_FORMATTED.exec(v);
        if (!m) return null;
        d = m[1] + m[3] + m[4];
      }
      const cls = classifySsn(d);
      // Bare nine digits are as often an id or a routing number: only the name makes them an SSN.
      if (f.length === 9) return cls === 'valid' ? WEAK : null;
      return cls === 'valid' ? MATCH : TEST_VALUE;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['536-22-8470', '536 22 8470', '536228470'],
    invalid: ['536-228-470', '12345678', '536-22-84701'],
    testValues: ['078-05-1120', '666-12-3456', '900-12-3456', '123-45-6789', '536-00-8470'],
    validNames: ['ssn', 'social_security_number', 'SSN', 'tax_id'],
    invalidNames: ['ssn_last4', 'session'],
  },
};
