import { MATCH, type Detector } from '../../detector.js';

const HANDLE = /^@?[A-Za-z0-9_.]{2,30}$/;

export const username: Detector = {
  id: 'identity.username',
  category: 'identity',
  description: 'Login name or public handle (name-led; values must look like handles)',
  mask: 'generic',
  names: {
    exact: ['username', 'uniqueid', 'screenname', 'login', 'handle', 'userhandle', 'accountname', 'loginname', 'uname', 'nick', 'user', '用户名', '账号', '账户'],
    tokens: [['user', 'name'], ['username'], ['screen', 'name'], ['login', 'name'], ['handle'], ['unique', 'id'], ['login']],
    negative: [['display'], ['full'], ['first'], ['last'], ['real'], ['at'], ['count'], ['ip'], ['time'], ['date']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 31 && f.spaces === 0 && f.letters > 0 && f.at <= 1 && f.slashes === 0 && f.colons === 0,
    test: (v) => (HANDLE.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['jane_doe', '@tiktok', 'user.name42', 'bradwolf'],
    invalid: ['jane doe', 'x', 'https://example.com/u', 'a@b.com/x'],
    validNames: ['username', 'uniqueId', 'screen_name', 'login', 'user_name'],
    invalidNames: ['display_name', 'first_name', 'last_login_at'],
  },
};
