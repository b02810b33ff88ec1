// The provenance judge for one file (and its SQL tables): run every signal, cap groups,
// decide, then add origin hints, authenticity and out-of-band checks.
import type { Provenance, Signal } from '../report/schema.js';
import { assessAuthenticity } from './authenticity.js';
import { recommendChecks } from './checks.js';
import { FileContext } from './context.js';
import { recogniseOrigins } from './origin.js';
import { capGroups, decide, type Fired } from './score.js';
import { SIGNALS } from './signals/index.js';
import type { FileFacts, JudgeOptions } from './types.js';

export function emptyProvenance(): Provenance {
  return {
    verdict: 'inconclusive',
    internalScore: 0.5,
    confidence: 0,
    signals: [],
    origin: [],
    authenticity: { testDataShare: 0, checksumFailureShare: 0, duplicateShare: 0, notes: [] },
    recommendedChecks: [],
  };
}

/** Runs every signal over a file; returns the capped report signals. */
export function runSignals(ctx: FileContext, options: JudgeOptions = {}): Signal[] {
  const fired: Fired[] = [];
  for (const def of SIGNALS) {
    const base = Math.abs(options.weights?.[def.id] ?? def.weight);
    if (base === 0) continue;
    const firing = def.detect(ctx);
    if (!firing) continue;
    const factor = Math.min(1, Math.max(0, firing.factor ?? 1));
    if (factor === 0) continue;
    fired.push({ def, firing, raw: base * factor });
  }
  return capGroups(fired);
}

/** Share of fields that some signal or catalogue explains. */
export function coverageOf(ctx: FileContext, signals: readonly Signal[]): number {
  if (ctx.fields.length === 0) return 0;
  const explained = new Set<string>(ctx.catalogue.fields);
  for (const s of signals) for (const f of s.fields) explained.add(f);
  return Math.min(1, ctx.fields.filter((f) => explained.has(f.path)).length / ctx.fields.length);
}

function typeIds(facts: FileFacts): Set<string> {
  const ids = new Set<string>();
  for (const f of facts.fields) for (const t of f.types) ids.add(t.id);
  return ids;
}

interface TableVerdict {
  name: string;
  provenance: Provenance;
}

/** Judges each SQL table on its own fields (files with two or more tables). */
export function judgeTables(file: FileFacts, options: JudgeOptions = {}): TableVerdict[] {
  const tables = file.tables ?? [];
  if (tables.length < 2) return [];
  return tables.map((t) => {
    // SQL columns are `table.column`, spreadsheet columns `Sheet!Header`.
    const name = t.name.toLowerCase();
    const fields = file.fields.filter((f) => {
      const p = f.path.toLowerCase();
      return p.startsWith(name + '.') || p.startsWith(name + '!');
    });
    return { name: t.name, provenance: judgeOne({ ...file, records: t.records, fields, tables: [t] }, options) };
  });
}

function judgeOne(file: FileFacts, options: JudgeOptions): Provenance {
  if (file.fields.length === 0) return emptyProvenance();
  const ctx = new FileContext(file);
  const signals = runSignals(ctx, options);
  const decision = decide(signals, coverageOf(ctx, signals), file.records);
  const origin = recogniseOrigins(ctx, signals);
  const authenticity = assessAuthenticity(ctx, options.now?.() ?? new Date());
  const recommendedChecks = recommendChecks({ verdict: decision.verdict, signals, origin, types: typeIds(file) });
  return { ...decision, signals, origin, authenticity, recommendedChecks };
}

/** Confidence a table or file needs before its disagreement with another makes the whole mixed. */
export const DISAGREE_MIN_CONFIDENCE = 0.3;

export function judgeFile(file: FileFacts, options: JudgeOptions = {}): Provenance {
  const p = judgeOne(file, options);
  const tables = judgeTables(file, options);
  const confident = tables.filter((t) => t.provenance.confidence >= DISAGREE_MIN_CONFIDENCE);
  const pub = confident.filter((t) => t.provenance.verdict === 'public');
  const int = confident.filter((t) => t.provenance.verdict === 'internal');
  if (pub.length > 0 && int.length > 0) {
    const describe = (list: TableVerdict[]) => list.map((t) => `${t.name} (${t.provenance.internalScore.toFixed(2)})`).join(', ');
    p.verdict = 'mixed';
    p.recommendedChecks.push(`Tables disagree — public-looking: ${describe(pub)}; internal-looking: ${describe(int)}. Verify each table separately.`);
  }
  return p;
}

const WORDS: Record<Provenance['verdict'], string> = {
  internal: 'Looks internally sourced',
  public: 'Looks publicly scrapable',
  mixed: 'Mixed: public and internal evidence',
  inconclusive: 'Inconclusive',
};

/** The verdict in words with the internal score: "Looks internally sourced — 0.91". */
export function describeVerdict(p: Provenance): string {
  return `${WORDS[p.verdict]} — ${p.internalScore.toFixed(2)}`;
}
