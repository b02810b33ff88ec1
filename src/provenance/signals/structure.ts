// Internal side, structure: the shape of an organisation's stores — dumps, related tables,
// auto-increment keys, server logs, warehouse sync columns.
import type { FieldView, FileContext } from '../context.js';
import { norm, PatternSet, words } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths } from './util.js';

export const sqlDump: SignalDef = {
  id: 'sql-dump',
  group: 'structure',
  direction: 'internal',
  weight: 0.5,
  description: 'SQL dump syntax',
  fires: 'The file is a SQL dump (`CREATE TABLE`, `INSERT INTO`, `COPY`). Weak: scrapes are shipped as SQL too (Clubhouse).',
  detect(ctx) {
    if (ctx.base !== 'sql') return null;
    const n = ctx.facts.tables?.length ?? 0;
    return { fields: [], evidence: n > 0 ? `SQL dump with ${n} table${n === 1 ? '' : 's'}` : 'SQL dump' };
  },
};

export interface TableShape {
  name: string;
  columns: string[];
  facts: string[];
}

const LINK_NOISE = new Set(['data', 'history', 'report', 'stats', 'hourly', 'daily', 'table', 'tbl', 'export']);

function tableKeys(name: string): string[] {
  const ws = words(name).filter((w) => !LINK_NOISE.has(w));
  const keys = new Set<string>();
  // `tiktok_campaign_history` is referred to as campaign_id; `customers` as customer_id.
  for (let i = 0; i < ws.length; i++) {
    const k = ws.slice(i).join('');
    keys.add(k);
    if (k.endsWith('s')) keys.add(k.slice(0, -1));
  }
  return [...keys].filter((k) => k.length >= 3);
}

/** Columns of one table that name another table's key (`customer_id` → `customer`). */
function tableLinks(tables: readonly TableShape[]): string[] {
  const owners = new Map<string, string>();
  for (const t of tables) for (const k of tableKeys(t.name)) if (!owners.has(k)) owners.set(k, t.name);
  const links: string[] = [];
  for (const t of tables) {
    for (const col of t.columns) {
      const ws = words(col);
      if (ws.length < 2 || ws[ws.length - 1] !== 'id') continue;
      const target = owners.get(norm(ws.slice(0, -1).join('')));
      if (target !== undefined && target !== t.name) links.push(`${t.name}.${col} → ${target}`);
    }
  }
  return links;
}

const FK_FACT = /foreign\s*key|references|\bfk\b/i;

/** Related-table evidence over a set of tables (SQL tables, or a scan's files). */
export function relatedTables(tables: readonly TableShape[]): { links: string[]; fkFacts: number } | null {
  if (tables.length < 2) return null;
  const links = tableLinks(tables);
  const fkFacts = tables.reduce((a, t) => a + t.facts.filter((x) => FK_FACT.test(x)).length, 0);
  if (links.length === 0 && fkFacts === 0 && tables.length < 3) return null;
  return { links, fkFacts };
}

export const relatedTablesSignal: SignalDef = {
  id: 'related-tables',
  group: 'structure',
  direction: 'internal',
  weight: 1,
  description: 'Several tables tied by foreign keys',
  fires:
    'Two or more tables where a column names another table\'s key (`customer_id` next to a `customer` table) or the dump declares foreign keys; half weight for 3+ tables with no visible link.',
  detect(ctx) {
    const tables = ctx.facts.tables ?? [];
    const r = relatedTables(tables);
    if (!r) return null;
    const linked = r.links.length > 0 || r.fkFacts > 0;
    const evidence = linked
      ? `${tables.length} tables; ${r.links.length > 0 ? `links ${r.links.slice(0, 3).join(', ')}${r.links.length > 3 ? ` and ${r.links.length - 3} more` : ''}` : ''}${r.fkFacts > 0 ? `${r.links.length > 0 ? '; ' : ''}${r.fkFacts} foreign-key declarations` : ''}`
      : `${tables.length} tables in one dump`;
    return { fields: [], evidence, factor: linked ? 1 : 0.5 };
  },
};

const POSITIONAL_FIRST = /^(column_?1|col_?1|c1|field_?1)$/i;

/** An integer key numbered 1, 2, 3… by a database: unique, dense, non-negative. */
function isDenseSequence(f: FieldView): boolean {
  const s = f.report.stats;
  const n = s.numeric;
  if (!n || s.nonEmpty < 20 || n.count < s.nonEmpty || n.min < 0) return false;
  if (!Number.isInteger(n.min) || !Number.isInteger(n.max)) return false;
  if (s.distinct < 0.9 * s.nonEmpty) return false;
  const span = n.max - n.min + 1;
  return span >= 0.9 * s.nonEmpty && span <= 1.25 * s.nonEmpty;
}

