import { CHECKSUM_FAIL, WEAK, matchTag, type Detector } from '../../detector.js';
import { luhnValid } from '../../validators/luhn.js';

// Digits in groups separated by single spaces or dashes: "4111 1111 1111 1111", "4111-1111-...".
const CARD_SHAPE = /^[0-9]{4,6}(?:[ -]?[0-9]{2,7}){1,4}$/;

/** Processor-published test numbers (Stripe, Braintree, Adyen, PayPal docs). */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '4000000000000002',
  '4000000000009995', '4000000000000077', '4222222222222', '4005519200000004', '4009348888881881',
  '4000000000000069', '4000000000000127', '4000000000000119', '4000000000003220', '4000002500003155',
  '5555555555554444', '5200828282828210', '5105105105105100', '5454545454545454', '2223003122003222',
  '2223000048400011', '378282246310005', '371449635398431', '378734493671000', '6011111111111117',
  '6011000990139424', '6011981111111113', '3056930009020004', '36227206271667', '30569309025904',
  '38520000023237', '3566002020360505', '3530111333300000', '6200000000000005', '6011000400000000',
  '4917610000000000', '4444333322221111', '5500000000000004', '340000000000009', '30000000000004',
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
  if ((p2 === 62 || p2 === 81) && n >= 14 && n <= 19) return 'unionpay';
  return null;
}

/** Made-up numbers: processor test cards, one digit repeated after the IIN, running sequences. */
function isPlaceholder(d: string): boolean {
  if (TEST_CARDS.has(d)) return true;
  if (/^\d(\d)\1+$/.test(d) || /^\d{4}(\d)\1+$/.test(d)) return true;
  return '0123456789012345678901234567890'.includes(d.slice(4)) || '9876543210987654321098765432109'.includes(d.slice(4));
}

export const cardNumber: Detector = {
  id: 'payment.card_number',
  category: 'payment',
  description: 'Payment card number (PAN): 12–19 digits, IIN brand ranges, Luhn (UnionPay exempt); brands counted in tags',
  validator: 'luhn',
  mask: 'card',
  names: {
    exact: ['card', 'pan', 'cc', 'ccnum', 'ccno', 'ccnumber', 'cardnumber', 'cardno', 'creditcard', 'creditcardnumber', 'debitcard', '卡号', '银行卡号', '信用卡号', '银行卡'],
    tokens: [['card', 'number'], ['card', 'no'], ['card', 'num'], ['credit', 'card'], ['debit', 'card'], ['cc', 'number'], ['pan'], ['primary', 'account', 'number']],
    negative: [['order'], ['tracking'], ['invoice'], ['timestamp'], ['time'], ['phone'], ['isbn'], ['imei'], ['id'], ['masked'], ['last'], ['bin'], ['iin'], ['type'], ['brand'], ['holder'], ['token'], ['fingerprint'], ['exp'], ['expiry'], ['country'], ['reference'], ['serial'], ['gift']],
  },
  value: {
    gate: (f) => f.digits >= 12 && f.digits <= 19 && f.length <= 23 && f.spaces + f.dashes + f.digits === f.length,
    test(v) {
      if (!CARD_SHAPE.test(v)) return null;
      const d = v.replace(/[ -]/g, '');
      const brand = cardBrand(d);
      if (brand === null) return null;
      if (!luhnValid(d)) return brand === 'unionpay' ? WEAK : CHECKSUM_FAIL;
      return matchTag(brand, isPlaceholder(d) ? 'test' : 'match');
    },
  },
  // Ids that happen to start like a card: most of them fail Luhn, real card columns almost never do.
  field: (_s, e) => (e.checksumFailures > 3 && e.checksumFailures * 3 > e.matched + e.checksumFailures ? 0.2 : 1),
  examples: {
    valid: ['4539 5787 6362 1486', '5425-2334-3010-9903', '378282246310013', '4539578763621486', '6221260000000000', '2221000000000009'],
    invalid: ['1663862400123', '12345.67', '550e8400e29b41d4', '1234567890123', '4539578763621487', '0000000000000000', '1Z999AA10123456784'],
    testValues: ['4111 1111 1111 1111', '4242424242424242', '5555555555554444', '5500-0000-0000-0004', '378282246310005'],
    validNames: ['card_number', 'CardNumber', 'cc_number', 'pan', '卡号', 'credit_card'],
    invalidNames: ['order_number', 'tracking_number', 'card_last4', 'card_id', 'card_brand', 'card_exp_month'],
  },
};
