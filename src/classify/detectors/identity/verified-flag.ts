import { MATCH, type Detector } from '../../detector.js';
import { isBooleanValue } from '../../shapes/flags.js';

const VERIFIED_TYPES = new Set(['blue', 'business', 'government', 'none', 'verified', 'unverified', 'legacy']);

export const verifiedFlag: Detector = {
  id: 'identity.verified_flag',
  category: 'identity',
  description: 'Whether the account is verified (verified, is_verified, verified_type)',
  mask: 'none',
  names: {
    flag: true,
    exact: ['verified', 'isverified', 'verifiedaccount', 'verifiedtype', 'blueverified', 'isblueverified', 'verifiedstatus', '认证', '是否认证', '认证状态'],
    tokens: [['verified'], ['is', 'verified'], ['verified', 'type'], ['blue', 'verified'], ['verified', 'account'], ['verification', 'status'], ['author', 'meta', 'verified']],
    negative: [['email'], ['phone'], ['at'], ['date'], ['time'], ['address'], ['payer'], ['mobile']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 12,
    test: (v) => (isBooleanValue(v) || VERIFIED_TYPES.has(v.toLowerCase()) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['true', 'false', '1', 'blue', '是'],
    invalid: ['sometimes', '2024-01-01'],
    validNames: ['verified', 'is_verified', 'isVerified', 'verified_type', 'authorMeta.verified', '认证'],
    invalidNames: ['email_verified', 'verified_at', 'phone_verified'],
  },
};
