import { MATCH, WEAK, type Detector } from '../../detector.js';

// PayPal transaction ids as seen in IPN and Activity exports: 17 upper-case alphanumerics,
// mostly digits with a few letters (73925525EV970654D).
const TXN = /^[0-9A-Z]{17}$/;

export const paypalTransactionId: Detector = {
  id: 'payment.paypal_transaction_id',
  category: 'payment',
  description: 'PayPal transaction id: 17 upper-case alphanumerics mixing letters and digits (txn_id, Transaction ID)',
  mask: 'generic',
  names: {
    exact: ['txnid', 'transactionid', 'parenttxnid', 'referencetxnid', 'paypaltransactionid', 'paypalreferenceid', 'captureid', 'saleid'],
    tokens: [['txn', 'id'], ['transaction', 'id'], ['reference', 'txn', 'id'], ['parent', 'txn', 'id'], ['paypal', 'reference', 'id'], ['capture', 'id'], ['paypal', 'transaction']],
  },
  value: {
    gate: (f) => (f.length === 17 && f.upper >= 1 && f.digits >= 8 && f.upper + f.digits === 17) || (f.length <= 40 && f.digits >= 1),
    // Other short references (TID1) count only under a transaction-id name.
    test: (v, f) => (f.length === 17 && TXN.test(v) ? MATCH : f.length <= 40 && f.spaces === 0 && f.at === 0 ? WEAK : null),
    weight: 0.6,
  },
  examples: {
    valid: ['73925525EV970654D', '4RU183819R963914R', '61E67681CH3238416'],
    invalid: ['ABCDEFGHIJKLMNOPQ', 'two words 1', 'a@b.c1'],
    validNames: ['txn_id', 'Transaction ID', 'parent_txn_id', 'Reference Txn ID', 'transaction_info.paypal_reference_id'],
    invalidNames: ['txn_type', 'transaction_date'],
  },
};
