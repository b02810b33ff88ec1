// A pool of threads over the inputs (--jobs n: this thread and n − 1 workers). One queue holds
// whole inputs and the byte ranges of large plain CSV/NDJSON files (split-file.ts), so one big
// file among others does not leave threads idle. Each thread takes the next task as it frees
// up; workers post back finished reports or range states (bytes, never rows, cross threads). The
// pool merges each split file's ranges in file order and delivers the reports in input order, so
// the report is the same whatever the number of jobs.
import { stat } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import type { InputRef } from '../discover/discover.js';
import type { FileReport } from '../report/schema.js';
import { scanRange, type RangeResult } from './range-scan.js';
import type { ScanSettings } from './scan-file.js';
import { scanRef } from './scan-source.js';
import { planSplit, RangeMerger, splitMinBytes, type SplitPlan } from './split-file.js';
import { startWorkers, stopWorkers, type FromWorker, type ToWorker } from './worker-thread.js';

export interface PoolCallbacks {
  onFile?: (file: FileReport) => void;
  onProgress?: (p: { path: string; records: number; bytes: number }) => void;
  onFileStart?: (path: string) => void;
}

/** A unit of work: input `input` whole, or range `k` of its split plan. */
type Task = { input: number; k?: number };
type Progress = { records: number; bytes: number };
/** Runs one task on one thread: the input's reports, or the range's state. */
type Runner = (task: Task, onProgress: (p: Progress) => void) => Promise<FileReport[] | RangeResult>;

/** Scans `refs` on `jobs` threads; resolves with each input's reports, in input order. */
export async function scanWithWorkers(refs: InputRef[], settings: ScanSettings, jobs: number, cb: PoolCallbacks): Promise<FileReport[][]> {
  const results: FileReport[][] = refs.map(() => []);
  const finished: boolean[] = refs.map(() => false);
  const started: boolean[] = refs.map(() => false);
  let delivered = 0;
  // Progress across threads: the latest figures per running task, plus the finished ones.
  const live = new Map<Task, Progress>();
  const done: Progress = { records: 0, bytes: 0 };
  const progress = (path: string) => {
    if (!cb.onProgress) return;
    let { records, bytes } = done;
    for (const v of live.values()) { records += v.records; bytes += v.bytes; }
    cb.onProgress({ path, records, bytes });
  };
  const finish = (input: number, reports: FileReport[]) => {
    results[input] = reports;
    finished[input] = true;
    while (delivered < refs.length && finished[delivered]) {
      for (const f of results[delivered]) cb.onFile?.(f);
      delivered++;
    }
  };

  // Workers load their modules while large files are cut into ranges; one input alone needs them
  // only if it is large enough to be cut.
  const expectedTasks = refs.length > 1 ? refs.length : (await sizeOf(refs[0])) >= splitMinBytes() ? jobs : 1;
  const workers = startWorkers(settings, Math.min(jobs, expectedTasks) - 1);
  try {
    const plans: (SplitPlan | null)[] = [];
    for (const r of refs) plans.push(r.kind === 'file' ? await planSplit(r.path, r.display, settings, jobs) : null);
    const queue: Task[] = refs.flatMap((_, input) => plans[input]?.tasks.map((_t, k) => ({ input, k })) ?? [{ input }]);
    workers.push(...startWorkers(settings, Math.min(jobs, queue.length) - 1 - workers.length));
    const mergers = plans.map((p) => (p ? new RangeMerger(p, settings) : null));
    // Range results wait here until the ranges before them are merged.
    const waiting = plans.map(() => new Map<number, RangeResult>());
    const nextRange = plans.map(() => 0);

    /** A split file's range is back: merge what is in order; on untrustworthy cuts, read it whole. */
    const rangeDone = (input: number, k: number, r: RangeResult) => {
      const merger = mergers[input];
      // Results of a split abandoned for a whole read are dropped.
      if (!merger) return;
      waiting[input].set(k, r);
      for (let got = waiting[input].get(nextRange[input]); got !== undefined; got = waiting[input].get(nextRange[input])) {
        waiting[input].delete(nextRange[input]);
        if (!merger.add(got, nextRange[input]++)) {
          mergers[input] = null;
          queue.unshift({ input });
          return;
        }
      }
      if (nextRange[input] === plans[input]!.tasks.length) finish(input, [merger.report()]);
    };

    const message = ({ input, k }: Task): ToWorker => (k === undefined ? { type: 'scan', ref: refs[input] } : { type: 'range', range: plans[input]!.tasks[k] });
    const runners: Runner[] = [
      // This thread takes tasks too: one worker fewer (each costs a start-up and a heap).
      async (task, onProgress) => {
        const m = message(task);
        if (m.type === 'range') return scanRange(m.range, settings, onProgress);
        const out: FileReport[] = [];
        for await (const f of scanRef(m.ref, { ...settings, onProgress })) out.push(f);
        return out;
      },
      ...workers.map((w): Runner => (task, onProgress) => onWorker(w, message(task), onProgress)),
    ];
    // Tasks a worker ran out of heap on (its old generation is capped): this thread reads them.
    const handedBack: Task[] = [];
    const runTask = async (run: Runner, task: Task) => {
      const { input, k } = task;
      if (!started[input]) {
        started[input] = true;
        cb.onFileStart?.(refs[input].display);
      }
      const out = await run(task, (p) => {
        live.set(task, p);
        progress(refs[input].display);
      });
      live.delete(task);
      if (k === undefined) {
        const reports = out as FileReport[];
        for (const f of reports) { done.records += f.records; done.bytes += f.bytes; }
        finish(input, reports);
      } else {
        const r = out as RangeResult;
        done.records += r.table.records;
        done.bytes += r.bytes;
        rangeDone(input, k, r);
      }
    };
    await Promise.all(
      runners.map(async (run, i) => {
        for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
          try {
            await runTask(run, task);
          } catch (e) {
            if (i === 0 || (e as NodeJS.ErrnoException)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') throw e;
            live.delete(task);
            handedBack.push(task);
            return; // the worker is gone
          }
        }
      }),
    );
    for (const task of handedBack) await runTask(runners[0], task);
  } finally {
    await stopWorkers(workers);
  }
  return results;
}

async function sizeOf(ref: InputRef | undefined): Promise<number> {
  return ref?.kind === 'file' ? stat(ref.path).then((s) => s.size, () => 0) : 0;
}

/** One task on a worker thread: the reports it posts back, or the range state. */
function onWorker(w: Worker, message: ToWorker, onProgress: (p: Progress) => void): Promise<FileReport[] | RangeResult> {
  return new Promise((resolve, reject) => {
    const files: FileReport[] = [];
    const what = message.type === 'scan' ? message.ref.display : message.range.display;
    const onMessage = (m: FromWorker) => {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'file') files.push(m.file);
      else if (m.type === 'done') settle(() => resolve(files));
      else if (m.type === 'range') settle(() => resolve(m.result));
      else settle(() => reject(new Error(`worker failed on ${what}: ${m.message}`)));
    };
    const onError = (e: unknown) => settle(() => reject(e));
    const onExit = () => settle(() => reject(new Error(`worker stopped while reading ${what}`)));
    const settle = (then: () => void) => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      then();
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage(message);
  });
}
