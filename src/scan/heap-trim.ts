// A full garbage collection every 2 s while a one-thread scan (--jobs 1) runs. V8 lets the old
// generation grow with the bytes read, although a scan's live data stays flat (modules and
// per-field state): a 1 GB NDJSON peaked at 201–205 MB RSS, 138–142 MB with the collections, at
// no measurable cost in time. With two threads busy on two cores the forced collections cost
// 20–40% more time for ~10 MB less, so they run only when a core is free for V8's helper threads.
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
