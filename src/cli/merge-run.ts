// `leaksift merge` on the command line: read partials, merge, render like `scan` does.
import { createWriteStream } from 'node:fs';
import { renderNdjsonFile } from '../render/json.js';
import { mergePartials } from './merge-command.js';
import { FORMATS, writeReport, type OutputFormat } from './scan-command.js';
import { UsageError } from './usage-error.js';

export interface MergeCliOptions {
  format: string;
  output?: string;
  color: boolean;
}

export async function runMerge(paths: string[], opts: MergeCliOptions): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown --format "${opts.format}"`);
  const { report, missingShards } = await mergePartials(paths);
  if (missingShards.length > 0) {
    throw new UsageError(`missing shard${missingShards.length > 1 ? 's' : ''} ${missingShards.map((i) => i + 1).join(', ')} of ${missingShards.length + paths.length}`);
  }
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const color = opts.color && !process.env.NO_COLOR && !opts.output && Boolean(process.stdout.isTTY);
  const format = opts.format as OutputFormat;
  if (format === 'ndjson') {
    // NDJSON is the same stream a scan writes: file lines, then the summary line.
    for (const f of report.files) out.write(renderNdjsonFile(f));
  }
  await writeReport(out, report, format, color);
  if (opts.output) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(() => r()));
  return 0;
}
