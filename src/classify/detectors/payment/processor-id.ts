import { matchTag, type Detector } from '../../detector.js';

// Payment-processor object ids: Stripe's typed prefixes, PayPal's prefixed ids.
const STRIPE = /^(ch|py|pi|pm|cus|card|src|tok|txn|re|pyr|in|ii|il|sub|si|prod|price|po|ba|btok|cs_test|cs_live|seti|dp|du|evt|acct|ich|ic|iauth|ipi|cn|fee|tr|trr|pmc|mandate|issfr|fr|sched|plink|cbtxn|ccsbtxn|cuss|qt|rcpt|setatt|payatt)_([A-Za-z0-9]{8,255})$/;
const PAYPAL = /^(?:PAYID-[A-Z0-9]{24}|I-[A-Z0-9]{12}|P-[A-Z0-9]{24}|B-[A-Z0-9]{17}|BA-[A-Z0-9]{17}|EC-[A-Z0-9]{17})$/;

export const processorId: Detector = {
  id: 'payment.processor_id',
  category: 'payment',
  description: 'Payment-processor object id: Stripe ch_/pi_/cus_/pm_/card_/txn_/re_/in_/sub_… and PayPal PAYID-/I-/P-/B- ids; object kinds in tags',
  mask: 'generic',
  names: {
    exact: ['chargeid', 'paymentintentid', 'paymentintent', 'paymentmethodid', 'stripeid', 'stripecustomerid', 'balancetransactionid', 'setupintentid', 'refundid', 'payoutid', 'subscriptionid', 'disputeid'],
    tokens: [['charge', 'id'], ['payment', 'intent', 'id'], ['payment', 'method', 'id'], ['stripe', 'id'], ['stripe', 'customer'], ['balance', 'transaction', 'id'], ['setup', 'intent', 'id'], ['refund', 'id'], ['payout', 'id'], ['subscription', 'id'], ['dispute', 'id'], ['source', 'id'], ['id'], ['subscription', 'item'], ['invoice', 'item'], ['balance', 'transaction'], ['payment', 'method'], ['payment', 'intent']],
  },
  value: {
    gate: (f) => f.length >= 10 && f.length <= 260 && f.spaces === 0 && f.digits >= 1 && (f.underscores >= 1 || f.dashes >= 1) && f.dots === 0 && f.at === 0,
    test(v) {
      let m = STRIPE.exec(v);
      if (m) {
        // Suffixes of processor ids are random: at least 14 characters mixing digits and letters,
        // which keeps words like `in_progress_2` out.
        const sfx = m[2];
        if (sfx.length < 14 || !/\d/.test(sfx) || !/[A-Za-z]/.test(sfx)) return null;
        return matchTag('stripe:' + m[1], m[1].startsWith('cs_test') ? 'test' : 'match');
      }
      m = PAYPAL.exec(v);
      return m ? matchTag('paypal:' + v.slice(0, v.indexOf('-'))) : null;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['ch_1J2hXy2eZvKYlo2C3n4U5p6Q', 'cus_NffrFeUfNV2Hib', 'pi_3MtwBwLkdIwHu7ix28a3tqPa', 'txn_1MiN3gLkdIwHu7ixxapQrznl', 'I-BW452GLLEP1G', 'PAYID-L3QXW4Y2FG87362RP1234567'],
    invalid: ['in_progress_2024', 'ch_short', 'card_visa', 'sk_live_51H8xYzAbCdEfGhIjKlMnOp', 'cus-123'],
    validNames: ['charge_id', 'payment_intent_id', 'stripe_customer_id', 'balance_transaction_id'],
    invalidNames: ['charge_amount', 'refund_reason', 'source_type'],
  },
};
