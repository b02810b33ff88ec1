// Shared by the JSON and NDJSON reader tests: fixtures, chunking, and a collecting ReadContext.
import { readFileSync } from 'node:fs';
import { InputError, type ReadContext, type Reader, type Scalar } from '../../src/read/types.js';

export function fixture(dir: 'json' | 'ndjson', name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/read/${dir}/${name}`, import.meta.url));
}

/** Splits bytes into chunks of `size` bytes, or of sizes drawn from `size()`. */
export async function* chunked(bytes: Buffer, size: number | (() => number) = bytes.length || 1): AsyncIterable<Buffer> {
  for (let i = 0; i < bytes.length; ) {
    const n = Math.max(1, typeof size === 'number' ? size : size());
    yield bytes.subarray(i, i + n);
    i += n;
  }
}

/** Deterministic chunk sizes (1..max) so failures reproduce. */
export function seededSizes(seed: number, max = 17): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return 1 + ((s >>> 0) % max);
  };
}

export interface PlainRecord {
  line?: number;
  pairs: [string, Scalar][];
}

export interface ReadResult {
  records: PlainRecord[];
  warnings: { message: string; line?: number }[];
  error?: InputError;
}

/** Runs a reader to the end, keeping records, warnings and the InputError (anything else throws). */
export async function readAll(reader: Reader, chunks: AsyncIterable<Buffer>): Promise<ReadResult> {
  const warnings: ReadResult['warnings'] = [];
  const ctx: ReadContext = {
    path: 'test',
    warn: (message, line) => warnings.push(line === undefined ? { message } : { message, line }),
    setFact: () => {},
  };
  const records: PlainRecord[] = [];
  try {
    for await (const r of reader(chunks, ctx)) {
      records.push({ line: r.line, pairs: r.fields.map((f, i) => [f, r.values[i]] as [string, Scalar]) });
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { records, warnings, error };
  }
  return { records, warnings };
}

/** The same result as plain data (InputError reduced to its message and position). */
export function comparable(result: ReadResult): unknown {
  const { error, ...rest } = result;
  return { ...rest, error: error && { message: error.message, line: error.line, offset: error.offset } };
}

/** The value of the first pair with `path` in a record. */
export function valueAt(record: PlainRecord, path: string): Scalar | undefined {
  return record.pairs.find(([p]) => p === path)?.[1];
}
