import { MATCH, WEAK, type Detector } from '../../detector.js';

// PayPal account ids (payer_id, receiver_id): 13 characters of [2-9A-HJ-NP-Z] (no 0, 1, I, O).
const PAYER = /^[2-9A-HJ-NP-Z]{13}$/;

export const paypalPayerId: Detector = {
  id: 'payment.paypal_payer_id',
  category: 'payment',
  description: 'PayPal payer/receiver account id: 13 characters of [2-9A-HJ-NP-Z] with letters and digits',
  mask: 'generic',
  names: {
    exact: ['payerid', 'receiverid', 'paypalid', 'paypalaccountid', 'merchantid'],
    tokens: [['payer', 'id'], ['receiver', 'id'], ['paypal', 'account', 'id'], ['payer', 'info', 'account', 'id'], ['paypal', 'id'], ['merchant', 'id']],
  },
  value: {
    gate: (f) => f.length === 13 && f.upper >= 2 && f.upper + f.digits === 13,
    // All-letter ids exist (LPLWNMTBWMFAY) but so do 13-letter words: those need the name.
    test: (v, f) => (PAYER.test(v) ? (f.digits > 0 ? MATCH : WEAK) : null),
    weight: 0.5,
  },
  examples: {
    valid: ['LPLWNMTBWMFAY', 'Q3YDSLX5YA7LE', 'W8JR2TQ3XB4KA'],
    invalid: ['LPLWNMTBWMFA', 'LPLWNMTBWMFAI', 'lplwnmtbwmfay', '1234567890123'],
    validNames: ['payer_id', 'receiver_id', 'payer_info.account_id', 'merchant_id'],
    invalidNames: ['payer_email', 'payer_status'],
  },
};
