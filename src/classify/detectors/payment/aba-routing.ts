import { MATCH, TEST_VALUE, type Detector } from '../../detector.js';
import { abaChecksumValid, abaPrefixValid } from '../../validators/aba.js';

/** Routing numbers used in processors' test modes (Stripe's 110000000). */
const TEST_ROUTING = new Set(['110000000', '011000015', '111000025']);

export const abaRouting: Detector = {
  id: 'payment.aba_routing',
  category: 'payment',
  description: 'US ABA routing transit number: 9 digits, Federal Reserve prefix, 3-7-1 weighted checksum',
  validator: 'aba-checksum',
  mask: 'none',
  names: {
    exact: ['aba', 'routing', 'rtn', 'routingnumber', 'abanumber', 'abaroutingnumber', 'routingtransitnumber'],
    tokens: [['routing', 'number'], ['routing'], ['aba'], ['routing', 'transit'], ['transit', 'number'], ['bank', 'routing']],
  },
  value: {
    gate: (f) => f.digits === 9 && (f.length === 9 || (f.length === 11 && f.dashes === 2)),
    test(v, f) {
      const d = f.length === 9 ? v : v.replace(/-/g, '');
      if (!abaPrefixValid(d) || !abaChecksumValid(d)) return null;
      return TEST_ROUTING.has(d) ? TEST_VALUE : MATCH;
    },
    weight: 0.75,
  },
  // A run of consecutive ids passes the checksum one time in ten; never a routing column.
  field: (_s, e) => (e.shape.steps * 2 > e.shape.values ? 0.1 : 1),
  examples: {
    valid: ['021000021', '026009593', '121000358', '322271627'],
    invalid: ['021000022', '123456789', '991000021', '02100002'],
    testValues: ['110000000'],
    validNames: ['routing_number', 'aba', 'bank_routing_number', 'RTN'],
    invalidNames: ['route', 'routing_key_id'],
  },
};
