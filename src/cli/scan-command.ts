// `leaksift scan`: options → scan request → rendered report on stdout (or --output).
import { createWriteStream, type WriteStream } from 'node:fs';
import { DETECTORS } from '../classify/detectors/index.js';
import { renderJson, renderNdjsonFile, renderNdjsonSummary } from '../render/json.js';
import { renderText } from '../render/text.js';
import type { Report } from '../report/schema.js';
import { scan } from '../scan/scan.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';

export const FORMATS = ['text', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface ScanCliOptions {
  format: string;
  output?: string;
  maxRecords?: string;
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

function useColor(opts: ScanCliOptions, toTerminal: boolean): boolean {
  if (!opts.color || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return toTerminal;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
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
  let report: Report;
  try {
    report = await scan({
      inputs,
      include: opts.include,
      exclude: opts.exclude,
      maxRecords,
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
  if (format === 'json') await write(out, renderJson(report));
  else if (format === 'ndjson') await write(out, renderNdjsonSummary(report));
  else await write(out, renderText(report, { color }));
  if (fileOut) await new Promise<void>((r) => fileOut!.end(() => r()));
  if (nothingReadable(report)) {
    if (!opts.quiet) process.stderr.write('leaksift: nothing could be read; see the report for each input\n');
    return 2;
  }
  return 0;
}
