// Chunking never changes what the log reader sees: any mix of log lines (all kinds, non-ASCII,
// CRLF, blank) split at arbitrary byte positions gives the same records as the whole input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/read/log/reader.js';
import type { Scalar } from '../../src/read/types.js';
import { chunked } from '../helpers/read-all.js';

const FIXTURE_LINES = ['access_combined.log', 'auth.log', 'rfc5424.log', 'app.logfmt.log', 'app.text.log'].flatMap((name) =>
  readFileSync(new URL(`../../fixtures/read/log/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.length > 0),
);

const line = fc.oneof(
  fc.constantFrom(...FIXTURE_LINES),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.constantFrom('', '   ', 'Zoë ☃ 😀 a@b.org', 'k=ü v="ä b"'),
);

async function read(bytes: Buffer, sizes: number[]) {
  const out: { line?: number; pairs: [string, Scalar][] }[] = [];
  const warnings: [string, number | undefined][] = [];
  const ctx = { path: 'p', warn: (m: string, l?: number) => warnings.push([m, l]), setFact: () => undefined };
  for await (const r of readLog(chunked(bytes, sizes), ctx)) out.push({ line: r.line, pairs: r.fields.map((f, i) => [f, r.values[i]]) });
  return { out, warnings };
}

describe('readLog chunking (property)', () => {
  it('gives the same records whatever the chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 48 }), { minLength: 1, maxLength: 12 }),
        async (lines, eol, finalEol, sizes) => {
          const bytes = Buffer.from(lines.join(eol) + (finalEol ? eol : ''), 'utf8');
          const whole = await read(bytes, [bytes.length || 1]);
          expect(await read(bytes, sizes)).toEqual(whole);
          expect(whole.out.length).toBe(lines.filter((l) => l.trim().length > 0).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
