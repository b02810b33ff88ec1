// One byte range of a large plain file, read on a worker thread into mergeable state (see
// split-file.ts). The range reader gets the format facts the open stage sniffed from the file's
// head; nothing is sniffed per range.
import { readRange, type ByteRange } from '../open/byte-ranges.js';
import { csvReader } from '../read/csv/reader.js';
import { createNdjsonReader } from '../read/ndjson.js';
import { FieldTable, type FieldTableState } from './field-table.js';
import { ProblemLog, type ProblemLogState } from './problems.js';
import { describeError, type ScanSettings } from './scan-file.js';

export interface RangeTask {
  path: string;
  display: string;
  range: ByteRange;
  format: 'csv' | 'ndjson';
  delimiter?: string;
  /** CSV ranges after the first: the header decision made on the file's first rows. */
  header?: { names: string[]; present: boolean };
  /** The file's first range (per-field prefixes apply, as in one pass: see FieldTableOptions). */
  first: boolean;
  /** Stop at the first quoting fault (CSV ranges before the last: their result would be dropped). */
  stopOnFault?: boolean;
}

export interface RangeResult {
  table: FieldTableState;
  warnings: ProblemLogState;
  errors: ProblemLogState;
  facts: { delimiter?: string; header?: boolean };
  /** Reading stopped at a fatal error: one pass would not have read the ranges after this one. */
  stopped: boolean;
  /** Malformed quoting seen (CSV): the cuts after this range may not be record ends. */
  quoteFaults: number;
  bytes: number;
}

const PROGRESS_EVERY = 4096;

export async function scanRange(
  task: RangeTask,
  settings: ScanSettings,
  onProgress?: (p: { records: number; bytes: number }) => void,
): Promise<RangeResult> {
  const warnings = new ProblemLog();
  const errors = new ProblemLog();
  const facts: RangeResult['facts'] = {};
  const table = new FieldTable(settings.detectors, { classifyAll: settings.classifyAll, continuation: !task.first });
  let bytes = 0;
  let quoteFaults = 0;
  let stopped = false;
  const reader =
    task.format === 'csv'
      ? csvReader(task.delimiter ?? ',', { header: task.header, firstLine: task.range.firstLine, onFault: () => quoteFaults++ })
      : createNdjsonReader({ firstLine: task.range.firstLine });
  try {
    const chunks = readRange(task.path, task.range, (n) => { bytes += n; });
    for await (const record of reader(chunks, {
      path: task.display,
      warn: (message, line) => warnings.add(message, line),
      setFact: (key, value) => {
        if (key === 'delimiter') facts.delimiter = String(value);
        else facts.header = Boolean(value);
      },
    })) {
      if (quoteFaults > 0 && task.stopOnFault) break;
      table.add(record);
      if (onProgress && table.records % PROGRESS_EVERY === 0) onProgress({ records: table.records, bytes });
    }
  } catch (e) {
    const d = describeError(e);
    errors.add(d.message, d.line, d.offset);
    stopped = true;
  }
  return { table: table.exportState(), warnings: warnings.exportState(), errors: errors.exportState(), facts, stopped, quoteFaults, bytes };
}
