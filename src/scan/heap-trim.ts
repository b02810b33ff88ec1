// A full garbage collection of this thread's heap every 2 s while a scan runs. V8 lets the old
// generation grow with the bytes read, although a scan's live data stays flat (modules and
// per-field state): one thread on a 1 GB NDJSON peaked at 201–205 MB RSS, 138–142 MB with the
// collections; with two threads this thread's heap grew to ~95 MB and the scan peaked at
// 212–269 MB, 207–214 MB with them. No measurable cost in time (200 MB CSV, best of 3). Only
// this thread: workers have a capped old generation instead (worker-thread.ts).
// V8 exposes `gc` only under --expose-gc, which the launcher (bin/leaksift.js) sets at start-up;
// without it (the CLI used as a library) nothing is trimmed.
import { runInNewContext } from 'node:vm';

const TRIM_EVERY_MS = 2000;

/** Starts the periodic collection; call the result to stop it. Never keeps the process alive. */
export function startHeapTrim(): () => void {
  const gc = runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null;
  if (gc === null) return () => {};
  const timer = setInterval(gc, TRIM_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
