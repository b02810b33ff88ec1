import { counter } from './count.js';

export const followingCount = counter({
  id: 'user_stats.following_count',
  description: 'Number of accounts an account follows (following, friends_count, edge_follow)',
  names: {
    exact: ['followingcount', 'following', 'followings', 'friendscount', 'friendcount', 'edgefollow', 'followcount', 'numfollowing', '关注数', '关注'],
    tokens: [['following', 'count'], ['following'], ['friends', 'count'], ['friend', 'count'], ['edge', 'follow'], ['follow', 'count'], ['followings']],
    negative: [['ids'], ['list'], ['visibility'], ['request']],
  },
  validNames: ['followingCount', 'following', 'friends_count', 'edge_follow.count', '关注数', 'friendCount'],
  invalidNames: ['followers_count', 'follow_request_sent', 'following_visibility'],
});
