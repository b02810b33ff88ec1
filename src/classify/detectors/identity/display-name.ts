import { MATCH, type Detector } from '../../detector.js';
import { isShortText } from '../../shapes/text.js';

export const displayName: Detector = {
  id: 'identity.display_name',
  category: 'identity',
  description: 'Public display name / nickname chosen by the account holder (nickname, displayName, 昵称)',
  mask: 'generic',
  names: {
    exact: ['nickname', 'nick', 'displayname', 'profilename', 'publicname', 'musicauthor', 'channeltitle', 'pagename', '昵称', '用户昵称', '网名', '显示名称'],
    tokens: [['display', 'name'], ['nick', 'name'], ['profile', 'name'], ['public', 'name'], ['author', 'meta', 'nick', 'name'], ['channel', 'title'], ['page', 'name'], ['user', 'info', 'user', 'nick', 'name'], ['from', 'name']],
    negative: [['modify'], ['time'], ['date'], ['count']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 120,
    test: (v, f) => (isShortText(v, f, 120) || (f.digits > 0 && f.length <= 40) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['BRAD WOLF', 'Twitter Support', '小明同学', '✨ jane ✨', 'user123'],
    invalid: ['line one\nline two'],
    validNames: ['nickname', 'nickName', 'display_name', 'displayName', '昵称', 'from_name'],
    invalidNames: ['nickNameModifyTime', 'user_name'],
  },
};
