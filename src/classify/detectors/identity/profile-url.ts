import { WEAK, matchTag, type Detector } from '../../detector.js';
import { parseUrl, urlGate } from '../../shapes/url.js';

/** Hosts whose first path segment names an account. */
const PROFILE_HOSTS: [RegExp, string][] = [
  [/^(?:www\.|mobile\.)?(?:twitter|x)\.com$/, 'twitter'],
  [/^(?:www\.)?instagram\.com$/, 'instagram'],
  [/^(?:www\.|m\.)?tiktok\.com$/, 'tiktok'],
  [/^(?:www\.|m\.|web\.)?facebook\.com$/, 'facebook'],
  [/^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/, 'linkedin'],
  [/^(?:www\.|m\.)?youtube\.com$/, 'youtube'],
  [/^(?:www\.)?github\.com$/, 'github'],
  [/^(?:www\.)?(?:weibo\.com|weibo\.cn)$/, 'weibo'],
  [/^(?:www\.)?douyin\.com$/, 'douyin'],
  [/^(?:www\.)?t\.me$/, 'telegram'],
  [/^(?:[a-z]{2}\.|www\.)?pinterest\.com$/, 'pinterest'],
  [/^(?:www\.|old\.)?reddit\.com$/, 'reddit'],
  [/^(?:www\.)?snapchat\.com$/, 'snapchat'],
  [/^(?:www\.)?threads\.net$/, 'threads'],
  [/^(?:www\.)?(?:gravatar|about\.me|klout|angel)\.(?:com|co)$/, 'profile-site'],
  [/^(?:www\.)?plus\.google\.com$/, 'google-plus'],
  [/^(?:www\.)?(?:foursquare|flickr|vimeo|quora|medium|tumblr|myspace)\.com$/, 'social'],
];
/** Paths that are not an account (posts, search, share pages). */
const NON_PROFILE = /^\/(?:(?:[^/]+\/)?(?:status|video|photo|p|reel|watch|search|hashtag|explore|share|posts?|tag|intent|home|i|login|signup|help|about|legal|privacy|terms)(?:[/?#]|$)|$)/;

export const profileUrl: Detector = {
  id: 'identity.profile_url',
  category: 'identity',
  description: 'Link to a social profile (twitter.com/x, instagram.com/x, tiktok.com/@x, linkedin.com/in/x …); platforms in tags',
  mask: 'generic',
  names: {
    exact: ['profileurl', 'profilelink', 'profile', 'externalurl', 'biolink', 'personalurl', 'profiledeeplink', 'socialprofile', 'sociallink'],
    tokens: [['profile', 'url'], ['profile', 'link'], ['profile', 'deep', 'link'], ['external', 'url'], ['bio', 'link'], ['social', 'profiles', 'url'], ['social', 'url'], ['social', 'link'], ['personal', 'url'], ['linkedin'], ['linkedin', 'url'], ['linkedin', 'profile'], ['facebook', 'url'], ['facebook', 'profile'], ['twitter', 'url'], ['instagram', 'url'], ['tiktok', 'url'], ['youtube', 'url'], ['github', 'url'], ['social', 'profile']],
    negative: [['image'], ['banner'], ['background'], ['pic'], ['photo'], ['avatar']],
  },
  value: {
    gate: urlGate,
    test(v) {
      const u = parseUrl(v);
      if (!u) return null;
      for (const [re, tag] of PROFILE_HOSTS) {
        if (re.test(u.host)) return NON_PROFILE.test(u.rest) ? null : matchTag(tag);
      }
      return WEAK;
    },
    weight: 0.9,
  },
  examples: {
    valid: ['https://twitter.com/TwitterAPI', 'https://www.instagram.com/natgeo/', 'https://www.tiktok.com/@thebigbradwolf', 'https://www.linkedin.com/in/bartlorang', 'https://t.co/abc'],
    invalid: ['https://twitter.com/x/status/123', 'https://www.tiktok.com/@x/video/1', 'not a url'],
    validNames: ['profile_url', 'external_url', 'bio_link', 'socialProfiles[].url', 'profile_deep_link', 'linkedin_url', 'facebook_profile'],
    invalidNames: ['profile_image_url', 'profile_banner_url'],
  },
};
