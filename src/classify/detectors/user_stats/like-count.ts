import { counter } from './count.js';

export const likeCount = counter({
  id: 'user_stats.like_count',
  description: 'Likes received or given (heart, heartCount, diggCount, likes, favourites_count)',
  names: {
    exact: ['heart', 'hearts', 'heartcount', 'diggcount', 'digg', 'likes', 'likecount', 'likescount', 'favouritescount', 'favoritescount', 'favoritecount', 'favouritecount', 'totalfavorited', 'likesreceived', '获赞', '获赞数', '点赞', '点赞数', '喜欢数'],
    tokens: [['heart', 'count'], ['digg', 'count'], ['like', 'count'], ['likes', 'count'], ['likes'], ['favourites', 'count'], ['favorites', 'count'], ['favorite', 'count'], ['favourite', 'count'], ['total', 'favorited'], ['edge', 'liked', 'by'], ['edge', 'media', 'preview', 'like']],
    negative: [['ids'], ['list'], ['url'], ['rate']],
  },
  validNames: ['heart', 'heartCount', 'diggCount', 'likes', 'like_count', 'favourites_count', 'stats.diggCount', '点赞数', 'authorMeta.digg'],
  invalidNames: ['liked_ids', 'like_url'],
});
