import { MATCH, WEAK, type Detector } from '../../detector.js';
import { isUuid } from '../../shapes/hex.js';

const TOKEN = /^[A-Za-z0-9+/=_.%~:|-]{16,4096}$/;

export const sessionToken: Detector = {
  id: 'credential.session_token',
  category: 'credential',
  description: 'Session id, auth/refresh/remember token or cookie (name-led; values must be token-shaped)',
  mask: 'secret',
  names: {
    exact: ['session', 'sessionid', 'sid', 'sessiontoken', 'sessionkey', 'remembertoken', 'accesstoken', 'refreshtoken', 'authtoken', 'token', 'csrftoken', 'xsrftoken', 'cookie', 'cookies', 'setcookie', 'phpsessid', 'jsessionid', 'connectsid', 'oauthtoken', 'oauthtokensecret', 'bearer', 'bearertoken', 'authorization', 'mstoken', 'ttwid', 'sessionidss', 'devicetoken', 'pushtoken', 'fcmtoken'],
    tokens: [['session', 'id'], ['session', 'token'], ['session', 'key'], ['remember', 'token'], ['access', 'token'], ['refresh', 'token'], ['auth', 'token'], ['csrf', 'token'], ['xsrf', 'token'], ['cookie'], ['cookies'], ['oauth', 'token'], ['bearer', 'token'], ['id', 'token'], ['token'], ['session'], ['reset', 'password', 'token'], ['password', 'reset', 'token'], ['api', 'session']],
    negative: [['count'], ['type'], ['expires'], ['expiry'], ['index'], ['length'], ['duration'], ['name'], ['consent'], ['at'], ['time'], ['sessions']],
  },
  value: {
    gate: (f) => f.length >= 8 && f.length <= 4096 && f.spaces <= 2,
    test(v, f) {
      if (isUuid(v, f)) return WEAK;
      if (f.spaces > 0) return v.indexOf('=') > 0 && (f.letters + f.digits) * 2 > f.length ? MATCH : null;
      return TOKEN.test(v) && f.letters >= 4 ? MATCH : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['9f86d081884c7d659a2feaa0c55ad015', 'b3JuQ2x0U2Vzc2lvbg==.x8', 'sessionid=abc123def456ghi789; Path=/', 'aQx7pL2kR9sT4vW1yZ3b5c7d9e0f2g4h6j8k0m2n4p6q8r0s2t4v6w8x0y2z4A6B8C0'],
    invalid: ['short', 'hello world this is text'],
    validNames: ['session_id', 'remember_token', 'access_token', 'refresh_token', 'cookie', 'token', 'sessionid', 'msToken'],
    invalidNames: ['session_count', 'token_type', 'token_expires_at', 'session_duration'],
  },
};
