// Internal side, infrastructure: what only the operator of servers sees — client and private
// IPs, internal hosts, trace ids, log levels, storage paths, user agents, event trackers.
import { typeOf, type FieldView, type FileContext } from '../context.js';
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { appLogShape } from './structure.js';
import { listFields, paths } from './util.js';

const PRIVATE_CLASSES = ['private', 'loopback', 'link-local', 'internal'];

export const privateNetwork: SignalDef = {
  id: 'private-network',
  group: 'infrastructure',
  direction: 'internal',
  weight: 1.5,
  description: 'Private or loopback IPs, internal hostnames',
  fires:
    '`network.ip_address` matches tagged private (RFC 1918/6598), loopback or link-local make up at least 5% of a field\'s IP matches, or `network.hostname` matches are tagged internal (`.internal`, `.local`, `.corp`).',
  detect(ctx) {
    const hits: { f: FieldView; n: number }[] = [];
    for (const f of ctx.fields) {
      for (const id of ['network.ip_address', 'network.hostname']) {
        const t = typeOf(f, id);
        if (!t || t.matched === 0) continue;
        const n = PRIVATE_CLASSES.reduce((a, k) => a + (t.tags[k] ?? 0), 0);
        if (n > 0 && n >= 0.05 * t.matched) hits.push({ f, n });
      }
    }
    if (hits.length === 0) return null;
    const total = hits.reduce((a, h) => a + h.n, 0);
    return { fields: hits.map((h) => h.f.path), evidence: `${total} private/loopback/internal addresses in ${listFields(hits.map((h) => h.f))}` };
  },
};

const IP_NAMES = new PatternSet([
  'ip', 'ip_address', 'ipaddress', 'ipaddr', 'remote_addr', 'remote_ip', 'client_ip', 'client_ip_address', 'user_ip',
  'user_ipaddress', 'ip_signup', 'ip_opt', 'last_ip', 'registration_ip', 'signup_ip', 'src_ip', 'source_ip',
  'customer_purchase_ip', 'x_forwarded_for', 'forwarded_for', 'login_ip', 'ip地址',
]);

export const clientIps: SignalDef = {
  id: 'client-ip-addresses',
  group: 'infrastructure',
  direction: 'internal',
  weight: 1,
  description: "Users' IP addresses",
  fires:
    'Fields typed `network.ip_address` or named like client IPs (`ip`, `remote_addr`, `user_ipaddress`, `ip_signup`, `client_ip_address`, …). A public profile never shows who connected from where.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(IP_NAMES, 'network.ip_address').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `IP addresses in ${listFields(fs)}` };
  },
};

const TRACE_NAMES = new PatternSet([
  'trace_id', 'traceid', 'span_id', 'spanid', 'parent_span_id', 'request_id', 'requestid', 'x_request_id', 'correlation_id',
  'correlationid', 'x_correlation_id', 'transaction_trace_id', 'logid', 'log_id', 'impr_id',
]);

export const traceIds: SignalDef = {
  id: 'trace-ids',
  group: 'infrastructure',
  direction: 'internal',
  weight: 1,
  description: 'Request/trace ids from service internals',
  fires: 'Fields typed `internal_meta.trace_id` or named `trace_id`, `span_id`, `request_id`, `correlation_id`, … outside public catalogues and API envelopes.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(TRACE_NAMES, 'internal_meta.trace_id').filter((f) => !(ctx.jsonLike && f.segs.length === 1 && ctx.catalogue.families.length > 0));
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `trace/request ids ${listFields(fs)}` };
  },
};

const LEVEL_NAMES = new PatternSet(['log_level', 'loglevel', 'severity', 'levelname', 'log.level']);

export const logLevels: SignalDef = {
  id: 'log-levels',
  group: 'infrastructure',
  direction: 'internal',
  weight: 1,
  description: 'Log levels (INFO/WARN/ERROR)',
  fires: 'Fields typed `internal_meta.log_level`, named `log_level`/`severity`/`levelname`, or a `level` field in records shaped like application log lines.',
  detect(ctx) {
    const shaped = appLogShape(ctx).filter((f) => f.leaf === 'level' || f.leaf === 'lvl');
    const fs = [...ctx.namedOrTyped(LEVEL_NAMES, 'internal_meta.log_level'), ...shaped.filter((f) => !LEVEL_NAMES.has(f.segs))];
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `log levels in ${listFields(fs)}` };
  },
};

const STORAGE_NAMES = new PatternSet(['s3_key', 's3_path', 's3_url', 'bucket', 'object_key', 'storage_path', 'gcs_path', 'oss_path', 'file_path', 'filepath', 'local_path']);

export const storagePaths: SignalDef = {
  id: 'storage-paths',
  group: 'infrastructure',
  direction: 'internal',
  weight: 1,
  description: 'Internal storage paths (s3://, gs://, file paths)',
  fires: 'Fields typed `internal_meta.storage_path` or named `s3_key`, `bucket`, `storage_path`, `file_path`, … outside public catalogues.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(STORAGE_NAMES, 'internal_meta.storage_path').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `storage paths in ${listFields(fs)}` };
  },
};

