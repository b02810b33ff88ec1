import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_FIELDS } from '../../src/read/flatten.js';
import { createJsonReader, readJson } from '../../src/read/json/reader.js';
import { chunked, comparable, fixture, readAll, seededSizes, valueAt } from './json-helpers.js';

const read = (name: string, size?: number | (() => number)) => readAll(readJson, chunked(fixture('json', name), size));
const readText = (text: string, size?: number) => readAll(readJson, chunked(Buffer.from(text), size));

describe('readJson: record shapes', () => {
  it('reads a top-level array as records rooted at each element, with their start lines', async () => {
    const { records, warnings, error } = await read('users-array.json');
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([2, 12, 22]);
    expect(records[0].pairs).toEqual([
      ['user.id', '6744808547165799429'],
      ['user.uniqueId', 'thebigbradwolf'],
      ['user.nickname', 'BRAD WOLF'],
      ['user.verified', false],
      ['user.signature', 'created THE hurricane remix\ninsta in bio (dm for promotions!)'],
      ['stats.followerCount', 398700],
      ['stats.followingCount', 212],
      ['stats.heartCount', 10400000],
    ]);
    expect(records.map((r) => valueAt(r, 'user.uniqueId'))).toEqual(['thebigbradwolf', 'avahfrench', 'tiktok']);
  });

  it('reads {"data":{"items":[…]}} as item records with full paths plus one envelope record', async () => {
    const { records, error } = await read('wrapped-data-items.json');
    expect(error).toBeUndefined();
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      line: 5,
      pairs: [
        ['data.items[].id', 1001],
        ['data.items[].email', 'maria.gonzalez@example.com'],
        ['data.items[].name', 'María González'],
        ['data.items[].phone', '+34 612 345 678'],
      ],
    });
    expect(valueAt(records[2], 'data.items[].name')).toBe('李伟');
    // The envelope comes last, in document order, rooted at the document.
    expect(records[3]).toEqual({
      line: 1,
      pairs: [
        ['status', 'ok'],
        ['data.total', 3],
        ['meta.page', 1],
        ['meta.perPage', 50],
        ['meta.next', null],
        ['meta.tags[]', 'export'],
        ['meta.tags[]', 'crm'],
      ],
    });
  });

  it('reads a TikTok itemList response: itemList[] records plus statusCode/hasMore/cursor', async () => {
    const { records, error } = await read('tiktok-itemlist.json');
    expect(error).toBeUndefined();
    expect(records).toHaveLength(3);
    const [first, second, envelope] = records;
    expect(valueAt(first, 'itemList[].author.uniqueId')).toBe('thebigbradwolf');
    expect(valueAt(first, 'itemList[].stats.playCount')).toBe(1200000);
    expect(first.pairs.filter(([p]) => p === 'itemList[].challenges[].title').map(([, v]) => v)).toEqual(['fyp', 'harrystyles']);
    expect(second.pairs.map(([p]) => p)).not.toContain('itemList[].challenges[].title');
    expect(envelope.pairs).toEqual([
      ['statusCode', 0],
      ['hasMore', true],
      ['cursor', '1609009384000'],
      ['maxCursor', '1609180933000'],
      ['extra.now', 1609948309033],
      ['extra.logid', '20210106155149010189064153231B5A2B'],
    ]);
  });

  it('reads a single object without arrays of objects as one record', async () => {
    const { records, error } = await read('single-object.json');
    expect(error).toBeUndefined();
    expect(records).toHaveLength(1);
    expect(records[0].line).toBe(1);
    expect(valueAt(records[0], 'userInfo.stats.followerCount')).toBe(398700);
    expect(valueAt(records[0], 'userInfo.user.bioLink.link')).toBe('linktr.ee/bradwolf');
    expect(records[0].pairs.map(([p]) => p)).not.toContain('userInfo.itemList');
  });

  it('flattens nested arrays inside records', async () => {
    const { records } = await read('nested-arrays.json');
    expect(records).toEqual([
      {
        line: 2,
        pairs: [
          ['id', 'ord_1'],
          ['tags[]', 'gift'],
          ['tags[]', 'express'],
          ['customer.email', 'ann@example.com'],
          ['customer.addresses[].city', 'Berlin'],
          ['customer.addresses[].lines[]', 'Hauptstr. 1'],
          ['customer.addresses[].lines[]', '2. OG'],
          ['items[].sku', 'A-1'],
          ['items[].qty', 2],
          ['items[].options[].k', 'size'],
          ['items[].options[].v', 'M'],
          ['items[].sku', 'B-7'],
          ['items[].qty', 1],
          ['matrix[][]', 1],
          ['matrix[][]', 2],
          ['matrix[][]', 3],
        ],
      },
    ]);
  });

  it('names non-object elements of a top-level array `value`', async () => {
    const { records } = await read('scalars-array.json');
    expect(records.map((r) => r.pairs)).toEqual([
      [['value', 'ann@example.com']],
      [['value', 'bob@example.com']],
      [['value', 42]],
      [['value', true]],
      [['value', null]],
      [
        ['value[]', 'x'],
        ['value[]', 'y'],
      ],
      [['email', 'cy@example.com']],
    ]);
  });

  it('decodes escapes and multi-byte characters exactly as JSON.parse does', async () => {
    const bytes = fixture('json', 'unicode-escapes.json');
    const expected = (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>[]).map((o) => Object.entries(o));
    const { records, error } = await read('unicode-escapes.json');
    expect(error).toBeUndefined();
    expect(records.map((r) => r.pairs)).toEqual(expected);
    expect(valueAt(records[1], 'bio')).toBe('emoji 😀 and 😀 escaped');
  });

  it('reads one-record-per-line exports, including lines holding several records', async () => {
    const { records, error } = await read('one-record-per-line.json');
    expect(error).toBeUndefined();
    expect(records.map((r) => [r.line, valueAt(r, 'id')])).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
      [4, 4],
      [5, 5],
      [6, 6],
    ]);
    expect(valueAt(records[1], 'note')).toBe('has }, and " inside');
    expect(records[5].pairs.filter(([p]) => p === 'nested.a[].b').map(([, v]) => v)).toEqual([1, 2]);
  });

  it('counts lines across CRLF line ends', async () => {
    const { records } = await read('crlf.json');
    expect(records.map((r) => [r.line, valueAt(r, 'email')])).toEqual([
      [2, 'a@example.com'],
      [4, 'b@example.com'],
    ]);
  });

  it('reads an empty array as no records and empty input as a warning', async () => {
    expect(await read('empty-array.json')).toEqual({ records: [], warnings: [] });
    expect(await readText('  \n ')).toEqual({ records: [], warnings: [{ message: 'empty input: no JSON value found' }] });
  });

  it('reads a top-level scalar as one `value` record', async () => {
    expect((await readText(' "only" ')).records).toEqual([{ line: 1, pairs: [['value', 'only']] }]);
    expect((await readText('12.5')).records).toEqual([{ line: 1, pairs: [['value', 12.5]] }]);
  });

  it('treats every outermost array of objects as a record stream, arrays of scalars as envelope', async () => {
    const text = JSON.stringify({
      a: [{ x: 1 }],
      b: { c: [{ y: 2 }, { y: 3, z: [{ deep: true }] }] },
      d: [1, { e: [{ f: 4 }] }],
      g: 'top',
    });
    const { records } = await readText(text);
    expect(records.map((r) => r.pairs)).toEqual([
      [['a[].x', 1]],
      [['b.c[].y', 2]],
      [
        ['b.c[].y', 3],
        ['b.c[].z[].deep', true],
      ],
      [['d[].e[].f', 4]],
      [
        ['d[]', 1],
        ['g', 'top'],
      ],
    ]);
  });
});

