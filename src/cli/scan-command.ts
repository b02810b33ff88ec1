// `leaksift scan`: options → scan request → rendered report on stdout (or --output).
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Detector } from '../classify/detector.js';
import { DETECTORS } from '../classify/detectors/index.js';
import { scanDetectors } from '../config/scan-detectors.js';
import { loadCommandConfig } from '../config/detectors.js';
import { withConfigDefaults, type ConfigurableOptions } from '../config/options.js';
import { OUTPUT_FORMATS } from '../config/schema.js';
import { preparePolicy } from '../policy/run.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../open/archive/limits.js';
import { renderGateText } from '../policy/text.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { renderHtml } from '../render/html/html.js';
import { renderJson, renderNdjsonFile, renderNdjsonSummary } from '../render/json.js';
import { renderText } from '../render/text.js';
import type { Report } from '../report/schema.js';
import { scan, scanFiles, type ScanRequest } from '../scan/scan.js';
import { parseSample } from '../scan/sampler.js';
import { PARTIAL_VERSION, type Partial } from '../report/partial.js';
import { SCHEMA_VERSION } from '../report/schema.js';
import { TOOL_VERSION } from '../version.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';

/** Defined with the config schema, which accepts the same formats. */
export const FORMATS = OUTPUT_FORMATS;
export type OutputFormat = (typeof FORMATS)[number];

/** Commander's options for `scan`: the ones a config file can set, and the command-line-only ones. */
export interface ScanCliOptions extends ConfigurableOptions {
  shard?: string;
  partial?: string;
  /** --config <path>, or false for --no-config. */
  config?: string | false;
  baselineWrite?: string;
}

function parseMaxRecords(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v) || +v < 1) throw new UsageError(`--max-records must be a positive integer, got "${v}"`);
  return +v;
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** A size option (`2G`, `500M`, `1024`): bytes, or K/M/G/T (binary units, optional `iB`/`B`). */
function parseSize(v: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(v.trim());
  const bytes = m ? Math.floor(+m[1] * BYTE_UNITS[m[2].toLowerCase()]) : NaN;
  if (!(bytes >= 1)) throw new UsageError(`${option} must be a size such as 500M or 10G, got "${v}"`);
  return bytes;
}

