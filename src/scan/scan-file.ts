// One opened stream of records through the pipeline: read → profile + classify → report entry.
// scan-source.ts opens inputs (and archives' members) and calls in here.
import type { Detector } from '../classify/detector.js';
import type { CustomDetectorSpec } from '../config/schema.js';
import type { ValueAllowlist } from '../config/value-allowlist.js';
import { describeFsError } from '../discover/discover.js';
import { OpenError, type OpenedInput } from '../open/open.js';
import type { ArchiveLimits } from '../open/archive/limits.js';
import { emptyProvenance, judgeFile, judgeTables } from '../provenance/index.js';
import { InputError, type FlatRecord, type ReadContext, type TableInfo } from '../read/types.js';
import { buildFieldReport, maskStylesOf, withoutIdentifyingRange } from '../report/field-report.js';
import type { FileReport } from '../report/schema.js';
import { FieldTable, MAX_FIELDS } from './field-table.js';
import { ProblemLog } from './problems.js';
import { addShareIntervals, scoreInterval } from './sample-intervals.js';
import { RecordSampler, type SampleSpec } from './sampler.js';
import { readerFor } from './readers.js';

export interface ScanSettings {
  maxRecords: number | null;
  /** --max-bytes: stop reading a file once this many bytes of it were read (checked per record). */
  maxBytes?: number;
  showValues: boolean;
  /**
   * Classify every value (--classify-all, and policy gates: one real value must not hide in the
   * unsampled records). Otherwise each field's first CLASSIFY_ALL values, then a record sample.
   */
  classifyAll?: boolean;
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
  /** --sample: profile a seeded sample of each file's records (`requested` is the user's text). */
  sample?: { spec: SampleSpec; requested: string };
  stdin?: NodeJS.ReadableStream;
  /** Limits on archives (sizes, ratios, members, depth); defaults when absent. */
  archiveLimits?: ArchiveLimits;
  onProgress?: (p: { path: string; records: number; bytes: number }) => void;
}

const PROGRESS_EVERY = 4096;

export function unreadable(ref: { display: string }, message: string, line?: number, offset?: number): FileReport {
  const error: FileReport['errors'][number] = { message };
  if (line) error.line = line;
  if (offset !== undefined) error.offset = offset;
  return {
    path: ref.display, format: 'unknown', formatReason: 'not read', compression: 'none', encoding: 'unknown',
    records: 0, bytes: 0, truncated: false, errors: [error], warnings: [], provenance: emptyProvenance(), fields: [],
  };
}

export function describeError(e: unknown): { message: string; line?: number; offset?: number } {
  if (e instanceof InputError) return { message: e.message, line: e.line, offset: e.offset };
  if (e instanceof OpenError) return { message: e.message, offset: e.offset };
  if ((e as NodeJS.ErrnoException)?.code) return { message: describeFsError(e) };
  // A bug, not the user's input: say so briefly; LEAKSIFT_DEBUG shows the stack.
  if (process.env.LEAKSIFT_DEBUG) console.error(e);
  return { message: `internal error while reading: ${(e as Error)?.message ?? String(e)}` };
}

/** What the open stage found about a stream of records, and how to read them. */
export interface RecordSource {
  format: string;
  formatReason: string;
  compression: 'none' | 'gzip';
  encoding: string;
  warnings: string[];
  bytesRead(): number;
  read(ctx: ReadContext): AsyncIterable<FlatRecord>;
}

export function textSource(opened: OpenedInput): RecordSource {
  const reader = readerFor(opened.guess);
  return {
    format: opened.guess.detail ? `${opened.guess.format}:${opened.guess.detail}` : opened.guess.format,
    formatReason: opened.guess.reason,
    compression: opened.compression,
    encoding: opened.encoding,
    warnings: opened.warnings,
    bytesRead: opened.bytesRead,
    read: (ctx) => reader(opened.chunks, ctx),
  };
}

