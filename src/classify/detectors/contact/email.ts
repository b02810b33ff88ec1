import { MATCH, TEST_VALUE, type Detector } from '../../detector.js';
import { isReservedHost } from '../../shapes/url.js';

// Pragmatic RFC 5322 subset: what real dumps contain, linear-time (no nested quantifiers).
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/;

export const email: Detector = {
  id: 'contact.email',
  category: 'contact',
  description: 'Email address; RFC 2606/6761 reserved domains (example.com, .test, .invalid, .example) count as test values',
  mask: 'email',
  names: {
    exact: ['email', 'mail', 'em', 'emailaddress', 'payeremail', 'receiveremail', 'useremail', 'replyto', 'business', '邮箱', '电子邮件', '邮件', '电子邮箱', '邮箱地址'],
    tokens: [['email'], ['e', 'email'], ['emails'], ['email', 'address'], ['email', 'addresses'], ['from', 'email'], ['to', 'email'], ['reply', 'to'], ['contact', 'email'], ['email', 'addr']],
    negative: [['verified'], ['confirmed'], ['status'], ['opt'], ['bounced'], ['template'], ['count'], ['client'], ['type'], ['domain'], ['provider'], ['campaign'], ['subject'], ['sent'], ['open'], ['click'], ['unique', 'email', 'id']],
  },
  value: {
    gate: (f) => f.at === 1 && f.dots >= 1 && f.length >= 6 && f.length <= 254 && f.spaces === 0,
    test(v) {
      if (!EMAIL.test(v)) return null;
      return isReservedHost(v.slice(v.indexOf('@') + 1)) ? TEST_VALUE : MATCH;
    },
  },
  examples: {
    valid: ['jane.doe@gmail.com', 'a+tag@sub.example.co.uk', 'lorangb@gmail.com'],
    invalid: ['not an email', '@gmail.com', 'jane@', 'jane@localhost', 'a@b@c.com'],
    testValues: ['user@example.com', 'jenny@example.com', 'qa@shop.test', 'x@y.invalid'],
    validNames: ['email', 'Email Address', 'payer_email', 'userEmail', '邮箱', 'From Email Address', 'e_mail', 'EMAIL', 'reply_to'],
    invalidNames: ['emailVerified', 'status', 'email_verified_at', 'email_client', 'has_email'],
  },
};
