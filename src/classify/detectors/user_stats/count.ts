// Shared value test and field check for the counter detectors in user_stats.
import { MATCH, type Detector, type FieldEvidence, type FieldSummary, type NameHints } from '../../detector.js';
import type { ValueFeatures } from '../../features.js';
import { isCount } from '../../shapes/numbers.js';

/**
 * Counters are non-negative and spread over orders of magnitude. A column of 13-digit values,
 * epoch-second magnitudes, years, consecutive numbers, zero-padded codes or prices is a timestamp,
 * an id, a code or an amount, whatever its name says.
 */
export function countField(_s: FieldSummary, e: FieldEvidence): number {
  const s = e.shape;
  if (s.values === 0) return 1;
  let fit = 1;
  if (s.negatives * 5 > s.values) fit = Math.min(fit, 0.3);
  if (s.decimals * 2 > s.values) fit = Math.min(fit, 0.3);
  if (s.longDigits * 2 > s.values) fit = Math.min(fit, 0.2);
  if (s.integers >= 5) {
    if (s.intMax >= 1e12) fit = Math.min(fit, 0.2);
    if (s.intMin >= 1e9 && s.intMax < 2.2e9) fit = Math.min(fit, 0.3);
    if (s.digitLengths === 1 << 4 && s.intMin >= 1900 && s.intMax <= 2100) fit = Math.min(fit, 0.3);
    if (s.steps * 2 > s.integers) fit = Math.min(fit, 0.3);
    if (s.leadingZeros * 5 > s.integers) fit = Math.min(fit, 0.3);
  }
  return fit;
}

const countValue = {
  gate: (f: ValueFeatures) => f.digits > 0 && f.length <= 16 && f.letters <= 1 && f.spaces === 0,
  test: (v: string, f: ValueFeatures) => (isCount(v, f) ? MATCH : null),
  weight: 0,
};

/** A name-led counter detector: name hints decide, values must be counts, the field check guards. */
export function counter(spec: {
  id: string;
  description: string;
  names: NameHints;
  validNames: string[];
  invalidNames: string[];
}): Detector {
  return {
    id: spec.id,
    category: 'user_stats',
    description: spec.description,
    mask: 'none',
    names: spec.names,
    value: countValue,
    field: countField,
    examples: {
      valid: ['398700', '0', '12', '1.2M', '45K', '1,204', '3万'],
      invalid: ['12.5.1', 'abc', '2024-01-01', '1 204 apples'],
      validNames: spec.validNames,
      invalidNames: spec.invalidNames,
    },
  };
}
