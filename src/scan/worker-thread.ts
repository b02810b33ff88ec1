// Starting scan worker threads and the messages they exchange with this thread: whole inputs
// or byte ranges go out, finished reports or mergeable range states come back (bytes, never rows).
import { Worker } from 'node:worker_threads';
import type { InputRef } from '../discover/discover.js';
import type { FileReport } from '../report/schema.js';
import type { RangeResult, RangeTask } from './range-scan.js';
import type { ScanSettings } from './scan-file.js';
import { toWire } from './wire.js';

/** One task at a time: a worker posts back its messages for that task, then takes the next. */
export type ToWorker = { type: 'scan'; ref: InputRef } | { type: 'range'; range: RangeTask };
export type FromWorker =
  | { type: 'progress'; records: number; bytes: number }
  | { type: 'file'; file: FileReport }
  | { type: 'range'; result: RangeResult }
  | { type: 'done' }
  | { type: 'failed'; message: string };

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/**
 * Node flags for worker threads. Inherited by default: inherited V8 and per-process flags
 * (`node --max-old-space-size=4096 leaksift …`) are accepted, the same flags listed explicitly
 * are refused. Only `--input-type` (valid for an `-e` entry script, fatal for a worker's file)
 * forces an explicit list, without it.
 */
export const WORKER_EXEC_ARGV = process.execArgv.some((a) => a.startsWith('--input-type'))
  ? process.execArgv.filter((a) => !a.startsWith('--input-type'))
  : undefined;

/**
 * A worker's young generation (V8 splits it into two semi-spaces and a large-object space). 24 MB
 * took a 1 GB NDJSON on two threads from 207–214 MB peak RSS to 189–195 MB, at ~4% more time on
 * CSV (more scavenges); below that short-lived strings get promoted to the old
 * generation: with 8 MB a range worker spent 12% of its time collecting garbage and peak RSS was
 * 35 MB higher (100 MB CSV, 2 threads).
 */
const YOUNG_GENERATION_MB = 24;
/**
 * A worker's old generation: its live data is its modules and per-field state (tens of MB), but
 * without a limit V8 let it grow with the bytes read (a 5 GB NDJSON on 2 threads: 329 MB peak
 * RSS). An input that needs more is handed back to the main thread (worker-pool.ts).
 * LEAKSIFT_WORKER_HEAP_MB overrides it, for tests.
 */
function oldGenerationMb(): number {
  const env = Number(process.env.LEAKSIFT_WORKER_HEAP_MB);
  return Number.isFinite(env) && env > 0 ? env : 128;
}

/** `n` scan workers, each loading its modules from now on (start them before planning work). */
export function startWorkers(settings: ScanSettings, n: number): Worker[] {
  const wire = toWire(settings);
  return Array.from({ length: n }, () => new Worker(WORKER_URL, { workerData: wire, execArgv: WORKER_EXEC_ARGV, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb() } }));
}

export async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.terminate()));
}
