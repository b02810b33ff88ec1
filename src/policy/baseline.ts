// Baselines: known findings that do not trip the gate. A finding's fingerprint is
// HMAC-SHA-256(key, file path, field path, type id, field value digest), where the value digest
// is the keyed, order-independent sum of HMACs of the field's values (src/scan/value-digest.ts).
// The key is random and stored in the baseline file; no value, and no unkeyed hash of one, is.
// Moving rows keeps every fingerprint; changing a field's values makes its findings new.
import { createHmac, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Report } from '../report/schema.js';

export const BASELINE_VERSION = 1;
const KEY_BYTES = 32;

const BaselineEntrySchema = z.strictObject({
  file: z.string(),
  field: z.string(),
  type: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;

const BaselineFileSchema = z.object({
  $comment: z.string().optional(),
  leaksiftBaseline: z.literal(BASELINE_VERSION),
  key: z.string().refine((k) => Buffer.from(k, 'base64').length === KEY_BYTES, `must be ${KEY_BYTES} bytes in base64`),
  findings: z.array(BaselineEntrySchema),
});

const COMMENT =
  'leaksift baseline: findings listed here do not trip the policy gate (--baseline). It holds no values: ' +
  'each fingerprint is an HMAC-SHA-256, under the random key below, of the file path, field path, type id ' +
  'and a keyed digest of the field\'s values. Regenerate with --baseline-write.';

/** Field value digests of one scan: display path → field path → 32-byte digest. */
export type ValueDigests = ReadonlyMap<string, ReadonlyMap<string, Buffer>>;

export class BaselineError extends Error {}

export function newBaselineKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function fingerprint(key: Buffer, file: string, field: string, type: string, digest: Buffer): string {
  return createHmac('sha256', key)
    .update(`leaksift-baseline-v${BASELINE_VERSION}\0${file}\0${field}\0${type}\0`)
    .update(digest)
    .digest('hex');
}

/**
 * A report path as the baseline records it: relative to the baseline file's directory, so the
 * same file matches whether the scan names it `data/x.csv` or `./data/x.csv`, from any cwd.
 */
export function baselinePath(display: string, baselineDir: string, cwd: string): string {
  if (display === '-') return '-';
  return path.relative(baselineDir, path.resolve(cwd, display)).split(path.sep).join('/');
}

export interface Baseline {
  key: Buffer;
  entries: BaselineEntry[];
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BaselineError('not valid JSON (regenerate it with --baseline-write)');
  }
  const parsed = BaselineFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BaselineError(`not a leaksift baseline: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return { key: Buffer.from(parsed.data.key, 'base64'), entries: parsed.data.findings };
}

export interface BaselinePlace {
  /** Directory of the baseline file (paths are recorded relative to it). */
  dir: string;
  cwd: string;
}

/** Answers "is this finding in the baseline?" for the gate. */
export function baselineIndex(baseline: Baseline, digests: ValueDigests, place: BaselinePlace) {
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  return (file: string, field: string, type: string): boolean => {
    const digest = digests.get(file)?.get(field);
    if (!digest) return false;
    return known.has(fingerprint(baseline.key, baselinePath(file, place.dir, place.cwd), field, type, digest));
  };
}

/** Every listed type of every non-empty field, whatever the gate's settings (so any later policy can use it). */
export function baselineEntries(report: Report, digests: ValueDigests, key: Buffer, place: BaselinePlace): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  for (const f of report.files) {
    const file = baselinePath(f.path, place.dir, place.cwd);
    for (const field of f.fields) {
      const digest = digests.get(f.path)?.get(field.path);
      if (!digest || field.stats.nonEmpty === 0) continue;
      for (const t of field.types) {
        entries.push({ file, field: field.path, type: t.id, fingerprint: fingerprint(key, file, field.path, t.id, digest) });
      }
    }
  }
  // Sorted, so a rewritten baseline diffs only where findings changed.
  return entries.sort((a, b) => cmp(a.file, b.file) || cmp(a.field, b.field) || cmp(a.type, b.type) || cmp(a.fingerprint, b.fingerprint));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeBaseline(key: Buffer, entries: BaselineEntry[]): string {
  return JSON.stringify({ $comment: COMMENT, leaksiftBaseline: BASELINE_VERSION, key: key.toString('base64'), findings: entries }, null, 2) + '\n';
}
