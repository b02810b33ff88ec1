import { MATCH, type Detector } from '../../detector.js';

// Payment, charge, invoice and order states across Stripe, PayPal, Adyen, Shopify and shop systems.
const STATES = new Set([
  'succeeded', 'success', 'successful', 'paid', 'unpaid', 'pending', 'failed', 'failure', 'refunded',
  'partially refunded', 'partiallyrefunded', 'completed', 'complete', 'canceled', 'cancelled', 'declined',
  'denied', 'authorized', 'authorised', 'captured', 'voided', 'void', 'disputed', 'chargeback', 'reversed',
  'processing', 'requires payment method', 'requires action', 'requires capture', 'requires confirmation',
  'settled', 'expired', 'held', 'on hold', 'uncollectible', 'open', 'draft', 'created', 'approved', 'rejected',
  'canceled reversal', 'in progress', 'partially paid', 'overdue', 'refused', 'error', 'charged', 'cleared',
  'unclaimed', 'returned', 'blocked', 'fulfilled', 'unfulfilled', 'shipped', 'delivered', 'won', 'lost',
  'needs response', 'under review', 'warning needs response', 'warning closed', 'in transit',
  '已支付', '未支付', '待支付', '支付成功', '支付失败', '已退款', '已取消', '已完成', '交易成功', '交易关闭', '待发货', '已发货',
]);

export const paymentStatus: Detector = {
  id: 'payment.status',
  category: 'payment',
  description: 'Payment/charge/order state (succeeded, Completed, refunded …); name and values must agree',
  mask: 'none',
  names: {
    exact: ['status', 'paymentstatus', 'txnstatus', 'transactionstatus', 'chargestatus', 'orderstatus', 'financialstatus', 'invoicestatus', 'refundstatus', 'disputestatus', 'payoutstatus', '支付状态', '订单状态', '交易状态'],
    tokens: [['payment', 'status'], ['txn', 'status'], ['transaction', 'status'], ['charge', 'status'], ['order', 'status'], ['financial', 'status'], ['invoice', 'status'], ['refund', 'status'], ['dispute', 'status'], ['payout', 'status'], ['pending', 'reason']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 32 && f.digits === 0 && (f.letters > 0 || f.nonAscii > 0),
    test(v) {
      const s = v.toLowerCase().replace(/[_-]+/g, ' ');
      return STATES.has(s) ? MATCH : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['succeeded', 'Completed', 'requires_payment_method', 'Partially Refunded', '已支付'],
    invalid: ['active', 'subscribed', 'ENABLED', '200'],
    validNames: ['payment_status', 'status', 'txn_status', 'Status', 'financial_status'],
    invalidNames: ['address_status', 'status_code'],
  },
};
