import { MATCH, type Detector } from '../../detector.js';
import { isShortText } from '../../shapes/text.js';

export const jobTitle: Detector = {
  id: 'identity.job_title',
  category: 'identity',
  description: 'Job title, position or occupation of a person (name-led: job_title, position, occupation, 职位)',
  mask: 'generic',
  names: {
    exact: ['jobtitle', 'position', 'occupation', 'designation', 'jobrole', 'profession', 'headline', '职位', '职务', '职业'],
    tokens: [['job', 'title'], ['job', 'role'], ['job', 'position'], ['occupation'], ['profession'], ['designation'], ['organizations', 'title'], ['employee', 'title'], ['work', 'title'], ['people', 'title'], ['person', 'title'], ['contact', 'title']],
    negative: [['id'], ['code'], ['level'], ['count'], ['x'], ['y'], ['latitude'], ['longitude']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 120,
    test: (v, f) => (isShortText(v, f, 120) && f.digits <= 2 ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['Senior Data Engineer', 'CEO', 'Sales Support Agent', '产品经理'],
    invalid: ['12345678', 'a\nb'],
    validNames: ['job_title', 'jobTitle', 'position', 'occupation', 'organizations[].title', '职位'],
    invalidNames: ['position_id', 'position_x'],
  },
};