describe('readJson: faults', () => {
  it('keeps the records before a malformed record and names the line and byte of the fault', async () => {
    const bytes = fixture('json', 'malformed-mid.json');
    const { records, error } = await read('malformed-mid.json');
    expect(records.map((r) => valueAt(r, 'id'))).toEqual([1, 2]);
    expect(error?.line).toBe(7);
    expect(error?.offset).toBe(bytes.indexOf('"name"'));
    expect(error?.message).toBe(`invalid JSON at line 7, byte ${bytes.indexOf('"name"')}: expected ',' or '}' after an object value, found '"'`);
  });

  it('names the line of a malformed record in a one-record-per-line export', async () => {
    const bytes = fixture('json', 'one-record-per-line-malformed.json');
    const { records, error } = await read('one-record-per-line-malformed.json');
    expect(records.map((r) => valueAt(r, 'id'))).toEqual([1, 2]);
    expect(error).toMatchObject({ line: 4, offset: bytes.indexOf('"name"') });
  });

  it('reports a missing comma between records at its line', async () => {
    const bytes = fixture('json', 'missing-comma-between-records.json');
    const { records, error } = await read('missing-comma-between-records.json');
    expect(records).toHaveLength(2);
    expect(error).toMatchObject({ line: 4, offset: bytes.indexOf('{"id": 3') });
    expect(error?.message).toContain("expected ',' or ']' after an array element, found '{'");
  });

  it('stops at a bracket that closes the wrong container', async () => {
    const { records, error } = await read('mismatched-brackets.json');
    expect(records).toEqual([]);
    expect(error).toMatchObject({ line: 1, offset: 26 });
    expect(error?.message).toContain("found '}' while '[' is still open");
  });

  it('reports truncated input as an error after the complete records', async () => {
    const bytes = fixture('json', 'truncated.json');
    const { records, error } = await read('truncated.json');
    expect(records).toHaveLength(2);
    expect(error).toMatchObject({ line: 4, offset: bytes.length });
    expect(error?.message).toContain('unexpected end of input inside a record that starts at line 4');
  });

  it('reports data after the top-level value', async () => {
    const bytes = fixture('json', 'trailing-garbage.json');
    const { records, error } = await read('trailing-garbage.json');
    expect(records).toHaveLength(2);
    expect(error).toMatchObject({ line: 5, offset: bytes.lastIndexOf(']') });
    expect(error?.message).toContain("unexpected ']' after the end of the JSON value");
  });

  it('keeps a truncated envelope and reports where the input stopped', async () => {
    const { records, error } = await readText('{"statusCode":0,"itemList":[{"id":1}],"cursor":"abc",\n"more":');
    expect(records.map((r) => r.pairs)).toEqual([
      [['itemList[].id', 1]],
      [
        ['statusCode', 0],
        ['cursor', 'abc'],
      ],
    ]);
    expect(error).toMatchObject({ line: 2 });
    expect(error?.message).toContain('unexpected end of input inside an object');
  });

  it.each([
    ['{"a" 1}', 1, 5, "expected ':' after an object key, found '1'"],
    ['{a:1}', 1, 1, "expected a double-quoted key, found 'a'"],
    ['[1,]', 1, 3, "expected a value, found ']'"],
    ['{"a":}', 1, 5, "expected a value, found '}'"],
    ['[{"a":1},\n {"b":"x\ty"}]', 2, 18, 'unescaped control character U+0009 in a string'],
    ['[{"a":1},\n {"b":tru}]', 2, 16, 'invalid literal, expected true, false or null'],
    ['{"n":-}', 1, 5, 'invalid number'],
    ['[{"a":"\\q"}]', 1, 7, 'invalid escape sequence in a string'],
    ['\u00e9', 1, 0, 'expected a value, found byte 0xC3'],
  ])('names the fault in %j', async (text, line, offset, reason) => {
    const { error } = await readText(text);
    expect(error).toMatchObject({ line, offset });
    expect(error?.message).toContain(reason);
  });

  it('never quotes the input in error messages', async () => {
    const { error } = await readText('[{"password":"hunter2" "x":1}]');
    expect(error?.message).not.toContain('hunter2');
  });
});

