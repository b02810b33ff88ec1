// The format comes from the content, never the extension, and the report says why.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, scanPath, tmpFile } from './archive/helpers.js';

const MYSQL = [
  'CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(255), PRIMARY KEY (`id`));',
  "INSERT INTO `users` VALUES (1,'marta.kowalska@gmail.com'),(2,'j.huang88@outlook.com');",
  '',
].join('\n');

describe('format by content, whatever the name', () => {
  it.each([
    ['table.txt', 'id,email\n1,marta.kowalska@gmail.com\n2,j.huang88@outlook.com\n', 'csv'],
    ['events.log', '{"event":"login","ip":"83.24.117.9"}\n{"event":"logout","ip":"73.162.20.11"}\n', 'ndjson'],
    ['export.dat', MYSQL, 'sql'],
    ['data.zip', 'id,email\n1,marta.kowalska@gmail.com\n', 'csv'],
  ])('%s is read as %s', async (name, content, format) => {
    const [r] = await scanPath(tmpFile(name, Buffer.from(content)));
    expect(r.format).toBe(format);
    expect(r.formatReason.length).toBeGreaterThan(0);
    expect(r.records).toBeGreaterThan(0);
  });

  it('a zip named .csv, a tar named .bin and a gzipped tar named .dat are archives', async () => {
    const [zip] = await scanPath(tmpFile('users.csv', readFileSync(fixture('bundle.zip'))));
    expect(zip).toMatchObject({ format: 'zip', formatReason: expect.stringMatching(/zip signature/) });
    const [tar] = await scanPath(tmpFile('blob.bin', readFileSync(fixture('bundle.tar'))));
    expect(tar).toMatchObject({ format: 'tar', compression: 'none', formatReason: expect.stringMatching(/ustar/) });
    const [tgz] = await scanPath(tmpFile('blob.dat', gzipSync(readFileSync(fixture('bundle.tar')))));
    expect(tgz).toMatchObject({ format: 'tar', compression: 'gzip' });
  });

  it('a workbook is recognised by its xl/workbook.xml, not its name; a zip named .xlsx stays a zip', async () => {
    const [book] = await scanPath(tmpFile('export.zip', readFileSync(fixture('people.xlsx'))));
    expect(book).toMatchObject({ format: 'xlsx', formatReason: expect.stringMatching(/xl\/workbook\.xml/) });
    const [zip] = await scanPath(tmpFile('fake.xlsx', readFileSync(fixture('bundle.zip'))));
    expect(zip.format).toBe('zip');
  });
});
