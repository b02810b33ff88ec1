import { MATCH, type Detector } from '../../detector.js';
import { isProse } from '../../shapes/text.js';

export const freeText: Detector = {
  id: 'content.free_text',
  category: 'content',
  description: 'Free text / prose with no sensitive shape: captions, messages, comments, notes, descriptions',
  mask: 'generic',
  names: {
    exact: ['text', 'message', 'msg', 'comment', 'content', 'description', 'desc', 'note', 'notes', 'body', 'caption', 'memo', 'remark', 'remarks', 'subject', 'summary', 'review', 'reason', 'feedback', 'details', 'subjectline', '备注', '内容', '评论', '留言', '描述', '标题', '正文'],
    tokens: [['text'], ['message'], ['comment'], ['content'], ['description'], ['note'], ['notes'], ['body'], ['caption'], ['memo'], ['remark'], ['subject'], ['summary'], ['review'], ['reason'], ['page', 'title'], ['item', 'title'], ['feedback'], ['subject', 'line'], ['item', 'title'], ['item', 'name'], ['failure', 'message'], ['desc']],
    negative: [['count'], ['id'], ['type'], ['length'], ['url'], ['hash'], ['encoding'], ['language'], ['setting']],
  },
  value: {
    gate: (f) => f.length >= 12 && (f.spaces >= 2 || f.nonAscii >= 6),
    test: (v, f) => (isProse(v, f) ? MATCH : null),
    weight: 0.6,
  },
  // Prose is mostly unique; a few phrases repeated down a column are categories or labels.
  field: (s, e) => (e.nameScore === 0 && s.nonEmpty >= 10 && s.distinct * 4 < s.nonEmpty ? 0.4 : 1),
  examples: {
    valid: ['comment who u think is singing each note', 'Please leave the parcel at the back door.', '今天天气很好我们去公园散步吧'],
    invalid: ['short', 'https://a.b/c d e', 'ABC-123 XYZ'],
    validNames: ['text', 'message', 'comment', 'description', 'notes', 'caption', 'desc', 'Subject', 'subject_line', '备注'],
    invalidNames: ['text_length', 'comment_count', 'message_id'],
  },
};
