// The one-pass value features, and the cheaper pass for values outside the classify sample:
// both must give the field shape the same counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { FieldClassifier } from '../../src/classify/engine.js';
import { computeFeatures, emptyFeatures, numberFeatures } from '../../src/classify/features.js';

// Mostly number-like strings (digits, signs, dots, separators), some of anything.
const numberish = fc.oneof(
  fc.stringMatching(/^-?[0-9]{0,18}([.,-][0-9]{0,6}){0,3}$/),
  fc.array(fc.constantFrom('0', '1', '9', '-', '.', ' ', 'e', '+', ','), { maxLength: 20 }).map((a) => a.join('')),
  fc.string({ maxLength: 20 }),
);

describe('numberFeatures', () => {
  it('accepts what starts with a digit or "-" and holds at most two other characters', () => {
    fc.assert(
      fc.property(numberish.filter((v) => v.length > 0), (v) => {
        const others = [...v].filter((c) => c < '0' || c > '9').length;
        const expected = /^[0-9-]/.test(v) && others <= 2;
        expect(numberFeatures(v, emptyFeatures())).toBe(expected);
      }),
    );
  });

  it('gives the counts the full pass gives, where it accepts', () => {
    fc.assert(
      fc.property(numberish.filter((v) => v.length > 0), (v) => {
        const f = emptyFeatures();
        fc.pre(numberFeatures(v, f));
        const full = computeFeatures(v, emptyFeatures());
        expect({ length: f.length, digits: f.digits, dots: f.dots, dashes: f.dashes, int: f.int })
          .toEqual({ length: full.length, digits: full.digits, dots: full.dots, dashes: full.dashes, int: full.int });
      }),
    );
  });
});

describe('values outside the classify sample', () => {
  it('count in the field shape exactly as classified values do', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(numberish.filter((v) => v.length > 0), fc.constantFrom('N/A', '-', 'null', '—')), { maxLength: 80 }), (values) => {
        const sampled = new FieldClassifier('amount', DETECTORS);
        const skipped = new FieldClassifier('amount', DETECTORS);
        for (const v of values) {
          sampled.observe(v, true);
          skipped.observe(v, false);
        }
        const a = sampled.exportState();
        const b = skipped.exportState();
        expect(b.shape).toEqual(a.shape);
        expect([b.firstInt, b.lastInt]).toEqual([a.firstInt, a.lastInt]);
      }),
    );
  });
});
