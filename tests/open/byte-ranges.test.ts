import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRanges } from '../../src/open/byte-ranges.js';

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-ranges-'));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Whether byte offset `at` of the text is outside every quoted field. */
function outsideQuotes(buf: Buffer, at: number): boolean {
  let q = 0;
  for (let i = 0; i < at; i++) if (buf[i] === 34) q++;
  return q % 2 === 0;
}

describe('record-aligned byte ranges', () => {
  it('cover the file, end after a newline outside quotes and know their first line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'bb', ',', '"x\ny"', '""', '\n', '\r\n', '汉'), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 2, max: 9 }),
        async (pieces, parts) => {
          const p = file('f.csv', pieces.join(''));
          const buf = readFileSync(p);
          const ranges = await planRanges(p, 0, buf.length, parts, true);
          expect(ranges.length).toBeGreaterThanOrEqual(1);
          expect(ranges.length).toBeLessThanOrEqual(parts);
          expect(ranges[0].start).toBe(0);
          expect(ranges.at(-1)!.end).toBe(buf.length);
          for (let k = 0; k < ranges.length; k++) {
            const r = ranges[k];
            expect(r.end).toBeGreaterThan(r.start);
            expect(r.firstLine).toBe(1 + buf.subarray(0, r.start).filter((b) => b === 10).length);
            if (k > 0) {
              expect(r.start).toBe(ranges[k - 1].end);
              expect(buf[r.start - 1]).toBe(10);
              expect(outsideQuotes(buf, r.start)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts NDJSON at any newline, quotes or not, and starts after a byte-order mark', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: i, note: i % 3 ? 'say "hi"' : '"' }));
    const p = file('f.ndjson', '\ufeff' + lines.join('\n') + '\n');
    const size = readFileSync(p).length;
    const ranges = await planRanges(p, 3, size, 4, false);
    expect(ranges).toHaveLength(4);
    expect(ranges[0].start).toBe(3);
    const text = ranges.map((r) => readFileSync(p).subarray(r.start, r.end).toString('utf8')).join('');
    expect(text).toBe(lines.join('\n') + '\n');
    for (const r of ranges.slice(1)) expect(readFileSync(p).subarray(r.start, r.end).toString('utf8').split('\n')[0]).toBe(lines[r.firstLine - 1]);
  });

  it('gives one range when there is nowhere to cut', async () => {
    const p = file('one.csv', 'a,b,"c\nd\ne"\n');
    expect(await planRanges(p, 0, readFileSync(p).length, 4, true)).toEqual([{ start: 0, end: 12, firstLine: 1 }]);
  });
});
