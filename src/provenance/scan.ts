// The verdict over a whole scan: the files' signals merged (each signal counted once, at its
// strongest, with the fields of every file that fired it), tables tied across files, group
// caps applied again; files that confidently disagree make the scan mixed. Per-file results
// stay on each file.
import type { FileReport, Provenance, Signal } from '../report/schema.js';
import { countValues, valueShares, type ValueCounts } from './authenticity.js';
import { recommendChecks } from './checks.js';
import { FileContext } from './context.js';
import { DISAGREE_MIN_CONFIDENCE, coverageOf, emptyProvenance } from './judge.js';
import type { OriginHint } from './origin.js';
import { capGroups, decide, type Fired } from './score.js';
import { SIGNALS } from './signals/index.js';
import { relatedTables, relatedTablesSignal, type TableShape } from './signals/structure.js';
import { rawSegments } from './paths.js';
import type { JudgeOptions, SignalDef } from './types.js';

const DEFS = new Map<string, SignalDef>(SIGNALS.map((d) => [d.id, d]));
/** Notes listed for a scan at most (the files keep all of theirs). */
const MAX_NOTES = 12;

function baseName(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('!')) + 1);
  return name.replace(/(\.(csv|tsv|json|ndjson|jsonl|txt|gz|log))+$/i, '');
}

/** Files seen as tables of one store: name from the file name, columns from top-level fields. */
function fileTables(files: readonly FileReport[]): TableShape[] {
  return files
    .filter((f) => f.fields.length > 0 && !f.tables?.length)
    .map((f) => ({
      name: baseName(f.path),
      columns: [...new Set(f.fields.map((x) => rawSegments(x.path)).filter((s) => s.length === 1).map((s) => s[0]))],
      facts: [],
    }));
}

