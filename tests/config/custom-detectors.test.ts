import { describe, expect, it } from 'vitest';
import { CANDIDATE, MATCH, WEAK, type Detector } from '../../src/classify/detector.js';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { FieldClassifier } from '../../src/classify/engine.js';
import { computeFeatures, emptyFeatures } from '../../src/classify/features.js';
import { buildCustomDetector } from '../../src/config/custom-detectors.js';
import { scanDetectors } from '../../src/config/scan-detectors.js';
import { withValueAllowlist, valueAllowlist } from '../../src/config/value-allowlist.js';

function types(path: string, values: string[], detectors: readonly Detector[]) {
  const c = new FieldClassifier(path, detectors);
  for (const v of values) c.observe(v);
  return c.finish({ path, nonEmpty: values.length, distinct: values.length, numeric: null, minLength: 1, maxLength: 20 });
}

function test(d: Detector, v: string) {
  return d.value!.gate(computeFeatures(v, emptyFeatures())) ? d.value!.test(v, computeFeatures(v, emptyFeatures())) : null;
}

describe('buildCustomDetector', () => {
  const employee = buildCustomDetector({ id: 'custom.employee_id', names: ['employee id', 'staff no'], valuePattern: 'EMP-\\d{6}', testValues: ['EMP-000000'] });

  it('matches whole values and recognises declared test values', () => {
    expect(test(employee, 'EMP-123456')?.kind).toBe('match');
    expect(test(employee, 'EMP-000000')?.kind).toBe('test');
    expect(test(employee, 'xEMP-123456')).toBeNull();
  });

  it('does not test values longer than maxLength', () => {
    const long = buildCustomDetector({ id: 'custom.code', valuePattern: '[A-Z]+', maxLength: 4 });
    expect(test(long, 'ABCD')?.kind).toBe('match');
    expect(test(long, 'ABCDE')).toBeNull();
  });

  it('applies luhn and mod97 checksums after the pattern', () => {
    const card = buildCustomDetector({ id: 'custom.loyalty_card', valuePattern: '\\d{4}( ?\\d{4}){3}', validator: 'luhn' });
    expect(test(card, '4539 5787 6362 1486')?.kind).toBe('match');
    expect(test(card, '4539 5787 6362 1487')?.kind).toBe('checksum-fail');
    const iban = buildCustomDetector({ id: 'custom.account', valuePattern: '[A-Z]{2}\\d{2}[A-Z0-9 ]+', validator: 'mod97' });
    expect(test(iban, 'GB82 WEST 1234 5698 7654 32')?.kind).toBe('match');
    expect(test(iban, 'GB83 WEST 1234 5698 7654 32')?.kind).toBe('checksum-fail');
  });

  it('matches field names on word tokens like the built-in hints', () => {
    const detectors = [...DETECTORS, employee];
    const values = ['EMP-104233', 'EMP-118470', 'EMP-120001'];
    for (const name of ['employee_id', 'EmployeeId', 'Staff No', 'hr.employee_id']) {
      expect(types(name, values, detectors).map((t) => t.id), name).toContain('custom.employee_id');
    }
    // Name-only evidence for a name-only custom detector.
    const badge = buildCustomDetector({ id: 'custom.badge', names: ['badge number'] });
    expect(types('badge_number', ['x'], [...DETECTORS, badge]).find((t) => t.id === 'custom.badge')).toMatchObject({ basis: ['name'], checked: 0 });
    expect(types('republic', ['x'], [...DETECTORS, badge]).find((t) => t.id === 'custom.badge')).toBeUndefined();
  });
});

describe('value allowlist', () => {
  it('turns allowlisted matches into placeholders tagged "allowlisted", and leaves other values alone', () => {
    const detectors = scanDetectors([], { values: ['jane.whitfield84@gmail.com'] });
    const email = types('email', ['jane.whitfield84@gmail.com', 'r.okafor@outlook.com', 'user@example.com'], detectors).find((t) => t.id === 'contact.email')!;
    expect(email).toMatchObject({ matched: 3, testValues: 2, tags: { allowlisted: 1 } });
  });

  it('confirms candidates before marking them, and drops weak matches', () => {
    const seen: string[] = [];
    const fake: Detector = {
      id: 'custom.fake', category: 'custom', description: 'fake', mask: 'generic', examples: { valid: [], invalid: [] },
      value: {
        gate: () => true,
        test: (v) => (v === 'weak' ? WEAK : v === 'cand' || v === 'nope' ? CANDIDATE : MATCH),
        confirm: (v) => (seen.push(v), v === 'cand' ? MATCH : null),
      },
    };
    const [wrapped] = withValueAllowlist([fake], valueAllowlist({ values: ['weak', 'cand', 'nope', 'm'] }));
    const f = emptyFeatures();
    expect(wrapped.value!.test('weak', f)).toBeNull();
    expect(wrapped.value!.test('cand', f)).toMatchObject({ kind: 'test', tag: 'allowlisted' });
    expect(wrapped.value!.test('nope', f)).toBeNull();
    expect(wrapped.value!.test('m', f)).toMatchObject({ kind: 'test', tag: 'allowlisted' });
    expect(wrapped.value!.test('other', f)).toBe(MATCH);
    expect(seen).toEqual(['cand', 'nope']);
  });

  it('keeps the registry itself when nothing is configured', () => {
    expect(scanDetectors()).toBe(DETECTORS);
  });
});
