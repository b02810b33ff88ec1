import { MATCH, type Detector } from '../../detector.js';

// Masked PANs as receipts and dashboards show them: BIN + mask + last four, or mask + last four.
const MASKED = /^(?:\d{4}[ -]?\d{0,2}[*xX•#]{2,9}[ -]?[*xX•#]{0,4}[ -]?\d{4}|(?:[*xX•#]{4}[ -]?){1,3}[*xX•#]{0,4}[ -]?\d{4}|[*xX•#]{2,15}\d{4})$/;

export const cardMasked: Detector = {
  id: 'payment.card_masked',
  category: 'payment',
  description: 'Masked card number (411111******1111, **** 1234): BIN and/or last four digits visible',
  mask: 'none',
  names: {
    exact: ['maskedpan', 'maskedcard', 'cardmask', 'maskednumber', 'cardmasked'],
    tokens: [['masked', 'card'], ['card', 'masked'], ['masked', 'pan'], ['masked', 'number'], ['card', 'display'], ['display', 'number']],
  },
  value: {
    gate: (f) => f.length >= 6 && f.length <= 25 && f.digits >= 4 && f.digits <= 10 && (f.other > 0 || f.letters > 0 || f.nonAscii > 0) && f.at === 0,
    test: (v) => (MASKED.test(v) ? MATCH : null),
    weight: 0.9,
  },
  examples: {
    valid: ['411111******1111', '**** **** **** 1234', '**** 1234', 'XXXX-XXXX-XXXX-4242', '4242 42•• •••• 4242', 'xxxxxxxxxxxx1234'],
    invalid: ['4111111111111111', '1234', 'abc*123', '***', 'user*1234@x.com'],
    validNames: ['masked_pan', 'card_masked', 'maskedNumber'],
    invalidNames: ['card_number', 'mask'],
  },
};
