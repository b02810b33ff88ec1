// Property tests: the streaming readers agree with JSON.parse plus an independent flatten, for
// any chunking, and nothing but InputError ever escapes them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/read/json/reader.js';
import { readNdjson } from '../../src/read/ndjson.js';
import type { Scalar } from '../../src/read/types.js';
import { chunked, comparable, readAll } from './json-helpers.js';

/** Reference flatten, written independently of src/read/flatten.ts. */
function reference(value: unknown, path: string, out: [string, Scalar][] = []): [string, Scalar][] {
  if (value === null || typeof value !== 'object') out.push([path, value as Scalar]);
  else if (Array.isArray(value)) for (const v of value) reference(v, path + '[]', out);
  else for (const k of Object.keys(value)) reference((value as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`, out);
  return out;
}

const value = fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' });
const object = fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), value, { maxKeys: 6 });
const indent = fc.constantFrom(undefined, 1, 2, '\t', '\r\n ', 'one per line');

/** JSON.stringify layouts, plus the one-record-per-line layout many exporters write. */
function serialize(value: unknown[], space: string | number | undefined): string {
  if (space !== 'one per line') return JSON.stringify(value, null, space);
  return '[\n' + value.map((v) => JSON.stringify(v)).join(',\r\n') + '\n]';
}
/** Chunk sizes cycled over the input: 1-byte chunks split every multi-byte character and escape. */
const sizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });

function cycle(list: number[]): () => number {
  let i = 0;
  return () => list[i++ % list.length];
}

const pairs = (records: { pairs: [string, Scalar][] }[]) => records.map((r) => r.pairs);

describe('readJson properties', () => {
  it('reads any array of objects like JSON.parse + flatten, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(object, { maxLength: 12 }), indent, sizes, async (rows, space, cut) => {
        const text = serialize(rows, space);
        const { records, error, warnings } = await readAll(readJson, chunked(Buffer.from(text), cycle(cut)));
        expect(error).toBeUndefined();
        expect(warnings).toEqual([]);
        const parsed = JSON.parse(text) as unknown[];
        expect(pairs(records)).toEqual(parsed.map((row) => reference(row, '')));
      }),
      { numRuns: 300 },
    );
  });

  it('reads any wrapped response as item records plus one envelope record', async () => {
    const scalar = fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean(), fc.constant(null));
    const envelope = fc.dictionary(
      fc.string({ maxLength: 6 }).filter((k) => k !== 'items'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(envelope, fc.array(object, { minLength: 1, maxLength: 6 }), indent, sizes, async (env, items, space, cut) => {
        const text = JSON.stringify({ ...env, data: { items } }, null, space === 'one per line' ? undefined : space);
        const parsed = JSON.parse(text) as { data: { items: unknown[] } };
        const { records, error } = await readAll(readJson, chunked(Buffer.from(text), cycle(cut)));
        expect(error).toBeUndefined();
        const expected = parsed.data.items.map((item) => reference(item, 'data.items[]'));
        const rest = reference({ ...parsed, data: undefined }, '').filter(([, v]) => v !== undefined);
        if (rest.length > 0) expected.push(rest);
        expect(pairs(records)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('reads records that repeat the keys of the record before like any record, at the root and wrapped', async () => {
    // Rows over one or two key lists, each value a scalar or an array: the same keys come back with
    // other kinds of values (the shared-fields shortcut must step aside), and under two arrays.
    const key = fc.constantFrom('id', 'name', 'tags', '2', '');
    const scalar = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null));
    const cell = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 2 }) });
    const rows = fc.array(fc.uniqueArray(key, { maxLength: 4 }), { minLength: 1, maxLength: 2 }).chain((lists) =>
      fc.array(fc.tuple(fc.constantFrom(...lists), fc.array(cell, { minLength: 4, maxLength: 4 })).map(([keys, cells]) => Object.fromEntries(keys.map((k, n) => [k, cells[n]]))), { maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(rows, rows, fc.boolean(), indent, sizes, async (a, b, wrapped, space, cut) => {
        const text = wrapped ? JSON.stringify({ x: a, y: b }, null, space === 'one per line' ? undefined : space) : serialize(a, space);
        const { records, error } = await readAll(readJson, chunked(Buffer.from(text), cycle(cut)));
        expect(error).toBeUndefined();
        const expected = wrapped ? [...a.map((row) => reference(row, 'x[]')), ...b.map((row) => reference(row, 'y[]'))] : a.map((row) => reference(row, ''));
        expect(pairs(records)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but InputError on arbitrary bytes, and chunking never changes the outcome', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 120 }), sizes, async (bytes, cut) => {
        const buf = Buffer.from(bytes);
        const whole = await readAll(readJson, chunked(buf));
        expect(comparable(await readAll(readJson, chunked(buf, cycle(cut))))).toEqual(comparable(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('reports damaged JSON identically for any chunking', async () => {
    // Valid documents with one byte deleted, replaced or the tail cut: close to real corruption.
    const damaged = fc
      .tuple(fc.array(object, { maxLength: 5 }), indent, fc.nat(), fc.constantFrom('delete', 'replace', 'truncate'), fc.constantFrom(...'{}[]",:\\ 0an'))
      .map(([rows, space, at, how, byte]) => {
        const doc = space === 'one per line' ? serialize(rows, space) : JSON.stringify({ statusCode: 0, itemList: rows, cursor: 'c' }, null, space);
        const text = Buffer.from(doc);
        const i = at % text.length;
        if (how === 'truncate') return text.subarray(0, i);
        if (how === 'delete') return Buffer.concat([text.subarray(0, i), text.subarray(i + 1)]);
        return Buffer.concat([text.subarray(0, i), Buffer.from(byte), text.subarray(i + 1)]);
      });
    await fc.assert(
      fc.asyncProperty(damaged, sizes, async (buf, cut) => {
        const whole = comparable(await readAll(readJson, chunked(buf)));
        expect(comparable(await readAll(readJson, chunked(buf, 1)))).toEqual(whole);
        expect(comparable(await readAll(readJson, chunked(buf, cycle(cut))))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readNdjson properties', () => {
  it('reads any object lines like JSON.parse + flatten, with CRLF and blank lines, in any chunking', async () => {
    const line = fc.tuple(object, fc.constantFrom('\n', '\r\n', '\n\n', '\r\n \r\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), sizes, async (lines, cut) => {
        const text = lines.map(([row, end]) => JSON.stringify(row) + end).join('');
        const { records, warnings } = await readAll(readNdjson, chunked(Buffer.from(text), cycle(cut)));
        expect(warnings).toEqual([]);
        expect(pairs(records)).toEqual(lines.map(([row]) => reference(JSON.parse(JSON.stringify(row)), '')));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and chunking never changes the outcome', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), sizes, async (bytes, cut) => {
        const buf = Buffer.from(bytes);
        const whole = await readAll(readNdjson, chunked(buf));
        expect(whole.error).toBeUndefined();
        expect(comparable(await readAll(readNdjson, chunked(buf, cycle(cut))))).toEqual(comparable(whole));
      }),
      { numRuns: 300 },
    );
  });
});
