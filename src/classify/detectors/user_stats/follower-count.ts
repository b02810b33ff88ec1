import { MATCH, type Detector } from '../../detector.js';
import { isCount, countField } from './count.js';

export const followerCount: Detector = {
  id: 'user_stats.follower_count',
  category: 'user_stats',
  description: 'Number of followers / fans / subscribers of an account',
  mask: 'none',
  names: {
    exact: ['followercount', 'followerscount', 'followers', 'follower', 'fans', 'fanscount', 'fancount', 'subscribercount', 'subscribers', 'edgefollowedby', 'nbfollowers', '粉丝数', '粉丝', '关注者'],
    tokens: [['follower', 'count'], ['followers', 'count'], ['followers'], ['fans'], ['subscriber', 'count'], ['subscribers'], ['followed', 'by']],
    negative: [['id'], ['ids'], ['url'], ['name']],
  },
  value: {
    gate: (f) => f.digits > 0 && f.length <= 16 && f.letters <= 1,
    test: (v) => (isCount(v) ? MATCH : null),
    weight: 0,
  },
  field: countField,
  examples: {
    valid: ['398700', '0', '12', '1.2M', '45K'],
    invalid: ['-5', '12.5.1', 'abc', '2024-01-01'],
    validNames: ['followerCount', 'followers_count', 'fans', 'edge_followed_by', '粉丝数'],
    invalidNames: ['follower_ids', 'following', 'user_id'],
  },
};
