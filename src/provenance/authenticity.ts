// Authenticity, kept apart from the verdict: test/placeholder values, checksum failures,
// duplicates, ids whose embedded time disagrees with the record's time, impossible dates.
// Only field statistics are available (samples are masked), so each check says when it
// cannot be derived.
import type { TypeMatch } from '../report/schema.js';
import type { FieldView, FileContext } from './context.js';
import { listFields, pct } from './signals/util.js';

export interface Authenticity {
  testDataShare: number;
  checksumFailureShare: number;
  duplicateShare: number;
  notes: string[];
}

/** Categories whose detectors recognise test/placeholder values (issue 3). */
const TEST_VALUE_CATEGORIES = new Set(['payment', 'contact', 'network', 'government_id']);
/** Types validated by a checksum or issuance rule. */
const CHECKSUM_TYPES = new Set(['payment.card_number', 'payment.iban', 'payment.aba_routing', 'government_id.cn_resident_id', 'government_id.us_ssn', 'device.device_id']);

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function bestOf(f: FieldView, keep: (t: TypeMatch) => boolean): TypeMatch | undefined {
  return f.report.types.find((t) => keep(t) && t.matched + t.checksumFailures > 0);
}

const DAY_S = 86400;
/** TikTok ids carry unix seconds in their top 32 bits; plausible from 2014 to 2035. */
const TIKTOK_ID_MIN = 1.6e18;
const TIKTOK_ID_MAX = 9e18;
/** Twitter snowflake epoch (ms) and the smallest snowflake-era id. */
const TWITTER_EPOCH_MS = 1288834974657;
const SNOWFLAKE_MIN = 2.7e16;

function isoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Epoch values in seconds, or null when the magnitude is neither seconds nor milliseconds. */
function epochSeconds(x: number): number | null {
  if (x >= 1e9 && x < 1e10) return x;
  if (x >= 1e12 && x < 1e13) return x / 1000;
  return null;
}

function parentOf(f: FieldView): string {
  return f.segs.slice(0, -1).join('.');
}

function tiktokIdNotes(ctx: FileContext): string[] {
  const notes: string[] = [];
  const times = ctx.fields.filter((f) => f.leaf === 'createtime');
  for (const t of times) {
    const id = ctx.fields.find((f) => parentOf(f) === parentOf(t) && (f.leaf === 'id' || f.leaf === 'awemeid' || f.leaf === 'itemid'));
    if (!id) continue;
    const n = id.report.stats.numeric;
    const c = t.report.stats.numeric;
    if (!n || !c || n.count < id.report.stats.nonEmpty) {
      notes.push(`TikTok \`${id.path}\` >> 32 vs \`${t.path}\`: not derivable (ids not profiled as numbers; samples are masked)`);
      continue;
    }
    if (n.min < TIKTOK_ID_MIN || n.max > TIKTOK_ID_MAX) continue;
    // 2^32: the shift, done in floating point (ids exceed 2^53, the error is far below a second).
    const lo = Math.floor(n.min / 4294967296);
    const hi = Math.floor(n.max / 4294967296);
    const cLo = epochSeconds(c.min);
    const cHi = epochSeconds(c.max);
    if (cLo === null || cHi === null) continue;
    const off = Math.max(Math.abs(lo - cLo), Math.abs(hi - cHi));
    notes.push(
      off <= DAY_S
        ? `TikTok ids in \`${id.path}\` decode (id >> 32) to ${isoDay(lo)}…${isoDay(hi)}, matching \`${t.path}\``
        : `TikTok ids in \`${id.path}\` decode (id >> 32) to ${isoDay(lo)}…${isoDay(hi)} but \`${t.path}\` spans ${isoDay(cLo)}…${isoDay(cHi)} — ids and times disagree (fabrication sign)`,
    );
  }
  return notes;
}

