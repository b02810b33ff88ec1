import { MATCH, TEST_VALUE, type Detector } from '../../detector.js';

// Pragmatic RFC 5322 subset: what real dumps contain, linear-time (no nested quantifiers).
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/;
// RFC 2606 / 6761 reserved names: placeholder data, never a real mailbox.
const TEST_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:test|invalid|example|localhost))$/i;

export const email: Detector = {
  id: 'contact.email',
  category: 'contact',
  description: 'Email address',
  mask: 'email',
  names: {
    exact: ['email', 'mail', 'em', 'emailaddress', 'payeremail', 'useremail', '邮箱', '电子邮件', '邮件'],
    tokens: [['email'], ['e', 'mail'], ['mail'], ['emails']],
    negative: [['verified'], ['confirmed'], ['status'], ['opt'], ['bounced'], ['template'], ['count']],
  },
  value: {
    gate: (f) => f.at === 1 && f.dots >= 1 && f.length >= 6 && f.spaces === 0,
    test(v) {
      if (!EMAIL.test(v)) return null;
      const domain = v.slice(v.indexOf('@') + 1);
      return TEST_DOMAIN.test(domain) ? TEST_VALUE : MATCH;
    },
  },
  examples: {
    valid: ['jane.doe@gmail.com', 'a+tag@sub.example.co.uk', 'user@example.com'],
    invalid: ['not an email', '@gmail.com', 'jane@', 'jane@localhost', 'a@b@c.com'],
    validNames: ['email', 'Email Address', 'payer_email', 'userEmail', '邮箱'],
    invalidNames: ['emailVerified', 'status'],
  },
};
