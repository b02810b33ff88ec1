// Origin hints: what kind of source a file looks like, recognised from its field set, format
// and the signals that fired. Several hints may apply; they are listed best first.
import type { Signal } from '../report/schema.js';
import type { FileContext } from './context.js';
import { PatternSet } from './paths.js';
import { adFields, emailMarketingFields, paymentFields } from './signals/commerce.js';
import { privateContactFields } from './signals/personal.js';
import { appLogShape } from './signals/structure.js';
import { trackerFields } from './signals/infrastructure.js';
import { listFields } from './signals/util.js';

export const ORIGIN_IDS = [
  'platform-api-response',
  'scraper-output',
  'database-dump',
  'application-log',
  'web-server-log',
  'system-log',
  'payment-processor-records',
  'ad-platform-export',
  'email-marketing-export',
  'analytics-events',
  'crm-or-member-list',
  'enrichment-record',
] as const;
export type OriginId = (typeof ORIGIN_IDS)[number];

export interface OriginHint {
  id: OriginId;
  confidence: number;
  evidence: string;
}

type Fired = ReadonlyMap<string, Signal>;
type Rule = (ctx: FileContext, fired: Fired) => Omit<OriginHint, 'id'> | null;

/** Names that tell which product a set of fields came from, for the evidence text. */
const PRODUCTS: { label: string; names: PatternSet; min: number }[] = [
  { label: 'PayPal Activity download', names: new PatternSet(['gross', 'fee', 'net', 'transaction_id', 'reference_txn_id', 'receipt_id', 'balance_impact', 'from_email_address', 'to_email_address', 'address_status']), min: 4 },
  { label: 'PayPal IPN messages', names: new PatternSet(['txn_id', 'txn_type', 'payer_id', 'payer_email', 'receiver_id', 'receiver_email', 'mc_gross', 'mc_fee', 'payment_status', 'verify_sign', 'ipn_track_id']), min: 3 },
  { label: 'Stripe objects/tables', names: new PatternSet(['livemode', 'balance_transaction', 'balance_transaction_id', 'payment_intent', 'payment_intent_id', 'amount_refunded', 'amount_captured', 'cvc_check', 'funding', 'statement_descriptor', 'receipt_url', 'dynamic_last4', 'dynamic_last_4', 'tokenization_method', 'available_on', 'arrival_date', 'outcome_risk_level']), min: 2 },
  { label: 'TikTok Ads Manager report', names: new PatternSet(['advertiser_id', 'adgroup_id', 'stat_time_day', 'stat_time_hour', 'video_play_actions', 'cost_per_1000_reached', 'video_watched_2_s', 'profile_visits', 'budget_mode', 'adgroup_name']), min: 2 },
  { label: 'Google Ads report', names: new PatternSet(['cost_micros', 'ad_group_id', 'ad_network_type', 'active_view_impressions', 'conversions_value', 'view_through_conversions', 'advertising_channel_type', 'auto_tagging_enabled', 'tracking_url_template', 'search_term_match_type', 'interaction_event_types']), min: 2 },
  { label: 'Meta Ads Insights', names: new PatternSet(['adset_id', 'adset_name', 'date_start', 'date_stop', 'actions', 'action_values', 'inline_link_clicks', 'cost_per_unique_click']), min: 3 },
  { label: 'Mailchimp export', names: new PatternSet(['member_rating', 'merge_fname', 'merge_lname', 'unique_email_id', 'timestamp_signup', 'timestamp_opt', 'ip_signup', 'ip_opt', 'archive_url', 'leid', 'euid', 'optin_time', 'confirm_time', 'subject_line', 'beamer_address']), min: 2 },
  { label: 'WeChat official-account follower list', names: new PatternSet(['openid', 'unionid', 'subscribe', 'subscribe_time', 'headimgurl', 'tagid_list', 'groupid', 'subscribe_scene', 'qr_scene', 'remark']), min: 3 },
  { label: 'Django auth_user table', names: new PatternSet(['password', 'last_login', 'is_superuser', 'is_staff', 'is_active', 'date_joined']), min: 4 },
  { label: 'Laravel users table', names: new PatternSet(['password', 'email_verified_at', 'remember_token', 'created_at', 'updated_at']), min: 4 },
  { label: 'FullContact person/company record', names: new PatternSet(['socialProfiles.*', 'contactInfo.*', 'demographics.*', 'digitalFootprint.*', 'likelihood', 'organization.*']), min: 3 },
  { label: 'People Data Labs / Clearbit record', names: new PatternSet(['linkedin_url', 'twitter_url', 'facebook_url', 'github_url', 'job_title', 'job_company_name', 'work_email', 'personal_emails', 'mobile_phone', 'employment.*']), min: 3 },
];

