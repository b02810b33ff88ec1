// One shared tester runs every detector's own table of valid and invalid examples
// (the ESLint RuleTester pattern): values and names both.
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { computeFeatures, emptyFeatures } from '../../src/classify/features.js';
import { prepareName, scoreName } from '../../src/classify/names.js';
import { CATEGORIES } from '../../src/report/schema.js';

function valueMatches(d: (typeof DETECTORS)[number], v: string): boolean {
  const f = computeFeatures(v, emptyFeatures());
  if (!d.value!.gate(f)) return false;
  const r = d.value!.test(v, f);
  return r !== null && r.kind !== 'checksum-fail';
}

describe('detector catalogue', () => {
  it('has unique ids whose first segment is the category', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DETECTORS) {
      expect(d.id.split('.')[0]).toBe(d.category);
      expect(CATEGORIES).toContain(d.category);
      expect(d.description.length).toBeGreaterThan(5);
    }
  });

  for (const d of DETECTORS) {
    describe(d.id, () => {
      if (d.value) {
        it.each(d.examples.valid)('matches valid value %s', (v) => {
          expect(valueMatches(d, v)).toBe(true);
        });
        it.each(d.examples.invalid)('rejects invalid value %s', (v) => {
          expect(valueMatches(d, v)).toBe(false);
        });
      } else {
        it('is name-led and lists valid names', () => {
          expect(d.examples.validNames?.length ?? 0).toBeGreaterThan(0);
        });
      }
      for (const name of d.examples.validNames ?? []) {
        it(`name hint fires for "${name}"`, () => {
          const e = scoreName(prepareName(name), d.names);
          expect(e.score).toBeGreaterThan(0);
          expect(e.negative).toBe(false);
        });
      }
      for (const name of d.examples.invalidNames ?? []) {
        it(`name hint does not fire for "${name}"`, () => {
          const e = scoreName(prepareName(name), d.names);
          expect(e.score === 0 || e.negative).toBe(true);
        });
      }
    });
  }
});