export async function scanRecords(display: string, src: RecordSource, settings: ScanSettings): Promise<FileReport> {
  const errors = new ProblemLog();
  const warnings = new ProblemLog();
  for (const w of src.warnings) warnings.add(w);
  const facts: { delimiter?: string; header?: boolean } = {};
  let tables: TableInfo[] | undefined;
  const table = new FieldTable(settings.detectors, { digestKey: settings.valueDigestKey, classifyAll: settings.classifyAll });
  let truncated = false;
  const sampler = settings.sample ? new RecordSampler(settings.sample.spec, display) : null;
  try {
    for await (const record of src.read({
      path: display,
      warn: (message, line) => warnings.add(message, line),
      setFact: (key, value) => {
        if (key === 'delimiter') facts.delimiter = String(value);
        else facts.header = Boolean(value);
      },
      setTables: (t) => { tables = t; },
    })) {
      if (settings.maxRecords !== null && (sampler?.seen ?? table.records) >= settings.maxRecords) {
        truncated = true;
        break;
      }
      if (settings.maxBytes && src.bytesRead() > settings.maxBytes) {
        truncated = true;
        break;
      }
      if (sampler) {
        const kept = sampler.offer(record);
        if (kept) table.add(kept);
      } else table.add(record);
      const seen = sampler?.seen ?? table.records;
      if (settings.onProgress && seen % PROGRESS_EVERY === 0) {
        settings.onProgress({ path: display, records: seen, bytes: src.bytesRead() });
      }
    }
  } catch (e) {
    const d = describeError(e);
    errors.add(d.message, d.line, d.offset);
  }
  if (sampler) for (const r of sampler.drain()) table.add(r);
  return fileReport(display, src, { table, facts, tables, warnings, errors, truncated, bytes: src.bytesRead() }, settings, sampler);
}

/** What reading one input left behind, whether one pass or merged byte ranges produced it. */
export interface ReadOutcome {
  table: FieldTable;
  facts: { delimiter?: string; header?: boolean };
  tables?: TableInfo[];
  warnings: ProblemLog;
  errors: ProblemLog;
  truncated: boolean;
  bytes: number;
}

/** The file's report entry: field reports, facts, problems and the judge's verdict. */
export function fileReport(
  display: string,
  src: Pick<RecordSource, 'format' | 'formatReason' | 'compression' | 'encoding'>,
  outcome: ReadOutcome,
  settings: ScanSettings,
  sampler: RecordSampler | null,
): FileReport {
  const { table, facts, tables, warnings, errors, truncated } = outcome;
  if (table.droppedFields > 0) {
    warnings.add(`more than ${MAX_FIELDS} distinct fields; values of further fields were not profiled`);
  }

  if (settings.onValueDigests) settings.onValueDigests(display, table.valueDigests());
  const maskStyles = maskStylesOf(settings.detectors);
  const fields = [...table.fields.values()].map((s) =>
    buildFieldReport(s.path, s.profile, s.classifier, maskStyles, settings.showValues),
  );
  if (sampler) addShareIntervals(fields);
  const report: Omit<FileReport, 'provenance'> = {
    path: display,
    format: src.format,
    formatReason: src.formatReason,
    compression: src.compression,
    encoding: src.encoding,
    ...(facts.delimiter !== undefined ? { delimiter: facts.delimiter } : {}),
    ...(facts.header !== undefined ? { header: facts.header } : {}),
    records: sampler ? sampler.seen : table.records,
    bytes: outcome.bytes,
    truncated,
    errors: errors.list(),
    warnings: warnings.list(),
    ...(tables ? { tables } : {}),
    ...(sampler && settings.sample
      ? {
          sampling: {
            method: sampler.spec.kind === 'fraction' ? ('fraction' as const) : ('reservoir' as const),
            requested: settings.sample.requested,
            seed: sampler.spec.seed,
            recordsSeen: sampler.seen,
            recordsSampled: table.records,
          },
        }
      : {}),
    fields,
  };
  // The judge sees what was profiled: with --sample, the sampled records.
  const profiled = { ...report, records: table.records, distinctRecords: Math.min(table.records, table.distinctRecords.estimate()) };
  const judge = (f: typeof profiled) => judgeFile(f, { weights: settings.provenanceWeights });
  const provenance = judge(profiled);
  if (sampler) provenance.internalScoreInterval = scoreInterval(profiled, judge);
  // A dump's tables can disagree (a scraped profile table beside a users table): judge each too.
  if (report.tables && report.tables.length > 1) {
    const perTable = new Map(judgeTables(profiled, { weights: settings.provenanceWeights }).map((t) => [t.name, t.provenance]));
    report.tables = report.tables.map((t) => (perTable.has(t.name) ? { ...t, provenance: perTable.get(t.name) } : t));
  }
  // Judged on complete stats; reported without ranges that would print identifying values.
  return { ...report, fields: fields.map((f) => withoutIdentifyingRange(f, maskStyles, settings.showValues)), provenance };
}
