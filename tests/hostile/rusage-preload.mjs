// Preloaded into the CLI by tests/hostile/harness.ts (`node --import`): on exit, the main
// thread writes its peak resource usage to stderr on one marked line the harness strips off.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeSync(2, `\n@@leaksift-rusage ${JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime })}\n`);
  });
}
