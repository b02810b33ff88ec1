// One large plain CSV or NDJSON file read by several threads at once: cut into record-aligned
// byte ranges (src/open/byte-ranges.ts), each range read on a worker into mergeable state
// (range-scan.ts), the states merged in file order into the report one pass gives: the same
// fields, counts, types and verdict (FieldClassifier.mergeState says what is estimated).
// Gzip cannot be cut; sampling, --max-records/--max-bytes and baselines need one ordered pass.
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { planRanges, readRange, type ByteRange } from '../open/byte-ranges.js';
import { openInput } from '../open/open.js';
import { csvReader } from '../read/csv/reader.js';
import type { FileReport } from '../report/schema.js';
import { FieldTable } from './field-table.js';
import { ProblemLog } from './problems.js';
import { scanRange, type RangeResult, type RangeTask } from './range-scan.js';
import { SNIFF_PLUGINS } from './readers.js';
import { fileReport, type ScanSettings } from './scan-file.js';
import { toWire } from './wire.js';
import { WORKER_EXEC_ARGV, type FromWorker, type ToWorker } from './worker-pool.js';

/** Files from this size on are split (LEAKSIFT_SPLIT_MIN_BYTES overrides it, for tests). */
const DEFAULT_MIN_BYTES = 64 * 1024 * 1024;
/**
 * One range per thread: every range pays a warm-up (a reader, each field's detectors until most
 * give up), so more, smaller ranges cost more than the balance they buy back (2 and 4 per thread
 * were 15–25% slower on the bench's 100 MB CSV and NDJSON). Workers start before the cuts are
 * planned, which hides most of their start-up.
 */
const RANGES_PER_JOB = 1;

/**
 * A range worker's young generation, as the main thread's (16 MB semi-spaces). Smaller ones
 * promote short-lived strings to the old generation: with 8 MB the worker spent 12% of its time
 * collecting garbage and peak RSS was 35 MB higher (100 MB CSV, 2 threads).
 */
const YOUNG_GENERATION_MB = 48;

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

function minBytes(): number {
  const env = Number(process.env.LEAKSIFT_SPLIT_MIN_BYTES);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MIN_BYTES;
}

/**
 * Scans the file at `path` in byte ranges on `jobs` threads, or returns null when it cannot be
 * split (too small, compressed, not UTF-8 CSV/NDJSON, options that need one pass, or quoting
 * too broken to trust the cuts): the caller then reads it in one pass.
 */
export async function scanSplit(path: string, display: string, settings: ScanSettings, jobs: number): Promise<FileReport | null> {
  if (jobs < 2 || settings.sample || settings.maxRecords !== null || settings.maxBytes || settings.valueDigestKey) return null;
  const min = minBytes();
  const size = await stat(path).then((s) => s.size, () => 0);
  if (size < min) return null;
  const opened = await openInput({ path }, SNIFF_PLUGINS).catch(() => null);
  if (opened === null) return null;
  opened.close();
  if ('archive' in opened) return null;
  const { guess } = opened;
  if (opened.compression !== 'none' || !opened.encoding.startsWith('utf-8') || opened.warnings.length > 0) return null;
  if (guess.format !== 'csv' && guess.format !== 'ndjson') return null;
  const start = opened.encoding === 'utf-8 (BOM)' ? 3 : 0;
  const parts = jobs * RANGES_PER_JOB;
  // Workers load their modules while the cuts and the header are found.
  const workers = startWorkers(settings, jobs - 1);
  let ranges: ByteRange[];
  let header: RangeTask['header'];
  try {
    ranges = await planRanges(path, start, size, parts, guess.format === 'csv');
    header = guess.format === 'csv' && ranges.length > 1 ? await csvHeader(path, display, ranges[0], guess.delimiter ?? ',') : undefined;
  } catch (e) {
    await stopWorkers(workers);
    throw e;
  }
  if (ranges.length < 2) {
    await stopWorkers(workers);
    return null;
  }
  const tasks: RangeTask[] = ranges.map((range, k) => ({
    path, display, range, format: guess.format as 'csv' | 'ndjson', delimiter: guess.delimiter, header: k === 0 ? undefined : header,
    first: k === 0, stopOnFault: k < ranges.length - 1,
  }));

  // Holds merged range states only: its options matter to the ranges' own tables.
  const table = new FieldTable(settings.detectors);
  const warnings = new ProblemLog();
  const errors = new ProblemLog();
  let facts: RangeResult['facts'] = {};
  let bytes = start;
  let stopped = false;
  const merged = await runRanges(tasks, settings, workers, display, (r, k) => {
    // In file order. A fatal error ended the file in an earlier range, as in one pass.
    if (stopped) return true;
    // Quoting faults before the last cut mean a cut may be inside a record.
    if (r.quoteFaults > 0 && k < tasks.length - 1) return false;
    if (k === 0) facts = r.facts;
    table.mergeState(r.table);
    warnings.merge(r.warnings);
    errors.merge(r.errors);
    bytes += r.bytes;
    stopped = r.stopped;
    return true;
  });
  if (!merged) return null;
  const format = guess.detail ? `${guess.format}:${guess.detail}` : guess.format;
  const src = { format, formatReason: guess.reason, compression: opened.compression, encoding: opened.encoding };
  return fileReport(display, src, { table, facts, warnings, errors, truncated: false, bytes }, settings, null);
}

