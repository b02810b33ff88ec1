// The detector contract (modelled on ESLint rules): one module per detector carrying its
// metadata, name hints, value test and a table of valid/invalid examples run by one tester.
import type { Category } from '../report/schema.js';
import type { ValueFeatures } from './features.js';

/** Outcome of a value test that recognised the value's shape. */
export interface ValueMatch {
  /**
   * - `match`: the value is of this type.
   * - `test`: a recognised test/placeholder value of this type (a match, also counted in `testValues`).
   * - `checksum-fail`: right shape, failed checksum: not a match, counted in `checksumFailures`.
   * - `weak`: plausible shape that only a field name can confirm (a bare 9-digit number under `ssn`);
   *   counts as a match when the field name supports the type, and is ignored otherwise.
   * - `candidate`: cheap checks passed, the detector's expensive `confirm` decides (run on a capped
   *   number of values per field, see the engine).
   */
  readonly kind: 'match' | 'test' | 'checksum-fail' | 'weak' | 'candidate';
  /** Sub-kind counted in the field's tags, e.g. a card brand or an IP class. */
  readonly tag?: string;
}

export const MATCH: ValueMatch = Object.freeze({ kind: 'match' });
/** A recognised test/placeholder value (counts as a match and in `testValues`). */
export const TEST_VALUE: ValueMatch = Object.freeze({ kind: 'test' });
/** Right shape, failed checksum: not a match, counted in `checksumFailures`. */
export const CHECKSUM_FAIL: ValueMatch = Object.freeze({ kind: 'checksum-fail' });
/** Plausible shape that needs the field name's support to count. */
export const WEAK: ValueMatch = Object.freeze({ kind: 'weak' });
/** Passed the cheap checks; `Detector.value.confirm` decides. */
export const CANDIDATE: ValueMatch = Object.freeze({ kind: 'candidate' });

const tagged = new Map<ValueMatch['kind'], Map<string, ValueMatch>>();
/** A (cached, allocation-free after first use) match carrying a tag. */
export function matchTag(tag: string, kind: ValueMatch['kind'] = 'match'): ValueMatch {
  let byTag = tagged.get(kind);
  if (!byTag) tagged.set(kind, (byTag = new Map()));
  let m = byTag.get(tag);
  if (!m) {
    m = Object.freeze({ kind, tag });
    byTag.set(tag, m);
  }
  return m;
}

export interface NameHints {
  /**
   * Whole field names, compared after normalising (lower case, separators removed):
   * `E-Mail`, `e_mail` and `EMail` all normalise to `email`. Strongest name evidence.
   * CJK hints (手机号) also match inside a longer CJK name (用户手机号).
   */
  exact?: string[];
  /**
   * Token sequences that must appear contiguously among the field name's word tokens
   * (`billing_email_address` has tokens billing,email,address). Never raw substrings.
   * Common abbreviations are expanded before matching (`fl_nm` → full name, see names.ts).
   */
  tokens?: string[][];
  /** Token sequences that argue against this type (`order` for card numbers). */
  negative?: string[][];
  /** The type is a yes/no flag, so `is_…` / `has_…` names fit it (they demote other types). */
  flag?: boolean;
}

/** What the classifier knows about a whole field when it decides (from the profile stage). */
export interface FieldSummary {
  path: string;
  nonEmpty: number;
  distinct: number;
  numeric: { count: number; min: number; max: number } | null;
  minLength: number | null;
  maxLength: number | null;
}

/**
 * Value-shape statistics the engine gathers once per field (not per detector) while values
 * stream through `observe`; detectors use them in their field checks.
 */
export interface FieldShape {
  /** Non-empty values observed. */
  values: number;
  /** Plain non-negative integers of 1–15 digits. */
  integers: number;
  /** Digit-only values longer than 15 digits (snowflake ids, card-length numbers). */
  longDigits: number;
  /** Integers with a leading zero (`00123`): codes, not quantities. */
  leadingZeros: number;
  /** `-123` style negative integers. */
  negatives: number;
  /** Plain decimals (`12.50`). */
  decimals: number;
  /** Smallest / largest plain integer seen (NaN when none). */
  intMin: number;
  intMax: number;
  /** Integers exactly one above the previous integer value (auto-increment runs). */
  steps: number;
  /** Bit i set when an integer with i digits was seen (spread of magnitudes). */
  digitLengths: number;
}

/** This detector's own evidence on the field, for `Detector.field`. */
export interface FieldEvidence {
  /** 0 none, 0.5–0.6 partial, 0.9 whole-name match. */
  nameScore: number;
  matched: number;
  checked: number;
  testValues: number;
  checksumFailures: number;
  tags: ReadonlyMap<string, number>;
  shape: FieldShape;
}

export type MaskStyle =
  | 'email'
  | 'card'
  | 'digits'
  | 'phone'
  | 'ip'
  | 'secret'
  | 'generic'
  /** Not sensitive on its own (counts, timestamps, currencies): shown as is. */
  | 'none';

export interface Detector {
  /** `category.name`, part of the report contract. */
  id: string;
  category: Category;
  description: string;
  /** Checksum or validator applied, for `leaksift detectors` (e.g. 'luhn', 'mod97'). */
  validator?: string;
  mask: MaskStyle;
  names?: NameHints;
  value?: {
    /** Cheap precondition on the character counts; the test runs only when it holds. */
    gate(f: ValueFeatures): boolean;
    test(value: string, f: ValueFeatures): ValueMatch | null;
    /** Expensive validator for values `test` returned `CANDIDATE` for (e.g. libphonenumber). */
    confirm?(value: string, f: ValueFeatures): ValueMatch | null;
    /**
     * How much a full column of value matches counts without any name evidence (0..1).
     * Strong formats (email, Luhn card) ≈ 0.95; weak shapes lower; 0 means the value test
     * only confirms a name (e.g. any integer for a follower count), and is skipped when the
     * field name gives no support.
     */
    weight?: number;
  };
  /**
   * Field-level plausibility multiplier in [0,1], from the whole field's profile and this
   * detector's own evidence (e.g. counts are non-negative integers; bare hex is a password
   * hash only under a password-like name).
   */
  field?(s: FieldSummary, e: FieldEvidence): number;
  /** Table of examples run by tests/classify/detectors.test.ts, and shown by `leaksift detectors`. */
  examples: {
    /** Values the value test accepts (`weak` results count as accepted). */
    valid: string[];
    invalid: string[];
    /** Field names that should / should not trigger the name hints. */
    validNames?: string[];
    invalidNames?: string[];
    /** Values recognised as test/placeholder values. */
    testValues?: string[];
  };
}

export function categoryOf(id: string): string {
  const i = id.indexOf('.');
  return i < 0 ? id : id.slice(0, i);
}
