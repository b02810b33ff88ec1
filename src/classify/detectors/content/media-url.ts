import { WEAK, matchTag, type Detector } from '../../detector.js';
import { parseUrl, urlGate } from '../../shapes/url.js';

const MEDIA_EXT = /\.(jpe?g|png|gif|webp|avif|heic|bmp|svg|mp4|mov|m4v|webm|m3u8|mpd|mp3|m4a|aac|wav|ogg|flac|ts)(?:$|[?#~])/i;
const MEDIA_HOST = /(?:^|[.-])(?:cdn|img|image|images|video|videos|media|static|pic|pics|photo|photos|thumb|thumbnails|muscdn|tiktokcdn|byteimg|ibytedtos|tiktokv|twimg|fbcdn|cdninstagram|ytimg|googlevideo|akamaihd|cloudfront|pinimg|sinaimg|qpic|gtimg|vod)[.-]/i;
const MEDIA_PATH = /\/(?:video|videos|media|image|images|img|photo|photos|thumb|avatar|aweme|obj|tos|music|audio|cover)\//i;

export const mediaUrl: Detector = {
  id: 'content.media_url',
  category: 'content',
  description: 'Media URL: images, video and audio files or CDN links (covers, play URLs, thumbnails); signed CDN links tagged',
  mask: 'generic',
  names: {
    exact: ['videourl', 'playurl', 'playaddr', 'downloadaddr', 'cover', 'covers', 'thumbnail', 'thumbnailurl', 'imageurl', 'mediaurl', 'photourl', 'audiourl', 'musicurl', 'webvideourl', 'videourlnowatermark', 'coverurl', 'image', 'images', 'media', 'profilebannerurl', 'originalcover', 'dynamiccover', 'logo', 'logourl', 'banner', 'bannerurl'],
    tokens: [['video', 'url'], ['play', 'url'], ['play', 'addr'], ['download', 'addr'], ['cover'], ['covers'], ['cover', 'url'], ['thumbnail'], ['thumbnail', 'url'], ['image', 'url'], ['media', 'url'], ['audio', 'url'], ['music', 'url'], ['web', 'video', 'url'], ['video', 'url', 'no', 'water', 'mark'], ['banner', 'url'], ['profile', 'banner', 'url'], ['background', 'image', 'url'], ['cover', 'thumb'], ['cover', 'medium'], ['cover', 'large'], ['dynamic', 'cover'], ['origin', 'cover']],
    negative: [['count'], ['id'], ['type'], ['width'], ['height'], ['duration'], ['size'], ['color'], ['tile']],
  },
  value: {
    gate: urlGate,
    test(v) {
      const u = parseUrl(v);
      if (!u || !(u.scheme === 'https' || u.scheme === 'http')) return null;
      const signed = /[?&](?:x-expires|x-signature|VExpiration|VSignature|Expires|X-Amz-Signature|oe|sig)=/i.test(u.rest);
      if (MEDIA_EXT.test(u.rest) || MEDIA_HOST.test('.' + u.host + '.') || (MEDIA_PATH.test(u.rest) && signed)) return matchTag(signed ? 'signed' : 'plain');
      // Any other web link counts only under a media-like name (videoUrl, webVideoUrl).
      return WEAK;
    },
    weight: 0.85,
  },
  examples: {
    valid: ['https://p16-sign-va.tiktokcdn.com/obj/abc.jpeg?x-expires=1610031600&x-signature=x', 'https://v21.muscdn.com/video/tos/useast2a/abc/?VExpiration=1579909716&VSignature=d29', 'https://example.org/pics/cat.png', 'http://pbs.twimg.com/profile_banners/1/1'],
    invalid: ['ftp://a.b/c.png', 'cat.png'],
    validNames: ['videoUrl', 'playUrl', 'covers.default', 'coverMedium', 'thumbnail_url', 'webVideoUrl', 'videoUrlNoWaterMark', 'profile_banner_url'],
    invalidNames: ['cover_count', 'video_id'],
  },
};
