// .xlsx through exceljs's streaming reader: one record stream per sheet, field paths
// `Sheet1!Column Header`. Rows stream; only the shared-strings table is held in memory, as xlsx
// requires (it is capped).
//
// exceljs's WorkbookReader.parse() reads the package as one zip stream, so sheets stored before the
// shared strings (as Excel writes them) are spooled to temp files, and its per-chunk text decoding
// breaks multi-byte characters split across chunks. We have random access to the parts, so we
// feed its part parsers ourselves, in dependency order, with correctly decoded text: nothing
// touches the disk. These methods are internal to exceljs, hence the exact version pin.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { headerNames, looksLikeHeader } from '../csv/header.js';
import { InputError, type FlatRecord, type ReadContext, type Scalar, type TableInfo } from '../types.js';

/** The package's parts by name (the open stage provides them from the zip). */
export interface XlsxParts {
  size(name: string): number | undefined;
  open(name: string): Promise<Readable>;
}

interface SheetModel { name: string; rId: string; state?: string }
interface WorksheetReader extends AsyncIterable<{ number: number; values: unknown[] }> { name?: string }
interface WorkbookInternals {
  _parseRels(s: Readable): Promise<void>;
  _parseWorkbook(s: Readable): Promise<void>;
  _parseSharedStrings(s: Readable): AsyncIterable<unknown>;
  _parseStyles(s: Readable): Promise<void>;
  _parseWorksheet(text: AsyncIterable<string>, sheetNo: string): Iterable<{ value: WorksheetReader }>;
  model?: { sheets?: SheetModel[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
}

/** Shared strings are held whole; a larger table is refused rather than exhausting memory. */
export const MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024;
const HEADER_LOOKAHEAD = 20;

async function* utf8(stream: Readable): AsyncIterable<string> {
  const dec = new TextDecoder('utf-8');
  for await (const c of stream) yield dec.decode(c as Buffer, { stream: true });
  const tail = dec.decode();
  if (tail) yield tail;
}

async function part(parts: XlsxParts, name: string): Promise<Readable> {
  return Readable.from(utf8(await parts.open(name)));
}

function isoDate(d: Date): Scalar {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A cell's value as a scalar: rich text joined, formulas by their cached result, links by their text. */
export function cellScalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return cellScalar(o.result);
    if ('hyperlink' in o) return cellScalar(o.text ?? o.hyperlink);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

async function openWorkbook(parts: XlsxParts): Promise<WorkbookInternals> {
  const wb = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  }) as unknown as WorkbookInternals;
  await wb._parseRels(await part(parts, 'xl/_rels/workbook.xml.rels'));
  await wb._parseWorkbook(await part(parts, 'xl/workbook.xml'));
  const sst = parts.size('xl/sharedStrings.xml');
  if (sst === undefined) {
    wb.sharedStrings = [];
  } else {
    if (sst > MAX_SHARED_STRINGS_BYTES) {
      throw new InputError(`shared strings table of ${Math.round(sst / 2 ** 20)} MiB is over the ${MAX_SHARED_STRINGS_BYTES / 2 ** 20} MiB it may hold in memory: not read`);
    }
    for await (const _ of wb._parseSharedStrings(await part(parts, 'xl/sharedStrings.xml'))) { /* cached on wb */ }
  }
  // Styles tell which numbers are dates.
  if (parts.size('xl/styles.xml') !== undefined) await wb._parseStyles(await part(parts, 'xl/styles.xml'));
  return wb;
}

function asText(v: Scalar): string {
  return v === null ? '' : String(v);
}

export async function* readXlsx(parts: XlsxParts, ctx: ReadContext): AsyncIterable<FlatRecord> {
  const wb = await openWorkbook(parts);
  const targets = new Map((wb.workbookRels ?? []).map((r) => [r.Id, partName(r.Target)]));
  const tables: TableInfo[] = [];
  for (const sheet of wb.model?.sheets ?? []) {
    const target = targets.get(sheet.rId);
    if (!target || parts.size(target) === undefined || !/worksheets\//.test(target)) continue; // chart sheets, dangling links
    if (sheet.state && sheet.state !== 'visible') ctx.warn(`sheet ${sheet.name} is ${sheet.state === 'veryHidden' ? 'very hidden' : 'hidden'}`);
    const text = utf8(await parts.open(target));
    // `(?<!\d)`: one attempt per digit run, so a crafted part name of digits stays linear.
    const [{ value: rows }] = [...wb._parseWorksheet(text, /(?<!\d)(\d+)\.xml$/.exec(target)?.[1] ?? '0')];
    const table: TableInfo = { name: sheet.name, records: 0, columns: [], facts: [] };
    tables.push(table);
    yield* sheetRecords(sheet.name, rows, table);
    ctx.setTables?.(tables);
  }
  if (tables.length === 0) throw new InputError('workbook has no worksheets');
}

async function* sheetRecords(sheet: string, rows: WorksheetReader, table: TableInfo): AsyncIterable<FlatRecord> {
  const ahead: { line: number; values: Scalar[] }[] = [];
  let names: string[] | null = null;
  let fields: string[] = [];
  const nameOf = (col: number) => names?.[col] ?? `column_${col + 1}`;
  const emit = (line: number, values: Scalar[]): FlatRecord => {
    if (values.length > fields.length) {
      // A new array, not a grown one: the profiler may key its field lookups on the array.
      fields = [...fields, ...Array.from({ length: values.length - fields.length }, (_, i) => `${sheet}!${nameOf(fields.length + i)}`)];
      table.columns = fields.map((f) => f.slice(sheet.length + 1));
    }
    while (values.length < fields.length) values.push(null);
    table.records++;
    return { fields, values, line };
  };
  const decide = () => {
    const first = ahead[0];
    const header = first !== undefined
      && first.values.every((v) => v === null || typeof v === 'string')
      && looksLikeHeader(ahead.map((r) => r.values.map(asText)));
    table.facts.push(header ? 'header row' : 'no header row (columns named column_N)');
    if (header) {
      names = headerNames(first.values.map(asText));
      ahead.shift();
    } else {
      names = [];
    }
    fields = names.map((n) => `${sheet}!${n}`);
    table.columns = [...names];
  };
  for await (const row of rows) {
    // row.values is 1-based and sparse.
    const values = Array.from({ length: Math.max(0, row.values.length - 1) }, (_, i) => cellScalar(row.values[i + 1]));
    if (values.every((v) => v === null || v === '')) continue;
    if (names === null) {
      ahead.push({ line: row.number, values });
      if (ahead.length < HEADER_LOOKAHEAD) continue;
      decide();
      for (const r of ahead.splice(0)) yield emit(r.line, r.values);
      continue;
    }
    yield emit(row.number, values);
  }
  if (names === null) {
    decide();
    for (const r of ahead.splice(0)) yield emit(r.line, r.values);
  }
}
