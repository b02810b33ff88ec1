// One shared tester runs every detector's own table of valid and invalid examples
// (the ESLint RuleTester pattern): values, test/placeholder values and names.
import { describe, expect, it } from 'vitest';
import type { Detector, ValueMatch } from '../../src/classify/detector.js';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { computeFeatures, emptyFeatures } from '../../src/classify/features.js';
import { buildVocabulary, prepareName, scoreName } from '../../src/classify/names.js';
import { CATEGORIES } from '../../src/report/schema.js';

const vocab = buildVocabulary(DETECTORS);

/** The value test as the engine runs it: gate, test, then `confirm` for candidates. */
function run(d: Detector, v: string): ValueMatch | null {
  const f = computeFeatures(v, emptyFeatures());
  if (!d.value!.gate(f)) return null;
  const r = d.value!.test(v, f);
  if (r?.kind === 'candidate') return d.value!.confirm ? d.value!.confirm(v, f) : null;
  return r;
}

function accepted(r: ValueMatch | null): boolean {
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

  it('covers every category except custom', () => {
    const cats = new Set(DETECTORS.map((d) => d.category));
    for (const c of CATEGORIES) if (c !== 'custom') expect(cats).toContain(c);
  });

  for (const d of DETECTORS) {
    describe(d.id, () => {
      if (d.value) {
        it('has examples', () => {
          expect(d.examples.valid.length + (d.examples.testValues?.length ?? 0)).toBeGreaterThan(0);
        });
        it.each(d.examples.valid)('accepts valid value %s', (v) => {
          const r = run(d, v);
          expect(accepted(r)).toBe(true);
          expect(r!.kind).not.toBe('test');
        });
        it.each(d.examples.invalid)('rejects invalid value %s', (v) => {
          expect(accepted(run(d, v))).toBe(false);
        });
        if (d.examples.testValues?.length) {
          it.each(d.examples.testValues)('recognises test value %s', (v) => {
            expect(run(d, v)?.kind).toBe('test');
          });
        }
      } else {
        it('is name-led and lists valid names', () => {
          expect(d.examples.validNames?.length ?? 0).toBeGreaterThan(0);
        });
      }
      for (const name of d.examples.validNames ?? []) {
        it(`name hint fires for "${name}"`, () => {
          const e = scoreName(prepareName(name, vocab), d.names);
          expect(e.score).toBeGreaterThan(0);
          expect(e.negative).toBe(false);
        });
      }
      for (const name of d.examples.invalidNames ?? []) {
        it(`name hint does not fire for "${name}"`, () => {
          const e = scoreName(prepareName(name, vocab), d.names);
          expect(e.score === 0 || e.negative).toBe(true);
        });
      }
    });
  }
});
