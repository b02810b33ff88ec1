// Drives a reader over bytes and collects what it produced, for reader tests.
import { readFileSync } from 'node:fs';
import { InputError, type Reader, type Scalar, type TableInfo } from '../../src/read/types.js';

export interface ReadResult {
  records: Record<string, Scalar>[];
  lines: (number | undefined)[];
  warnings: { message: string; line?: number }[];
  facts: Record<string, string | boolean>;
  tables?: TableInfo[];
  error?: InputError;
}

/** Splits bytes into chunks of the given sizes (cycled), to test chunk-boundary handling. */
export async function* chunked(buf: Buffer, sizes: number[] = [1 << 16]): AsyncIterable<Buffer> {
  let i = 0;
  let k = 0;
  while (i < buf.length) {
    const n = Math.max(1, sizes[k++ % sizes.length]);
    yield buf.subarray(i, i + n);
    i += n;
  }
}

export async function readAll(reader: Reader, input: Buffer | string, sizes?: number[]): Promise<ReadResult> {
  const buf = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const out: ReadResult = { records: [], lines: [], warnings: [], facts: {} };
  try {
    for await (const r of reader(chunked(buf, sizes), {
      path: 'test',
      warn: (message, line) => out.warnings.push({ message, line }),
      setFact: (k, v) => { out.facts[k] = v; },
      setTables: (t) => { out.tables = t; },
    })) {
      const rec: Record<string, Scalar> = {};
      r.fields.forEach((f, i) => { if (i < r.values.length) rec[f] = r.values[i]; });
      out.records.push(rec);
      out.lines.push(r.line);
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    out.error = e;
  }
  return out;
}

export function fixture(path: string): Buffer {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
}
