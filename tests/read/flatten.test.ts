import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FLATTEN_DEPTH, MAX_RECORD_FIELDS, flattenInto } from '../../src/read/flatten.js';
import type { Scalar } from '../../src/read/types.js';

function flat(value: unknown, prefix = ''): { pairs: [string, Scalar][]; dropped: boolean } {
  const fields: string[] = [];
  const values: Scalar[] = [];
  const dropped = flattenInto(value, prefix, fields, values);
  return { pairs: fields.map((f, i) => [f, values[i]]), dropped };
}

describe('flattenInto', () => {
  it('turns nested objects into dotted paths', () => {
    expect(flat({ userInfo: { stats: { followerCount: 5 }, user: { uniqueId: 'a' } } }).pairs).toEqual([
      ['userInfo.stats.followerCount', 5],
      ['userInfo.user.uniqueId', 'a'],
    ]);
  });

  it('writes arrays as [] steps, one entry per element', () => {
    expect(flat({ tags: ['a', 'b'], items: [{ id: 1 }, { id: 2, sub: [[true]] }] }).pairs).toEqual([
      ['tags[]', 'a'],
      ['tags[]', 'b'],
      ['items[].id', 1],
      ['items[].id', 2],
      ['items[].sub[][]', true],
    ]);
  });

  it('drops empty objects and arrays but keeps null and empty strings', () => {
    expect(flat({ a: {}, b: [], c: null, d: '', e: [{}, []] }).pairs).toEqual([
      ['c', null],
      ['d', ''],
    ]);
  });

  it('places everything under a prefix', () => {
    expect(flat({ email: 'x' }, 'data.items[]').pairs).toEqual([['data.items[].email', 'x']]);
    expect(flat(7, 'value').pairs).toEqual([['value', 7]]);
    expect(flat([1], 'value').pairs).toEqual([['value[]', 1]]);
  });

  it('keeps what JSON.parse makes of huge integers; bigints become the same number', () => {
    const parsed = JSON.parse('{"id": 12345678901234567890}');
    expect(flat(parsed).pairs).toEqual([['id', 12345678901234567000]]);
    expect(flat({ id: 12345678901234567890n }).pairs).toEqual([['id', 12345678901234567000]]);
  });

  it('ignores values JSON cannot hold', () => {
    expect(flat({ a: undefined, b: () => 1, c: Symbol('s'), d: 1 }).pairs).toEqual([['d', 1]]);
  });

  it(`keeps at most ${MAX_RECORD_FIELDS} entries per call and says so`, () => {
    const exact = Object.fromEntries(Array.from({ length: MAX_RECORD_FIELDS }, (_, i) => [`k${i}`, i]));
    expect(flat(exact)).toMatchObject({ dropped: false });
    const over = { ...exact, extra: 1 };
    const result = flat(over);
    expect(result.dropped).toBe(true);
    expect(result.pairs).toHaveLength(MAX_RECORD_FIELDS);
    // The cap counts this call's entries, not what the arrays already held.
    const fields = ['x'];
    const values: Scalar[] = [1];
    expect(flattenInto(exact, '', fields, values)).toBe(false);
    expect(fields).toHaveLength(MAX_RECORD_FIELDS + 1);
  });

  it('stops descending past the depth limit instead of overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + '1' + ']'.repeat(100_000));
    const result = flat(deep);
    expect(result).toEqual({ pairs: [], dropped: true });
    const shallow = JSON.parse('['.repeat(MAX_FLATTEN_DEPTH) + '1' + ']'.repeat(MAX_FLATTEN_DEPTH));
    expect(flat(shallow).pairs).toEqual([['[]'.repeat(MAX_FLATTEN_DEPTH), 1]]);
  });

  it('emits exactly the scalar leaves of any JSON value, in document order', () => {
    // Reference: leaves collected by an independent walk.
    const leaves = (v: unknown): Scalar[] =>
      v === null || typeof v !== 'object' ? [v as Scalar] : Object.values(v as object).flatMap(leaves);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = flat(value, 'r');
        expect(result.dropped).toBe(false);
        expect(result.pairs.map(([, v]) => v)).toEqual(leaves(value));
        for (const [path] of result.pairs) expect(path.startsWith('r')).toBe(true);
      }),
    );
  });
});
