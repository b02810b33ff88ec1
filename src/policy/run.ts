// One scan's policy work around the scan itself: check the gate options, read the baseline (its
// key must be known before scanning, to digest field values), then judge the report, write the
// baseline, and give the exit code.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Detector } from '../classify/detector.js';
import { UsageError } from '../cli/usage-error.js';
import type { FieldAllow } from '../config/schema.js';
import type { Report } from '../report/schema.js';
import {
  BaselineError, baselineEntries, baselineIndex, newBaselineKey, readBaseline, serializeBaseline, type Baseline, type ValueDigests,
} from './baseline.js';
import { failOnProblem, splitFailOn } from './fail-on.js';
import { fieldAllowlist } from './field-allowlist.js';
import { DEFAULT_MIN_CONFIDENCE, evaluateGate, categoryCoverage } from './gate.js';

export interface PolicyOptions {
  failOn: string[];
  countTestValues: boolean;
  minConfidence?: string;
  /** Baseline to honour, and to write (paths as given; resolved against cwd). */
  baseline?: string;
  baselineWrite?: string;
  /** --baseline was given on the command line (not only in the config file). */
  baselineFromCli?: boolean;
}

export interface PolicyRun {
  /** Settings the scan needs (value digests when a baseline is read or written). */
  scan: { valueDigestKey?: Buffer; onValueDigests?: (file: string, digests: Map<string, Buffer>) => void };
  /** Runs the gate (when --fail-on is set) and records it in `report.policy`. */
  judge(report: Report): void;
  /** Writes --baseline-write, if asked. */
  writeBaseline(report: Report): Promise<void>;
  /** 1 when the gate tripped, else 0. */
  exitCode(report: Report): 0 | 1;
}

function parseMinConfidence(v: string | undefined): number {
  if (v === undefined) return DEFAULT_MIN_CONFIDENCE;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${v}"`);
  return n;
}

async function loadBaseline(file: string, shown: string): Promise<Baseline> {
  try {
    return await readBaseline(file);
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline ${shown}: ${e.message}`);
    throw e;
  }
}

function shownPath(p: string, cwd: string): string {
  if (!path.isAbsolute(p)) return p;
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

export async function preparePolicy(
  opts: PolicyOptions,
  ctx: { detectors: readonly Detector[]; allowFields?: readonly FieldAllow[]; cwd: string },
): Promise<PolicyRun> {
  const failOn = splitFailOn(opts.failOn);
  const detectorIds = ctx.detectors.map((d) => d.id);
  for (const entry of failOn) {
    const problem = failOnProblem(entry, detectorIds);
    if (problem) throw new UsageError(`--fail-on: ${problem}`);
  }
  const minConfidence = parseMinConfidence(opts.minConfidence);
  const gateOn = failOn.length > 0;
  // A baseline from the config without a gate is unused; one asked for on its own is a mistake.
  if (!gateOn && opts.baseline !== undefined && opts.baselineFromCli) {
    throw new UsageError('--baseline needs --fail-on (or failOn in the config): without a gate there is nothing to suppress');
  }
  const baselineFile = gateOn ? opts.baseline : undefined;
  const baseline = baselineFile !== undefined ? await loadBaseline(path.resolve(ctx.cwd, baselineFile), shownPath(baselineFile, ctx.cwd)) : undefined;
  let key = baseline?.key;
  if (opts.baselineWrite !== undefined && key === undefined) {
    // Rewriting a baseline keeps its key, so unchanged findings keep their fingerprints.
    key = (await readBaseline(path.resolve(ctx.cwd, opts.baselineWrite)).catch(() => undefined))?.key ?? newBaselineKey();
  }
  const digests = new Map<string, ReadonlyMap<string, Buffer>>();
  const isAllowlistedField = fieldAllowlist(ctx.allowFields);
  const shown = (p: string) => shownPath(p, ctx.cwd);
  const placeOf = (file: string) => ({ dir: path.dirname(path.resolve(ctx.cwd, file)), cwd: ctx.cwd });
  return {
    scan: key === undefined ? {} : { valueDigestKey: key, onValueDigests: (file, d) => void digests.set(file, d) },
    judge(report) {
      if (!gateOn) return;
      report.policy = evaluateGate(report, {
        failOn,
        minConfidence,
        countTestValues: opts.countTestValues,
        coveredByCategory: categoryCoverage(ctx.detectors),
        isAllowlistedField,
        ...(baseline && baselineFile !== undefined
          ? { baseline: { path: shown(baselineFile), isBaselined: baselineIndex(baseline, digests as ValueDigests, placeOf(baselineFile)) } }
          : {}),
      });
    },
    async writeBaseline(report) {
      if (opts.baselineWrite === undefined || key === undefined) return;
      const entries = baselineEntries(report, digests, key, placeOf(opts.baselineWrite));
      try {
        await writeFile(path.resolve(ctx.cwd, opts.baselineWrite), serializeBaseline(key, entries));
      } catch (e) {
        throw new UsageError(`cannot write --baseline-write ${opts.baselineWrite}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    },
    exitCode: (report) => (report.policy?.tripped ? 1 : 0),
  };
}
