import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldProfile } from '../../src/profile/field-profile.js';
import { HyperLogLog } from '../../src/profile/hyperloglog.js';
import { shapeOf, TopK } from '../../src/profile/shape.js';

describe('HyperLogLog', () => {
  it.each([10, 1000, 100_000])('estimates %i distinct values within 6%%', (n) => {
    const h = new HyperLogLog();
    for (let i = 0; i < n; i++) h.add(`user${i}@example.com`);
    expect(Math.abs(h.estimate() - n) / n).toBeLessThan(0.06);
  });

  it('merges to the same registers as one sketch over both halves', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 200 }), fc.array(fc.string(), { maxLength: 200 }), (a, b) => {
        const whole = new HyperLogLog();
        const left = new HyperLogLog();
        const right = new HyperLogLog();
        for (const v of a) { whole.add(v); left.add(v); }
        for (const v of b) { whole.add(v); right.add(v); }
        left.merge(right);
        expect(left.registers).toEqual(whole.registers);
      }),
    );
  });
});

describe('shapes', () => {
  it('abstracts characters into classes', () => {
    expect(shapeOf('2024-01-05')).toBe('9999-99-99');
    expect(shapeOf('John')).toBe('Aaaa');
    expect(shapeOf('a'.repeat(20))).toBe('a{20}');
  });
  it('TopK stays bounded and keeps heavy hitters', () => {
    const t = new TopK(4);
    // Space-saving keeps every key more frequent than N/capacity.
    for (let i = 0; i < 1000; i++) t.add(i % 3 === 0 ? 'heavy' : `rare${i}`);
    expect(t.counts.size).toBe(4);
    expect(t.top(1)[0].shape).toBe('heavy');
  });
});

describe('FieldProfile', () => {
  it('counts empties, kinds, lengths and numeric range; keeps at most 5 samples', () => {
    const p = new FieldProfile();
    for (const v of ['12', '7', '', null, ' ', 3.5, true, '100']) p.observe(v);
    for (let i = 0; i < 100; i++) p.observe(`v${i}`);
    const s = p.stats();
    expect(s.count).toBe(108);
    expect(s.empty).toBe(3);
    expect(s.nonEmpty).toBe(105);
    expect(s.numeric).toEqual({ count: 4, min: 3.5, max: 100 });
    expect(s.valueKinds).toEqual({ string: 103, number: 1, boolean: 1 });
    expect(p.samples.items.length).toBe(5);
    expect(s.minLength).toBe(1);
  });
});
