// Worker thread: scans the inputs the pool hands it and posts back finished file reports, or
// byte ranges of one large file (split-file.ts) and posts back their mergeable state. Files,
// ranges and states cross the thread boundary, never rows (posting rows costs more than it saves).
import { parentPort, workerData } from 'node:worker_threads';
import type { InputRef } from '../discover/discover.js';
import { scanRange } from './range-scan.js';
import { fromWire, type WireSettings } from './wire.js';
import type { ToWorker, FromWorker } from './worker-thread.js';

const port = parentPort!;
const settings = fromWire(workerData as WireSettings);

function post(m: FromWorker): void {
  port.postMessage(m);
}

port.on('message', async (m: ToWorker) => {
  if (m.type === 'stop') {
    port.close();
    return;
  }
  if (m.type === 'range') {
    try {
      const result = await scanRange(m.range, settings, (p) => post({ type: 'progress', task: m.task, path: m.range.display, ...p }));
      post({ type: 'range', task: m.task, result });
    } catch (e) {
      post({ type: 'failed', task: m.task, message: (e as Error)?.message ?? String(e) });
    }
    return;
  }
  const ref: InputRef = m.ref;
  try {
    // Loaded on the first whole input: a worker that reads byte ranges never needs the other
    // readers, archives or spreadsheets (start-up time and memory).
    const { scanRef } = await import('./scan-source.js');
    for await (const file of scanRef(ref, { ...settings, onProgress: (p) => post({ type: 'progress', task: m.task, ...p }) })) {
      post({ type: 'file', task: m.task, file });
    }
  } catch (e) {
    post({ type: 'failed', task: m.task, message: (e as Error)?.message ?? String(e) });
    return;
  }
  post({ type: 'done', task: m.task });
});