/** The header decision the first range's reader makes, for the readers of the other ranges. */
async function csvHeader(path: string, display: string, first: ByteRange, delimiter: string): Promise<RangeTask['header']> {
  let header: RangeTask['header'];
  const reader = csvReader(delimiter, { onHeader: (names, present) => { header = { names, present }; } });
  const ctx = { path: display, warn: () => {}, setFact: () => {} };
  for await (const _ of reader(readRange(path, first, () => {}), ctx)) if (header) break;
  return header;
}

function startWorkers(settings: ScanSettings, n: number): Worker[] {
  const wire = toWire(settings);
  return Array.from({ length: n }, () => new Worker(WORKER_URL, { workerData: wire, execArgv: WORKER_EXEC_ARGV, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
}

async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.terminate()));
}

/**
 * Runs the range tasks on this thread and the workers, each taking the next task as it frees
 * up, and hands each result to `merge` in range order (early results wait). Resolves false as
 * soon as `merge` refuses one (the other results are dropped). Stops the workers.
 */
async function runRanges(
  tasks: RangeTask[], settings: ScanSettings, workers: Worker[], display: string,
  merge: (r: RangeResult, k: number) => boolean,
): Promise<boolean> {
  const waiting = new Map<number, RangeResult>();
  const progress = new Map<number, { records: number; bytes: number }>();
  let nextTask = 0;
  let nextMerge = 0;
  let refused = false;
  const report = (k: number, p: { records: number; bytes: number }) => {
    progress.set(k, p);
    if (!settings.onProgress) return;
    let records = 0;
    let bytes = 0;
    for (const v of progress.values()) { records += v.records; bytes += v.bytes; }
    settings.onProgress({ path: display, records, bytes });
  };
  const deliver = (k: number, r: RangeResult) => {
    report(k, { records: r.table.records, bytes: r.bytes });
    waiting.set(k, r);
    for (let w = waiting.get(nextMerge); w !== undefined && !refused; w = waiting.get(nextMerge)) {
      waiting.delete(nextMerge);
      if (merge(w, nextMerge++)) continue;
      // The file is read in one pass instead: stop the others now.
      refused = true;
      for (const worker of workers) void worker.terminate();
    }
  };
  // This thread reads ranges too: one worker fewer to start (each costs a start-up and a heap).
  const runners: ((task: RangeTask, k: number) => Promise<RangeResult>)[] = [
    (task, k) => scanRange(task, settings, (p) => report(k, p)),
  ];
  for (const w of workers) runners.push((task, k) => onWorker(w, task, k, (p) => report(k, p)));
  try {
    await Promise.all(
      runners.map(async (run) => {
        while (nextTask < tasks.length && !refused) {
          const k = nextTask++;
          let r: RangeResult;
          try {
            r = await run(tasks[k], k);
          } catch (e) {
            if (refused) return;
            throw e;
          }
          if (!refused) deliver(k, r);
        }
      }),
    );
    return !refused;
  } finally {
    await stopWorkers(workers);
  }
}

/** One range task on a worker thread. */
function onWorker(w: Worker, task: RangeTask, k: number, onProgress: (p: { records: number; bytes: number }) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      if (m.task !== k) return;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'range') done(() => resolve(m.result));
      else if (m.type === 'failed') done(() => reject(new Error(`worker failed on ${task.display}: ${m.message}`)));
    };
    const onError = (e: unknown) => done(() => reject(e));
    const onExit = () => done(() => reject(new Error(`worker stopped while reading ${task.display}`)));
    const done = (then: () => void) => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      then();
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage({ type: 'range', task: k, range: task } satisfies ToWorker);
  });
}
