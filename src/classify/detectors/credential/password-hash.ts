import { matchTag, type Detector, type ValueMatch } from '../../detector.js';

// Modular-crypt and framework formats, most specific first. All anchored, no nested quantifiers.
const FORMATS: [string, RegExp][] = [
  ['bcrypt', /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/],
  ['argon2', /^\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  ['scrypt', /^(?:\$scrypt\$|\$7\$)[A-Za-z0-9./$=+,-]{20,}$/],
  ['sha512-crypt', /^\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}$/],
  ['sha256-crypt', /^\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}$/],
  ['md5-crypt', /^\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/],
  ['phpass', /^\$[PH]\$[./A-Za-z0-9]{31}$/],
  ['django-pbkdf2', /^pbkdf2_sha(?:1|256|512)\$\d+\$[A-Za-z0-9./+]+\$[A-Za-z0-9./+=]+$/],
  ['django-legacy', /^(?:sha1|md5)\$[A-Za-z0-9]*\$[a-f0-9]{32,40}$/],
];
const BARE_HEX = /^(?:[a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{128})$/;

function test(v: string): ValueMatch | null {
  if (v.charCodeAt(0) === 36 /* $ */ || v.startsWith('pbkdf2_') || v.startsWith('sha1$') || v.startsWith('md5$')) {
    for (const [tag, re] of FORMATS) if (re.test(v)) return matchTag(tag);
    return null;
  }
  return BARE_HEX.test(v) ? matchTag('bare-hex') : null;
}

export const passwordHash: Detector = {
  id: 'credential.password_hash',
  category: 'credential',
  description: 'Password hash: bcrypt, argon2, scrypt, sha-crypt, md5-crypt, phpass, Django; bare hex only under a password-like name',
  mask: 'secret',
  names: {
    exact: ['password', 'passwd', 'pwd', 'pass', 'passwordhash', 'hashedpassword', 'encryptedpassword', 'pwhash', 'pswd', 'userpassword', '密码'],
    tokens: [['password'], ['passwd'], ['pwd'], ['password', 'hash'], ['pass', 'hash'], ['pw', 'hash']],
    negative: [['reset'], ['changed'], ['updated'], ['expires'], ['at'], ['policy'], ['length']],
  },
  value: {
    gate: (f) => f.length >= 32 && f.length <= 200 && f.spaces === 0,
    test,
  },
  // Unsalted hex is also what etags, checksums and content hashes look like: only a name makes it a password.
  field: (_s, e) => {
    if (e.nameScore > 0 || e.matched === 0) return 1;
    return (e.tags.get('bare-hex') ?? 0) === e.matched ? 0 : 1;
  },
  examples: {
    valid: [
      '$2b$12$KIXQJ2o4wqv1p1bC7eH6UOQ6bX8Yl5p4Jm3i3mW7u1m5r9xG0yS2a',
      '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
      'pbkdf2_sha256$260000$abc123$Zm9vYmFyYmF6cXV4',
      '$1$saltsalt$qjXMvbEw8oaL.CzflDugX/',
      '$P$BZlPX7NIx8MYpXokBW2AT5QC7gmAgS0',
    ],
    invalid: ['hunter2', '$2b$12$short', 'd41d8cd98f00b204e9800998ecf8427e extra'],
    validNames: ['password', 'password_hash', 'encrypted_password', 'pwd', '密码'],
    invalidNames: ['password_reset_at', 'etag', 'checksum'],
  },
};
