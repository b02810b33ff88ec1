import { WEAK, matchTag, type Detector } from '../../detector.js';
import { checkBic } from '../../validators/bic.js';

export const bic: Detector = {
  id: 'payment.bic',
  category: 'payment',
  description: 'SWIFT/BIC bank identifier code (8 or 11 characters with a valid country); location 0 marks a test BIC',
  validator: 'iso3166-country',
  mask: 'none',
  names: {
    exact: ['bic', 'swift', 'swiftcode', 'swiftbic', 'biccode', 'bicswift'],
    tokens: [['bic'], ['swift'], ['swift', 'code'], ['bank', 'identifier', 'code']],
  },
  value: {
    gate: (f) => (f.length === 8 || f.length === 11) && f.upper >= 6 && f.lower === 0 && f.upper + f.digits === f.length,
    test(v) {
      const r = checkBic(v);
      if (r === 'invalid') return null;
      if (r === 'test') return matchTag('test-bic', 'test');
      // Capital-letter words (CUSTOMER, UNSPECIFIED) and codes like PARTNER1 look the same:
      // only a digit in the location part with a real-looking branch, or the name, decides.
      const loc = v.slice(6, 8);
      const branch = v.slice(8);
      return /\d/.test(loc) && (branch === '' || branch === 'XXX' || /\d/.test(branch)) ? matchTag(v.slice(4, 6)) : WEAK;
    },
    weight: 0.45,
  },
  examples: {
    valid: ['DEUTDEFF500', 'CHASUS33', 'NWBKGB2L', 'BNPAFRPPXXX', 'COBADEFF', 'UNCRITMM'],
    invalid: ['DEUTXXFF', 'chasus33', 'ABC', 'DEUTDEFF5', '12345678'],
    testValues: ['DEUTDEF0'],
    validNames: ['bic', 'swift_code', 'SWIFT/BIC'],
    invalidNames: ['bicycle', 'swiftly'],
  },
};
