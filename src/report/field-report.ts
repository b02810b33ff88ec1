// Turns a field's final state into its report entry: stats, types and masked samples; and,
// once the judge has read them, drops the numeric ranges that would print identifying values.
import type { Detector, MaskStyle } from '../classify/detector.js';
import type { FieldClassifier } from '../classify/engine.js';
import type { FieldProfile } from '../profile/field-profile.js';
import { maskValue } from './mask.js';
import type { FieldReport } from './schema.js';

/**
 * Mask styles of values that identify someone or something: a field of them hides its numeric
 * range, whose min and max would be two full values (a card column's smallest card number, a
 * user-id column's first id, a coordinates column's westernmost point).
 */
const RANGE_HIDDEN: ReadonlySet<MaskStyle> = new Set(['card', 'digits', 'phone', 'ip', 'secret', 'email', 'generic']);
/** An unclassified field's integers from this magnitude on look like identifiers (account or customer numbers). */
const IDENTIFIER_MAGNITUDE = 100_000;

/**
 * The field's report entry. Samples are masked (unless `showValues`); the stats are complete,
 * numeric range included, because provenance checks read ranges (ids against creation times,
 * dates in the future): `withoutIdentifyingRange` takes it out after judging.
 */
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
  const samples = profile.samples.items.map((v) => (showValues ? v : maskValue(v, styleOf(types, maskStyles))));
  return { path, stats, samples, types };
}

/**
 * The field as reported: without `showValues`, no numeric range that would print two full
 * identifying values. Hidden for fields of identifying types, and for unclassified fields whose
 * range looks like identifiers: integers of six digits or more that are not epoch timestamps.
 * Counts, amounts, scores and timestamps keep their range.
 */
export function withoutIdentifyingRange(field: FieldReport, maskStyles: ReadonlyMap<string, MaskStyle>, showValues: boolean): FieldReport {
  const n = field.stats.numeric;
  if (showValues || n === null) return field;
  const hide = field.types.length > 0 ? RANGE_HIDDEN.has(styleOf(field.types, maskStyles)) : identifierLike(n.min, n.max);
  return hide ? { ...field, stats: { ...field.stats, numeric: null } } : field;
}

export function maskStylesOf(detectors: readonly Detector[]): Map<string, MaskStyle> {
  return new Map(detectors.map((d) => [d.id, d.mask]));
}

/** Unclassified fields may still hold personal data: they are masked generically. */
function styleOf(types: FieldReport['types'], maskStyles: ReadonlyMap<string, MaskStyle>): MaskStyle {
  return types.length > 0 ? (maskStyles.get(types[0].id) ?? 'generic') : 'generic';
}

function identifierLike(min: number, max: number): boolean {
  if (!Number.isInteger(min) || !Number.isInteger(max)) return false;
  if (Math.max(Math.abs(min), Math.abs(max)) < IDENTIFIER_MAGNITUDE) return false;
  return !(epochLike(min) && epochLike(max));
}

/** Unix time in seconds or milliseconds between 2001 and 2096. */
function epochLike(x: number): boolean {
  return (x >= 1e9 && x < 4e9) || (x >= 1e12 && x < 4e12);
}
