// What every reader produces: flat records plus the facts about the format it found.
// A reader never classifies; it only turns bytes into { path -> value } records.

export type Scalar = string | number | boolean | null;

/**
 * One record as parallel arrays. Readers may reuse the same `fields` array for every record
 * (CSV does) so the profiler can cache field lookups; `values[i]` belongs to `fields[i]`.
 */
export interface FlatRecord {
  fields: readonly string[];
  values: readonly Scalar[];
  /** 1-based line where the record starts, when the format has lines. */
  line?: number;
}

/** Structural facts of a table (SQL dumps) that later stages may use as evidence. */
export interface TableInfo {
  name: string;
  records: number;
  columns: string[];
  facts: string[];
}

/** Channel from a reader to the pipeline for non-fatal problems and format facts. */
export interface ReadContext {
  /** Display path of the input (for messages). */
  readonly path: string;
  warn(message: string, line?: number): void;
  /** Format facts discovered while reading (delimiter, header...). */
  setFact(key: 'delimiter' | 'header', value: string | boolean): void;
  /** Tables found (SQL dumps). Called once per table at the end, or whenever counts change. */
  setTables?(tables: TableInfo[]): void;
}

/**
 * A fatal read error: the reader stops, records already yielded are kept, and the error is
 * listed for the file with its line/offset.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A reader turns decoded UTF-8 byte chunks into records. */
export type Reader = (chunks: AsyncIterable<Buffer>, ctx: ReadContext) => AsyncIterable<FlatRecord>;
