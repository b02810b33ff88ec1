import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { fieldAllowlist } from '../../src/policy/field-allowlist.js';
import { countedValues, evaluateGate, categoryCoverage } from '../../src/policy/gate.js';
import type { FieldReport, Report, TypeMatch } from '../../src/report/schema.js';

function type(id: string, over: Partial<TypeMatch> = {}): TypeMatch {
  return { id, category: id.split('.')[0] as TypeMatch['category'], confidence: 0.9, matched: 0, checked: 0, testValues: 0, checksumFailures: 0, basis: ['name'], tags: {}, ...over };
}

function field(path: string, types: TypeMatch[], nonEmpty = 10): FieldReport {
  return {
    path,
    stats: { count: 10, nonEmpty, empty: 10 - nonEmpty, distinct: nonEmpty, minLength: null, maxLength: null, numeric: null, valueKinds: { string: nonEmpty, number: 0, boolean: 0 }, shapes: [] },
    samples: [],
    types,
  };
}

function report(fields: FieldReport[]): Report {
  return { files: [{ path: 'seed/users.csv', fields }] } as unknown as Report;
}

describe('countedValues', () => {
  it('counts value matches that are not test values', () => {
    expect(countedValues(type('contact.email', { matched: 10, checked: 10, testValues: 9, basis: ['name', 'value'] }), field('email', []), false)).toEqual({
      values: 1,
      testValues: 9,
      basis: 'values',
    });
  });

  it('counts test values with --count-test-values, but never allowlisted ones', () => {
    const t = type('contact.email', { matched: 10, checked: 10, testValues: 9, tags: { allowlisted: 4 }, basis: ['value'] });
    expect(countedValues(t, field('email', []), true).values).toBe(6);
  });

  it('counts every non-empty value of a name-led type no value test looked at', () => {
    expect(countedValues(type('government_id.passport'), field('passport_no', [], 7), false)).toEqual({ values: 7, testValues: 0, basis: 'name' });
    expect(countedValues(type('government_id.passport'), field('passport_no', [], 0), false).values).toBe(0);
  });

  it('never counts values the test looked at and rejected', () => {
    expect(countedValues(type('contact.email', { checked: 10, matched: 0 }), field('email', []), false).values).toBe(0);
  });
});

describe('evaluateGate', () => {
  const fields = [
    field('email', [type('contact.email', { matched: 10, checked: 10, testValues: 10, basis: ['name', 'value'] })]),
    field('card', [type('payment.card_number', { matched: 10, checked: 10, testValues: 8, basis: ['name', 'value'] })]),
    field('amount', [type('payment.amount', { matched: 10, checked: 10, basis: ['name', 'value'] })]),
    field('weak_card', [type('payment.card_number', { confidence: 0.3, matched: 2, checked: 10 })]),
  ];
  const coveredByCategory = categoryCoverage(DETECTORS);

  it('trips on real values, names the field and counts test-only fields', () => {
    const p = evaluateGate(report(fields), { failOn: ['payment', 'contact'], minConfidence: 0.5, countTestValues: false, coveredByCategory });
    expect(p.tripped).toBe(true);
    expect(p.findings.map((f) => [f.field, f.type, f.values])).toEqual([['card', 'payment.card_number', 2]]);
    expect(p.testOnlyFields).toBe(1);
  });

  it('covers with a category only the types that are sensitive on their own (no record references); an id names any type', () => {
    expect(coveredByCategory('payment.amount')).toBe(false);
    expect(coveredByCategory('payment.order_id')).toBe(false);
    expect(coveredByCategory('payment.card_number')).toBe(true);
    const byId = evaluateGate(report(fields), { failOn: ['payment.amount'], minConfidence: 0.5, countTestValues: false, coveredByCategory });
    expect(byId.findings.map((f) => f.field)).toEqual(['amount']);
  });

  it('honours --min-confidence, field allowlists and the baseline', () => {
    const low = evaluateGate(report(fields), { failOn: ['payment'], minConfidence: 0.2, countTestValues: false, coveredByCategory });
    expect(low.findings.map((f) => f.field)).toEqual(['card', 'weak_card']);
    const allowed = evaluateGate(report(fields), { failOn: ['payment'], minConfidence: 0.5, countTestValues: false, coveredByCategory, isAllowlistedField: fieldAllowlist(['ca*']) });
    expect(allowed).toMatchObject({ tripped: false, allowlistedFields: 1, findings: [] });
    const baselined = evaluateGate(report(fields), {
      failOn: ['payment'],
      minConfidence: 0.5,
      countTestValues: false,
      coveredByCategory,
      baseline: { path: 'b.json', isBaselined: (file, f, t) => file === 'seed/users.csv' && f === 'card' && t === 'payment.card_number' },
    });
    expect(baselined).toMatchObject({ tripped: false, baseline: 'b.json', findings: [{ field: 'card', baselined: true }] });
  });
});

describe('fieldAllowlist', () => {
  it('matches field paths with * wildcards, optionally only in files matching a glob', () => {
    const allowed = fieldAllowlist(['notes', 'data.items[].*', { file: 'seed/*.csv', field: 'email' }, { file: '*.ndjson', field: 'user.*' }]);
    expect(allowed('x.json', 'notes')).toBe(true);
    expect(allowed('x.json', 'data.items[].email')).toBe(true);
    expect(allowed('seed/users.csv', 'email')).toBe(true);
    expect(allowed('other/users.csv', 'email')).toBe(false);
    expect(allowed('deep/dir/events.ndjson', 'user.email')).toBe(true);
    expect(allowed('x.json', 'notes2')).toBe(false);
  });
});
