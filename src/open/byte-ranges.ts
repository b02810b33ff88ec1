// Record-aligned byte ranges of one plain file, so that several threads can read it at once.
// A range ends just after a newline that ends a record: any newline in NDJSON (JSON strings
// cannot hold a raw one), a newline with an even count of quote bytes since the file start in
// CSV (outside any quoted field, as long as the quoting is well formed — readers of ranges check
// that). One sequential pass over the bytes finds the cuts and counts the lines before each.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { READ_CHUNK } from './open.js';

export interface ByteRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Line number of the range's first byte (1-based, LF-counted). */
  firstLine: number;
}

const LF = 10;
const QUOTE = 34;
const READ_SIZE = 1 << 20;

function count(buf: Buffer, byte: number, from: number, to: number): number {
  let n = 0;
  for (let i = buf.indexOf(byte, from); i >= 0 && i < to; i = buf.indexOf(byte, i + 1)) n++;
  return n;
}

/**
 * Cuts [start, size) into up to `parts` ranges of about equal size at record ends. `quotes`:
 * cut only where the quote count so far is even (CSV). Fewer ranges come back when the file
 * has fewer record ends than cut points (one range: no split possible).
 */
export async function planRanges(path: string, start: number, size: number, parts: number, quotes: boolean): Promise<ByteRange[]> {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(start + Math.floor(((size - start) * k) / parts));
  const ranges: ByteRange[] = [];
  let rangeStart = start;
  let rangeLine = 1;
  let lines = 1;
  let odd = false;
  let t = 0;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_SIZE);
    let pos = 0;
    while (pos < size && t < targets.length) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(READ_SIZE, size - pos), pos);
      if (bytesRead <= 0) break;
      const b = bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
      // Bytes before `from` are counted; the next target may lie in this chunk.
      let from = 0;
      while (t < targets.length) {
        const target = targets[t] - pos;
        if (target >= b.length) break;
        if (target > from) {
          if (quotes && count(b, QUOTE, from, target) % 2 === 1) odd = !odd;
          lines += count(b, LF, from, target);
          from = target;
        }
        // The first record end at or after the target.
        let cut = -1;
        for (let lf = b.indexOf(LF, from); lf >= 0; lf = b.indexOf(LF, from)) {
          if (quotes && count(b, QUOTE, from, lf) % 2 === 1) odd = !odd;
          lines++;
          from = lf + 1;
          if (!odd) {
            cut = lf + 1;
            break;
          }
        }
        if (cut < 0) break; // not in this chunk: carry on in the next
        ranges.push({ start: rangeStart, end: pos + cut, firstLine: rangeLine });
        rangeStart = pos + cut;
        rangeLine = lines;
        // Targets already passed (records longer than a range) are dropped.
        while (t < targets.length && targets[t] < rangeStart) t++;
      }
      if (quotes && count(b, QUOTE, from, b.length) % 2 === 1) odd = !odd;
      lines += count(b, LF, from, b.length);
      pos += bytesRead;
    }
  } finally {
    await fh.close();
  }
  if (rangeStart < size) ranges.push({ start: rangeStart, end: size, firstLine: rangeLine });
  return ranges;
}

/** The bytes of one range, in chunks, as the open stage hands them to readers. */
export function readRange(path: string, range: ByteRange, onBytes: (n: number) => void): AsyncIterable<Buffer> {
  if (range.end <= range.start) return Readable.from([]);
  const stream = createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK });
  return (async function* () {
    try {
      for await (const chunk of stream) {
        onBytes((chunk as Buffer).length);
        yield chunk as Buffer;
      }
    } finally {
      stream.destroy();
    }
  })();
}
