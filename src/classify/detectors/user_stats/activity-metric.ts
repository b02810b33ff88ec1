import { MATCH, type Detector } from '../../detector.js';
import { isMetric } from '../../shapes/numbers.js';

export const activityMetric: Detector = {
  id: 'user_stats.activity_metric',
  category: 'user_stats',
  description: 'Platform or product usage aggregate: DAU/WAU/MAU, sessions, new users, retention, engagement rate, session duration',
  mask: 'none',
  names: {
    exact: ['dau', 'wau', 'mau', 'sessions', 'sessioncount', 'newusers', 'activeusers', 'retention', 'engagementrate', 'bouncerate', 'churn', 'churnrate', 'stickiness', 'dauovermau', 'daupermau', 'active1dayusers', 'active7dayusers', 'active28dayusers', 'userengagementduration', 'avgsessionduration', 'averagesessionduration', 'screenpageviews', 'pageviews', 'memberrating', 'engagementscore', '日活', '月活', '留存率'],
    tokens: [['dau'], ['wau'], ['mau'], ['sessions'], ['session', 'count'], ['new', 'users'], ['active', 'users'], ['retention'], ['engagement', 'rate'], ['bounce', 'rate'], ['churn'], ['dau', 'per', 'mau'], ['active', '1', 'day', 'users'], ['active', '7', 'day', 'users'], ['active', '28', 'day', 'users'], ['user', 'engagement', 'duration'], ['session', 'duration'], ['avg', 'session'], ['page', 'views'], ['pageviews'], ['member', 'rating'], ['engagement', 'score'], ['daily', 'active'], ['monthly', 'active'], ['weekly', 'active'], ['total', 'users'], ['returning', 'users'], ['time', 'spent']],
    negative: [['id'], ['ids']],
  },
  value: {
    gate: (f) => f.digits >= 1 && f.length <= 24 && f.letters <= 2,
    test: (v, f) => (isMetric(v, f) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['120394', '0.42', '37.5%', '1,204'],
    invalid: ['abc', 'n/a'],
    validNames: ['dau', 'MAU', 'sessions', 'new_users', 'retention_d7', 'engagement_rate', 'active28DayUsers', 'dauPerMau', 'member_rating'],
    invalidNames: ['session_id', 'user_id'],
  },
};
