import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHeader } from '../../src/read/csv/header.js';
import { csvReader } from '../../src/read/csv/reader.js';
import { sniffDelimiter } from '../../src/open/sniff-csv.js';
import { fixture, readAll } from '../helpers/read-all.js';

describe('CSV reader on real files', () => {
  it('keeps quoted commas and quoted newlines inside one value', async () => {
    const r = await readAll(csvReader(','), fixture('read/csv/quoted-newlines.csv'));
    expect(r.facts.header).toBe(true);
    expect(r.records).toEqual([
      { name: 'Smith, Jane', email: 'jane@gmail.com', city: 'Paris' },
      { name: 'Doe\nJohn', email: 'john@yahoo.com', city: 'Berlin' },
      { name: 'Al', email: 'al@example.com', city: 'Rome' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['read/csv/users.tsv', '\t', ['id', 'email', 'phone']],
    ['read/csv/semicolon.csv', ';', ['id', 'name', 'amount']],
    ['read/csv/pipe.txt', '|', ['id', 'email', 'ip']],
  ])('sniffs the delimiter of %s', async (file, delim, header) => {
    const buf = fixture(file);
    expect(sniffDelimiter(buf.toString('utf8'))?.delimiter).toBe(delim);
    const r = await readAll(csvReader(delim), buf);
    expect(Object.keys(r.records[0])).toEqual(header);
  });

  it('names the columns of a headerless file column_1…', async () => {
    const r = await readAll(csvReader(','), fixture('read/csv/headerless.csv'));
    expect(r.facts.header).toBe(false);
    expect(r.records).toHaveLength(3);
    expect(r.records[0]).toEqual({ column_1: '1', column_2: 'alice@gmail.com', column_3: '+14155552671' });
  });

  it('counts ragged rows as warnings with line numbers and goes on', async () => {
    const r = await readAll(csvReader(','), fixture('read/csv/ragged.csv'));
    expect(r.records).toHaveLength(4);
    expect(r.warnings).toEqual([
      { message: 'row has 2 fields, header has 3', line: 3 },
      { message: 'row has 4 fields, header has 3', line: 4 },
    ]);
    expect(r.records[2]).toEqual({ id: '3', email: 'c@gmail.com', city: 'Rome', column_4: 'extra' });
  });

  it('skips rows with broken quoting as warnings and keeps the rest', async () => {
    const r = await readAll(csvReader(','), fixture('read/csv/bad-quotes.csv'));
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings[0].message).toMatch(/malformed row/);
    expect(r.warnings[0].line).toBeGreaterThan(1);
    expect(r.records.map((x) => x.id)).toContain('1');
  });

  it('gives the same records whatever the chunking', async () => {
    const buf = fixture('read/csv/quoted-newlines.csv');
    const whole = await readAll(csvReader(','), buf);
    for (const sizes of [[1], [2, 3, 5], [7]]) {
      expect((await readAll(csvReader(','), buf, sizes)).records).toEqual(whole.records);
    }
  });
});

describe('header detection', () => {
  it('accepts labels above data of another shape', () => {
    expect(looksLikeHeader([['id', 'email'], ['1', 'a@b.co']])).toBe(true);
    expect(looksLikeHeader([['用户名', '手机号'], ['张三', '13812345678']])).toBe(true);
  });
  it('rejects data rows', () => {
    expect(looksLikeHeader([['1', 'a@b.co'], ['2', 'c@d.co']])).toBe(false);
    expect(looksLikeHeader([['alice@gmail.com'], ['bob@gmail.com']])).toBe(false);
  });
});

describe('property: CSV round trip', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '1', ' ', ',', '"', '\n', 'é', '汉', ';'), maxLength: 12 });
  it('reads back what a CSV writer wrote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((w) =>
          fc.tuple(fc.constant(w), fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
        ),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        async ([w, rows], sizes) => {
          const header = Array.from({ length: w }, (_, i) => `field_${i}`);
          // Rows that are entirely empty are skipped by design (skip_empty_lines); keep one non-empty cell.
          const data = rows.map((r) => (r.every((c) => c === '') ? ['x', ...r.slice(1)] : r));
          const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const text = [header, ...data].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
          const r = await readAll(csvReader(','), text, sizes);
          expect(r.records).toEqual(data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))));
        },
      ),
      { numRuns: 150 },
    );
  });
});
