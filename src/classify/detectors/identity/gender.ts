import { MATCH, WEAK, type Detector } from '../../detector.js';

const GENDER_WORDS = new Set(['male', 'female', 'man', 'woman', 'men', 'women', 'non-binary', 'nonbinary', 'non binary', '男', '女', '男性', '女性', 'männlich', 'weiblich', 'masculino', 'femenino', 'homme', 'femme']);
const GENDER_CODES = new Set(['m', 'f', 'x', 'o', 'u', '0', '1', '2', 'unknown', 'other', 'undisclosed', 'prefer not to say', 'n/a', 'mr', 'mrs', 'ms']);

export const gender: Detector = {
  id: 'identity.gender',
  category: 'identity',
  description: 'Gender / sex (male/female words value-led; codes M/F/0/1/2 need the name)',
  mask: 'none',
  names: {
    exact: ['gender', 'sex', 'genre', '性别'],
    tokens: [['gender'], ['sex']],
    negative: [['target'], ['targeting'], ['ratio'], ['breakdown']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 20 && f.digits <= 1,
    test(v) {
      const s = v.toLowerCase();
      if (GENDER_WORDS.has(s)) return MATCH;
      return GENDER_CODES.has(s) ? WEAK : null;
    },
    weight: 0.6,
  },
  examples: {
    valid: ['male', 'Female', 'M', 'f', '1', '男', 'non-binary'],
    invalid: ['maybe', '42'],
    validNames: ['gender', 'sex', 'demographics.gender', '性别'],
    invalidNames: ['gender_targeting', 'sex_ratio'],
  },
};