function looksLikeKeyName(f: FieldView): boolean {
  const raw = f.path.slice(f.path.lastIndexOf('.') + 1);
  return f.tokens[f.tokens.length - 1] === 'id' || POSITIONAL_FIRST.test(raw);
}

/** The detector's `internal_meta.record_id` as the best type of a field with at least 5 values. */
function recordIdType(f: FieldView): boolean {
  const top = f.counted[0];
  return top !== undefined && top.id === 'internal_meta.record_id' && f.report.stats.nonEmpty >= 5;
}

export const sequentialIds: SignalDef = {
  id: 'sequential-ids',
  group: 'structure',
  direction: 'internal',
  weight: 1,
  description: 'Dense auto-increment record ids',
  fires:
    'An id column (or a dump\'s first positional column) of 20+ unique non-negative integers whose range is within 0.9–1.25× the row count — a database\'s own numbering; or `internal_meta.record_id` as the best type of a field with 5+ values; or auto-increment facts from the dump.',
  detect(ctx) {
    const fs = ctx.fields.filter((f) => !ctx.catalogue.fields.has(f.path) && ((looksLikeKeyName(f) && isDenseSequence(f)) || recordIdType(f)));
    const autoInc = (ctx.facts.tables ?? []).filter((t) => t.facts.some((x) => /auto[_ -]?increment|serial|identity/i.test(x)));
    if (fs.length === 0 && autoInc.length === 0) return null;
    const parts: string[] = [];
    if (fs.length > 0) parts.push(`dense sequential ids in ${listFields(fs)}`);
    if (autoInc.length > 0) parts.push(`auto-increment keys declared on ${autoInc.map((t) => t.name).slice(0, 4).join(', ')}`);
    return { fields: paths(fs), evidence: parts.join('; ') };
  },
};

const APP_LOG_LEVEL = new PatternSet(['level', 'log_level', 'loglevel', 'severity', 'levelname', 'lvl']);
const APP_LOG_MESSAGE = new PatternSet(['msg', 'message', 'log', 'event', 'error', 'stack', 'stacktrace']);
const APP_LOG_TIME = new PatternSet(['time', 'timestamp', 'ts', '@timestamp', 'datetime', 'asctime', 'logged_at']);

/** JSON log lines of an application: a level, a message and a time per record. */
export function appLogShape(ctx: FileContext): FieldView[] {
  return ctx.once('app-log', () => {
    if (!ctx.jsonLike && ctx.base !== 'log') return [];
    const level = ctx.named(APP_LOG_LEVEL);
    const msg = ctx.named(APP_LOG_MESSAGE);
    const time = ctx.named(APP_LOG_TIME);
    return level.length > 0 && msg.length > 0 && time.length > 0 ? [...level, ...msg, ...time] : [];
  });
}

const LOG_KINDS: Record<string, { label: string; factor: number }> = {
  'access-log': { label: 'web-server access log', factor: 1 },
  'syslog': { label: 'syslog', factor: 1 },
  'logfmt': { label: 'logfmt log lines', factor: 1 },
  'text': { label: 'free-text log', factor: 0.5 },
};

export const serverLog: SignalDef = {
  id: 'server-log',
  group: 'structure',
  direction: 'internal',
  weight: 2,
  description: 'Server, system or application log lines',
  fires:
    'The file was read as a log (access log, syslog, logfmt), or JSON records have a level, a message and a time. Half weight for free text that fits no log dialect.',
  detect(ctx) {
    if (ctx.base === 'log') {
      const kind = LOG_KINDS[ctx.detail] ?? { label: ctx.detail ? `${ctx.detail} log` : 'log lines', factor: ctx.detail ? 1 : 0.5 };
      return { fields: [], evidence: `read as ${kind.label}`, factor: kind.factor };
    }
    const shape = appLogShape(ctx);
    if (shape.length === 0) return null;
    return { fields: paths(shape), evidence: `application log records: ${listFields(shape)}` };
  },
};

const WAREHOUSE = /^_+(fivetran|airbyte|ab|sdc|stitch|hevo|dlt|meltano|rivery|portable)_|^_+(loaded_at|etl_loaded_at|ingested_at|batched_at)$/i;

export const warehouseSync: SignalDef = {
  id: 'warehouse-sync-columns',
  group: 'structure',
  direction: 'internal',
  weight: 1,
  description: 'ETL/warehouse sync columns',
  fires:
    'Columns an ELT tool adds when it copies an account into a warehouse (`_fivetran_synced`, `_fivetran_deleted`, `_airbyte_*`, `_sdc_*`, `_loaded_at`).',
  detect(ctx) {
    const fs = ctx.fields.filter((f) => WAREHOUSE.test(f.path.slice(f.path.lastIndexOf('.') + 1)));
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `warehouse sync columns ${listFields(fs)}` };
  },
};
