import { MATCH, WEAK, type Detector } from '../../detector.js';
import { ISO_4217 } from '../../shapes/currencies.js';

/** Codes that are also everyday words or abbreviations: only a name confirms them. */
const AMBIGUOUS = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'BOB', 'CAD', 'PEN', 'SOS', 'GEL', 'MAD', 'HTG', 'NAD', 'ERN', 'BAM', 'PAB', 'TRY']);
const SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '元', '￥', 'US$', 'C$', 'A$', 'HK$', 'R$', '¢', '₫', '₺', '₪', '฿', '₱']);

export const currency: Detector = {
  id: 'payment.currency',
  category: 'payment',
  description: 'Currency: ISO 4217 code (USD, eur) or symbol',
  validator: 'iso4217',
  mask: 'none',
  names: {
    exact: ['currency', 'ccy', 'cur', 'currencycode', 'mccurrency', 'isocurrency', '币种', '货币'],
    tokens: [['currency'], ['currency', 'code'], ['mc', 'currency'], ['settle', 'currency']],
  },
  value: {
    gate: (f) => f.length <= 4 && f.digits === 0 && f.spaces === 0,
    test(v, f) {
      if (f.letters === 3) {
        const u = f.lower > 0 ? v.toUpperCase() : v;
        if (!ISO_4217.has(u)) return null;
        return AMBIGUOUS.has(u) || (f.lower > 0 && f.upper > 0) ? WEAK : MATCH;
      }
      return SYMBOLS.has(v) ? MATCH : null;
    },
    weight: 0.55,
  },
  examples: {
    valid: ['USD', 'eur', '€', 'CNY', '¥'],
    invalid: ['USA', 'dollars', 'US', 'XYZ'],
    validNames: ['currency', 'mc_currency', 'currency_code', 'Currency', '币种'],
    invalidNames: ['currency_rate', 'currency_converted_at'],
  },
};
