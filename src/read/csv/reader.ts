// CSV/TSV/semicolon/pipe reader on csv-parse's streaming API. Ragged rows and broken quoting
// are warnings with line numbers (never with the row's text); parsing goes on.
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { InputError, type FlatRecord, type ReadContext, type Reader } from '../types.js';
import { describeCsvFault, isCsvFault } from './errors.js';
import { headerNames, looksLikeHeader, positionalNames } from './header.js';

const HEADER_SAMPLE_ROWS = 20;
const MAX_COLUMNS = 100_000;
/** A row longer than this (in characters) stops the reader: quoting is broken beyond repair. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** How to read a byte range of a delimited file (see src/open/byte-ranges.ts). */
export interface CsvOptions {
  /** Field names decided on the file's first rows (ranges after the first); skips header detection. */
  header?: { names: string[]; present: boolean };
  /** Line number of the range's first line (for warnings); 1 by default. */
  firstLine?: number;
  /** Told of every malformed-quoting fault (a range reader checks its cut was a record end). */
  onFault?: () => void;
  /** Told of the header decision once made (names for the other ranges of the file). */
  onHeader?: (names: string[], present: boolean) => void;
}

export function csvReader(delimiter: string, options: CsvOptions = {}): Reader {
  return (chunks, ctx) => readCsv(chunks, ctx, delimiter, options);
}

async function* readCsv(chunks: AsyncIterable<Buffer>, ctx: ReadContext, delimiter: string, options: CsvOptions): AsyncIterable<FlatRecord> {
  const lineOffset = (options.firstLine ?? 1) - 1;
  // Line where each parsed record ends, in order (records arrive in order), read from the
  // parser's live `info` as it pushes each record: `on_record` or `info: true` would build an
  // info object per record (7% of a scan's time).
  const endLines: number[] = [];
  let endHead = 0;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    // Files that mix CRLF, LF and CR: every one ends a record, not only the first one seen.
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: (err: CsvError | undefined) => {
      if (!err) return;
      options.onFault?.();
      // csv-parse's own messages quote the offending field: describe the fault from its code alone.
      const code = err.code.replace(/^CSV_/, '');
      const what = isCsvFault(code) ? describeCsvFault(code, ((err as CsvError & { index?: number }).index ?? 0)) : 'malformed quoting';
      ctx.warn(`skipped a malformed row: ${what}`, ((err as CsvError & { lines?: number }).lines ?? 0) + lineOffset || undefined);
    },
  });
  const push = parser.push.bind(parser);
  parser.push = (record: unknown) => {
    if (record !== null) endLines.push(parser.info.lines);
    return push(record);
  };
  const input = Readable.from(chunks);
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);

  let fields: string[] | null = null;
  const pending: { row: string[]; line: number }[] = [];
  const widened = new Map<number, string[]>();
  ctx.setFact('delimiter', delimiter);
  if (options.header) {
    ctx.setFact('header', options.header.present);
    fields = options.header.names;
  }

  const emit = (row: string[], line: number): FlatRecord => {
    const f = fields!;
    if (row.length !== f.length) {
      ctx.warn(`row has ${row.length} fields, header has ${f.length}`, line);
      if (row.length > f.length) {
        let wide = widened.get(row.length);
        if (!wide) {
          wide = f.concat(positionalNames(row.length).slice(f.length));
          widened.set(row.length, wide);
        }
        return { fields: wide, values: row, line };
      }
    }
    return { fields: f, values: row, line };
  };
  const decideHeader = () => {
    const rows = pending.map((p) => p.row);
    const hasHeader = looksLikeHeader(rows);
    ctx.setFact('header', hasHeader);
    const width = Math.max(...rows.map((r) => r.length));
    if (width > MAX_COLUMNS) throw new InputError(`${width} columns; more than the ${MAX_COLUMNS} supported`, pending[0].line);
    fields = hasHeader ? headerNames(rows[0]) : positionalNames(width);
    options.onHeader?.(fields, hasHeader);
    if (hasHeader) pending.shift();
  };

  try {
    let lastLine = 0;
    for await (const row of parser as AsyncIterable<string[]>) {
      const line = lastLine + 1 + lineOffset;
      lastLine = endLines[endHead++];
      if (endHead > 4096) {
        endLines.splice(0, endHead);
        endHead = 0;
      }
      if (fields === null) {
        pending.push({ row, line });
        if (pending.length >= HEADER_SAMPLE_ROWS) {
          decideHeader();
          for (const p of pending.splice(0)) yield emit(p.row, p.line);
        }
        continue;
      }
      yield emit(row, line);
    }
    if (fields === null && pending.length > 0) {
      decideHeader();
      for (const p of pending.splice(0)) yield emit(p.row, p.line);
    }
  } catch (e) {
    // Rows held back for header detection were read before the fault: keep them.
    if (fields === null && pending.length > 0) {
      try {
        decideHeader();
        for (const p of pending.splice(0)) yield emit(p.row, p.line);
      } catch {
        pending.length = 0;
      }
    }
    if (e instanceof InputError) throw e;
    const err = e as CsvError & { lines?: number };
    if (err.code === 'CSV_MAX_RECORD_SIZE') throw new InputError('CSV parse error: a row longer than the size limit', (err.lines ?? 0) + lineOffset || undefined);
    if (err.code && err.code.startsWith('CSV_')) throw new InputError(`CSV parse error (${err.code})`, (err.lines ?? 0) + lineOffset || undefined);
    throw e;
  } finally {
    input.destroy();
  }
}
