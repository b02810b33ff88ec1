// Uncertainty of a sampled scan: Wilson intervals on every match share, and the range the
// provenance score takes when those shares move to the ends of their intervals.
import type { FieldReport, Provenance } from '../report/schema.js';
import { wilson } from './sampler.js';

export function addShareIntervals(fields: FieldReport[]): void {
  for (const f of fields) for (const t of f.types) if (t.checked > 0) t.shareInterval = wilson(t.matched, t.checked);
}

/** Each type's confidence scaled by how far its share could be off, at the low and the high end. */
function shifted(fields: FieldReport[], end: 0 | 1): FieldReport[] {
  return fields.map((f) => ({
    ...f,
    types: f.types.map((t) => {
      if (!t.shareInterval || t.checked === 0 || t.matched === 0) return t;
      const share = t.matched / t.checked;
      const k = t.shareInterval[end] / share;
      return { ...t, confidence: Math.min(1, Math.max(0, t.confidence * k)) };
    }),
  }));
}

export function scoreInterval<F extends { fields: FieldReport[] }>(facts: F, judge: (f: F) => Provenance): [number, number] {
  const lo = judge({ ...facts, fields: shifted(facts.fields, 0) }).internalScore;
  const hi = judge({ ...facts, fields: shifted(facts.fields, 1) }).internalScore;
  const mid = judge(facts).internalScore;
  return [Math.min(lo, hi, mid), Math.max(lo, hi, mid)];
}
