import { counter } from './count.js';

export const contentCount = counter({
  id: 'user_stats.content_count',
  description: 'Posts / videos / tweets an account has published (videoCount, statuses_count, media_count)',
  names: {
    exact: ['video', 'videos', 'videocount', 'statusescount', 'tweetcount', 'tweetscount', 'mediacount', 'postcount', 'postscount', 'posts', 'awemecount', 'edgeownertotimelinemedia', 'uploadcount', 'articlecount', '作品数', '视频数', '发帖数', '微博数'],
    tokens: [['video', 'count'], ['videos', 'count'], ['statuses', 'count'], ['tweet', 'count'], ['tweets', 'count'], ['media', 'count'], ['post', 'count'], ['posts', 'count'], ['aweme', 'count'], ['edge', 'owner', 'to', 'timeline', 'media'], ['upload', 'count'], ['article', 'count']],
    negative: [['ids'], ['list'], ['url']],
  },
  validNames: ['videoCount', 'statuses_count', 'tweet_count', 'media_count', 'edge_owner_to_timeline_media.count', 'authorMeta.video', '作品数'],
  invalidNames: ['video_url', 'video_id', 'post_ids'],
});
