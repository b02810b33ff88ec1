import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldProfile } from '../../src/profile/field-profile.js';
import { hash32, HyperLogLog } from '../../src/profile/hyperloglog.js';
import { Reservoir } from '../../src/profile/reservoir.js';
import { ShapeCounts, shapeKey, shapeOf } from '../../src/profile/shape.js';

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
  it('keys a value by its shape without building it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        if (shapeOf(a) === shapeOf(b)) expect(shapeKey(a)).toBe(shapeKey(b));
        else expect(shapeKey(a)).not.toBe(shapeKey(b));
      }),
      { numRuns: 2000 },
    );
  });
  it('counts stay bounded and keep heavy hitters', () => {
    const t = new ShapeCounts(4);
    // Space-saving keeps every key more frequent than N/capacity.
    for (let i = 0; i < 1000; i++) t.add(i % 3 === 0 ? '2024-01-05' : 'x'.repeat(1 + (i % 40)));
    expect(t.entries.size).toBe(4);
    expect(t.top(1)[0]).toEqual({ shape: '9999-99-99', count: expect.any(Number) });
  });
  it('merged counts equal one counter over both halves while under capacity', () => {
    const whole = new ShapeCounts();
    const left = new ShapeCounts();
    const right = new ShapeCounts();
    const values = ['a1', 'B22', 'c-3', 'a1', 'zz', 'B22', '汉字'];
    values.forEach((v, i) => { whole.add(v); (i < 3 ? left : right).add(v); });
    left.merge(right);
    expect(left.top(10)).toEqual(whole.top(10));
  });
});

describe('Reservoir', () => {
  it('merges into a bounded sample drawn from both sides, the same on every run', () => {
    const run = () => {
      const a = new Reservoir(5, 1);
      const b = new Reservoir(5, 2);
      for (let i = 0; i < 1000; i++) a.add(`a${i}`);
      for (let i = 0; i < 3000; i++) b.add(`b${i}`);
      a.merge(b);
      return a.items;
    };
    const items = run();
    expect(items).toHaveLength(5);
    expect(new Set(items).size).toBe(5);
    expect(run()).toEqual(items);
  });
  it('round-trips through its plain-data state', () => {
    const a = new Reservoir(5, 7);
    for (let i = 0; i < 100; i++) a.add(`v${i}`);
    const b = Reservoir.fromState(a.exportState());
    for (let i = 100; i < 200; i++) { a.add(`v${i}`); b.add(`v${i}`); }
    expect(b.items).toEqual(a.items);
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

  it('merges two halves into the counts, distinct sketch and shapes of one pass', () => {
    const values: (string | number | null)[] = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? null : i % 5 === 0 ? i : `user${i % 300}@example.com`));
    const whole = new FieldProfile();
    const left = new FieldProfile();
    const right = new FieldProfile();
    values.forEach((v, i) => { whole.observe(v); (i < 200 ? left : right).observe(v); });
    const merged = FieldProfile.fromState(left.exportState());
    merged.merge(FieldProfile.fromState(right.exportState()));
    const { shapes: _a, ...want } = whole.stats();
    const { shapes: _b, ...got } = merged.stats();
    expect(got).toEqual(want);
    expect(merged.distinct.registers).toEqual(whole.distinct.registers);
    expect(merged.samples.items).toHaveLength(5);
  });

  it('hashes runs of a repeated value once and still sketches every value as it is', () => {
    // Runs (`a a a`), alternations and long values around the repeated-value shortcut.
    const value = fc.oneof(fc.constantFrom('active', 'banned', 'x'.repeat(600), '7'), fc.string({ minLength: 1, maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.integer({ min: 1, max: 4 })), { maxLength: 60 }), (runs) => {
        const p = new FieldProfile();
        const want = new HyperLogLog();
        for (const [v, n] of runs) {
          for (let i = 0; i < n; i++) {
            p.observe(v);
            if (v.trim() !== '') {
              want.addHash(hash32(v));
              expect(p.lastHash).toBe(hash32(v));
            }
          }
        }
        expect(p.distinct.registers).toEqual(want.registers);
      }),
    );
  });
});