/** Products whose typical fields the file has (distinct names counted). */
function products(ctx: FileContext): string[] {
  return ctx.once('products', () =>
    PRODUCTS.filter((p) => new Set(ctx.named(p.names).map((f) => f.leaf)).size >= p.min).map((p) => p.label),
  );
}

function product(ctx: FileContext, ...labels: string[]): string | undefined {
  return products(ctx).find((p) => labels.includes(p));
}

const HOST_APP_PID = new PatternSet(['host', 'hostname', 'app', 'program', 'process', 'pid']);
const ACCESS = new PatternSet(['remote_addr', 'request_path', 'request_method', 'http_user_agent', 'http_referer', 'body_bytes_sent', 'status', 'time_local']);
const ACCESS_CORE = new PatternSet(['remote_addr', 'request_path', 'http_user_agent']);
const PERSON_NAMES = new PatternSet(['first_name', 'last_name', 'firstname', 'lastname', 'full_name', 'name', 'surname', 'given_name', 'family_name', '姓名']);

const RULES: Record<OriginId, Rule> = {
  'platform-api-response'(ctx, fired) {
    const env = fired.get('api-envelope');
    if (env) return { confidence: 0.9, evidence: env.evidence };
    const api = ctx.catalogue.families.find((m) => m.family.kind === 'api');
    if (!api || !ctx.jsonLike) return null;
    const scraper = ctx.catalogue.families.some((m) => m.family.kind === 'scraper');
    if (scraper) return { confidence: 0.4, evidence: `keeps the native ${api.family.label} field names` };
    if (ctx.catalogue.share < 0.5) return null;
    return { confidence: 0.75, evidence: `records are native ${api.family.label} (${api.fields.length} fields)` };
  },
  'scraper-output'(ctx, fired) {
    const s = fired.get('scraper-schema');
    if (s && ctx.catalogue.families.some((m) => m.family.kind === 'scraper')) return { confidence: 0.9, evidence: s.evidence };
    if (!ctx.jsonLike && ctx.catalogue.share >= 0.5) {
      return { confidence: 0.7, evidence: `public platform fields flattened into ${ctx.base.toUpperCase()} (${Math.round(ctx.catalogue.share * 100)}% of fields)` };
    }
    const t = s ?? fired.get('collection-timestamps');
    return t ? { confidence: 0.6, evidence: t.evidence } : null;
  },
  'database-dump'(ctx, fired) {
    if (ctx.base === 'sql') {
      const rel = fired.get('related-tables') ?? fired.get('sequential-ids');
      return { confidence: rel ? 0.95 : 0.85, evidence: rel ? `SQL dump; ${rel.evidence}` : (fired.get('sql-dump')?.evidence ?? 'SQL dump') };
    }
    const table = product(ctx, 'Django auth_user table', 'Laravel users table');
    return table ? { confidence: 0.6, evidence: `${table} columns` } : null;
  },
  'application-log'(ctx) {
    const shape = appLogShape(ctx);
    if (shape.length > 0) return { confidence: 0.85, evidence: `level/message/time records: ${listFields(shape)}` };
    if (ctx.base === 'log' && ctx.detail === 'logfmt') return { confidence: 0.8, evidence: 'logfmt log lines' };
    return null;
  },
  'web-server-log'(ctx) {
    if (ctx.base === 'log' && ctx.detail === 'access-log') return { confidence: 0.95, evidence: 'combined/common access-log lines' };
    const f = ctx.named(ACCESS);
    const leaves = new Set(f.map((x) => x.leaf));
    return leaves.size >= 4 && ctx.named(ACCESS_CORE).length > 0 ? { confidence: 0.8, evidence: `access-log fields ${listFields(f)}` } : null;
  },
  'system-log'(ctx) {
    if (ctx.base === 'log' && ctx.detail === 'syslog') return { confidence: 0.95, evidence: 'syslog lines (host, app[pid]: message)' };
    const f = ctx.named(HOST_APP_PID);
    return ctx.base === 'log' && f.length >= 2 ? { confidence: 0.7, evidence: `syslog-like fields ${listFields(f)}` } : null;
  },
  'payment-processor-records'(ctx) {
    const fs = paymentFields(ctx);
    if (fs.length === 0) return null;
    const p = product(ctx, 'PayPal Activity download', 'PayPal IPN messages', 'Stripe objects/tables');
    if (p) return { confidence: 0.9, evidence: `${p}: ${listFields(fs)}` };
    return { confidence: fs.length >= 3 ? 0.75 : 0.5, evidence: `payment fields ${listFields(fs)}` };
  },
  'ad-platform-export'(ctx) {
    const fs = adFields(ctx);
    if (fs.length === 0) return null;
    const p = product(ctx, 'TikTok Ads Manager report', 'Google Ads report', 'Meta Ads Insights');
    return { confidence: p ? 0.9 : 0.75, evidence: `${p ?? 'ad-account report'}: ${listFields(fs)}` };
  },
  'email-marketing-export'(ctx) {
    const fs = emailMarketingFields(ctx);
    if (fs.length === 0) return null;
    const p = product(ctx, 'Mailchimp export');
    return { confidence: p ? 0.9 : 0.75, evidence: `${p ?? 'email-marketing tool'}: ${listFields(fs)}` };
  },
  'analytics-events'(ctx) {
    const t = trackerFields(ctx);
    return t.fields.length > 0 ? { confidence: 0.9, evidence: `${t.label} (${t.fields.length} columns)` } : null;
  },
  'crm-or-member-list'(ctx, fired) {
    const wechat = product(ctx, 'WeChat official-account follower list');
    if (wechat && fired.has('app-scoped-ids')) return { confidence: 0.85, evidence: wechat };
    const users = product(ctx, 'Django auth_user table', 'Laravel users table');
    if (users || (fired.has('password-hashes') && (fired.has('account-lifecycle') || fired.has('admin-flags')))) {
      return { confidence: 0.7, evidence: `application user accounts${users ? ` (${users})` : ''}` };
    }
    if (!fired.has('private-contact-list')) return null;
    const people = ctx.fields.filter((f) => ctx.nameIn(f, PERSON_NAMES) || f.report.types[0]?.id === 'identity.person_name');
    const contact = privateContactFields(ctx);
    if (people.length === 0 && contact.length < 2) return null;
    return { confidence: people.length > 0 ? 0.7 : 0.55, evidence: `people with contact details: ${listFields([...people, ...contact])}` };
  },
  'enrichment-record'(ctx, fired) {
    const j = fired.get('enrichment-join');
    const p = product(ctx, 'FullContact person/company record', 'People Data Labs / Clearbit record');
    if (j) return { confidence: 0.9, evidence: `${p ? p + ': ' : ''}${j.evidence}` };
    if (p) return { confidence: 0.75, evidence: p };
    return ctx.catalogue.families.some((m) => m.family.id === 'social-aggregate') ? { confidence: 0.6, evidence: 'aggregated social profiles' } : null;
  },
};

/** Minimum confidence for a hint to be listed. */
export const MIN_ORIGIN_CONFIDENCE = 0.4;

export function recogniseOrigins(ctx: FileContext, signals: readonly Signal[]): OriginHint[] {
  const fired = new Map(signals.map((s) => [s.id, s]));
  const out: OriginHint[] = [];
  for (const id of ORIGIN_IDS) {
    const r = RULES[id](ctx, fired);
    if (r && r.confidence >= MIN_ORIGIN_CONFIDENCE) out.push({ id, ...r });
  }
  return out.sort((a, b) => b.confidence - a.confidence || ORIGIN_IDS.indexOf(a.id) - ORIGIN_IDS.indexOf(b.id));
}
