// The open stage releases its file however reading ends: a directory of a thousand binaries, or
// --max-records stopping every file early, must not run out of file descriptors (it did: one
// leaked per file). Linux only: descriptors are counted in /proc/self/fd.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { OpenError, openInput, type OpenedInput } from '../../src/open/open.js';
import { SNIFF_PLUGINS } from '../../src/scan/readers.js';

const linux = existsSync('/proc/self/fd');
const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-fds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openFds = () => readdirSync('/proc/self/fd').length;

/** Closing is asynchronous: wait (a bounded number of turns) for the count to come back. */
async function settledFds(target: number): Promise<number> {
  for (let i = 0; i < 100 && openFds() > target; i++) await new Promise((r) => setTimeout(r, 10));
  return openFds();
}

function file(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

// Larger than one 1 MiB read, so the stream is still open after the first chunk.
const bigCsv = 'id,email\n' + Array.from({ length: 120_000 }, (_, i) => `${i},user${i}@example.com`).join('\n') + '\n';

describe.skipIf(!linux)('file descriptors', () => {
  it('a rejected input (binary) releases its file at once', async () => {
    const png = file('big.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3 << 20, 7)]));
    const before = openFds();
    for (let i = 0; i < 50; i++) await expect(openInput({ path: png }, SNIFF_PLUGINS)).rejects.toThrow(OpenError);
    expect(await settledFds(before)).toBeLessThanOrEqual(before);
  });

  it.each([
    ['plain', () => file('big.csv', bigCsv)],
    ['gzip', () => file('big.csv.gz', gzipSync(bigCsv))],
  ])('a %s input read only in part releases its file when the reader stops', async (_kind, make) => {
    const p = make();
    const before = openFds();
    for (let i = 0; i < 50; i++) {
      const opened = (await openInput({ path: p }, SNIFF_PLUGINS)) as OpenedInput;
      for await (const chunk of opened.chunks) {
        expect(chunk.length).toBeGreaterThan(0);
        break; // as --max-records does
      }
    }
    expect(await settledFds(before)).toBeLessThanOrEqual(before);
  });
});
