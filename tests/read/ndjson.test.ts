import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenInto } from '../../src/read/flatten.js';
import type { FlatRecord, Scalar } from '../../src/read/types.js';
import { createNdjsonReader, readNdjson } from '../../src/read/ndjson.js';
import { chunked, comparable, fixture, readAll, seededSizes, valueAt } from './json-helpers.js';

const read = (name: string, size?: number | (() => number)) => readAll(readNdjson, chunked(fixture('ndjson', name), size));

describe('readNdjson', () => {
  it('reads each line as a record rooted at its object', async () => {
    const { records, warnings } = await read('events.ndjson');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(valueAt(records[0], 'user.email')).toBe('maria.gonzalez@example.com');
    expect(valueAt(records[0], 'page_url')).toContain('utm_campaign=spring');
    expect(records[1].pairs.filter(([p]) => p === 'items[].sku').map(([, v]) => v)).toEqual(['A-1', 'B-7']);
    expect(valueAt(records[2], 'geo.city')).toBe('上海');
    expect(valueAt(records[2], 'coupon')).toBeNull();
  });

  it('warns about bad lines with their numbers and reads the rest', async () => {
    const { records, warnings, error } = await read('garbage-lines.ndjson');
    expect(error).toBeUndefined();
    expect(records.map((r) => [r.line, valueAt(r, 'user')])).toEqual([
      [1, 'alice'],
      [5, 'carol'],
      [8, 'erin'],
    ]);
    expect(warnings).toEqual([
      { line: 3, message: "invalid JSON on line 3: unexpected end of input, expected ',' or '}' after an object value at column 74" },
      { line: 4, message: "invalid JSON on line 4: unexpected '-' after the end of the value at column 5" },
      { line: 6, message: "invalid JSON on line 6: expected a double-quoted key, found ''' at column 2" },
    ]);
  });

  it('accepts CRLF line ends and skips blank lines', async () => {
    const { records, warnings } = await read('crlf.ndjson');
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.line, valueAt(r, 'email')])).toEqual([
      [1, 'a@example.com'],
      [2, 'b@example.com'],
      [4, 'c@example.com'],
    ]);
  });

  it('names array and scalar lines `value`', async () => {
    const { records, warnings } = await read('mixed-values.ndjson');
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.pairs)).toEqual([
      [
        ['id', 1],
        ['tags[]', 'a'],
        ['tags[]', 'b'],
      ],
      [
        ['value[]', 'x'],
        ['value[]', 1],
        ['value[]', null],
      ],
      [['value', 'just a string']],
      [['value', 42]],
      [],
      [
        ['id', 2],
        ['nested.deep.er', true],
      ],
    ]);
  });

  it('reads a last line without a newline', async () => {
    const { records } = await read('no-final-newline.ndjson');
    expect(records.map((r) => [r.line, valueAt(r, 'id')])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('skips an over-long line without buffering it and keeps counting lines', async () => {
    const text = `{"a":1}\n{"blob":"${'x'.repeat(300)}"}\n{"a":3}\n{"tail":"${'y'.repeat(300)}"}`;
    for (const size of [1, 7, 64, text.length]) {
      const result = await readAll(createNdjsonReader({ maxLineBytes: 100 }), chunked(Buffer.from(text), size));
      expect(result.records.map((r) => [r.line, valueAt(r, 'a')])).toEqual([
        [1, 1],
        [3, 3],
      ]);
      expect(result.warnings).toEqual([
        { line: 2, message: 'line 2 is longer than 100 bytes; skipped' },
        { line: 4, message: 'line 4 is longer than 100 bytes; skipped' },
      ]);
    }
  });

  it('lists the first 100 bad lines and counts the rest', async () => {
    const text = Array.from({ length: 150 }, (_, i) => (i === 149 ? '{"ok":true}' : `not json ${i}`)).join('\n');
    const { records, warnings } = await readAll(readNdjson, chunked(Buffer.from(text), 256));
    expect(records).toHaveLength(1);
    expect(warnings).toHaveLength(101);
    expect(warnings[99].line).toBe(100);
    expect(warnings[100]).toEqual({ message: '49 more invalid or oversized lines not listed' });
  });

  const names = readdirSync(new URL('../../fixtures/read/ndjson/', import.meta.url)).filter((n) => n.endsWith('.ndjson'));

  it.each(names)('reads %s identically in 1-byte, random and whole chunks', async (name) => {
    const whole = comparable(await read(name));
    expect(comparable(await read(name, 1))).toEqual(whole);
    for (const seed of [1, 2, 3, 99]) expect(comparable(await read(name, seededSizes(seed)))).toEqual(whole);
  });

  it('flattens lines with the keys of the line before as it flattens any line', async () => {
    // Few keys, so that consecutive lines often share them, in the same or another order, with
    // scalars or nested values under them: the shortcut for repeated flat keys must not show.
    const key = fc.constantFrom('id', 'name', 'tags', '2', '');
    const scalar = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null));
    const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.dictionary(key, scalar, { maxKeys: 2 }) }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 2 }) });
    const line = fc.oneof({ weight: 8, arbitrary: fc.dictionary(key, value, { maxKeys: 4 }) }, { weight: 1, arbitrary: scalar });
    // Lines drawn from a pool of a few, so keys repeat (as in real exports) and also change; and
    // lines over one key list with values of any kind, so the same keys come back nested.
    const pooled = fc.array(line, { minLength: 1, maxLength: 4 }).chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 12 }));
    const sameKeys = fc.uniqueArray(key, { minLength: 1, maxLength: 4 }).chain((keys) =>
      fc.array(fc.array(value, { minLength: 4, maxLength: 4 }).map((cells) => Object.fromEntries(keys.map((k, n) => [k, cells[n]]))), { maxLength: 12 }),
    );
    const lines = fc.oneof(pooled, sameKeys);
    await fc.assert(
      fc.asyncProperty(lines, async (lines) => {
        const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
        const { records } = await readAll(readNdjson, chunked(Buffer.from(text), 7));
        const expected = lines.map((l) => {
          const fields: string[] = [];
          const values: Scalar[] = [];
          const isObject = l !== null && typeof l === 'object' && !Array.isArray(l);
          flattenInto(l, isObject ? '' : 'value', fields, values);
          return fields.map((f, i) => [f, values[i]]);
        });
        expect(records.map((r) => r.pairs)).toEqual(expected);
      }),
    );
  });

  it('gives lines with the same flat keys one fields array (the profiler skips its lookups)', async () => {
    const text = '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n{"b":3,"a":4}\n{"b":5,"a":6}\n';
    const records: FlatRecord[] = [];
    for await (const r of readNdjson(chunked(Buffer.from(text)), { path: 'test', warn: () => {}, setFact: () => {} })) records.push(r);
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['a', 'b'], ['b', 'a'], ['b', 'a']]);
    expect(records[1].fields).toBe(records[0].fields);
    expect(records[3].fields).toBe(records[2].fields);
    expect(records[2].fields).not.toBe(records[0].fields);
    expect(records.map((r) => r.values)).toEqual([[1, 'x'], [2, 'y'], [3, 4], [5, 6]]);
  });
});