const UA_NAMES = new PatternSet(['user_agent', 'useragent', 'http_user_agent', 'client_user_agent', 'ua', 'browser_user_agent']);

export const userAgents: SignalDef = {
  id: 'user-agents',
  group: 'infrastructure',
  direction: 'internal',
  weight: 0.5,
  description: 'Browser user agents of visitors',
  fires: 'Fields typed `device.user_agent` or named `user_agent`/`http_user_agent`/`useragent` — servers record them, profiles never show them.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(UA_NAMES, 'device.user_agent').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `user agents in ${listFields(fs)}` };
  },
};

interface Tracker {
  label: string;
  distinctive: PatternSet;
  /** First word tokens of the tracker's column families (Snowplow `br_*`, `dvce_*`…). */
  prefixes: Set<string>;
}

const TRACKERS: Tracker[] = [
  {
    label: 'Snowplow atomic events',
    distinctive: new PatternSet([
      'app_id', 'collector_tstamp', 'dvce_created_tstamp', 'dvce_sent_tstamp', 'etl_tstamp', 'derived_tstamp', 'true_tstamp',
      'domain_userid', 'domain_sessionid', 'domain_sessionidx', 'network_userid', 'user_fingerprint', 'name_tracker',
      'v_tracker', 'v_collector', 'v_etl', 'event_fingerprint', 'page_urlhost', 'page_urlpath', 'refr_medium', 'refr_source',
      'mkt_medium', 'mkt_source', 'br_family', 'os_family', 'dvce_ismobile', 'doc_charset', 'se_category', 'se_action',
      'event_vendor', 'event_format', 'user_ipaddress',
    ]),
    prefixes: new Set(['br', 'dvce', 'os', 'geo', 'page', 'refr', 'mkt', 'se', 'tr', 'ti', 'pp', 'doc', 'contexts', 'unstruct', 'etl', 'collector', 'derived', 'domain', 'network', 'name', 'v', 'event', 'app', 'platform', 'user', 'ip', 'txn', 'base', 'true', 'useragent']),
  },
  {
    label: 'GA4 event export',
    distinctive: new PatternSet(['user_pseudo_id', 'event_params.*', 'user_properties.*', 'event_timestamp', 'event_bundle_sequence_id', 'ga_session_id', 'stream_id', 'event_previous_timestamp', 'traffic_source.*', 'privacy_info.*']),
    prefixes: new Set(['event', 'user', 'device', 'geo', 'app', 'traffic', 'stream', 'platform', 'ecommerce', 'items', 'privacy', 'collected', 'session']),
  },
  {
    label: 'Segment/RudderStack events',
    distinctive: new PatternSet(['anonymousId', 'messageId', 'originalTimestamp', 'receivedAt', 'sentAt', 'writeKey', 'context.library.*', 'context.ip', 'context.userAgent', 'integrations.*']),
    prefixes: new Set(['context', 'properties', 'traits', 'event', 'type', 'user', 'anonymous', 'message', 'timestamp', 'received', 'sent', 'original']),
  },
  {
    label: 'Mixpanel/Amplitude events',
    distinctive: new PatternSet(['distinct_id', '$insert_id', 'mp_lib', '$device_id', 'amplitude_id', 'event_type', 'event_properties.*', 'insert_id', 'client_event_time', 'server_upload_time', 'session_id', 'device_id']),
    prefixes: new Set(['event', 'user', 'device', 'session', 'client', 'server', 'amplitude', 'mp', 'distinct', 'insert', 'os', 'platform', 'country', 'city', 'region', 'language', 'ip']),
  },
];

/** Fields of a recognised first-party event tracker, with its label; empty when none. */
export function trackerFields(ctx: FileContext): { label: string; fields: FieldView[] } {
  return ctx.once('tracker', () => {
    for (const t of TRACKERS) {
      const distinctive = ctx.fields.filter((f) => t.distinctive.has(f.segs));
      if (distinctive.length < 4) continue;
      const fields = ctx.fields.filter((f) => t.distinctive.has(f.segs) || t.prefixes.has(f.tokens[0] ?? '') || t.prefixes.has(f.segs[0] ?? ''));
      return { label: t.label, fields };
    }
    return { label: '', fields: [] };
  });
}

export const analyticsEvents: SignalDef = {
  id: 'analytics-events',
  group: 'infrastructure',
  direction: 'internal',
  weight: 2,
  description: 'First-party analytics/clickstream events',
  fires:
    'At least 4 distinctive columns of a known event tracker: Snowplow (`collector_tstamp`, `domain_userid`, `network_userid`, `br_*`, `dvce_*`), GA4 export (`user_pseudo_id`, `event_params`), Segment (`anonymousId`, `messageId`), Mixpanel/Amplitude (`distinct_id`, `amplitude_id`, `event_type`).',
  detect(ctx) {
    const t = trackerFields(ctx);
    if (t.fields.length === 0) return null;
    return { fields: paths(t.fields), evidence: `${t.label}: ${t.fields.length} tracker columns, e.g. ${listFields(t.fields, 3)}` };
  },
};
