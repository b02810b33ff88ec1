// A pool of worker threads over files (--jobs). Each worker scans whole inputs and posts back
// finished reports; the pool hands out the next input as a worker frees up and delivers the
// reports in input order, so the report is the same whatever the number of jobs.
import { Worker } from 'node:worker_threads';
import type { InputRef } from '../discover/discover.js';
import type { FileReport } from '../report/schema.js';
import type { RangeResult, RangeTask } from './range-scan.js';
import type { ScanSettings } from './scan-file.js';
import { toWire } from './wire.js';

export type ToWorker = { type: 'scan'; task: number; ref: InputRef } | { type: 'range'; task: number; range: RangeTask } | { type: 'stop' };
export type FromWorker =
  | { type: 'progress'; task: number; path: string; records: number; bytes: number }
  | { type: 'file'; task: number; file: FileReport }
  | { type: 'range'; task: number; result: RangeResult }
  | { type: 'done'; task: number }
  | { type: 'failed'; task: number; message: string };

export interface PoolCallbacks {
  onFile?: (file: FileReport) => void;
  onProgress?: (p: { path: string; records: number; bytes: number }) => void;
  onFileStart?: (path: string) => void;
}

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

/** Scans `refs` on `jobs` threads; resolves with each input's reports, in input order. */
export async function scanWithWorkers(refs: InputRef[], settings: ScanSettings, jobs: number, cb: PoolCallbacks): Promise<FileReport[][]> {
  const results: FileReport[][] = refs.map(() => []);
  const finished: boolean[] = refs.map(() => false);
  let delivered = 0;
  let nextTask = 0;
  // Progress across threads: the latest figures per task, summed.
  const live = new Map<number, { records: number; bytes: number }>();
  let doneRecords = 0;
  let doneBytes = 0;

  const deliver = () => {
    while (delivered < refs.length && finished[delivered]) {
      for (const f of results[delivered]) cb.onFile?.(f);
      delivered++;
    }
  };
  const progress = (path: string) => {
    let records = doneRecords;
    let bytes = doneBytes;
    for (const v of live.values()) { records += v.records; bytes += v.bytes; }
    cb.onProgress?.({ path, records, bytes });
  };

  const wire = toWire(settings);
  const workers = Array.from({ length: Math.min(jobs, refs.length) }, () => new Worker(WORKER_URL, { workerData: wire, execArgv: WORKER_EXEC_ARGV }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (nextTask >= refs.length) {
                w.postMessage({ type: 'stop' } satisfies ToWorker);
                resolve();
                return;
              }
              const task = nextTask++;
              cb.onFileStart?.(refs[task].display);
              w.postMessage({ type: 'scan', task, ref: refs[task] } satisfies ToWorker);
            };
            w.on('message', (m: FromWorker) => {
              switch (m.type) {
                case 'progress':
                  live.set(m.task, { records: m.records, bytes: m.bytes });
                  progress(m.path);
                  break;
                case 'file':
                  results[m.task].push(m.file);
                  break;
                case 'failed':
                  reject(new Error(`worker failed on ${refs[m.task].display}: ${m.message}`));
                  break;
                case 'done': {
                  live.delete(m.task);
                  for (const f of results[m.task]) { doneRecords += f.records; doneBytes += f.bytes; }
                  finished[m.task] = true;
                  deliver();
                  give();
                  break;
                }
              }
            });
            w.once('error', reject);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
