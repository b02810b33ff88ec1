import { MATCH, TEST_VALUE, type Detector } from '../../detector.js';
import { digestBits } from '../../shapes/hex.js';

/** Top entries of breach password lists: placeholder or abused, never a meaningful secret. */
const COMMON = new Set(['123456', 'password', '12345678', 'qwerty', '123456789', '12345', '1234', '111111', '1234567', 'dragon', '123123', 'baseball', 'abc123', 'football', 'monkey', 'letmein', 'shadow', 'master', '666666', 'qwertyuiop', '123321', 'mustang', '1234567890', 'michael', '654321', 'superman', '1qaz2wsx', '7777777', '121212', '000000', 'qazwsx', '123qwe', 'killer', 'trustno1', 'jordan', 'jennifer', 'zxcvbnm', 'asdfgh', 'hunter', 'buster', 'soccer', 'harley', 'batman', 'andrew', 'tigger', 'sunshine', 'iloveyou', '2000', 'charlie', 'robert', 'thomas', 'hockey', 'ranger', 'daniel', 'starwars', 'klaster', '112233', 'george', 'computer', 'michelle', 'jessica', 'pepper', '1111', 'zxcvbn', '555555', '11111111', '131313', 'freedom', '777777', 'pass', 'maggie', '159753', 'aaaaaa', 'ginger', 'princess', 'joshua', 'cheese', 'amanda', 'summer', 'love', 'ashley', 'nicole', 'chelsea', 'biteme', 'matthew', 'access', 'yankees', '987654321', 'dallas', 'austin', 'thunder', 'taylor', 'matrix', 'test', 'test123', 'password1', 'admin', 'changeme', 'secret', 'p@ssw0rd', 'passw0rd', 'welcome', 'hunter2']);

export const passwordPlain: Detector = {
  id: 'credential.password_plain',
  category: 'credential',
  description: 'Plain-text password under a password-like name (values that are not hashes); common list passwords count as test values',
  mask: 'secret',
  names: {
    exact: ['password', 'passwd', 'pwd', 'pass', 'pswd', 'userpassword', 'plainpassword', 'passwordplain', 'cleartextpassword', 'pin', 'passcode', 'userpass', '密码', '登录密码', '明文密码'],
    tokens: [['password'], ['plain', 'password'], ['password', 'plain'], ['clear', 'password'], ['cleartext', 'password'], ['passcode'], ['user', 'password']],
    negative: [['hash'], ['hashed'], ['digest'], ['encrypted'], ['crypted'], ['salt'], ['reset'], ['changed'], ['updated'], ['expires'], ['at'], ['policy'], ['length'], ['strength'], ['hint'], ['required'], ['question'], ['attempts'], ['count'], ['token']],
  },
  value: {
    gate: (f) => f.length >= 3 && f.length <= 64 && f.spaces <= 3,
    test(v, f) {
      const c0 = v.charCodeAt(0);
      // Hash-shaped values belong to credential.password_hash; paths (sudo's PWD=/home/x) are not passwords.
      if ((c0 === 47 && f.slashes >= 2) || digestBits(f) > 0 || (f.length >= 28 && (c0 === 36 || c0 === 123 || c0 === 42)) || v.startsWith('pbkdf2') || v.indexOf('$') !== v.lastIndexOf('$')) return null;
      return COMMON.has(v.toLowerCase()) ? TEST_VALUE : MATCH;
    },
    weight: 0,
  },
  examples: {
    valid: ['Tr0ub4dor&3', 'x7#kQ!2m', 'correct horse battery staple', 'Summer2024!'],
    invalid: ['/home/ubuntu/.ssh', '$2b$12$KIXQJ2o4wqv1p1bC7eH6UOQ6bX8Yl5p4Jm3i3mW7u1m5r9xG0yS2a', '8cb2237d0679ca88db6464eac60da96345513964', 'ab'],
    testValues: ['123456', 'password', 'qwerty', 'hunter2'],
    validNames: ['password', 'pwd', 'plain_password', 'passcode', '密码'],
    invalidNames: ['password_hash', 'hashed_password', 'password_reset_at'],
  },
};
