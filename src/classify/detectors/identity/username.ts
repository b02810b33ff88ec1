import { MATCH, type Detector } from '../../detector.js';

const HANDLE = /^@?[\p{L}\p{N}_.-]{2,40}$/u;

export const username: Detector = {
  id: 'identity.username',
  category: 'identity',
  description: 'Login name or public handle: username, uniqueId, screen_name, login (name-led; values must look like handles)',
  mask: 'generic',
  names: {
    exact: ['username', 'uniqueid', 'screenname', 'login', 'handle', 'userhandle', 'accountname', 'loginname', 'uname', 'nick', 'user', 'userlogin', 'account', 'wechatid', 'weixinid', 'twitterhandle', 'instagramhandle', 'tiktokhandle', '用户名', '账号', '账户', '微信号', '抖音号'],
    tokens: [['user', 'name'], ['screen', 'name'], ['login', 'name'], ['handle'], ['unique', 'id'], ['login'], ['author', 'meta', 'name'], ['author', 'unique', 'id'], ['user', 'unique', 'id'], ['account', 'name'], ['twitter'], ['instagram'], ['tiktok'], ['snapchat'], ['user', 'login'], ['social', 'profiles', 'username'], ['chats', 'handle'], ['mentions']],
    negative: [['display'], ['full'], ['first'], ['last'], ['real'], ['count'], ['ip'], ['time'], ['date'], ['url'], ['attempt'], ['attempts'], ['failed'], ['modify'], ['email'], ['password'], ['type'], ['status']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 41 && f.spaces === 0 && (f.letters > 0 || f.nonAscii > 0) && f.at <= 1 && f.slashes === 0 && f.colons === 0,
    test: (v) => (HANDLE.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['jane_doe', '@tiktok', 'user.name42', 'bradwolf', 'zhang-san'],
    invalid: ['jane doe', 'x', 'https://example.com/u', 'a@b.com/x'],
    validNames: ['username', 'uniqueId', 'screen_name', 'login', 'user_name', 'authorMeta.name', 'author.uniqueId', '用户名'],
    invalidNames: ['display_name', 'first_name', 'last_login_at', 'login_count', 'failed_login_attempts'],
  },
};
