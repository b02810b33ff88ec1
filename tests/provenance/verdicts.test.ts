// Verdicts and origin hints on field sets modelled on real sources (see models.ts).
import { describe, expect, it } from 'vitest';
import { describeVerdict, judgeFile } from '../../src/provenance/index.js';
import { ORIGIN_IDS } from '../../src/provenance/origin.js';
import { ProvenanceSchema } from '../../src/report/schema.js';
import type { FileFacts } from '../../src/provenance/types.js';
import { NOW } from './builder.js';
import * as m from './models.js';

interface Expect {
  verdict: 'public' | 'internal' | 'mixed' | 'inconclusive';
  origin?: string;
}

const CASES: [string, () => FileFacts, Expect][] = [
  ['TikTok scraper posts (JSON)', m.tiktokScraperPosts, { verdict: 'public', origin: 'scraper-output' }],
  ['TikTok scraper hashtag CSV', m.tiktokHashtagCsv, { verdict: 'public', origin: 'scraper-output' }],
  ['TikTok web API item list', m.tiktokWebApi, { verdict: 'public', origin: 'platform-api-response' }],
  ['Twitter v1.1 users', m.twitterUsers, { verdict: 'public', origin: 'platform-api-response' }],
  ['Sakila positional dump', m.sakila, { verdict: 'internal', origin: 'database-dump' }],
  ['Chinook dump with DDL', m.chinook, { verdict: 'internal', origin: 'database-dump' }],
  ['Apache access log', m.apacheAccessLog, { verdict: 'internal', origin: 'web-server-log' }],
  ['SSH auth log', m.sshAuthLog, { verdict: 'internal', origin: 'system-log' }],
  ['JSON application log', m.appLog, { verdict: 'internal', origin: 'application-log' }],
  ['PayPal activity CSV', m.paypalActivity, { verdict: 'internal', origin: 'payment-processor-records' }],
  ['PayPal IPN messages', m.paypalIpn, { verdict: 'internal', origin: 'payment-processor-records' }],
  ['TikTok Ads report', m.tiktokAdsReport, { verdict: 'internal', origin: 'ad-platform-export' }],
  ['Mailchimp members', m.mailchimpMembers, { verdict: 'internal', origin: 'email-marketing-export' }],
  ['Snowplow events', m.snowplowEvents, { verdict: 'internal', origin: 'analytics-events' }],
  ['WeChat official-account followers', m.wechatFollowers, { verdict: 'internal', origin: 'crm-or-member-list' }],
  ['CRM customer list', m.crmCustomers, { verdict: 'internal', origin: 'crm-or-member-list' }],
  ['Django auth_user export', m.djangoUsers, { verdict: 'internal', origin: 'crm-or-member-list' }],
  ['Twitter enumeration join', m.twitterEnumeration, { verdict: 'mixed', origin: 'platform-api-response' }],
  ['FullContact person', m.fullcontactPerson, { verdict: 'mixed', origin: 'enrichment-record' }],
  ['two anonymous columns', m.anonymous, { verdict: 'inconclusive' }],
];

describe('verdicts on modelled sources', () => {
  for (const [name, build, want] of CASES) {
    it(`${name} → ${want.verdict}${want.origin ? ` / ${want.origin}` : ''}`, () => {
      const p = judgeFile(build(), { now: () => NOW });
      expect(() => ProvenanceSchema.parse(p)).not.toThrow();
      const why = p.signals.map((s) => `${s.id} ${s.weight}`).join(', ');
      expect(p.verdict, why).toBe(want.verdict);
      if (want.origin) expect(p.origin[0]?.id, JSON.stringify(p.origin)).toBe(want.origin);
      // Every verdict traces to its signals: the weights sum to the log-odds behind the score.
      const sum = p.signals.reduce((a, s) => a + s.weight, 0);
      expect(p.internalScore).toBeCloseTo(1 / (1 + Math.exp(-sum)), 2);
    });
  }

  it('covers every origin hint', () => {
    const seen = new Set(CASES.map(([, , w]) => w.origin).filter(Boolean));
    seen.add('database-dump');
    expect([...ORIGIN_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });

  it('says the verdict in words with the score', () => {
    const p = judgeFile(m.djangoUsers());
    expect(describeVerdict(p)).toMatch(/^Looks internally sourced — [01]\.\d\d$/);
    expect(describeVerdict(judgeFile(m.twitterUsers()))).toMatch(/^Looks publicly scrapable — [01]\.\d\d$/);
  });

  it('marks a dump mixed when its tables disagree', () => {
    const facts: FileFacts = {
      path: 'mixed.sql',
      format: 'sql',
      records: 200,
      tables: [
        { name: 'profiles', records: 100, columns: [], facts: [] },
        { name: 'accounts', records: 100, columns: [], facts: [] },
      ],
      fields: [
        ...m.twitterUsers().fields.map((f) => ({ ...f, path: `profiles.${f.path}` })),
        ...m.djangoUsers().fields.map((f) => ({ ...f, path: `accounts.${f.path}` })),
      ],
    };
    const p = judgeFile(facts);
    expect(p.verdict).toBe('mixed');
    expect(p.recommendedChecks.join(' ')).toMatch(/Tables disagree/);
  });

  it('lets weights be overridden and switched off by signal id', () => {
    const base = judgeFile(m.paypalActivity());
    const off = judgeFile(m.paypalActivity(), { weights: { 'merchant-payment-records': 0 } });
    expect(off.signals.map((s) => s.id)).not.toContain('merchant-payment-records');
    expect(off.internalScore).toBeLessThan(base.internalScore);
    const strong = judgeFile(m.paypalActivity(), { weights: { 'private-contact-list': 2 } });
    // Two email columns: 0.8 of the overridden base weight.
    expect(strong.signals.find((s) => s.id === 'private-contact-list')!.weight).toBeCloseTo(1.6, 3);
  });
});
