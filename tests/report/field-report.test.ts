// Numeric ranges in the report: kept for what is measured or counted, dropped (after judging)
// where min and max would be two full identifying values.
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { maskStylesOf, withoutIdentifyingRange } from '../../src/report/field-report.js';
import type { FieldReport } from '../../src/report/schema.js';

const STYLES = maskStylesOf(DETECTORS);

function field(min: number, max: number, typeId?: string): FieldReport {
  return {
    path: 'x',
    stats: {
      count: 10, nonEmpty: 10, empty: 0, distinct: 10, minLength: 1, maxLength: 19,
      numeric: { count: 10, min, max }, valueKinds: { string: 10, number: 0, boolean: 0 }, shapes: [],
    },
    samples: [],
    types: typeId ? [{ id: typeId, category: typeId.split('.')[0], confidence: 0.9, matched: 10, checked: 10 } as FieldReport['types'][number]] : [],
  } as FieldReport;
}

const range = (f: FieldReport, showValues = false) => withoutIdentifyingRange(f, STYLES, showValues).stats.numeric;

describe('withoutIdentifyingRange', () => {
  it.each([
    ['unclassified account numbers', field(48201937, 73920184)],
    ['unclassified negative identifiers', field(-9_000_000_000, 12)],
    ['unclassified 13-digit cursors past any epoch', field(9718507385319, 9718507385319)],
    ['user ids', field(1002, 1118, 'identity.user_id')],
    ['postal codes', field(2134, 2134, 'contact.postal_code')],
    ['card numbers', field(4111111111111111, 4111111111111111, 'payment.card_number')],
  ])('hides the range of %s', (_name, f) => {
    expect(range(f)).toBeNull();
    expect(range(f, true)).toEqual(f.stats.numeric);
  });

  it.each([
    ['small unclassified integers', field(1, 99_999)],
    ['unclassified decimals', field(0.5, 1_250_000.75)],
    ['unclassified epoch seconds', field(1_600_000_000, 1_700_000_000)],
    ['unclassified epoch milliseconds', field(1_600_000_000_000, 1_700_000_000_000)],
    ['amounts', field(7.58, 398.73, 'payment.amount')],
    ['follower counts', field(29, 1_526_424, 'user_stats.follower_count')],
    ['record ids (auto-increment evidence)', field(1000, 1119, 'internal_meta.record_id')],
  ])('keeps the range of %s', (_name, f) => {
    expect(range(f)).toEqual(f.stats.numeric);
  });
});
