// The CI policy gate: which fields of the --fail-on kinds hold values that are not recognised
// test/placeholder values. The scan exits 1 when any such finding is not in the baseline.
import type { Detector } from '../classify/detector.js';
import type { FieldReport, Policy, PolicyFinding, Report, TypeMatch } from '../report/schema.js';
import { ALLOWLISTED_TAG } from '../config/value-allowlist.js';

/** Types below this confidence never trip the gate unless --min-confidence says otherwise. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export interface GateOptions {
  failOn: readonly string[];
  minConfidence: number;
  countTestValues: boolean;
  /**
   * Types a category in --fail-on covers (see `categoryCoverage`); a type id named in --fail-on
   * counts whatever it is. Without it a category covers every type in it.
   */
  coveredByCategory?: (typeId: string) => boolean;
  /** Fields allowlisted in the config (never findings). */
  isAllowlistedField?: (file: string, field: string) => boolean;
  baseline?: {
    /** As given on the command line or in the config (shown in the report). */
    path: string;
    isBaselined(file: string, field: string, type: string): boolean;
  };
}

/**
 * Record references: they name an order or a transaction, not a person, an account or an
 * instrument, and fixtures are full of them.
 */
export const RECORD_REFERENCE_TYPES: readonly string[] = ['payment.order_id', 'payment.paypal_transaction_id', 'payment.processor_id'];

/**
 * The types a category in --fail-on covers: those sensitive on their own. Descriptive types
 * whose samples leaksift shows unmasked (amounts, currencies, statuses, card expiry, last-4
 * digits, dates, counts …) and record references are left out; name them by id to gate on them.
 */
export function categoryCoverage(detectors: readonly Detector[]): (typeId: string) => boolean {
  const excluded = new Set([...detectors.filter((d) => d.mask === 'none').map((d) => d.id), ...RECORD_REFERENCE_TYPES]);
  return (id) => !excluded.has(id);
}

export interface CountedValues {
  values: number;
  testValues: number;
  basis: PolicyFinding['basis'];
}

/**
 * The values of `field` that count against the gate for type `t`.
 *
 * Value-tested types count their matches minus recognised test values (minus only allowlisted
 * ones with --count-test-values); values the test looked at and rejected never count.
 * Name-led types (no value test looked at the field: `checked` is 0) cannot tell a test value
 * from a real one, so every non-empty value of the field counts: a `passport_number` column
 * with anything in it trips the gate, an empty one does not.
 */
export function countedValues(t: TypeMatch, field: FieldReport, countTestValues: boolean): CountedValues {
  if (t.checked === 0) return { values: field.stats.nonEmpty, testValues: 0, basis: 'name' };
  const allowlisted = t.tags[ALLOWLISTED_TAG] ?? 0;
  const placeholders = Math.min(t.matched, countTestValues ? allowlisted : t.testValues);
  return { values: t.matched - placeholders, testValues: Math.min(t.matched, t.testValues), basis: 'values' };
}

export function evaluateGate(report: Report, opts: GateOptions): Policy {
  const findings: PolicyFinding[] = [];
  let testOnlyFields = 0;
  let allowlistedFields = 0;
  for (const file of report.files) {
    for (const field of file.fields) {
      const kinds = field.types.filter(
        (t) =>
          t.confidence >= opts.minConfidence &&
          (opts.failOn.includes(t.id) || (opts.failOn.includes(t.category) && (opts.coveredByCategory?.(t.id) ?? true))),
      );
      if (kinds.length === 0) continue;
      if (opts.isAllowlistedField?.(file.path, field.path)) {
        allowlistedFields++;
        continue;
      }
      let counted = false;
      let placeholders = false;
      for (const t of kinds) {
        const c = countedValues(t, field, opts.countTestValues);
        if (c.values === 0) {
          placeholders ||= c.testValues > 0;
          continue;
        }
        counted = true;
        findings.push({
          file: file.path,
          field: field.path,
          type: t.id,
          category: t.category,
          confidence: t.confidence,
          values: c.values,
          testValues: c.testValues,
          basis: c.basis,
          baselined: opts.baseline?.isBaselined(file.path, field.path, t.id) ?? false,
        });
      }
      if (!counted && placeholders) testOnlyFields++;
    }
  }
  return {
    failOn: [...opts.failOn],
    minConfidence: opts.minConfidence,
    countTestValues: opts.countTestValues,
    baseline: opts.baseline?.path ?? null,
    tripped: findings.some((f) => !f.baselined),
    findings,
    testOnlyFields,
    allowlistedFields,
  };
}
