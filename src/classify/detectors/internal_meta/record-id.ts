import { MATCH, WEAK, type Detector } from '../../detector.js';
import { isHexOnly, isUuid } from '../../shapes/hex.js';

const OBJECT_ID = /^[0-9a-f]{24}$/;
const CODE = /^[A-Za-z0-9-]{4,40}$/;

export const recordId: Detector = {
  id: 'internal_meta.record_id',
  category: 'internal_meta',
  description: 'Database row id / foreign key (id, pk, *_id): integers, UUIDs, hex or ObjectIds; dense auto-increment runs score highest, snowflake-size ids low',
  mask: 'none',
  names: {
    exact: ['id', 'pk', 'rowid', 'recordid', 'objectid', 'oid', 'guid', 'uuid', 'serial', 'seq', 'autoid', 'entityid', 'primarykey', '编号', '序号', '主键'],
    tokens: [['id'], ['record', 'id'], ['row', 'id'], ['object', 'id'], ['guid'], ['uuid'], ['pk'], ['fk'], ['sequence', 'id']],
    negative: [['user'], ['author'], ['campaign'], ['adgroup'], ['advertiser'], ['session'], ['device'], ['trace'], ['span'], ['request'], ['correlation'], ['order', 'id'], ['order', 'number'], ['invoice', 'id'], ['invoice', 'number'], ['txn'], ['transaction'], ['payer'], ['receiver'], ['video'], ['post'], ['tweet'], ['item'], ['media'], ['music'], ['aweme'], ['open'], ['union'], ['sec'], ['external'], ['click'], ['tracking'], ['track'], ['event'], ['message'], ['job'], ['task'], ['run'], ['log'], ['profile'], ['str'], ['pixel']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 40 && f.spaces === 0 && f.at === 0,
    test(v, f) {
      if (f.int === f.int || isUuid(v, f)) return MATCH;
      if (f.digits === f.length) return MATCH;
      if (f.length >= 8 && isHexOnly(f)) return MATCH;
      if (f.length === 24 && OBJECT_ID.test(v)) return MATCH;
      // Other codes (TRK-1042) count only while the name says id; prefixed processor ids (cus_…) never.
      return f.underscores === 0 && f.digits >= 1 && CODE.test(v) ? WEAK : null;
    },
    weight: 0,
  },
  // Auto-increment keys are small dense integers; snowflake-size ids (TikTok, Twitter) are
  // platform object ids, not this table's row numbers.
  field(_s, e) {
    const s = e.shape;
    if (s.longDigits * 2 > s.values) return 0.3;
    if (s.integers * 2 < s.values || s.integers < 3) return 1;
    if (s.intMax >= 1e12) return 0.3;
    const span = s.intMax - s.intMin + 1;
    return s.integers * 4 >= span || s.steps * 2 >= s.integers ? 1 : 0.5;
  },
  examples: {
    valid: ['1', '42', '550e8400-e29b-41d4-a716-446655440000', '507f1f77bcf86cd799439011', 'TRK-1042'],
    invalid: ['cus_NffrFeUfNV2Hib', 'two words', 'a@b.c'],
    validNames: ['id', 'ID', '_id', 'store_id', 'address_id', 'row_id', 'uuid', 'rental_id'],
    invalidNames: ['user_id', 'campaign_id', 'session_id', 'trace_id', 'video_id', 'order_id', 'idea'],
  },
};
