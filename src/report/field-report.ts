// Turns a field's final state into its report entry: stats, types and masked samples.
import type { Detector, MaskStyle } from '../classify/detector.js';
import type { FieldClassifier } from '../classify/engine.js';
import type { FieldProfile } from '../profile/field-profile.js';
import { maskValue } from './mask.js';
import type { FieldReport } from './schema.js';

/**
 * Mask styles of values that are sensitive in themselves: a field of them also hides its numeric
 * range, whose min and max would be two full values (a card column's smallest card number).
 */
const RANGE_HIDDEN: ReadonlySet<MaskStyle> = new Set(['card', 'digits', 'phone', 'ip', 'secret', 'email']);

export function buildFieldReport(
  path: string,
  profile: FieldProfile,
  classifier: FieldClassifier,
  maskStyles: ReadonlyMap<string, MaskStyle>,
  showValues: boolean,
): FieldReport {
  const stats = profile.stats();
  const types = classifier.finish({
    path,
    nonEmpty: stats.nonEmpty,
    distinct: stats.distinct,
    numeric: stats.numeric,
    minLength: stats.minLength,
    maxLength: stats.maxLength,
  });
  // Unclassified fields may still hold personal data: mask them generically.
  const style: MaskStyle = types.length > 0 ? (maskStyles.get(types[0].id) ?? 'generic') : 'generic';
  const samples = profile.samples.items.map((v) => (showValues ? v : maskValue(v, style)));
  const shown = !showValues && stats.numeric !== null && RANGE_HIDDEN.has(style) ? { ...stats, numeric: null } : stats;
  return { path, stats: shown, samples, types };
}

export function maskStylesOf(detectors: readonly Detector[]): Map<string, MaskStyle> {
  return new Map(detectors.map((d) => [d.id, d.mask]));
}
