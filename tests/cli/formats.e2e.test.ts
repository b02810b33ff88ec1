// Every input format, plain and gzipped, scans to the same fields with the path conventions.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type FileReport } from '../../src/report/schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

const CASES: { file: string; format: string; paths: string[] }[] = [
  { file: 'fixtures/demo/users.csv', format: 'csv', paths: ['id', 'email', 'card_number'] },
  { file: 'fixtures/read/csv/users.tsv', format: 'csv', paths: ['id', 'email', 'phone'] },
  { file: 'fixtures/read/csv/headerless.csv', format: 'csv', paths: ['column_1', 'column_2', 'column_3'] },
  { file: 'fixtures/read/json/users-array.json', format: 'json', paths: ['user.uniqueId', 'stats.followerCount'] },
  { file: 'fixtures/read/json/wrapped-data-items.json', format: 'json', paths: ['status', 'data.items[].email'] },
  { file: 'fixtures/read/json/single-object.json', format: 'json', paths: ['userInfo.user.uniqueId'] },
  { file: 'fixtures/demo/tiktok_user_list.json', format: 'json', paths: ['userList[].user.secUid', 'hasMore', 'cursor'] },
  { file: 'fixtures/read/ndjson/events.ndjson', format: 'ndjson', paths: ['event_id', 'user.email', 'user.ip'] },
];

function scanOne(file: string): FileReport {
  const r = runCli(['scan', file, '--format', 'json']);
  expect(r.code).toBe(0);
  const report = ReportSchema.parse(JSON.parse(r.stdout));
  expect(report.files).toHaveLength(1);
  return report.files[0];
}

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-formats-'));

describe.each(CASES)('$file', ({ file, format, paths }) => {
  let plain: FileReport;
  beforeAll(() => {
    plain = scanOne(file);
  });

  it(`reads as ${format} with the expected field paths`, () => {
    expect(plain.format).toBe(format);
    expect(plain.errors).toEqual([]);
    expect(plain.records).toBeGreaterThan(0);
    const got = plain.fields.map((f) => f.path);
    for (const p of paths) expect(got).toContain(p);
  });

  it('reads the same when gzipped, whatever the file is called', () => {
    const gz = path.join(dir, path.basename(file) + '.data');
    writeFileSync(gz, gzipSync(readFileSync(path.join(ROOT, file))));
    const zipped = scanOne(gz);
    expect(zipped.compression).toBe('gzip');
    expect(zipped.format).toBe(format);
    expect(zipped.records).toBe(plain.records);
    expect(zipped.fields.map((f) => [f.path, f.stats.nonEmpty, f.types[0]?.id])).toEqual(
      plain.fields.map((f) => [f.path, f.stats.nonEmpty, f.types[0]?.id]),
    );
  });

  it('does not trust the extension', () => {
    const renamed = path.join(dir, path.basename(file) + '.txt');
    copyFileSync(path.join(ROOT, file), renamed);
    expect(scanOne(renamed).format).toBe(format);
  });
});
