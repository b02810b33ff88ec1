import { CHECKSUM_FAIL, matchTag, type Detector } from '../../detector.js';
import { luhnValid } from '../../validators/luhn.js';

// Digits in groups separated by single spaces or dashes: "4111 1111 1111 1111", "4111-1111-...".
const CARD_SHAPE = /^[0-9]{4,6}(?:[ -]?[0-9]{2,7}){1,4}$/;

/** Processor-published test numbers (Stripe, Braintree, Adyen, PayPal docs). */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000000000000002',
  '4000000000009995', '4000000000000077', '4222222222222', '4005519200000004', '4009348888881881',
  '5555555555554444', '5200828282828210', '5105105105105100', '5454545454545454', '2223003122003222',
  '2223000048400011', '378282246310005', '371449635398431', '378734493671000', '6011111111111117',
  '6011000990139424', '6011981111111113', '3056930009020004', '36227206271667', '30569309025904',
  '38520000023237', '3566002020360505', '3530111333300000', '6200000000000005', '6011000400000000',
]);

/** Brand by issuer identification number prefix and length (ISO/IEC 7812 ranges as published). */
export function cardBrand(d: string): string | null {
  const n = d.length;
  const p2 = +d.slice(0, 2);
  const p3 = +d.slice(0, 3);
  const p4 = +d.slice(0, 4);
  const p6 = +d.slice(0, 6);
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'mir';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  return null;
}

function isPlaceholder(d: string): boolean {
  if (TEST_CARDS.has(d)) return true;
  // All one digit after the IIN, or a running sequence: made-up numbers.
  const rest = d.slice(1);
  if (/^(\d)\1+$/.test(rest)) return true;
  return '0123456789012345678901234567890'.includes(d) || '9876543210987654321098765432109'.includes(d);
}

export const cardNumber: Detector = {
  id: 'payment.card_number',
  category: 'payment',
  description: 'Payment card number (PAN): 12–19 digits, IIN brand ranges, Luhn (UnionPay exempt)',
  validator: 'luhn',
  mask: 'card',
  names: {
    exact: ['pan', 'cc', 'ccnum', 'ccnumber', 'cardnumber', 'cardno', 'creditcard', 'creditcardnumber', 'acct', '卡号', '银行卡号', '信用卡号'],
    tokens: [['card', 'number'], ['card', 'no'], ['card', 'num'], ['credit', 'card'], ['cc', 'number'], ['pan']],
    negative: [['order'], ['tracking'], ['invoice'], ['timestamp'], ['time'], ['phone'], ['isbn'], ['imei'], ['id'], ['masked'], ['last']],
  },
  value: {
    gate: (f) => f.digits >= 12 && f.digits <= 19 && f.letters === 0 && f.length <= 23 && f.spaces + f.dashes + f.digits === f.length,
    test(v) {
      if (!CARD_SHAPE.test(v)) return null;
      const d = v.length === 16 && v.indexOf(' ') < 0 && v.indexOf('-') < 0 ? v : v.replace(/[ -]/g, '');
      const brand = cardBrand(d);
      if (brand === null) return null;
      if (!luhnValid(d)) return brand === 'unionpay' ? matchTag(brand) : CHECKSUM_FAIL;
      return matchTag(brand, isPlaceholder(d) ? 'test' : 'match');
    },
  },
  examples: {
    valid: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005', '4539578763621486', '6221260000000000'],
    invalid: ['1663862400123', '12345.67', '550e8400e29b41d4', '1234567890123', '4539578763621487', '0000000000000000'],
    validNames: ['card_number', 'CardNumber', 'cc_number', 'pan', '卡号'],
    invalidNames: ['order_number', 'tracking_number', 'card_last4'],
  },
};
