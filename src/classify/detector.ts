// The detector contract (modelled on ESLint rules): one module per detector carrying its
// metadata, name hints, value test and a table of valid/invalid examples run by one tester.
import type { Category } from '../report/schema.js';
import type { ValueFeatures } from './features.js';

/** Outcome of a value test that recognised the value's shape. */
export interface ValueMatch {
  readonly kind: 'match' | 'test' | 'checksum-fail';
  /** Sub-kind counted in the field's tags, e.g. a card brand or an IP class. */
  readonly tag?: string;
}

export const MATCH: ValueMatch = Object.freeze({ kind: 'match' });
/** A recognised test/placeholder value (counts as a match and in `testValues`). */
export const TEST_VALUE: ValueMatch = Object.freeze({ kind: 'test' });
/** Right shape, failed checksum: not a match, counted in `checksumFailures`. */
export const CHECKSUM_FAIL: ValueMatch = Object.freeze({ kind: 'checksum-fail' });

const tagged = new Map<string, ValueMatch>();
/** A (cached, allocation-free after first use) match carrying a tag. */
export function matchTag(tag: string, kind: ValueMatch['kind'] = 'match'): ValueMatch {
  const key = kind + ':' + tag;
  let m = tagged.get(key);
  if (!m) {
    m = Object.freeze({ kind, tag });
    tagged.set(key, m);
  }
  return m;
}

export interface NameHints {
  /**
   * Whole field names, compared after normalising (lower case, separators removed):
   * 'email' matches `Email`, `e_mail`? no — `e_mail` normalises to 'email' and matches.
   * Strongest name evidence.
   */
  exact?: string[];
  /**
   * Token sequences that must appear contiguously among the field name's word tokens
   * (`billing_email_address` has tokens billing,email,address). Never raw substrings.
   */
  tokens?: string[][];
  /** Token sequences that argue against this type (`order` for card numbers). */
  negative?: string[][];
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

/** This detector's own evidence on the field, for `Detector.field`. */
export interface FieldEvidence {
  /** 0 none, 0.5–0.6 partial, 0.9 whole-name match. */
  nameScore: number;
  matched: number;
  checked: number;
  tags: ReadonlyMap<string, number>;
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
    /**
     * How much a full column of value matches counts without any name evidence (0..1).
     * Strong formats (email, Luhn card) ≈ 0.95; weak shapes (any integer) low; 0 means the
     * value test only confirms a name (e.g. bare hex as a password hash).
     */
    weight?: number;
  };
  /**
   * Field-level plausibility multiplier in [0,1], from the whole field's profile and this
   * detector's own evidence (e.g. counts are non-negative integers; bare hex is a password
   * hash only under a password-like name).
   */
  field?(s: FieldSummary, e: FieldEvidence): number;
  /** Table of examples run by tests/detectors.test.ts, and shown by `leaksift detectors`. */
  examples: {
    valid: string[];
    invalid: string[];
    /** Field names that should / should not trigger the name hints. */
    validNames?: string[];
    invalidNames?: string[];
  };
}

export function categoryOf(id: string): string {
  const i = id.indexOf('.');
  return i < 0 ? id : id.slice(0, i);
}
