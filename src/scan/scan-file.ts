// One input through the pipeline: open → read → profile + classify → report entry.
import type { Detector } from '../classify/detector.js';
import type { CustomDetectorSpec } from '../config/schema.js';
import type { ValueAllowlist } from '../config/value-allowlist.js';
import { describeFsError, type InputRef } from '../discover/discover.js';
import { OpenError, openInput, type OpenedInput } from '../open/open.js';
import { emptyProvenance, judgeFile } from '../provenance/index.js';
import { InputError, type TableInfo } from '../read/types.js';
import { buildFieldReport, maskStylesOf } from '../report/field-report.js';
import type { FileReport } from '../report/schema.js';
import { FieldTable, MAX_FIELDS } from './field-table.js';
import { ProblemLog } from './problems.js';
import { readerFor, SNIFF_PLUGINS } from './readers.js';

export interface ScanSettings {
  maxRecords: number | null;
  showValues: boolean;
  detectors: readonly Detector[];
  /** The data form of the custom detectors in `detectors`, so worker threads can rebuild them. */
  customDetectorSpecs?: CustomDetectorSpec[];
  /** The config's value allowlist applied to `detectors`, so worker threads can apply it too. */
  valueAllowlist?: ValueAllowlist;
  /** Key for per-field value digests (baselines); without it none are computed. */
  valueDigestKey?: Buffer;
  /** Receives each file's per-field value digests (only with valueDigestKey). */
  onValueDigests?: (file: string, digests: Map<string, Buffer>) => void;
  provenanceWeights?: Record<string, number>;
  stdin?: NodeJS.ReadableStream;
  onProgress?: (p: { path: string; records: number; bytes: number }) => void;
}

const PROGRESS_EVERY = 4096;

function unreadable(ref: InputRef, message: string, line?: number, offset?: number): FileReport {
  const error: FileReport['errors'][number] = { message };
  if (line) error.line = line;
  if (offset !== undefined) error.offset = offset;
  return {
    path: ref.display, format: 'unknown', formatReason: 'not read', compression: 'none', encoding: 'unknown',
    records: 0, bytes: 0, truncated: false, errors: [error], warnings: [], provenance: emptyProvenance(), fields: [],
  };
}

function describeError(e: unknown): { message: string; line?: number; offset?: number } {
  if (e instanceof InputError) return { message: e.message, line: e.line, offset: e.offset };
  if (e instanceof OpenError) return { message: e.message, offset: e.offset };
  if ((e as NodeJS.ErrnoException)?.code) return { message: describeFsError(e) };
  // A bug, not the user's input: say so briefly; LEAKSIFT_DEBUG shows the stack.
  if (process.env.LEAKSIFT_DEBUG) console.error(e);
  return { message: `internal error while reading: ${(e as Error)?.message ?? String(e)}` };
}

export async function scanInput(ref: InputRef, settings: ScanSettings): Promise<FileReport> {
  if (ref.kind === 'missing') return unreadable(ref, ref.message);
  let opened: OpenedInput;
  try {
    opened = await openInput(ref.kind === 'stdin' ? { stdin: settings.stdin ?? process.stdin } : { path: ref.path }, SNIFF_PLUGINS);
  } catch (e) {
    const d = describeError(e);
    return unreadable(ref, d.message, d.line, d.offset);
  }

  const errors = new ProblemLog();
  const warnings = new ProblemLog();
  for (const w of opened.warnings) warnings.add(w);
  const facts: { delimiter?: string; header?: boolean } = {};
  let tables: TableInfo[] | undefined;
  const table = new FieldTable(settings.detectors, settings.valueDigestKey);
  let truncated = false;
  const reader = readerFor(opened.guess);
  try {
    for await (const record of reader(opened.chunks, {
      path: ref.display,
      warn: (message, line) => warnings.add(message, line),
      setFact: (key, value) => {
        if (key === 'delimiter') facts.delimiter = String(value);
        else facts.header = Boolean(value);
      },
      setTables: (t) => { tables = t; },
    })) {
      if (settings.maxRecords !== null && table.records >= settings.maxRecords) {
        truncated = true;
        break;
      }
      table.add(record);
      if (settings.onProgress && table.records % PROGRESS_EVERY === 0) {
        settings.onProgress({ path: ref.display, records: table.records, bytes: opened.bytesRead() });
      }
    }
  } catch (e) {
    const d = describeError(e);
    errors.add(d.message, d.line, d.offset);
  }
  if (table.droppedFields > 0) {
    warnings.add(`more than ${MAX_FIELDS} distinct fields; values of further fields were not profiled`);
  }

  const maskStyles = maskStylesOf(settings.detectors);
  const fields = [...table.fields.values()].map((s) =>
    buildFieldReport(s.path, s.profile, s.classifier, maskStyles, settings.showValues),
  );
  const format = opened.guess.detail ? `${opened.guess.format}:${opened.guess.detail}` : opened.guess.format;
  const report: Omit<FileReport, 'provenance'> = {
    path: ref.display,
    format,
    formatReason: opened.guess.reason,
    compression: opened.compression,
    encoding: opened.encoding,
    ...(facts.delimiter !== undefined ? { delimiter: facts.delimiter } : {}),
    ...(facts.header !== undefined ? { header: facts.header } : {}),
    records: table.records,
    bytes: opened.bytesRead(),
    truncated,
    errors: errors.list(),
    warnings: warnings.list(),
    ...(tables ? { tables } : {}),
    fields,
  };
  const provenance = judgeFile(
    { ...report, distinctRecords: Math.min(table.records, table.distinctRecords.estimate()) },
    { weights: settings.provenanceWeights },
  );
  return { ...report, provenance };
}

/** Every report an input produces: one for a plain file; an archive adds one per member. */
export async function* scanRef(ref: InputRef, settings: ScanSettings): AsyncIterable<FileReport> {
  yield await scanInput(ref, settings);
}
