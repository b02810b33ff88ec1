import { MATCH, WEAK, type Detector } from '../../detector.js';
import { isUuid } from '../../shapes/hex.js';

/** Payment-processor object ids (cus_…, acct_…) are payment.processor_id, not a person's id. */
const PROCESSOR_ID = /^(?:cus|ch|pi|pm|card|src|tok|txn|acct|sub|in|re|py|po|ba|seti|si)_[A-Za-z0-9]{8,}$/;
const ID_TOKEN = /^[A-Za-z0-9_-]{4,64}$/;

export const userId: Detector = {
  id: 'identity.user_id',
  category: 'identity',
  description: 'Identifier of a person or account: user_id, uid, author/owner/member/customer id (name-led)',
  mask: 'generic',
  names: {
    exact: ['userid', 'uid', 'authorid', 'ownerid', 'creatorid', 'memberid', 'customerid', 'accountid', 'profileid', 'playerid', 'subscriberid', 'buyerid', 'sellerid', 'customer', 'clientid', 'contactid', 'personid', 'employeeid', 'staffid', 'patientid', 'studentid', 'useridstr', '用户id', '会员id', '客户id', '用户编号', '会员编号', '会员号', '用户号'],
    tokens: [['user', 'id'], ['author', 'id'], ['author', 'meta', 'id'], ['owner', 'id'], ['creator', 'id'], ['member', 'id'], ['customer', 'id'], ['account', 'id'], ['profile', 'id'], ['player', 'id'], ['subscriber', 'id'], ['buyer', 'id'], ['seller', 'id'], ['contact', 'id'], ['person', 'id'], ['employee', 'id'], ['staff', 'id'], ['patient', 'id'], ['student', 'id'], ['user', 'info', 'user', 'id'], ['unique', 'email', 'id'], ['domain', 'user', 'id'], ['network', 'user', 'id'], ['user', 'id', 'str']],
    negative: [['ad'], ['advertiser'], ['campaign'], ['payer'], ['receiver'], ['merchant'], ['stripe'], ['google'], ['analytics']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 64 && f.spaces === 0,
    test(v, f) {
      if (f.int === f.int || isUuid(v, f)) return MATCH;
      if (f.underscores > 0 && PROCESSOR_ID.test(v)) return null;
      if (f.digits === f.length && f.length <= 25) return MATCH;
      return ID_TOKEN.test(v) ? MATCH : f.at === 0 && f.length <= 64 ? WEAK : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['6744808547165799429', '42', '550e8400-e29b-41d4-a716-446655440000', 'u_8f3k2', 'MS4wLjABAAAA'],
    invalid: ['two words'],
    validNames: ['user_id', 'userId', 'uid', 'authorId', 'authorMeta.id', 'customer_id', 'member_id', 'user.id', '用户ID'],
    invalidNames: ['user_name', 'user_agent', 'advertiser_id', 'payer_id'],
  },
};
