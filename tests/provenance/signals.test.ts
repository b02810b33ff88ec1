// One firing and one non-firing case per signal, on synthetic field reports.
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../src/provenance/context.js';
import { runSignals } from '../../src/provenance/judge.js';
import { SIGNALS } from '../../src/provenance/signals/index.js';
import type { FileFacts } from '../../src/provenance/types.js';
import { file, type FieldSpec } from './builder.js';

const TIKTOK_USER = ['uniqueId', 'secUid', 'nickname', 'signature', 'avatarLarger', 'verified', 'followerCount', 'followingCount', 'heartCount', 'videoCount'];
const ip = (tags: Record<string, number>): FieldSpec => ({ types: [{ id: 'network.ip_address', tags, matched: Object.values(tags).reduce((a, b) => a + b, 0) }] });
const counters = (...names: string[]): [string, FieldSpec][] => names.map((n) => [n, { numeric: [0, 5_000_000], types: ['user_stats.follower_count'] }]);
const plain = (...names: string[]): string[] => names;

function fired(f: FileFacts): Map<string, { weight: number; fields: string[]; evidence: string }> {
  return new Map(runSignals(new FileContext(f)).map((s) => [s.id, s]));
}

interface Case {
  fires: FileFacts;
  quiet: FileFacts;
}

