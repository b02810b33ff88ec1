import { MATCH, type Detector } from '../../detector.js';

const ID = /^[A-Za-z0-9_-]{3,64}$/;

export const postId: Detector = {
  id: 'content.post_id',
  category: 'content',
  description: 'Identifier of a public post, video, tweet, media item or track (video_id, aweme_id, tweet_id, musicId …; name-led)',
  mask: 'none',
  names: {
    exact: ['videoid', 'awemeid', 'itemid', 'postid', 'tweetid', 'statusid', 'mediaid', 'musicid', 'trackid', 'pinnedtweetid', 'shortcode', 'storyid', 'reelid', 'clipid', 'songid', 'contentid', 'articleid', 'commentid', 'replyid', 'threadid', 'inreplytostatusid', 'inreplytostatusidstr', '视频id', '作品id'],
    tokens: [['video', 'id'], ['aweme', 'id'], ['item', 'id'], ['post', 'id'], ['tweet', 'id'], ['status', 'id'], ['media', 'id'], ['music', 'id'], ['track', 'id'], ['pinned', 'tweet', 'id'], ['shortcode'], ['story', 'id'], ['reel', 'id'], ['song', 'id'], ['content', 'id'], ['article', 'id'], ['comment', 'id'], ['reply', 'id'], ['thread', 'id'], ['in', 'reply', 'to', 'status', 'id'], ['music', 'meta', 'music', 'id'], ['item', 'list', 'id'], ['video', 'meta', 'id']],
    negative: [['ipn'], ['user'], ['author']],
  },
  value: {
    gate: (f) => f.length >= 3 && f.length <= 64 && f.spaces === 0,
    test: (v) => (ID.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['6911379416308305158', '7041997751718137094', 'CxYz123AbC', '1146654567674912769'],
    invalid: ['a b', 'x'],
    validNames: ['video_id', 'aweme_id', 'item_id', 'tweet_id', 'musicId', 'musicMeta.musicId', 'pinned_tweet_id'],
    invalidNames: ['ipn_track_id', 'user_id'],
  },
};