function twitterNotes(ctx: FileContext, nowS: number): string[] {
  if (!ctx.catalogue.families.some((m) => m.family.id === 'twitter')) return [];
  const notes: string[] = [];
  for (const id of ctx.fields.filter((f) => f.leaf === 'id' && ctx.catalogue.fields.has(f.path))) {
    const created = ctx.fields.find((f) => parentOf(f) === parentOf(id) && f.leaf === 'createdat');
    const n = id.report.stats.numeric;
    if (!n || n.max < SNOWFLAKE_MIN) continue;
    const lo = (Math.max(n.min, SNOWFLAKE_MIN) / 4194304 + TWITTER_EPOCH_MS) / 1000;
    const hi = (n.max / 4194304 + TWITTER_EPOCH_MS) / 1000;
    if (hi > nowS + DAY_S) {
      notes.push(`Twitter snowflakes in \`${id.path}\` decode to dates after today (${isoDay(hi)}) — impossible ids`);
    } else if (created) {
      notes.push(
        `Twitter snowflakes in \`${id.path}\` decode to ${isoDay(lo)}…${isoDay(hi)}; comparing with \`${created.path}\` is not derivable (a date string, samples are masked) — compare a few by hand`,
      );
    }
  }
  return notes;
}

/** Times of past events (creation, login, collection); due dates and expiries may lie ahead. */
const PAST_EVENT_LEAF = /creat|updat|modif|login|joined|regist|signup|publish|posted|collector|sent|received|fetched|scraped|^ts$|^timestamp$/;

function futureDateNotes(ctx: FileContext, nowS: number): string[] {
  const future = ctx.fields.filter((f) => {
    const n = f.report.stats.numeric;
    if (!n || !PAST_EVENT_LEAF.test(f.leaf)) return false;
    const max = epochSeconds(n.max);
    return max !== null && max > nowS + DAY_S;
  });
  return future.length > 0 ? [`creation/event times after the scan date in ${listFields(future)} — impossible dates`] : [];
}

const TEST_MODE = /^(livemode|testipn|testaccount|istest|sandbox|testmode)$/;

/** Value counts behind the test-data and checksum shares (summed over files for a scan). */
export interface ValueCounts {
  matched: number;
  test: number;
  checked: number;
  failures: number;
}

export function countValues(ctx: FileContext): ValueCounts {
  const c: ValueCounts = { matched: 0, test: 0, checked: 0, failures: 0 };
  for (const f of ctx.fields) {
    const t = bestOf(f, (x) => TEST_VALUE_CATEGORIES.has(x.category));
    if (t) {
      c.matched += t.matched;
      c.test += t.testValues;
    }
    const k = bestOf(f, (x) => CHECKSUM_TYPES.has(x.id) || x.checksumFailures > 0);
    if (k) {
      c.checked += k.matched + k.checksumFailures;
      c.failures += k.checksumFailures;
    }
  }
  return c;
}

/** Shares and their notes from value counts. */
export function valueShares(c: ValueCounts): { testDataShare: number; checksumFailureShare: number; notes: string[] } {
  const notes: string[] = [];
  const testDataShare = c.matched > 0 ? round3(Math.min(1, c.test / c.matched)) : 0;
  const checksumFailureShare = c.checked > 0 ? round3(c.failures / c.checked) : 0;
  // The share itself is in testDataShare; the note adds what a majority means.
  if (testDataShare >= 0.5) notes.push(`${c.test} of ${c.matched} recognised sensitive values are test/placeholder values — looks like test or demo data`);
  if (c.checked >= 5 && checksumFailureShare >= 0.2) {
    notes.push(`${c.failures} of ${c.checked} card/IBAN/ID candidates fail their checksum (${pct(checksumFailureShare)}) — fabricated or mistyped numbers`);
  }
  return { testDataShare, checksumFailureShare, notes };
}

export function assessAuthenticity(ctx: FileContext, now: Date): Authenticity {
  const { testDataShare, checksumFailureShare, notes } = valueShares(countValues(ctx));
  const records = ctx.facts.records;
  const distinct = ctx.facts.distinctRecords;
  const duplicateShare = distinct !== undefined && records > 0 ? round3(Math.max(0, 1 - distinct / records)) : 0;
  if (distinct === undefined) notes.push('duplicate records not measured');
  else if (duplicateShare >= 0.1) notes.push(`${pct(duplicateShare)} of records are duplicates`);

  const nowS = now.getTime() / 1000;
  notes.push(...tiktokIdNotes(ctx), ...twitterNotes(ctx, nowS), ...futureDateNotes(ctx, nowS));
  const testMode = ctx.fields.filter((f) => TEST_MODE.test(f.leaf));
  if (testMode.length > 0) {
    notes.push(`test-mode markers present (${listFields(testMode)}); their values are not in the statistics — check whether the records are test mode`);
  }
  return { testDataShare, checksumFailureShare, duplicateShare, notes };
}