const CASES: Record<string, Case> = {
  'public-catalogue': {
    fires: file(TIKTOK_USER, { format: 'json' }),
    quiet: file(['id', 'name', 'description', 'url', 'email'], { format: 'json' }),
  },
  'public-profile-types': {
    fires: file([['handle', { types: ['identity.username'] }], ['nick', { types: ['identity.display_name'] }], ['about', { types: ['identity.bio'] }], 'x']),
    quiet: file([['handle', { types: ['identity.username'] }], ['nick', { types: ['identity.display_name'] }], ['about', { types: ['identity.bio'] }], ['campaign_id', {}], ['spend', {}], ['clicks', {}]]),
  },
  'public-counters-only': {
    fires: file([...counters('fans', 'follows'), 'handle']),
    quiet: file([...counters('fans', 'follows'), ['dau', { types: ['user_stats.activity_metric'] }]]),
  },
  'overflowed-counters': {
    fires: file([['diggCount', { numeric: [-2147000000, 900], types: ['user_stats.like_count'] }], 'id']),
    quiet: file([['diggCount', { numeric: [0, 900], types: ['user_stats.like_count'] }], 'id']),
  },
  'api-envelope': {
    fires: file(['statusCode', 'hasMore', 'cursor', ...TIKTOK_USER.map((n) => `itemList[].author.${n}`)], { format: 'json' }),
    // Stripe list envelopes do not count: the records are not public.
    quiet: file(['has_more', 'object', 'data[].id', 'data[].amount_refunded', 'data[].livemode'], { format: 'json' }),
  },
  'scraper-schema': {
    fires: file(['id', 'text', 'authorMeta.name', 'authorMeta.fans', 'musicMeta.musicName', 'webVideoUrl', 'videoUrlNoWaterMark'], { format: 'json' }),
    quiet: file(TIKTOK_USER, { format: 'json' }),
  },
  'signed-cdn-urls': {
    fires: file([...TIKTOK_USER, ['videoUrl', { samples: ['https://v16.tiktokcdn.com/a/b/?x-expires=1609977600&x-signature=abc'] }]]),
    quiet: file([...TIKTOK_USER, ['videoUrl', { samples: ['h********…'] }]]),
  },
  'collection-timestamps': {
    fires: file([['fetchedAt', { numeric: [1700000000, 1700090000] }], 'uniqueId']),
    quiet: file(['createdAt', 'uniqueId']),
  },
  'sql-dump': {
    fires: file(['users.id'], { format: 'sql', tables: [{ name: 'users', records: 100, columns: ['id'], facts: [] }] }),
    quiet: file(['id'], { format: 'csv' }),
  },
  'related-tables': {
    fires: file(['users.id', 'orders.user_id'], {
      format: 'sql',
      tables: [{ name: 'users', records: 100, columns: ['id'], facts: [] }, { name: 'orders', records: 100, columns: ['id', 'user_id'], facts: [] }],
    }),
    quiet: file(['users.id', 'posts.title'], {
      format: 'sql',
      tables: [{ name: 'users', records: 100, columns: ['id'], facts: [] }, { name: 'posts', records: 100, columns: ['title'], facts: [] }],
    }),
  },
  'sequential-ids': {
    fires: file([['user_id', { numeric: [1, 100] }], 'email']),
    // Snowflake-like ids are sparse: not a database's own numbering.
    quiet: file([['user_id', { numeric: [1137815918858444800, 1149864282898616300] }], 'email']),
  },
  'server-log': {
    fires: file(['remote_addr', 'request_path'], { format: 'log:access-log' }),
    quiet: file(['remote_addr', 'request_path'], { format: 'csv' }),
  },
  'warehouse-sync-columns': {
    fires: file(['id', '_fivetran_synced']),
    quiet: file(['id', 'fivetran_account']),
  },
  'password-hashes': {
    fires: file(['username', ['hash', { types: [{ id: 'credential.password_hash', tags: { bcrypt: 100 } }] }]]),
    quiet: file(['username', ['password_reset_sent', { booleans: true }]]),
  },
  'secrets-and-tokens': {
    fires: file(['user', 'remember_token']),
    quiet: file(['user', ['secret', { booleans: true }]]),
  },
  'card-numbers': {
    fires: file([['pan', { types: ['payment.card_number'] }]]),
    quiet: file([['order_no', { types: [{ id: 'payment.card_number', confidence: 0.3 }] }]]),
  },
  'admin-flags': {
    fires: file(['is_staff', 'is_superuser']),
    quiet: file(['verified', ...TIKTOK_USER]),
  },
  'account-lifecycle': {
    fires: file(['last_login', 'email_verified_at']),
    quiet: file(['last_name', 'email']),
  },
  'audit-timestamps': {
    fires: file(['updated_at']),
    // A tweet's created_at is public: the Twitter catalogue claims it.
    quiet: file(['created_at', 'screen_name', 'followers_count', 'friends_count', 'statuses_count'], { format: 'json' }),
  },
  'private-network': {
    fires: file([['client', ip({ private: 40, public: 60 })]]),
    quiet: file([['client', ip({ public: 100 })]]),
  },
  'client-ip-addresses': {
    fires: file(['ip_signup']),
    quiet: file(['zip']),
  },
  'trace-ids': {
    fires: file(['trace_id', 'msg']),
    quiet: file(['track_id', 'msg']),
  },
  'log-levels': {
    fires: file(['level', 'msg', 'time'], { format: 'ndjson' }),
    // A `level` column in a game's CSV is not a log level.
    quiet: file(['level', 'player', 'score'], { format: 'csv' }),
  },
  'storage-paths': {
    fires: file(['s3_key']),
    quiet: file(['key']),
  },
  'user-agents': {
    fires: file(['http_user_agent']),
    quiet: file(['agent_name']),
  },
  'analytics-events': {
    fires: file(['app_id', 'collector_tstamp', 'domain_userid', 'network_userid', 'br_name', 'dvce_type']),
    quiet: file(['app_id', 'event', 'user_id']),
  },
  'merchant-payment-records': {
    fires: file(['txn_id', 'payer_id', 'mc_gross', 'payment_status']),
    quiet: file(['amount', 'currency']),
  },
  'order-records': {
    fires: file(['order_id', 'unit_price', 'quantity']),
    quiet: file(['order_id', 'note']),
  },
  'ad-account-data': {
    fires: file(['campaign_id', 'spend', 'impressions', 'ctr']),
    quiet: file(['campaign_id', 'list_id', 'member_id']),
  },
  'marketing-attribution': {
    fires: file(['utm_source', 'gclid']),
    quiet: file(['source', 'medium']),
  },
  'hashed-audience-ids': {
    fires: file(['hashed_email']),
    quiet: file(['email']),
  },
  'consent-records': {
    fires: file(['ad_storage', 'analytics_storage']),
    quiet: file(['storage']),
  },
  'email-marketing-records': {
    fires: file(['email_address', 'member_rating', 'merge_fname']),
    quiet: file(['email_address', 'first_name']),
  },
  'platform-aggregates': {
    fires: file(['date', 'dau', 'mau']),
    quiet: file(['date', 'followers']),
  },
  'inferred-attributes': {
    fires: file(['demographics.ageRange', 'likelihood']),
    quiet: file(['age', 'gender']),
  },
  'app-scoped-ids': {
    fires: file(['openid', 'nickname', 'headimgurl']),
    // A TikTok secUid is public.
    quiet: file([...TIKTOK_USER.filter((n) => n !== 'secUid'), ['secUid', { types: [{ id: 'identity.platform_scoped_id', tags: { 'tiktok-secuid': 100 } }] }]]),
  },
  'government-ids': {
    fires: file([['cn_id', { types: ['government_id.cn_resident_id'] }], 'name']),
    quiet: file(['name', 'country']),
  },
  'private-contact-list': {
    fires: file(['first_name', 'last_name', 'email', 'phone']),
    quiet: file(['email', ...TIKTOK_USER]),
  },
  'enumeration-join': {
    fires: file(['email', 'screen_name', 'name', 'followers_count', 'friends_count', 'created_at'], { format: 'json' }),
    quiet: file(['screen_name', 'name', 'followers_count', 'friends_count', 'created_at'], { format: 'json' }),
  },
  'enrichment-join': {
    fires: file(['socialProfiles[].url', 'socialProfiles[].username', 'socialProfiles[].followers', 'demographics.gender', 'likelihood'], { format: 'json' }),
    quiet: file(['socialProfiles[].url', 'socialProfiles[].username', 'socialProfiles[].followers'], { format: 'json' }),
  },
  'employee-records': {
    fires: file(['EmployeeId', 'HireDate', 'ReportsTo']),
    quiet: file(['EmployeeId', 'Name']),
  },
  'device-identifiers': {
    fires: file(['idfa', 'event']),
    quiet: file(['ad_id', 'event']),
  },
};

