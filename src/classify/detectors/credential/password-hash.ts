import { matchTag, type Detector, type ValueMatch } from '../../detector.js';
import { digestBits } from '../../shapes/hex.js';

// Modular-crypt and framework formats, most specific first. All anchored, no nested quantifiers.
const FORMATS: [string, RegExp][] = [
  ['bcrypt', /^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/],
  ['argon2', /^\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  ['yescrypt', /^\$y\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}$/],
  ['scrypt', /^(?:\$scrypt\$|\$7\$)[A-Za-z0-9./$=+,-]{20,}$/],
  ['sha512-crypt', /^\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}$/],
  ['sha256-crypt', /^\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}$/],
  ['md5-crypt', /^\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}$/],
  ['phpass', /^\$[PH]\$[./A-Za-z0-9]{31}$/],
  ['drupal7', /^\$S\$[./A-Za-z0-9]{52}$/],
  ['sha1-crypt', /^\$sha1\$\d+\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{28}$/],
  ['django-pbkdf2', /^pbkdf2_sha(?:1|256|512)\$\d+\$[A-Za-z0-9./+]+\$[A-Za-z0-9./+=]+$/],
  ['django-argon2', /^argon2\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  ['django-bcrypt', /^bcrypt(?:_sha256)?\$\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/],
  ['werkzeug', /^(?:pbkdf2:sha(?:1|256|512)(?::\d+)?|scrypt:\d+:\d+:\d+)\$[A-Za-z0-9./+]+\$[a-f0-9]{40,128}$/],
  ['django-legacy', /^(?:sha1|md5|unsalted_md5|unsalted_sha1|crypt)\$[A-Za-z0-9]*\$[a-f0-9]{13,40}$/],
  ['ldap', /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512|PBKDF2(?:-SHA256|-SHA512)?)\}[A-Za-z0-9+/=.$]{8,}$/i],
  ['mysql41', /^\*[A-F0-9]{40}$/],
];

function test(v: string): ValueMatch | null {
  const c0 = v.charCodeAt(0);
  // Only values that start like a known format reach the format regexes.
  if (c0 === 36 /* $ */ || c0 === 123 /* { */ || c0 === 42 /* * */ || v.startsWith('pbkdf2') || v.startsWith('sha1$') || v.startsWith('md5$') || v.startsWith('argon2$') || v.startsWith('bcrypt') || v.startsWith('unsalted_') || v.startsWith('crypt$') || v.startsWith('scrypt:')) {
    for (const [tag, re] of FORMATS) if (re.test(v)) return matchTag(tag);
    return null;
  }
  return null;
}

export const passwordHash: Detector = {
  id: 'credential.password_hash',
  category: 'credential',
  description: 'Password hash: bcrypt, argon2, yescrypt, scrypt, sha-crypt, md5-crypt, phpass, Django/PBKDF2, Werkzeug, LDAP, MySQL; bare MD5/SHA hex only under a password-like name; schemes in tags',
  validator: 'format',
  mask: 'secret',
  names: {
    exact: ['password', 'passwd', 'pwd', 'pass', 'passwordhash', 'hashedpassword', 'encryptedpassword', 'pwhash', 'pswd', 'userpassword', 'passhash', 'passwordenc', 'passworddigest', 'cryptedpassword', 'userpass', '密码', '登录密码'],
    tokens: [['password'], ['password', 'hash'], ['password', 'hashed'], ['hashed', 'password'], ['encrypted', 'password'], ['password', 'digest'], ['password', 'salt'], ['pass', 'hash'], ['crypted', 'password'], ['user', 'password']],
    negative: [['reset'], ['changed'], ['updated'], ['expires'], ['at'], ['policy'], ['length'], ['strength'], ['hint'], ['required'], ['question'], ['answer'], ['attempts'], ['count'], ['token']],
  },
  value: {
    gate: (f) => f.length >= 13 && f.length <= 300 && f.spaces === 0,
    test(v, f) {
      const r = test(v);
      if (r) return r;
      // Unsalted hex is also what etags, checksums and content hashes look like: only a
      // password-like name makes it a password hash.
      const bits = digestBits(f);
      return bits > 0 ? matchTag('hex-' + bits, 'weak') : null;
    },
  },
  examples: {
    valid: [
      '$2b$12$KIXQJ2o4wqv1p1bC7eH6UOQ6bX8Yl5p4Jm3i3mW7u1m5r9xG0yS2a',
      '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
      'pbkdf2_sha256$260000$abc123$Zm9vYmFyYmF6cXV4',
      '$1$saltsalt$qjXMvbEw8oaL.CzflDugX/',
      '$P$BZlPX7NIx8MYpXokBW2AT5QC7gmAgS0',
      '{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=',
      '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19',
      '8cb2237d0679ca88db6464eac60da96345513964',
    ],
    invalid: ['hunter2', '$2b$12$short', 'd41d8cd98f00b204e9800998ecf8427e extra', 'correct horse battery staple'],
    validNames: ['password', 'password_hash', 'encrypted_password', 'pwd', '密码', 'passwordDigest'],
    invalidNames: ['password_reset_at', 'etag', 'checksum', 'password_changed_at', 'reset_password_token'],
  },
};
