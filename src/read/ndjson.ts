// NDJSON / JSON Lines reader: one JSON value per line, split at the Buffer level.
//
// Each object line is a record rooted at the object. A line holding an array or a scalar is
// still a record, named `value` (`value`, `value[]`), as in a top-level JSON array. Blank lines
// are skipped; `\r\n` is accepted. A line that is not valid JSON is a warning with its line
// number and reading goes on; a line longer than the limit is dropped without being buffered.
import { MAX_RECORD_FIELDS, RecordFlattener } from './flatten.js';
import { DEFAULT_MAX_LINE_BYTES, formatSize } from './json/limits.js';
import { findJsonFault } from './json/syntax.js';
import type { FlatRecord, ReadContext, Reader } from './types.js';

export interface NdjsonReaderOptions {
  /** Lines longer than this are skipped with a warning. Default 64 MB. */
  maxLineBytes?: number;
  /** Line number of the first line (a byte range of a larger file); 1 by default. */
  firstLine?: number;
}

/** Invalid lines listed one by one; beyond this they are only counted (a mis-sniffed binary file would otherwise flood the report). */
const MAX_LINE_WARNINGS = 100;

const NEWLINE = 0x0a;
const RETURN = 0x0d;

export function createNdjsonReader(options: NdjsonReaderOptions = {}): Reader {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  return async function* readNdjsonChunks(chunks: AsyncIterable<Buffer>, ctx: ReadContext): AsyncIterable<FlatRecord> {
    const lines = new LineParser(ctx);
    let lineNo = (options.firstLine ?? 1) - 1;
    // A line split across chunks: its pieces so far, or `skipping` once it grew past the limit.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let skipping = false;

    for await (const chunk of chunks) {
      let start = 0;
      for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
        lineNo++;
        let record: FlatRecord | undefined;
        if (skipping) {
          skipping = false;
        } else if (pendingBytes + (nl - start) > maxLineBytes) {
          lines.tooLong(lineNo, maxLineBytes);
        } else if (pendingBytes === 0) {
          record = lines.parse(chunk, start, nl, lineNo);
        } else {
          pending.push(chunk.subarray(start, nl));
          const joined = Buffer.concat(pending, pendingBytes + (nl - start));
          record = lines.parse(joined, 0, joined.length, lineNo);
        }
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        if (record !== undefined) yield record;
      }
      if (start < chunk.length && !skipping) {
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLineBytes) {
          lines.tooLong(lineNo + 1, maxLineBytes);
          pending = [];
          pendingBytes = 0;
          skipping = true;
        } else {
          pending.push(start === 0 ? chunk : chunk.subarray(start));
        }
      }
    }
    if (pendingBytes > 0) {
      const last = Buffer.concat(pending, pendingBytes);
      const record = lines.parse(last, 0, last.length, lineNo + 1);
      if (record !== undefined) yield record;
    }
    lines.finish();
  };
}

class LineParser {
  private warnings = 0;
  private unlisted = 0;
  private warnedWide = false;
  private readonly flattener = new RecordFlattener();

  constructor(private readonly ctx: ReadContext) {}

  /** The record on bytes [start, end) of `buf` (a line without its `\n`), if any. */
  parse(buf: Buffer, start: number, end: number, line: number): FlatRecord | undefined {
    if (end > start && buf[end - 1] === RETURN) end--;
    if (end === start) return undefined;
    const text = buf.toString('utf8', start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (text.trim() !== '') this.invalid(text, line);
      return undefined;
    }
    const { fields, values, dropped } = this.flattener.flatten(value, '', 'value');
    if (dropped && !this.warnedWide) {
      this.warnedWide = true;
      this.ctx.warn(`line ${line} has more than ${MAX_RECORD_FIELDS} values (or nests too deeply); the rest of it was ignored (reported once per file)`, line);
    }
    return { fields, values, line };
  }

  tooLong(line: number, limit: number): void {
    this.warn(`line ${line} is longer than ${formatSize(limit)}; skipped`, line);
  }

  finish(): void {
    if (this.unlisted > 0) this.ctx.warn(`${this.unlisted} more invalid or oversized lines not listed`);
  }

  private invalid(text: string, line: number): void {
    if (this.warnings >= MAX_LINE_WARNINGS) {
      this.unlisted++;
      return;
    }
    const fault = findJsonFault(text);
    const reason = fault === undefined ? 'not valid JSON' : `${fault.reason} at column ${fault.index + 1}`;
    this.warn(`invalid JSON on line ${line}: ${reason}`, line);
  }

  private warn(message: string, line: number): void {
    if (this.warnings >= MAX_LINE_WARNINGS) {
      this.unlisted++;
      return;
    }
    this.warnings++;
    this.ctx.warn(message, line);
  }
}

export const readNdjson: Reader = createNdjsonReader();