/** The directory prefix all paths share (`/data/dump/`), so merged fields read `a.csv:email`. */
function commonDir(paths: readonly string[]): string {
  let prefix = paths[0] ?? '';
  for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

function mergeSignals(files: readonly FileReport[], options: JudgeOptions): Fired[] {
  const dir = commonDir(files.map((f) => f.path));
  const short = (path: string) => path.slice(dir.length);
  const merged = new Map<string, { def: SignalDef; raw: number; fields: string[]; evidence: string; files: number }>();
  for (const file of files) {
    for (const s of file.provenance.signals) {
      const def = DEFS.get(s.id);
      if (!def) continue;
      const m = merged.get(s.id) ?? { def, raw: 0, fields: [], evidence: '', files: 0 };
      if (Math.abs(s.weight) > m.raw) {
        m.raw = Math.abs(s.weight);
        m.evidence = `${short(file.path)}: ${s.evidence}`;
      }
      m.fields.push(...s.fields.map((p) => `${short(file.path)}:${p}`));
      m.files++;
      merged.set(s.id, m);
    }
  }
  const fired: Fired[] = [...merged.values()].map((m) => ({
    def: m.def,
    raw: m.raw,
    firing: { fields: m.fields, evidence: m.files > 1 ? `in ${m.files} of ${files.length} files; strongest ${m.evidence}` : m.evidence },
  }));
  const tables = fileTables(files);
  const rel = relatedTables(tables);
  if (rel && rel.links.length > 0 && !merged.has(relatedTablesSignal.id)) {
    const base = Math.abs(options.weights?.[relatedTablesSignal.id] ?? relatedTablesSignal.weight);
    if (base > 0) {
      const shown = rel.links.slice(0, 3).join(', ');
      fired.push({
        def: relatedTablesSignal,
        raw: base,
        firing: { fields: [], evidence: `${tables.length} files tied by keys: ${shown}${rel.links.length > 3 ? ` and ${rel.links.length - 3} more` : ''}` },
      });
    }
  }
  return fired;
}

function mergeOrigins(files: readonly FileReport[]): OriginHint[] {
  const dir = commonDir(files.map((f) => f.path));
  const best = new Map<string, { hint: Provenance['origin'][number]; files: number; path: string }>();
  for (const f of files) {
    for (const o of f.provenance.origin) {
      const b = best.get(o.id);
      const path = f.path.slice(dir.length);
      if (!b) best.set(o.id, { hint: o, files: 1, path });
      else {
        b.files++;
        if (o.confidence > b.hint.confidence) Object.assign(b, { hint: o, path });
      }
    }
  }
  return [...best.values()]
    .map((b) => ({
      id: b.hint.id as OriginHint['id'],
      confidence: b.hint.confidence,
      evidence: b.files > 1 ? `${b.files} of ${files.length} files; strongest ${b.path}: ${b.hint.evidence}` : `${b.path}: ${b.hint.evidence}`,
    }))
    .sort((a, b) => b.confidence - a.confidence || b.evidence.length - a.evidence.length);
}

/** The files' own notes, each once, with the files it applies to. */
function fileNotes(files: readonly FileReport[]): string[] {
  const dir = commonDir(files.map((f) => f.path));
  const where = new Map<string, string[]>();
  for (const f of files) {
    for (const n of f.provenance.authenticity.notes) {
      // Value shares are recomputed over the whole scan above.
      if (n === 'duplicate records not measured' || /recognised sensitive values|checksum/.test(n)) continue;
      const list = where.get(n) ?? [];
      list.push(f.path.slice(dir.length));
      where.set(n, list);
    }
  }
  return [...where].map(([n, paths]) =>
    paths.length === 1 ? `${paths[0]}: ${n}` : `${n} (${paths.length} files: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''})`,
  );
}

export function judgeScan(files: readonly FileReport[], options: JudgeOptions = {}): Provenance {
  const judged = files.filter((f) => f.fields.length > 0);
  if (judged.length === 0) return emptyProvenance();
  if (judged.length === 1) return structuredClone(judged[0].provenance);

  const signals: Signal[] = capGroups(mergeSignals(judged, options));
  let explained = 0;
  let total = 0;
  const counts: ValueCounts = { matched: 0, test: 0, checked: 0, failures: 0 };
  const types = new Set<string>();
  for (const f of judged) {
    const ctx = new FileContext(f);
    explained += coverageOf(ctx, f.provenance.signals) * f.fields.length;
    total += f.fields.length;
    const c = countValues(ctx);
    counts.matched += c.matched;
    counts.test += c.test;
    counts.checked += c.checked;
    counts.failures += c.failures;
    for (const x of f.fields) for (const t of x.types) types.add(t.id);
  }
  const records = judged.reduce((a, f) => a + f.records, 0);
  const decision = decide(signals, total > 0 ? explained / total : 0, records);

  // Files disagree when confident ones reach different decisive verdicts (public, internal, mixed).
  const confident = judged.filter((f) => f.provenance.confidence >= DISAGREE_MIN_CONFIDENCE && f.provenance.verdict !== 'inconclusive');
  const byVerdict = new Map<string, string[]>();
  for (const f of confident) byVerdict.set(f.provenance.verdict, [...(byVerdict.get(f.provenance.verdict) ?? []), f.path]);
  const disagree = byVerdict.size > 1;
  if (disagree) decision.verdict = 'mixed';

  const origin = mergeOrigins(judged);
  const shares = valueShares(counts);
  const duplicateShare =
    records > 0 ? Math.round((judged.reduce((a, f) => a + f.provenance.authenticity.duplicateShare * f.records, 0) / records) * 1000) / 1000 : 0;
  const notes = [...shares.notes, ...fileNotes(judged)];
  const recommendedChecks = recommendChecks({ verdict: decision.verdict, signals, origin, types });
  if (disagree) {
    const which = [...byVerdict].map(([v, paths]) => `${v}: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`);
    recommendedChecks.push(`Files disagree — ${which.join('; ')}. Verify each separately.`);
  }
  return {
    ...decision,
    signals,
    origin,
    authenticity: { testDataShare: shares.testDataShare, checksumFailureShare: shares.checksumFailureShare, duplicateShare, notes: notes.slice(0, MAX_NOTES) },
    recommendedChecks,
  };
}
