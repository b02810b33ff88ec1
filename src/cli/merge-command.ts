// `leaksift merge a.json b.json …`: combines the partial outputs of shards into the report one
// scan over all inputs would have produced.
import { readFile } from 'node:fs/promises';
import { describeFsError } from '../discover/discover.js';
import { PartialSchema, type Partial } from '../report/partial.js';
import type { FileReport } from '../report/schema.js';
import { assembleReport } from '../scan/scan.js';
import { UsageError } from './usage-error.js';

async function readPartial(path: string): Promise<Partial> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read partial ${path}: ${describeFsError(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not JSON (expected the output of scan --partial)`);
  }
  const parsed = PartialSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path} is not a leaksift partial: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function mergePartials(paths: string[]) {
  if (paths.length === 0) throw new UsageError('no partial files given: pass the outputs of scan --partial');
  const parts = await Promise.all(paths.map(readPartial));
  const first = parts[0];
  for (const [i, p] of parts.entries()) {
    if (p.tool.version !== first.tool.version) throw new UsageError(`${paths[i]} was written by leaksift ${p.tool.version}, ${paths[0]} by ${first.tool.version}`);
    if (JSON.stringify(p.options) !== JSON.stringify(first.options)) throw new UsageError(`${paths[i]} was scanned with other options than ${paths[0]}`);
    if (JSON.stringify(p.inputs) !== JSON.stringify(first.inputs)) throw new UsageError(`${paths[i]} scanned other inputs than ${paths[0]}`);
    if (p.shard.count !== first.shard.count) throw new UsageError(`${paths[i]} is shard ${p.shard.index + 1} of ${p.shard.count}, ${paths[0]} of ${first.shard.count}`);
  }
  const seen = new Set(parts.map((p) => p.shard.index));
  if (seen.size !== parts.length) throw new UsageError('the same shard was given twice');
  const missing = Array.from({ length: first.shard.count }, (_, i) => i).filter((i) => !seen.has(i));
  // Stable sort: files of one input keep their order (archive members).
  const files: FileReport[] = parts
    .flatMap((p) => p.files)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.file);
  const report = assembleReport(
    {
      inputs: first.inputs,
      include: first.options.include,
      exclude: first.options.exclude,
      maxRecords: first.options.maxRecords,
      showValues: first.options.showValues,
      classifyAll: first.options.classifyAll,
    },
    files,
  );
  return { report, missingShards: missing };
}
