import { matchTag, type Detector } from '../../detector.js';
import { digestBits } from '../../shapes/hex.js';

// SHA-256 of a normalised email/phone is how ad platforms take audience lists and conversions;
// MD5/SHA-1 appear in older exports and warehouse obfuscation.

export const hashedIdentifier: Detector = {
  id: 'marketing.hashed_identifier',
  category: 'marketing',
  description: 'Hashed email/phone/id for audience matching (hex SHA-256, or MD5/SHA-1) under an audience-style or contact name',
  mask: 'secret',
  names: {
    exact: ['em', 'ph', 'hem', 'hashedemail', 'emailhash', 'emailsha256', 'sha256email', 'hashedphone', 'phonehash', 'phonesha256', 'sha256phone', 'externalid', 'hashedmaid', 'madhash'],
    tokens: [['hashed', 'email'], ['email', 'hash'], ['email', 'sha', '256'], ['sha', '256', 'email'], ['hashed', 'phone'], ['phone', 'hash'], ['phone', 'sha', '256'], ['sha', '256', 'phone'], ['external', 'id'], ['hashed', 'external', 'id'], ['email', 'md', '5'], ['email'], ['phone'], ['phone', 'number'], ['ip', 'address'], ['ip'], ['first', 'name'], ['last', 'name'], ['hashed'], ['hem'], ['user', 'fingerprint']],
    negative: [['password'], ['etag'], ['checksum'], ['file'], ['content'], ['commit'], ['digest'], ['body'], ['salt'], ['token'], ['key'], ['signature']],
  },
  value: {
    gate: (f) => f.length === 64 || f.length === 32 || f.length === 40,
    test(_v, f) {
      const bits = digestBits(f);
      if (bits === 256) return matchTag('sha256');
      if (bits === 128) return matchTag('md5');
      return bits === 160 ? matchTag('sha1') : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['542d240129883c019e106e3b1b2d3f3cb3537c43c425364de8e951d5a3083345', 'd41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    invalid: ['person@example.com', '+15555550100', 'xyz41d8cd98f00b204e9800998ecf8427e'],
    validNames: ['em', 'ph', 'hashed_email', 'email_sha256', 'external_id', 'hem'],
    invalidNames: ['file_md5', 'etag', 'password_hash'],
  },
};
