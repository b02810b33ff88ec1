import { MATCH, WEAK, type Detector } from '../../detector.js';
import { ISO_4217 } from '../../shapes/currencies.js';
import { isNumber } from '../../shapes/numbers.js';

// A money amount with a currency marker: "$12.34", "12,50 €", "USD 1,200.00", "¥5000", "12.34 USD".
const MONEY = /^(?:[-+]?(?:[$€£¥₹₩₽¢]|US\$|([A-Z]{3})\s?)\s?[-+]?\d[\d,. ]{0,18}\d?|[-+]?\d[\d,. ]{0,18}\s?(?:[$€£¥₹₩₽]|([A-Z]{3})|元))$/;
// Decimal separators as either point or comma, thousands the other: 1,234.56 / 1.234,56.
const LOCALE_DECIMAL = /^[-+]?\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}$/;

export const amount: Detector = {
  id: 'payment.amount',
  category: 'payment',
  description: 'Money amount: totals, prices, gross/fee/net, mc_gross; strong with a currency symbol or code, otherwise name-led',
  mask: 'none',
  names: {
    exact: ['amount', 'amt', 'price', 'total', 'gross', 'net', 'fee', 'mcgross', 'mcfee', 'paymentgross', 'paymentfee', 'subtotal', 'unitprice', 'saleprice', 'balance', 'grandtotal', 'settleamount', '金额', '价格', '总价', '总金额', '单价', '实付金额', '支付金额', '订单金额', '余额'],
    tokens: [['amount'], ['price'], ['gross'], ['net'], ['fee'], ['fees'], ['mc', 'gross'], ['mc', 'fee'], ['payment', 'gross'], ['payment', 'fee'], ['subtotal'], ['sub', 'total'], ['tax'], ['invoice', 'total'], ['order', 'total'], ['grand', 'total'], ['total', 'price'], ['total', 'amount'], ['revenue'], ['salary'], ['refund'], ['discount'], ['shipping', 'cost'], ['balance'], ['tip'], ['payout'], ['charged'], ['paid']],
    negative: [['count'], ['quantity'], ['percent'], ['rate'], ['ratio'], ['currency'], ['micros'], ['budget'], ['spend'], ['cost', 'per'], ['bid'], ['transaction', 'id'], ['balance', 'impact']],
  },
  value: {
    gate: (f) => f.digits >= 1 && f.length <= 24 && f.letters <= 4 && f.at === 0 && f.slashes === 0 && f.colons === 0,
    test(v, f) {
      if (isNumber(v, f)) return f.letters === 0 ? WEAK : null;
      if (f.nonAscii > 0 || f.letters > 0 || v.charCodeAt(0) === 36 || v.charCodeAt(v.length - 1) === 36) {
        const m = MONEY.exec(v);
        // A three-letter prefix or suffix must be a currency code (SKU-12345 is not money).
        return m && (!m[1] || ISO_4217.has(m[1])) && (!m[2] || ISO_4217.has(m[2])) ? MATCH : null;
      }
      return LOCALE_DECIMAL.test(v) ? WEAK : null;
    },
    weight: 0.7,
  },
  examples: {
    valid: ['$12.34', '12,50 €', 'USD 1,200.00', '¥5000', '12.34 USD', '-4.99', '2000', '1.234,56'],
    invalid: ['abc', '12 apples', '2024-01-01', '1.2.3', 'ABC-12345', 'SKU 1200'],
    validNames: ['amount', 'mc_gross', 'Gross', 'unit_price', 'invoice_total', 'amount_refunded', '金额', 'Sales Tax'],
    invalidNames: ['amount_count', 'currency', 'cost_micros', 'quantity'],
  },
};
