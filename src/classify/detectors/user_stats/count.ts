// Shared value test and field check for every counter detector in user_stats.
import type { FieldEvidence, FieldSummary } from '../../detector.js';

const COUNT = /^(?:\d{1,15}|\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?[KkMmBb万亿])$/;

/** Non-negative integer, thousands-separated, or abbreviated (1.2M, 45K, 3万). */
export function isCount(v: string): boolean {
  return COUNT.test(v);
}

/**
 * Counters are non-negative and heavy-tailed: a column of 13-digit values is a timestamp or an
 * id, not a count, whatever its name says.
 */
export function countField(s: FieldSummary, _e: FieldEvidence): number {
  if (!s.numeric) return 1;
  if (s.numeric.min < 0) return 0.2;
  if (s.numeric.min >= 1e9 && s.numeric.max < 1e14) return 0.3; // epoch-like magnitudes
  return 1;
}
