import { MATCH, WEAK, type Detector } from '../../detector.js';
import { parseUrl, urlGate } from '../../shapes/url.js';

export const avatarUrl: Detector = {
  id: 'identity.avatar_url',
  category: 'identity',
  description: 'Profile picture URL (avatar, avatarLarger, profile_image_url, headimgurl, profile_pic_url)',
  mask: 'generic',
  names: {
    exact: ['avatar', 'avatarurl', 'avatarlarger', 'avatarmedium', 'avatarthumb', 'headimgurl', 'profileimageurl', 'profileimageurlhttps', 'profilepicurl', 'profilepicurlhd', 'profilepicture', 'profilephoto', 'userpic', 'photourl', 'picture', 'headimg', 'headurl', '头像', '头像地址'],
    tokens: [['avatar'], ['avatar', 'url'], ['avatar', 'larger'], ['avatar', 'medium'], ['avatar', 'thumb'], ['profile', 'image'], ['profile', 'image', 'url'], ['profile', 'image', 'url', 'https'], ['profile', 'pic'], ['profile', 'picture'], ['profile', 'pic', 'url'], ['profile', 'pic', 'url', 'hd'], ['profile', 'photo'], ['head', 'img', 'url'], ['headimgurl'], ['user', 'pic'], ['photos', 'url'], ['profile', 'photo', 'url'], ['cover', 'thumb'], ['image', 'url']],
    negative: [['banner'], ['background'], ['cover'], ['video'], ['music']],
  },
  value: {
    gate: (f) => f.length >= 10 && f.spaces === 0,
    test(v, f) {
      if (urlGate(f) && parseUrl(v)) return MATCH;
      return v.startsWith('//') || v.startsWith('/') ? WEAK : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['https://p16-sign-va.tiktokcdn.com/avt/abc.jpeg?x-expires=1', 'http://pbs.twimg.com/profile_images/1/a_normal.jpg', '//cdn.example.com/a.png'],
    invalid: ['not a url', 'abc'],
    validNames: ['avatar', 'avatarLarger', 'profile_image_url_https', 'headimgurl', 'profile_pic_url_hd', '头像'],
    invalidNames: ['profile_banner_url', 'profile_background_image_url'],
  },
};
