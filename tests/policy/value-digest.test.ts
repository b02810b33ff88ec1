import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueDigest } from '../../src/scan/value-digest.js';

const KEY = Buffer.alloc(32, 7);

function digestOf(values: string[], key = KEY): string {
  const d = new ValueDigest(key);
  for (const v of values) d.add(v);
  return d.digest().toString('hex');
}

describe('ValueDigest', () => {
  it('does not depend on the order of values', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 40 }), fc.nat(), (values, seed) => {
        const moved = [...values].sort(() => 0).reverse();
        const rotated = values.length ? [...values.slice(seed % values.length), ...values.slice(0, seed % values.length)] : values;
        expect(digestOf(moved)).toBe(digestOf(values));
        expect(digestOf(rotated)).toBe(digestOf(values));
      }),
    );
  });

  it('changes when a value is added, removed or edited, and counts duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 20 }), fc.string(), (values, extra) => {
        const base = digestOf(values);
        expect(digestOf([...values, extra])).not.toBe(base);
        expect(digestOf(values.slice(1))).not.toBe(base);
        expect(digestOf([values[0] + 'x', ...values.slice(1)])).not.toBe(base);
      }),
    );
    expect(digestOf(['a', 'a'])).not.toBe(digestOf(['a']));
  });

  it('depends on the key', () => {
    expect(digestOf(['4111 1111 1111 1111'], Buffer.alloc(32, 1))).not.toBe(digestOf(['4111 1111 1111 1111'], Buffer.alloc(32, 2)));
  });
});
