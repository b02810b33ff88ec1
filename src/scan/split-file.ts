// One large plain CSV or NDJSON file read by several threads at once: cut into record-aligned
// byte ranges (src/open/byte-ranges.ts), each range read on a thread of the pool (worker-pool.ts)
// into mergeable state (range-scan.ts), the states merged in file order into the report one pass
// gives: the same fields, counts, types and verdict (FieldClassifier.mergeState says what is
// estimated).
// Gzip cannot be cut; sampling, --max-records/--max-bytes and baselines need one ordered pass.
import { stat } from 'node:fs/promises';
import { planRanges, readRange, type ByteRange } from '../open/byte-ranges.js';
import { openInput } from '../open/open.js';
import { csvReader } from '../read/csv/reader.js';
import type { FileReport } from '../report/schema.js';
import { FieldTable } from './field-table.js';
import { ProblemLog } from './problems.js';
import type { RangeResult, RangeTask } from './range-scan.js';
import { SNIFF_PLUGINS } from './readers.js';
import { fileReport, type RecordSource, type ScanSettings } from './scan-file.js';

/** Files from this size on are split (LEAKSIFT_SPLIT_MIN_BYTES overrides it, for tests). */
const DEFAULT_MIN_BYTES = 64 * 1024 * 1024;
/**
 * One range per thread: every range pays a warm-up (a reader, each field's detectors until most
 * give up), so more, smaller ranges cost more than the balance they buy back (2 and 4 per thread
 * were 15–25% slower on the bench's 100 MB CSV and NDJSON). Workers start before the cuts are
 * planned, which hides most of their start-up.
 */
const RANGES_PER_JOB = 1;

/** Size from which a file is cut into ranges. */
export function splitMinBytes(): number {
  const env = Number(process.env.LEAKSIFT_SPLIT_MIN_BYTES);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MIN_BYTES;
}

/** How one file is read in byte ranges: the range tasks and what the open stage found. */
export interface SplitPlan {
  display: string;
  tasks: RangeTask[];
  src: Pick<RecordSource, 'format' | 'formatReason' | 'compression' | 'encoding'>;
  /** Bytes before the first range (a byte order mark). */
  start: number;
}

/**
 * The byte ranges to read the file at `path` in on `jobs` threads, or null when it cannot be
 * split (too small, compressed, not UTF-8 CSV/NDJSON, or options that need one pass).
 */
export async function planSplit(path: string, display: string, settings: ScanSettings, jobs: number): Promise<SplitPlan | null> {
  if (jobs < 2 || settings.sample || settings.maxRecords !== null || settings.maxBytes || settings.valueDigestKey) return null;
  const size = await stat(path).then((s) => s.size, () => 0);
  if (size < splitMinBytes()) return null;
  const opened = await openInput({ path }, SNIFF_PLUGINS).catch(() => null);
  if (opened === null) return null;
  opened.close();
  if ('archive' in opened) return null;
  const { guess } = opened;
  if (opened.compression !== 'none' || !opened.encoding.startsWith('utf-8') || opened.warnings.length > 0) return null;
  if (guess.format !== 'csv' && guess.format !== 'ndjson') return null;
  const format = guess.format;
  const start = opened.encoding === 'utf-8 (BOM)' ? 3 : 0;
  const ranges = await planRanges(path, start, size, jobs * RANGES_PER_JOB, format === 'csv');
  if (ranges.length < 2) return null;
  const header = format === 'csv' ? await csvHeader(path, display, ranges[0], guess.delimiter ?? ',') : undefined;
  const tasks: RangeTask[] = ranges.map((range, k) => ({
    path, display, range, format, delimiter: guess.delimiter, header: k === 0 ? undefined : header,
    first: k === 0, stopOnFault: k < ranges.length - 1,
  }));
  const src = { format: guess.detail ? `${format}:${guess.detail}` : format, formatReason: guess.reason, compression: opened.compression, encoding: opened.encoding };
  return { display, tasks, src, start };
}

/** Merges the results of a plan's ranges, given in file order, into the file's report. */
export class RangeMerger {
  // Holds merged range states only: its options matter to the ranges' own tables.
  private readonly table: FieldTable;
  private readonly warnings = new ProblemLog();
  private readonly errors = new ProblemLog();
  private facts: RangeResult['facts'] = {};
  private bytes: number;
  private stopped = false;
  private next = 0;

  constructor(
    private readonly plan: SplitPlan,
    private readonly settings: ScanSettings,
  ) {
    this.table = new FieldTable(settings.detectors);
    this.bytes = plan.start;
  }

  /**
   * Adds range `k` (the next in file order). False when the cuts cannot be trusted (quoting
   * faults before the last cut): the file must then be read in one pass.
   */
  add(r: RangeResult, k: number): boolean {
    if (k !== this.next++) throw new Error(`range ${k} merged out of order`);
    // A fatal error ended the file in an earlier range, as in one pass.
    if (this.stopped) return true;
    if (r.quoteFaults > 0 && k < this.plan.tasks.length - 1) return false;
    if (k === 0) this.facts = r.facts;
    this.table.mergeState(r.table);
    this.warnings.merge(r.warnings);
    this.errors.merge(r.errors);
    this.bytes += r.bytes;
    this.stopped = r.stopped;
    return true;
  }

  report(): FileReport {
    const { table, facts, warnings, errors, bytes } = this;
    return fileReport(this.plan.display, this.plan.src, { table, facts, warnings, errors, truncated: false, bytes }, this.settings, null);
  }
}

/** The header decision the first range's reader makes, for the readers of the other ranges. */
async function csvHeader(path: string, display: string, first: ByteRange, delimiter: string): Promise<RangeTask['header']> {
  let header: RangeTask['header'];
  const reader = csvReader(delimiter, { onHeader: (names, present) => { header = { names, present }; } });
  const ctx = { path: display, warn: () => {}, setFact: () => {} };
  for await (const _ of reader(readRange(path, first, () => {}), ctx)) if (header) break;
  return header;
}
