// A shard's mergeable output (`scan --partial`): its file reports with the discovery index of
// the input each came from, plus the scan options. Shards split the inputs by whole files, so
// a file report is that file's complete state and `leaksift merge` reproduces one scan exactly.
import { z } from 'zod';
import { FileReportSchema, ReportSchema } from './schema.js';

export const PARTIAL_VERSION = 1;

export const PartialSchema = z.object({
  partialVersion: z.literal(PARTIAL_VERSION),
  schemaVersion: ReportSchema.shape.schemaVersion,
  tool: ReportSchema.shape.tool,
  shard: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() }),
  inputs: z.array(z.string()),
  options: ReportSchema.shape.options,
  files: z.array(z.object({ order: z.number().int().nonnegative(), file: FileReportSchema })),
});
export type Partial = z.infer<typeof PartialSchema>;
