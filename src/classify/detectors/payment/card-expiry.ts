import { MATCH, type Detector } from '../../detector.js';

const MM_YY = /^(?:0?[1-9]|1[0-2])\s?[/-]\s?(?:\d{2}|20\d{2})$/;
const YYYY_MM = /^20\d{2}[/-](?:0[1-9]|1[0-2])$/;

export const cardExpiry: Detector = {
  id: 'payment.card_expiry',
  category: 'payment',
  description: 'Card expiry date, month or year (name-led: exp, expiry, exp_month, exp_year, valid_thru)',
  mask: 'none',
  names: {
    exact: ['exp', 'expiry', 'expdate', 'ccexp', 'cardexp', 'expmonth', 'expyear', 'validthru', 'expirationdate', '有效期'],
    tokens: [['exp'], ['expiry'], ['expiration'], ['exp', 'month'], ['exp', 'year'], ['expiry', 'month'], ['expiry', 'year'], ['expiration', 'month'], ['expiration', 'year'], ['expiration', 'date'], ['expiry', 'date'], ['valid', 'thru'], ['card', 'exp']],
    negative: [['session'], ['token'], ['password'], ['cookie'], ['link'], ['trial'], ['subscription'], ['cache'], ['key'], ['license'], ['passport'], ['coupon'], ['offer'], ['expires']],
  },
  value: {
    gate: (f) => f.length <= 9 && f.digits >= 1 && f.letters === 0,
    test(v, f) {
      if (f.int === f.int) {
        const n = f.int;
        return (f.length <= 2 && n >= 1 && n <= 12) || (f.length === 4 && n >= 1990 && n <= 2099) || (f.length === 2 && n >= 0) ? MATCH : null;
      }
      return MM_YY.test(v) || YYYY_MM.test(v) ? MATCH : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['12/25', '03/2027', '7', '2026', '2027-04', '1 / 29'],
    invalid: ['13/25', '2026-01-01', 'soon', '1663862400'],
    validNames: ['exp_month', 'exp_year', 'card_expiry', 'expiration_date', 'cc_exp', 'valid_thru'],
    invalidNames: ['session_expiry', 'token_exp', 'expires_at', 'password_expiration'],
  },
};