describe('provenance signals', () => {
  it('has a case for every signal', () => {
    expect(Object.keys(CASES).sort()).toEqual(SIGNALS.map((s) => s.id).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id} fires on its evidence and not on the near miss`, () => {
      const def = SIGNALS.find((s) => s.id === id)!;
      const hit = fired(c.fires).get(id);
      expect(hit, `${id} should fire`).toBeDefined();
      expect(Math.sign(hit!.weight)).toBe(def.direction === 'internal' ? 1 : -1);
      expect(hit!.evidence.length).toBeGreaterThan(0);
      expect(fired(c.quiet).has(id), `${id} should stay quiet`).toBe(false);
    });
  }

  it('names the fields that fired a signal', () => {
    const hit = fired(file(['is_staff', 'is_superuser', 'bio'])).get('admin-flags')!;
    expect(hit.fields).toEqual(['is_staff', 'is_superuser']);
  });

  it('scales share-based signals: a 50% catalogue share gets half the weight of a full one', () => {
    const profile = ['uniqueId', 'secUid', 'nickname', 'signature', 'avatarLarger', 'verified', 'privateAccount', 'openFavorite'];
    const half = fired(file([...profile, ...plain('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')])).get('public-catalogue')!;
    const full = fired(file(profile)).get('public-catalogue')!;
    expect(half.weight).toBeCloseTo(full.weight / 2, 2);
  });

  it('does not count generic names without a distinctive platform field', () => {
    expect(fired(file(['id', 'name', 'nickname', 'signature', 'verified', 'desc'])).has('public-catalogue')).toBe(false);
  });
});
