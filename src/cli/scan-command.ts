// `leaksift scan`: options → scan request → rendered report on stdout (or --output).
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { DETECTORS } from '../classify/detectors/index.js';
import { renderHtml } from '../render/html/html.js';
import { renderJson, renderNdjsonFile, renderNdjsonSummary } from '../render/json.js';
import { renderText } from '../render/text.js';
import type { Report } from '../report/schema.js';
import { scan, scanFiles, type ScanRequest } from '../scan/scan.js';
import { PARTIAL_VERSION, type Partial } from '../report/partial.js';
import { SCHEMA_VERSION } from '../report/schema.js';
import { TOOL_VERSION } from '../version.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';

export const FORMATS = ['text', 'json', 'ndjson', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface ScanCliOptions {
  format: string;
  output?: string;
  maxRecords?: string;
  jobs?: string;
  shard?: string;
  partial?: string;
  include: string[];
  exclude: string[];
  showValues: boolean;
  color: boolean;
  quiet: boolean;
}

function parseMaxRecords(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v) || +v < 1) throw new UsageError(`--max-records must be a positive integer, got "${v}"`);
  return +v;
}

function parseJobs(v: string | undefined): number {
  if (v === undefined) return availableParallelism();
  if (!/^\d+$/.test(v) || +v < 1 || +v > 256) throw new UsageError(`--jobs must be an integer from 1 to 256, got "${v}"`);
  return +v;
}

function parseShard(v: string | undefined): { index: number; count: number } | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(v);
  if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${v}"`);
  return { index: +m[1] - 1, count: +m[2] };
}

function useColor(opts: ScanCliOptions, toTerminal: boolean): boolean {
  if (!opts.color || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return toTerminal;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/** Renders the whole report in `format` (NDJSON file lines are streamed earlier, by the scan). */
export async function writeReport(out: NodeJS.WritableStream, report: Report, format: OutputFormat, color: boolean): Promise<void> {
  if (format === 'json') await write(out, renderJson(report));
  else if (format === 'ndjson') await write(out, renderNdjsonSummary(report));
  else if (format === 'html') await write(out, renderHtml(report));
  else await write(out, renderText(report, { color }));
}

/** `--partial`: this shard's file reports and their input order, for `leaksift merge`. */
async function writePartial(path: string, req: ScanRequest & { shard: { index: number; count: number } }): Promise<number> {
  const { files, order } = await scanFiles(req);
  const partial: Partial = {
    partialVersion: PARTIAL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'leaksift', version: TOOL_VERSION },
    shard: req.shard,
    inputs: req.inputs,
    options: { showValues: req.showValues, maxRecords: req.maxRecords, include: req.include, exclude: req.exclude },
    files: files.map((file, i) => ({ order: order[i], file })),
  };
  try {
    await writeFile(path, JSON.stringify(partial) + '\n');
  } catch (e) {
    throw new UsageError(`cannot write --partial ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return 0;
}

/** True when nothing at all could be read: every input failed before yielding a record. */
function nothingReadable(report: Report): boolean {
  return report.files.length === 0 || report.files.every((f) => f.errors.length > 0 && f.records === 0);
}

export async function runScan(inputs: string[], opts: ScanCliOptions): Promise<number> {
  if (inputs.length === 0) throw new UsageError('no inputs given: pass files, directories, globs, or - for stdin');
  if (!(FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown --format "${opts.format}" (expected ${FORMATS.join(', ')})`);
  }
  const format = opts.format as OutputFormat;
  const maxRecords = parseMaxRecords(opts.maxRecords);
  const jobs = parseJobs(opts.jobs);
  const shard = parseShard(opts.shard);
  if (opts.partial && !shard) throw new UsageError('--partial needs --shard i/n (the shard this run scans)');
  let fileOut: WriteStream | undefined;
  if (opts.output) {
    fileOut = createWriteStream(opts.output);
    await new Promise<void>((resolve, reject) => {
      fileOut!.once('open', () => resolve());
      fileOut!.once('error', (e) => reject(new UsageError(`cannot write --output ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
    });
  }
  const out: NodeJS.WritableStream = fileOut ?? process.stdout;
  const color = useColor(opts, !fileOut && Boolean(process.stdout.isTTY));
  const progress = createProgress(!opts.quiet, useColor(opts, true));
  const pendingWrites: Promise<void>[] = [];
  if (opts.partial) {
    try {
      return await writePartial(opts.partial, { inputs, include: opts.include, exclude: opts.exclude, maxRecords, jobs, shard: shard!, showValues: opts.showValues, detectors: DETECTORS, onFileStart: (p) => progress.fileStarted(p), onProgress: (p) => progress.update(p) });
    } finally {
      progress.stop();
    }
  }
  let report: Report;
  try {
    report = await scan({
      shard,
      inputs,
      include: opts.include,
      exclude: opts.exclude,
      maxRecords,
      jobs,
      showValues: opts.showValues,
      detectors: DETECTORS,
      onFileStart: (p) => progress.fileStarted(p),
      onProgress: (p) => progress.update(p),
      onFile: format === 'ndjson' ? (f) => void pendingWrites.push(write(out, renderNdjsonFile(f))) : undefined,
    });
  } finally {
    progress.stop();
  }
  await Promise.all(pendingWrites);
  await writeReport(out, report, format, color);
  if (fileOut) await new Promise<void>((r) => fileOut!.end(() => r()));
  if (nothingReadable(report)) {
    if (!opts.quiet) process.stderr.write('leaksift: nothing could be read; see the report for each input\n');
    return 2;
  }
  return 0;
}
