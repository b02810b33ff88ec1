// A worker's old generation is capped (src/scan/worker-thread.ts): an input that needs more heap
// than that is handed back to the main thread, not lost. The cap is lowered to 48 MB so that one
// 40 MB JSON string exceeds it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('worker heap', () => {
  it('reads on the main thread an input a worker ran out of heap on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-heap-'));
    const small = path.join(dir, 'a-small.csv');
    writeFileSync(small, 'email\nuser@gmail.com\n');
    const huge = path.join(dir, 'b-huge.ndjson');
    writeFileSync(huge, JSON.stringify({ email: 'user@gmail.com', note: 'x'.repeat(40 * 1024 * 1024) }) + '\n');
    const r = runCli(['scan', small, huge, '--jobs', '2', '--format', 'json'], { env: { LEAKSIFT_WORKER_HEAP_MB: '48' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { records: number; errors: unknown[] }) => [f.records, f.errors.length])).toEqual([[1, 0], [1, 0]]);
    expect(files[1].fields.map((f: { path: string }) => f.path)).toEqual(['email', 'note']);
  }, 60_000);
});