function parseArchiveLimits(v: string | undefined): ArchiveLimits {
  if (v === undefined) return DEFAULT_ARCHIVE_LIMITS;
  return { ...DEFAULT_ARCHIVE_LIMITS, maxTotalBytes: parseSize(v, '--max-archive-bytes') };
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

function parseSampleOption(v: string | undefined, seedText: string | undefined): ScanRequest['sample'] {
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UsageError(`--seed must be a non-negative integer, got "${seedText}"`);
  if (v === undefined) return undefined;
  const spec = parseSample(v, seedText === undefined ? 1 : +seedText % 2 ** 32);
  if (!spec) throw new UsageError(`--sample must be a record count (10000) or a percentage (5%), got "${v}"`);
  return { spec, requested: v };
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
export async function writeReport(
  out: NodeJS.WritableStream,
  report: Report,
  format: OutputFormat,
  color: boolean,
  detectors: readonly Detector[] = DETECTORS,
): Promise<void> {
  if (format === 'json') await write(out, renderJson(report));
  else if (format === 'ndjson') await write(out, renderNdjsonSummary(report));
  else if (format === 'html') await write(out, renderHtml(report));
  else if (format === 'sarif') await write(out, renderSarif(report, detectors));
  else if (format === 'markdown') await write(out, renderMarkdown(report));
  else await write(out, renderText(report, { color }) + (report.policy ? renderGateText(report.policy, { color }) : ''));
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
    options: { showValues: req.showValues, classifyAll: req.classifyAll ?? false, maxRecords: req.maxRecords, include: req.include, exclude: req.exclude },
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

/**
 * `fromCli(name)` says whether an option was given on the command line; options that were not
 * take their value from the config file when it sets one.
 */
export async function runScan(inputs: string[], cliOpts: ScanCliOptions, fromCli: (name: string) => boolean = () => true): Promise<number> {
  if (inputs.length === 0) throw new UsageError('no inputs given: pass files, directories, globs, or - for stdin');
  const cwd = process.cwd();
  const loaded = await loadCommandConfig(cliOpts.config, cwd);
  const opts = withConfigDefaults(cliOpts, (name: keyof ConfigurableOptions) => fromCli(name), loaded);
  const detectors = scanDetectors(loaded.config.detectors, loaded.config.allow);
  const policy = await preparePolicy(
    { ...opts, baselineFromCli: fromCli('baseline') },
    { detectors, allowFields: loaded.config.allow?.fields, cwd },
  );
  // Allowlisted files are never scanned; custom detectors and the value allowlist travel as data to worker threads.
  // A gate must not miss one real value in the records a sample would skip: it classifies every value.
  const configured = {
    classifyAll: opts.classifyAll || opts.failOn.length > 0 || opts.baseline !== undefined || opts.baselineWrite !== undefined,
    exclude: [...opts.exclude, ...(loaded.config.allow?.files ?? [])],
    detectors,
    customDetectorSpecs: loaded.config.detectors,
    valueAllowlist: loaded.config.allow,
    provenanceWeights: loaded.config.provenanceWeights,
  };
  if (!(FORMATS as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown --format "${opts.format}" (expected ${FORMATS.join(', ')})`);
  }
  const format = opts.format as OutputFormat;
  const maxRecords = parseMaxRecords(opts.maxRecords);
  const archiveLimits = parseArchiveLimits(opts.maxArchiveBytes);
  const maxBytes = opts.maxBytes === undefined ? undefined : parseSize(opts.maxBytes, '--max-bytes');
  const jobs = parseJobs(opts.jobs);
  const shard = parseShard(opts.shard);
  const sample = parseSampleOption(opts.sample, opts.seed);
  if (opts.partial && !shard) throw new UsageError('--partial needs --shard i/n (the shard this run scans)');
  if (opts.partial && (opts.baselineWrite !== undefined || fromCli('failOn') || fromCli('baseline'))) {
    throw new UsageError('--partial writes a shard for `leaksift merge`: run --fail-on, --baseline and --baseline-write on a whole scan');
  }
  if (policy.scan.valueDigestKey && (maxRecords !== null || maxBytes !== undefined || sample) && !opts.quiet) {
    process.stderr.write('leaksift: note: with --max-records, --max-bytes or --sample a baseline covers only the values read, and moving rows can change which those are\n');
  }
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
      return await writePartial(opts.partial, { inputs, include: opts.include, maxRecords, maxBytes, archiveLimits, jobs, shard: shard!, sample, showValues: opts.showValues, ...configured, onPlan: (p) => progress.plan(p), onFileStart: (p) => progress.fileStarted(p), onProgress: (p) => progress.update(p) });
    } finally {
      progress.stop();
    }
  }
  let report: Report;
  try {
    report = await scan({
      shard,
      sample,
      inputs,
      include: opts.include,
      maxRecords,
      archiveLimits,
      maxBytes,
      jobs,
      showValues: opts.showValues,
      ...configured,
      ...policy.scan,
      onPlan: (p) => progress.plan(p),
      onFileStart: (p) => progress.fileStarted(p),
      onProgress: (p) => progress.update(p),
      onFile: format === 'ndjson' ? (f) => void pendingWrites.push(write(out, renderNdjsonFile(f))) : undefined,
    });
  } finally {
    progress.stop();
  }
  await Promise.all(pendingWrites);
  policy.judge(report);
  await writeReport(out, report, format, color, detectors);
  if (fileOut) await new Promise<void>((r) => fileOut!.end(() => r()));
  await policy.writeBaseline(report);
  if (nothingReadable(report)) {
    if (!opts.quiet) process.stderr.write('leaksift: nothing could be read; see the report for each input\n');
    return 2;
  }
  noteTrippedGate(report, format, opts.quiet);
  return policy.exitCode(report);
}

/** Outside the text report (which prints the gate), a tripped gate is said on stderr. */
export function noteTrippedGate(report: Report, format: OutputFormat, quiet: boolean): void {
  if (!report.policy?.tripped || quiet || format === 'text') return;
  const n = report.policy.findings.filter((f) => !f.baselined).length;
  process.stderr.write(`leaksift: policy gate failed: ${n} finding${n === 1 ? '' : 's'} (see .policy in the report)\n`);
}
