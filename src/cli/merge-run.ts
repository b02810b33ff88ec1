// `leaksift merge` on the command line: read partials, merge, run the gate, render like `scan` does.
import { createWriteStream } from 'node:fs';
import { loadCommandConfig } from '../config/detectors.js';
import { gateWithConfigDefaults, type GateOptions } from '../config/options.js';
import { scanDetectors } from '../config/scan-detectors.js';
import { preparePolicy } from '../policy/run.js';
import { renderNdjsonFile } from '../render/json.js';
import { mergePartials } from './merge-command.js';
import { FORMATS, noteTrippedGate, writeReport, type OutputFormat } from './scan-command.js';
import { UsageError } from './usage-error.js';

export interface MergeCliOptions extends GateOptions {
  format: string;
  output?: string;
  color: boolean;
  quiet: boolean;
  config?: string | false;
}

/** `fromCli(name)`: was the option given on the command line? Others take the config's value. */
export async function runMerge(paths: string[], opts: MergeCliOptions, fromCli: (name: string) => boolean = () => true): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown --format "${opts.format}"`);
  const cwd = process.cwd();
  // The config gives the gate what it gives a scan: custom detector ids, allowlisted fields, failOn.
  const loaded = await loadCommandConfig(opts.config, cwd);
  const c = loaded.config;
  const gate = gateWithConfigDefaults(opts, fromCli, loaded);
  const detectors = scanDetectors(c.detectors, c.allow);
  if (gate.failOn.length > 0 && c.baseline !== undefined) {
    // Partials hold no value digests, so no finding could be matched to a baseline entry.
    throw new UsageError('merge cannot use a baseline (shards keep no value digests): run the gate with the baseline on a whole scan, or merge with --no-config');
  }
  const policy = await preparePolicy(gate, { detectors, allowFields: c.allow?.fields, cwd });

  const { report, missingShards } = await mergePartials(paths);
  if (missingShards.length > 0) {
    throw new UsageError(`missing shard${missingShards.length > 1 ? 's' : ''} ${missingShards.map((i) => i + 1).join(', ')} of ${missingShards.length + paths.length}`);
  }
  if (gate.failOn.length > 0 && !report.options.classifyAll) {
    throw new UsageError(
      '--fail-on needs shards scanned with --classify-all: by default the detectors see 1 record in 8 past each file\'s first 4,096, and a gate must not miss one real value',
    );
  }
  policy.judge(report);

  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const color = opts.color && !process.env.NO_COLOR && !opts.output && Boolean(process.stdout.isTTY);
  const format = opts.format as OutputFormat;
  if (format === 'ndjson') {
    // NDJSON is the same stream a scan writes: file lines, then the summary line.
    for (const f of report.files) out.write(renderNdjsonFile(f));
  }
  await writeReport(out, report, format, color, detectors);
  if (opts.output) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
  noteTrippedGate(report, format, opts.quiet);
  return policy.exitCode(report);
}
