import { MATCH, type Detector } from '../../detector.js';

export const bio: Detector = {
  id: 'identity.bio',
  category: 'identity',
  description: 'Profile biography / signature written by the account holder (bio, biography, signature, about)',
  mask: 'generic',
  names: {
    exact: ['bio', 'biography', 'signature', 'about', 'aboutme', 'userdescription', 'profiledescription', 'biodescription', 'tagline', '个人简介', '签名', '个性签名', '简介'],
    tokens: [['bio'], ['biography'], ['about', 'me'], ['user', 'description'], ['profile', 'description'], ['bio', 'description'], ['author', 'meta', 'signature'], ['user', 'signature']],
    negative: [['link'], ['url'], ['verify'], ['sign'], ['request']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 2048,
    test: (_v, f) => (f.letters > 0 || f.nonAscii > 0 ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['created THE hurricane remix\ninsta in bio', 'Designer. Coffee. 🐈', '热爱生活'],
    invalid: ['12345', '---'],
    validNames: ['bio', 'biography', 'signature', 'authorMeta.signature', 'about_me', 'bio_description', '个人简介'],
    invalidNames: ['bio_link', 'verify_sign', 'signature_request'],
  },
};
