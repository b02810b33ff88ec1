// CSV/TSV/semicolon/pipe reader on csv-parse's streaming API. Ragged rows and broken quoting
// are warnings with line numbers; parsing goes on.
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { InputError, type FlatRecord, type ReadContext, type Reader } from '../types.js';
import { headerNames, looksLikeHeader, positionalNames } from './header.js';

const HEADER_SAMPLE_ROWS = 20;
const MAX_COLUMNS = 100_000;

export function csvReader(delimiter: string): Reader {
  return (chunks, ctx) => readCsv(chunks, ctx, delimiter);
}

async function* readCsv(chunks: AsyncIterable<Buffer>, ctx: ReadContext, delimiter: string): AsyncIterable<FlatRecord> {
  // Line where each parsed record ends, in order (records are read in order): cheaper than `info: true`.
  const endLines: number[] = [];
  let endHead = 0;
  const parser = parse({
    on_record: (record: string[], context: { lines: number }) => {
      endLines.push(context.lines);
      return record;
    },
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 64 * 1024 * 1024,
    on_skip: (err: CsvError | undefined) => {
      if (err) ctx.warn(`skipped a malformed row: ${err.message.replace(/^Invalid Record Length: /, '')}`, (err as CsvError & { lines?: number }).lines);
    },
  });
  const input = Readable.from(chunks);
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);

  let fields: string[] | null = null;
  const pending: { row: string[]; line: number }[] = [];
  const widened = new Map<number, string[]>();
  ctx.setFact('delimiter', delimiter);

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
    if (hasHeader) pending.shift();
  };

  try {
    let lastLine = 0;
    for await (const row of parser as AsyncIterable<string[]>) {
      const line = lastLine + 1;
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
    if (e instanceof InputError) throw e;
    const err = e as CsvError & { lines?: number };
    if (err.code && err.code.startsWith('CSV_')) throw new InputError(`CSV parse error: ${err.message}`, err.lines);
    throw e;
  } finally {
    input.destroy();
  }
}
