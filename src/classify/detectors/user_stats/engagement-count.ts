import { counter } from './count.js';

export const engagementCount = counter({
  id: 'user_stats.engagement_count',
  description: 'Shares, comments, saves, reposts, downloads, list memberships of content or an account',
  names: {
    exact: ['sharecount', 'commentcount', 'collectcount', 'shares', 'comments', 'saves', 'savecount', 'listedcount', 'repostcount', 'retweetcount', 'quotecount', 'replycount', 'downloadcount', 'forwardcount', 'reposts', 'retweets', 'replies', '评论数', '分享数', '转发数', '收藏数', '评论', '转发'],
    tokens: [['share', 'count'], ['comment', 'count'], ['collect', 'count'], ['save', 'count'], ['listed', 'count'], ['repost', 'count'], ['retweet', 'count'], ['quote', 'count'], ['reply', 'count'], ['download', 'count'], ['forward', 'count'], ['edge', 'media', 'to', 'comment'], ['whatsapp', 'share', 'count'], ['shares'], ['comments'], ['saves'], ['reposts'], ['retweets'], ['replies']],
    negative: [['ids'], ['list'], ['url'], ['text'], ['setting'], ['disabled']],
  },
  validNames: ['shareCount', 'commentCount', 'collectCount', 'listed_count', 'retweet_count', 'shares', 'comments', '评论数'],
  invalidNames: ['comment_text', 'comment_setting', 'comment_id'],
});
