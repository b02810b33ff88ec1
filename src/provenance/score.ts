// The scoring model: a log-odds sum of signal weights, each group's total per direction
// capped, mapped to internalScore by the logistic; verdict thresholds and the confidence
// formula. Every constant here is documented in docs/provenance.md.
import type { Signal, Verdict } from '../report/schema.js';
import type { Firing, SignalDef } from './types.js';

/** Largest total one group may contribute in one direction (nats). */
export const GROUP_CAP = 2.5;
/** Starting log-odds: no lean either way before evidence. */
export const PRIOR = 0;
/** |log-odds| needed for a public or internal verdict (internalScore ≤ 0.23 or ≥ 0.77). */
export const DECISION_MARGIN = 1.2;
/** Both sides at least this strong (nats) … */
export const MIXED_SIDE_MIN = 1;
/** … and the weaker side at least this share of the stronger one makes a file mixed. */
export const MIXED_RATIO = 0.4;
/** Below this confidence the verdict is inconclusive whatever the score. */
export const MIN_CONFIDENCE = 0.2;
/** Signals that by themselves describe public profiles joined with private data. */
export const JOIN_SIGNALS: ReadonlySet<string> = new Set(['enumeration-join', 'enrichment-join']);
/** A join is the finding unless this much other internal evidence says more (outside the personal group and the join's inferred attributes). */
export const JOIN_OTHER_INTERNAL_MAX = 2;
const JOIN_INGREDIENTS: ReadonlySet<string> = new Set(['inferred-attributes']);

export interface Fired {
  def: SignalDef;
  firing: Firing;
  /** Base weight × factor, before capping (nats, ≥ 0). */
  raw: number;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Applies the group caps and returns report signals (weight signed: + internal, − public). */
export function capGroups(fired: readonly Fired[]): Signal[] {
  const totals = new Map<string, number>();
  for (const f of fired) {
    const key = f.def.group + '|' + f.def.direction;
    totals.set(key, (totals.get(key) ?? 0) + f.raw);
  }
  return fired.map((f) => {
    const total = totals.get(f.def.group + '|' + f.def.direction)!;
    const scale = total > GROUP_CAP ? GROUP_CAP / total : 1;
    const magnitude = f.raw * scale;
    return {
      id: f.def.id,
      description: f.def.description,
      direction: f.def.direction,
      weight: round3(f.def.direction === 'internal' ? magnitude : -magnitude),
      group: f.def.group,
      fields: f.firing.fields,
      evidence: f.firing.evidence,
    };
  });
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export interface Sides {
  /** Total public evidence (nats, ≥ 0). */
  pub: number;
  /** Total internal evidence (nats, ≥ 0). */
  int: number;
}

export function sides(signals: readonly Signal[]): Sides {
  let pub = 0;
  let int = 0;
  for (const s of signals) {
    if (s.weight < 0) pub -= s.weight;
    else int += s.weight;
  }
  return { pub, int };
}

/**
 * How much the verdict can be trusted, 0..1: the strength of the evidence (1 − e^(−total/2)),
 * scaled by how much of the file the signals explain and how many records there were.
 */
export function confidenceOf(s: Sides, coverage: number, records: number): number {
  const strength = 1 - Math.exp(-(s.pub + s.int) / 2);
  const size = Math.min(1, Math.log10(1 + Math.max(0, records)) / 2);
  return round3(strength * (0.5 + 0.3 * coverage + 0.2 * size));
}

export function isMixed(s: Sides, signals: readonly Signal[] = []): boolean {
  const lo = Math.min(s.pub, s.int);
  const hi = Math.max(s.pub, s.int);
  if (lo >= MIXED_SIDE_MIN && lo >= MIXED_RATIO * hi) return true;
  if (s.pub < MIXED_SIDE_MIN || !signals.some((x) => JOIN_SIGNALS.has(x.id))) return false;
  const other = signals.filter((x) => x.weight > 0 && x.group !== 'personal' && !JOIN_INGREDIENTS.has(x.id)).reduce((a, x) => a + x.weight, 0);
  return other < JOIN_OTHER_INTERNAL_MAX;
}

export interface Decision {
  verdict: Verdict;
  internalScore: number;
  confidence: number;
}

export function decide(signals: readonly Signal[], coverage: number, records: number): Decision {
  const s = sides(signals);
  const logOdds = PRIOR + s.int - s.pub;
  const internalScore = round3(logistic(logOdds));
  const confidence = confidenceOf(s, coverage, records);
  let verdict: Verdict;
  if (isMixed(s, signals)) verdict = 'mixed';
  else if (confidence < MIN_CONFIDENCE || Math.abs(logOdds) < DECISION_MARGIN) verdict = 'inconclusive';
  else verdict = logOdds > 0 ? 'internal' : 'public';
  return { verdict, internalScore, confidence };
}
