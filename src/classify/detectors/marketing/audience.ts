import { MATCH, type Detector } from '../../detector.js';

export const audience: Detector = {
  id: 'marketing.audience',
  category: 'marketing',
  description: 'Audience or targeting segment: custom/lookalike audiences, segments, interests, tags (name-led)',
  mask: 'none',
  names: {
    exact: ['audience', 'audienceid', 'audiencename', 'segment', 'segments', 'segmentid', 'customaudience', 'lookalike', 'interests', 'interest', 'targeting', 'tagidlist', 'tags', 'userlist', 'userlistid', 'cohort', 'persona', 'topics'],
    tokens: [['audience'], ['audience', 'id'], ['audience', 'name'], ['segment'], ['segment', 'id'], ['segment', 'name'], ['custom', 'audience'], ['lookalike'], ['interest'], ['interests'], ['targeting'], ['tag', 'id', 'list'], ['user', 'list'], ['persona'], ['cohort'], ['audience', 'type'], ['age', 'range'], ['member', 'tags']],
    negative: [['size'], ['count']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 500,
    test: (v) => (v.indexOf('\n') < 0 ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['lookalike_1pct_US', 'high-value-buyers', '[2,134]'],
    invalid: ['two\nlines'],
    validNames: ['audience', 'audience_id', 'custom_audience', 'segment', 'interests', 'tagid_list', 'targeting'],
    invalidNames: ['audience_size', 'segment_count'],
  },
};
