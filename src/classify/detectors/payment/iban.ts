import { CHECKSUM_FAIL, matchTag, type Detector } from '../../detector.js';
import { checkIban } from '../../validators/iban.js';

const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;

/** Example IBANs published by the SWIFT registry, national banks and payment processors' docs. */
const EXAMPLES = new Set([
  'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606',
  'NL91ABNA0417164300', 'BE68539007547034', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
  'CH9300762011623852957', 'AT611904300234573201', 'PL61109010140000071219812874', 'SE4550000000058398257466',
  'DK5000400440116243', 'FI2112345600000785', 'NO9386011117947', 'IE29AIBK93115212345678', 'PT50000201231234567890154',
  'LU280019400644750000', 'GR1601101250000000012300695', 'DE75512108001245126199', 'FR7630006000011234567890189',
  'GB33BUKB20201555555555', 'NL02ABNA0123456789', 'DE02120300000000202051',
]);

export const iban: Detector = {
  id: 'payment.iban',
  category: 'payment',
  description: 'International Bank Account Number: per-country length and ISO 7064 mod-97 check; countries counted in tags',
  validator: 'mod97',
  mask: 'digits',
  names: {
    exact: ['iban', 'ibannumber', 'ibancode'],
    tokens: [['iban']],
  },
  value: {
    gate: (f) => f.length >= 15 && f.length <= 42 && f.digits >= 6 && f.letters >= 2 && f.at === 0 && f.other === 0 && f.dots === 0 && f.slashes === 0,
    test(v, f) {
      const s = f.spaces > 0 || f.dashes > 0 || f.lower > 0 ? v.replace(/[ -]/g, '').toUpperCase() : v;
      if (!IBAN_SHAPE.test(s)) return null;
      const r = checkIban(s);
      if (r === 'valid') return matchTag(s.slice(0, 2), EXAMPLES.has(s) ? 'test' : 'match');
      return r === 'bad-checksum' ? CHECKSUM_FAIL : null;
    },
  },
  examples: {
    valid: ['DE44 5001 0517 5407 3249 31', 'GB94BARC10201530093459', 'fr7630001007941234567890185'],
    invalid: ['DE44500105175407324932', 'XX123456789012345', 'GB94BARC1020153009345', 'hello world 12345678'],
    testValues: ['GB82WEST12345698765432', 'DE89 3704 0044 0532 0130 00'],
    validNames: ['iban', 'IBAN', 'beneficiary_iban', 'iban_number'],
    invalidNames: ['bank_name', 'ibank'],
  },
};
