import { MATCH, type Detector } from '../../detector.js';

export const cardLast4: Detector = {
  id: 'payment.card_last4',
  category: 'payment',
  description: 'Last four digits of a card (name-led: last4, last_four, card.last4)',
  mask: 'none',
  names: {
    exact: ['last4', 'lastfour', 'cardlast4', 'last4digits', '尾号', '卡号后四位'],
    tokens: [['last', '4'], ['last', 'four'], ['last', '4', 'digits'], ['card', 'last', '4'], ['pan', 'last', '4'], ['card', 'last', 'four'], ['card', 'suffix'], ['dynamic', 'last', '4']],
  },
  value: {
    gate: (f) => f.length === 4 && f.digits === 4,
    test: () => MATCH,
    weight: 0,
  },
  examples: {
    valid: ['4242', '0005', '1111'],
    invalid: ['42424', 'abcd', '12'],
    validNames: ['last4', 'card_last4', 'last_four', 'card.last4', 'Last 4 digits', 'dynamic_last_4'],
    invalidNames: ['last_name', 'last_login', 'card_number'],
  },
};
