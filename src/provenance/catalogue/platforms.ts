// Public field catalogues: what platforms show anyone (profiles, public counters, public content),
// in the shapes their web/mobile APIs and the common scrapers deliver it. Entries are path
// patterns (see paths.ts): `diggCount` is a leaf, `stats.diggCount` a suffix, `authorMeta.*`
// anything under a segment. Distinctive entries identify the platform; generic ones (`id`,
// `name`, `description`) only count once the platform is recognised in the same file.
// Sources: docs/provenance.md and /work/shared/reference/provenance-signals.md section (c).

export type FamilyKind = 'api' | 'scraper' | 'profile';

export interface PlatformFamily {
  id: string;
  label: string;
  /** api: a platform's own response objects; scraper: a scraping tool's output schema; profile: public profile fields. */
  kind: FamilyKind;
  distinctive: string[];
  generic: string[];
  /** Distinctive matches needed before the family counts (default 2). */
  minDistinctive?: number;
}

export const PLATFORM_FAMILIES: readonly PlatformFamily[] = [
  {
    id: 'tiktok',
    label: 'TikTok web/mobile API user and item objects',
    kind: 'api',
    // drawrowfly/tiktok-scraper src/types/TikTokApi.ts, davidteather/TikTok-Api, TikTok Research API [R45]
    distinctive: [
      'uniqueId', 'secUid', 'avatarLarger', 'avatarMedium', 'avatarThumb', 'followerCount', 'followingCount',
      'heartCount', 'videoCount', 'diggCount', 'playCount', 'shareCount', 'commentCount', 'collectCount',
      'createTime', 'privateAccount', 'openFavorite', 'commentSetting', 'duetSetting', 'stitchSetting',
      'friendCount', 'authorStats.*', 'statsV2.*', 'challenges.*', 'textExtra.*', 'playAddr', 'downloadAddr',
      'dynamicCover', 'originCover', 'duetInfo', 'isAd', 'itemCommentStatus', 'shareEnabled', 'stickersOnItem',
      'bioLink.*', 'aweme_id', 'aweme_list', 'download_count', 'forward_count', 'share_url', 'author_user_id',
      'bio_description', 'likes_count', 'bio_url', 'nickName', 'isSecret', 'roomId', 'ftc', 'relation',
    ],
    generic: [
      'id', 'desc', 'signature', 'verified', 'nickname', 'heart', 'following', 'fans', 'video', 'digg', 'region',
      'language', 'covers.*', 'display_name', 'avatar_url', 'is_verified', 'avatar', 'cover', 'duration', 'title',
      'create_time', 'text', 'secret', 'height', 'width', 'ratio', 'original', 'authorName', 'playUrl', 'album', 'coverLarge',
      'coverMedium', 'coverThumb', 'definition', 'format', 'bitrate',
    ],
  },
  {
    id: 'tiktok-scraper',
    label: 'TikTok scraper output (drawrowfly/tiktok-scraper schema)',
    kind: 'scraper',
    // drawrowfly/tiktok-scraper src/types/TikTok.ts and its CSV collector
    distinctive: [
      'authorMeta.*', 'musicMeta.*', 'videoMeta.*', 'webVideoUrl', 'videoUrlNoWaterMark', 'videoApiUrlNoWaterMark',
      'secretID', 'authorId', 'musicId', 'effectStickers.*', 'videoUrl',
    ],
    generic: [
      'id', 'text', 'createTime', 'covers.*', 'hashtags.*', 'mentions', 'downloaded', 'repeated', 'diggCount',
      'shareCount', 'playCount', 'commentCount',
    ],
  },
  {
    id: 'twitter-scraper',
    label: 'Twitter scraper output (twint, snscrape)',
    kind: 'scraper',
    // Names are compared normalised, so snscrape's `retweetCount` equals the API's `retweet_count`:
    // only names no API returns are distinctive.
    distinctive: ['replies_count', 'retweets_count', 'quote_url', 'user_rt_id', 'user_rt', 'retweet_date', 'trans_dest', 'trans_src', 'rawContent', 'renderedContent', 'sourceLabel'],
    generic: ['id', 'date', 'time', 'username', 'name', 'tweet', 'url', 'link', 'hashtags', 'cashtags', 'likes_count', 'lang', 'user_id', 'conversation_id', 'timezone', 'near', 'geo', 'source', 'retweet', 'reply_to', 'video', 'thumbnail', 'translate'],
  },
  {
    id: 'twitter',
    label: 'Twitter/X API v1.1 and v2 user and tweet objects',
    kind: 'api',
    // developer.x.com user object [R46][R47]; v2 users [R48]
    distinctive: [
      'id_str', 'screen_name', 'followers_count', 'friends_count', 'listed_count', 'favourites_count',
      'statuses_count', 'profile_image_url', 'profile_image_url_https', 'profile_banner_url',
      'profile_background_color', 'profile_background_image_url', 'profile_background_image_url_https',
      'profile_background_tile', 'profile_link_color', 'profile_sidebar_border_color', 'profile_sidebar_fill_color',
      'profile_text_color', 'profile_use_background_image', 'default_profile', 'default_profile_image',
      'withheld_in_countries', 'withheld_scope', 'geo_enabled', 'contributors_enabled', 'is_translator',
      'is_translation_enabled', 'has_extended_profile', 'follow_request_sent', 'translator_type', 'utc_offset',
      'in_reply_to_status_id', 'in_reply_to_status_id_str', 'in_reply_to_user_id', 'in_reply_to_user_id_str',
      'in_reply_to_screen_name', 'retweet_count', 'favorite_count', 'retweeted_status.*', 'quoted_status.*',
      'quoted_status_id', 'quoted_status_id_str', 'is_quote_status', 'possibly_sensitive', 'extended_entities.*',
      'full_text', 'display_text_range', 'public_metrics.*', 'pinned_tweet_id', 'verified_type', 'tweet_count',
      'most_recent_tweet_id',
    ],
    generic: [
      'id', 'name', 'username', 'location', 'url', 'description', 'protected', 'verified', 'created_at', 'lang',
      'time_zone', 'following', 'notifications', 'entities.*', 'status.*', 'text', 'truncated', 'source', 'geo',
      'coordinates', 'place', 'contributors', 'favorited', 'retweeted', 'withheld',
    ],
  },
  {
    id: 'instagram',
    label: 'Instagram public web profile and mobile business fields',
    kind: 'api',
    // insta_public_api User model [R49]; mobile-API business fields [R50]
    distinctive: [
      'edge_followed_by.*', 'edge_follow.*', 'edge_owner_to_timeline_media.*', 'edge_liked_by.*',
      'edge_media_to_comment.*', 'edge_media_preview_like.*', 'biography', 'external_url', 'is_private',
      'is_business_account', 'is_joined_recently', 'profile_pic_url', 'profile_pic_url_hd', 'business_category_name',
      'public_email', 'contact_phone_number', 'public_phone_country_code', 'public_phone_number', 'is_professional_account',
      'highlight_reel_count', 'taken_at_timestamp', 'shortcode', 'thumbnail_src', 'accessibility_caption',
      'video_view_count', 'media_count', 'pk_id', 'category_name',
    ],
    generic: ['id', 'pk', 'username', 'full_name', 'is_verified', 'city_name', 'latitude', 'longitude', 'is_video', 'display_url', 'count', 'follower_count', 'following_count'],
  },
  {
    id: 'youtube',
    label: 'YouTube Data API channel and video resources',
    kind: 'api',
    // Google.Apis.YouTube.v3 ChannelStatistics [R51]
    distinctive: [
      'subscriberCount', 'hiddenSubscriberCount', 'viewCount', 'customUrl', 'publishedAt', 'channelId', 'channelTitle',
      'likeCount', 'thumbnails.*', 'contentDetails.*', 'defaultAudioLanguage', 'liveBroadcastContent',
    ],
    generic: ['id', 'kind', 'title', 'description', 'country', 'defaultLanguage', 'videoCount', 'commentCount', 'favoriteCount', 'snippet.*', 'statistics.*', 'tags'],
  },
  {
    id: 'facebook',
    label: 'Facebook public profile fields (as in the 2021 contact-importer scrape)',
    kind: 'profile',
    distinctive: ['relationship_status', 'hometown', 'current_city', 'workplace', 'fb_id', 'facebook_id', 'profile_link'],
    generic: ['id', 'first_name', 'last_name', 'name', 'gender', 'locale', 'link', 'location', 'work', 'education'],
  },
  {
    id: 'wechat',
    label: 'WeChat user profile (nickname, avatar, region)',
    kind: 'profile',
    // WeChat user-info fields [R38]
    distinctive: ['headimgurl'],
    generic: ['nickname', 'sex', 'city', 'province', 'country', 'language', 'privilege'],
    minDistinctive: 1,
  },
  {
    id: 'social-aggregate',
    label: 'Public social profiles as aggregators list them (FullContact, People Data Labs, Clearbit)',
    kind: 'profile',
    // fullcontact/fullcontact4j test resources; PDL and Clearbit person schemas
    distinctive: [
      'socialProfiles.*', 'social_profiles.*', 'linkedin_url', 'linkedin_username', 'linkedin_id', 'facebook_url',
      'facebook_username', 'twitter_url', 'twitter_username', 'github_url', 'github_username', 'job_title',
      'job_company_name', 'job_company_website', 'organizations.*', 'twitter.handle', 'github.handle',
      'linkedin.handle', 'facebook.handle', 'employment.*',
    ],
    generic: [
      'photos.*', 'websites.*', 'fullName', 'givenName', 'familyName', 'full_name', 'logo', 'website', 'category.*',
      'traffic.*', 'organization.*', 'topics.*', 'languageLocale', 'enhancedData.*', 'bio', 'avatar', 'experience.*',
      'education.*', 'skills',
    ],
  },
];
