// Numeric shapes shared by counters, amounts and metrics.
import type { ValueFeatures } from '../features.js';

const COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?[KkMmBb万亿w]|-\d{1,10})$/;

/**
 * A count as platforms show it: a plain non-negative integer, thousands-separated, or
 * abbreviated (1.2M, 45K, 3万). Small negatives are allowed: the legacy 32-bit TikTok
 * counters wrapped around.
 */
export function isCount(v: string, f: ValueFeatures): boolean {
  if (f.int === f.int) return true;
  return f.length <= 16 && COUNT.test(v);
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d{1,3})?$/;

/** A plain number: sign, digits, thousands separators, decimals, exponent. */
export function isNumber(v: string, f: ValueFeatures): boolean {
  if (f.int === f.int) return true;
  return f.digits > 0 && f.letters <= 1 && f.spaces === 0 && NUMBER.test(v);
}

/** A number, possibly as a percentage (`1.25%`). */
export function isMetric(v: string, f: ValueFeatures): boolean {
  if (isNumber(v, f)) return true;
  return v.endsWith('%') && isNumber(v.slice(0, -1).trim(), f);
}
