import { counter } from './count.js';

export const followerCount = counter({
  id: 'user_stats.follower_count',
  description: 'Number of followers / fans / subscribers of an account',
  names: {
    exact: ['followercount', 'followerscount', 'followers', 'follower', 'fans', 'fanscount', 'fancount', 'subscribercount', 'subscriberscount', 'subscribers', 'edgefollowedby', 'nbfollowers', 'numfollowers', '粉丝数', '粉丝', '粉丝量', '关注者', '订阅数'],
    tokens: [['follower', 'count'], ['followers', 'count'], ['followers'], ['fans'], ['fans', 'count'], ['subscriber', 'count'], ['subscribers'], ['edge', 'followed', 'by'], ['followed', 'by', 'count'], ['number', 'followers']],
    negative: [['ids'], ['list'], ['growth'], ['gained'], ['lost'], ['rate']],
  },
  validNames: ['followerCount', 'followers_count', 'fans', 'edge_followed_by.count', 'edge_followed_by', '粉丝数', 'authorMeta.fans', 'subscriberCount'],
  invalidNames: ['follower_ids', 'following', 'user_id', 'followers_url'],
});
