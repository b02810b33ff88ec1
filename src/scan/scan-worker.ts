// Worker thread: scans the inputs the pool hands it, one at a time, and posts back finished file
// reports, or reads byte ranges of a large file (split-file.ts) and posts back their mergeable
// state. Files, ranges and states cross the thread boundary, never rows (posting rows costs more
// than it saves). The pool terminates the worker when the scan is over.
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange } from './range-scan.js';
import { fromWire, type WireSettings } from './wire.js';
import type { ToWorker, FromWorker } from './worker-thread.js';

const port = parentPort!;
const settings = fromWire(workerData as WireSettings);

function post(m: FromWorker): void {
  port.postMessage(m);
}

port.on('message', async (m: ToWorker) => {
  try {
    if (m.type === 'range') {
      const result = await scanRange(m.range, settings, (p) => post({ type: 'progress', ...p }));
      post({ type: 'range', result });
      return;
    }
    // Loaded on the first whole input: a worker that reads byte ranges never needs the other
    // readers, archives or spreadsheets (start-up time and memory).
    const { scanRef } = await import('./scan-source.js');
    for await (const file of scanRef(m.ref, { ...settings, onProgress: (p) => post({ type: 'progress', ...p }) })) {
      post({ type: 'file', file });
    }
    post({ type: 'done' });
  } catch (e) {
    post({ type: 'failed', message: (e as Error)?.message ?? String(e) });
  }
});