describe('readJson: limits', () => {
  it('skips a record larger than the limit with a warning and reads on, without buffering it', async () => {
    const big = { id: 2, blob: 'x'.repeat(500) };
    const text = JSON.stringify([{ id: 1 }, big, { id: 3 }]);
    for (const size of [1, 7, text.length]) {
      const result = await readAll(createJsonReader({ maxRecordBytes: 100 }), chunked(Buffer.from(text), size));
      expect(result.records.map((r) => valueAt(r, 'id'))).toEqual([1, 3]);
      expect(result.warnings).toEqual([{ message: 'record at line 1, byte 10 exceeds 100 bytes; skipped', line: 1 }]);
    }
  });

  it('refuses an envelope value larger than the limit', async () => {
    const text = JSON.stringify({ ok: 1, note: 'y'.repeat(200) });
    const { error } = await readAll(createJsonReader({ maxRecordBytes: 100 }), chunked(Buffer.from(text), 16));
    expect(error?.message).toBe('a value at line 1, byte 15 exceeds 100 bytes');
  });

  it(`keeps ${MAX_RECORD_FIELDS} values of an over-wide record and warns once`, async () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_RECORD_FIELDS + 5 }, (_, i) => [`f${i}`, i]));
    const { records, warnings } = await readText(JSON.stringify([wide, wide, { a: 1 }]), 4096);
    expect(records.map((r) => r.pairs.length)).toEqual([MAX_RECORD_FIELDS, MAX_RECORD_FIELDS, 1]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(`more than ${MAX_RECORD_FIELDS} values`);
  });

  it('caps the envelope record too', async () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_RECORD_FIELDS + 5 }, (_, i) => [`f${i}`, i]));
    const { records, warnings } = await readText(JSON.stringify({ ...wide, items: [{ a: 1 }] }), 4096);
    expect(records.map((r) => r.pairs.length)).toEqual([1, MAX_RECORD_FIELDS]);
    expect(warnings).toHaveLength(1);
  });

  it('refuses envelope nesting deeper than 512 levels but reads deep records', async () => {
    const deepEnvelope = await readText('{"a":'.repeat(600) + '1' + '}'.repeat(600));
    expect(deepEnvelope.error?.message).toContain('nesting deeper than 512 levels');
    const deepRecord = await readText('[' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + ', {"b":2}]');
    expect(deepRecord.error).toBeUndefined();
    expect(deepRecord.records.map((r) => r.pairs.length)).toEqual([0, 1]);
    expect(deepRecord.warnings).toHaveLength(1);
  });
});

describe('readJson: chunk boundaries', () => {
  const names = readdirSync(new URL('../../fixtures/read/json/', import.meta.url)).filter((n) => n.endsWith('.json'));

  it.each(names)('reads %s identically in 1-byte, random and whole chunks', async (name) => {
    const whole = comparable(await read(name));
    expect(comparable(await read(name, 1))).toEqual(whole);
    for (const seed of [1, 2, 3, 99]) expect(comparable(await read(name, seededSizes(seed)))).toEqual(whole);
  });

  it('keeps backslash runs right at a chunk end', async () => {
    // `\\` then `\"`: every split point of this string must decode the same.
    const text = '[{"s":"a\\\\\\"b\\\\","t":"\\u00e9"}]';
    const expected = (await readText(text)).records;
    expect(expected[0].pairs).toEqual([
      ['s', 'a\\"b\\'],
      ['t', 'é'],
    ]);
    for (let cut = 1; cut < text.length; cut++) {
      const bytes = Buffer.from(text);
      async function* two() {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      expect((await readAll(readJson, two())).records).toEqual(expected);
    }
  });
});
