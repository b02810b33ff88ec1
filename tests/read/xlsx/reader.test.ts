// .xlsx: one field set per sheet (`Sheet1!Email`), read from the zip's parts without temp files.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellScalar } from '../../../src/read/xlsx/reader.js';
import type { FileReport } from '../../../src/report/schema.js';
import { byPath, fixture, scanPath, tmpFile } from '../../open/archive/helpers.js';

const values = (r: FileReport, path: string) => r.fields.find((f) => f.path === path);

describe('readXlsx through the scan', () => {
  it('reads both sheets of the fixture with Sheet!Header paths and per-sheet tables', async () => {
    const [book] = await scanPath(fixture('people.xlsx'));
    expect(book).toMatchObject({ path: 'people.xlsx', format: 'xlsx', records: 8, errors: [], warnings: [] });
    expect(book.fields.map((f) => f.path)).toEqual([
      'Sheet1!Email', 'Sheet1!Full Name', 'Sheet1!Phone', 'Sheet1!Signup Date', 'Sheet1!Lifetime Value',
      'Orders!Order ID', 'Orders!Customer Email', 'Orders!Card Last4', 'Orders!Amount', 'Orders!Shipping Address',
    ]);
    // Each sheet also gets its own verdict (tables.provenance), checked in the provenance tests.
    expect(book.tables).toMatchObject([
      { name: 'Sheet1', records: 5, columns: ['Email', 'Full Name', 'Phone', 'Signup Date', 'Lifetime Value'], facts: ['header row'] },
      { name: 'Orders', records: 3, columns: ['Order ID', 'Customer Email', 'Card Last4', 'Amount', 'Shipping Address'], facts: ['header row'] },
    ]);
    expect(values(book, 'Sheet1!Email')?.types[0]?.id).toBe('contact.email');
    expect(values(book, 'Orders!Card Last4')?.types[0]?.id).toBe('payment.card_last4');
    const dates = values(book, 'Sheet1!Signup Date')!;
    expect(dates.stats.shapes[0].shape).toBe('9999-99-99');
    expect(values(book, 'Sheet1!Lifetime Value')?.stats.numeric).toMatchObject({ min: 57.2, max: 1290.75 });
  });

  it('keeps multi-byte text intact across chunk boundaries, and handles headerless and hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const names = wb.addWorksheet('Names');
    names.addRow(['Name', 'City']);
    // ~300 KB of shared strings with 2- and 3-byte characters: chunk splits inside characters are certain.
    for (let i = 0; i < 6000; i++) names.addRow([`Zoë Müller-Łukasiewicz №${i}`, `Kraków — 東京 ${i}`]);
    const raw = wb.addWorksheet('Raw');
    raw.addRow([1, 'a', 3.5]);
    raw.addRow([2, 'b', 4.5]);
    const hidden = wb.addWorksheet('Secret', { state: 'hidden' });
    hidden.addRow(['Token']);
    hidden.addRow([{ formula: 'CONCAT("tok_","abc")', result: 'tok_abc' }]);
    hidden.addRow([{ text: 'link text', hyperlink: 'https://example.org/x' }]);
    hidden.addRow([{ richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] }]);
    const file = tmpFile('generated.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));

    const [book] = await scanPath(file);
    expect(book.errors).toEqual([]);
    expect(book.warnings.map((w) => w.message)).toEqual(['sheet Secret is hidden']);
    const tables = new Map(book.tables!.map((t) => [t.name, t]));
    expect(tables.get('Names')?.records).toBe(6000);
    expect(tables.get('Raw')).toMatchObject({ records: 2, columns: ['column_1', 'column_2', 'column_3'], facts: ['no header row (columns named column_N)'] });
    expect(tables.get('Secret')?.records).toBe(3);
    const name = values(book, 'Names!Name')!;
    expect(name.stats.count).toBe(6000);
    expect(name.stats.distinct).toBeGreaterThan(5000);
    // A broken character would show up as U+FFFD in some value's shape or length.
    expect(name.stats.minLength).toBe('Zoë Müller-Łukasiewicz №0'.length);
    const [withSamples] = await scanPath(file, {}, true);
    for (const f of withSamples.fields) for (const s of f.samples) expect(s).not.toContain('\ufffd');
    expect(values(withSamples, 'Secret!Token')?.samples.sort()).toEqual(['link text', 'rich text', 'tok_abc']);
  });

  it('a workbook whose parts are missing is an error entry, not a crash', async () => {
    const { zipBytes } = await import('../../../scripts/zip-writer.js');
    const broken = zipBytes([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const r = byPath(await scanPath(tmpFile('broken.xlsx', broken)));
    expect(r.get('broken.xlsx')?.errors.map((e) => e.message)).toEqual(['workbook part xl/_rels/workbook.xml.rels is missing']);
  });
});

describe('cellScalar', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['text', 'text'],
    [42, 42],
    [true, true],
    [new Date('2024-03-05T00:00:00Z'), '2024-03-05'],
    [new Date('2024-03-05T10:20:30Z'), '2024-03-05T10:20:30'],
    [{ richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    [{ formula: 'A1*2', result: 8 }, 8],
    [{ formula: 'A1*2' }, null],
    [{ text: 'site', hyperlink: 'https://x.org' }, 'site'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%j → %j', (input, expected) => {
    expect(cellScalar(input)).toEqual(expected);
  });
});
