// Archives and spreadsheets through the real binary (build first: npm run build).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { runCli } from '../helpers/cli.js';

const DIR = 'fixtures/read/archive';

describe('leaksift scan on archives', () => {
  it('reports archives, their members and a workbook, each sheet as Sheet!Header fields (json, --jobs 2)', () => {
    const r = runCli(['scan', `${DIR}/bundle.zip`, `${DIR}/nested.zip`, `${DIR}/people.xlsx`, '--format', 'json', '--jobs', '2', '--quiet']);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.files.map((f) => [f.path, f.format, f.records])).toEqual([
      [`${DIR}/bundle.zip`, 'zip', 0],
      [`${DIR}/bundle.zip!exports/users.csv`, 'csv', 4],
      [`${DIR}/bundle.zip!exports/events.json`, 'json', 2],
      [`${DIR}/nested.zip`, 'zip', 0],
      [`${DIR}/nested.zip!data.tar.gz`, 'tar', 0],
      [`${DIR}/nested.zip!data.tar.gz!inner.zip`, 'zip', 0],
      [`${DIR}/nested.zip!data.tar.gz!inner.zip!deep.csv`, 'csv', 1],
      [`${DIR}/nested.zip!data.tar.gz!users.csv`, 'csv', 4],
      [`${DIR}/people.xlsx`, 'xlsx', 8],
    ]);
    const book = report.files.at(-1)!;
    expect(book.fields.map((f) => f.path)).toContain('Sheet1!Email');
    expect(book.fields.find((f) => f.path === 'Sheet1!Email')?.types[0]?.id).toBe('contact.email');
  });

  it('reads an archive from stdin', () => {
    const r = runCli(['scan', '-', '--format', 'ndjson'], { input: readFileSync(`${DIR}/bundle.tgz`) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'file').map((l) => l.file.path)).toEqual(['-', '-!exports/users.csv', '-!exports/events.json']);
  });

  it('--max-archive-bytes stops an archive with a report entry', () => {
    const r = runCli(['scan', `${DIR}/bundle.zip`, '--max-archive-bytes', '300', '--format', 'json']);
    expect(r.code).toBe(0);
    const [zip, users, events] = ReportSchema.parse(JSON.parse(r.stdout)).files;
    expect(zip.errors[0].message).toMatch(/^stopped after 300 bytes of uncompressed data/);
    expect(users.records).toBe(4);
    expect(events.errors[0].message).toMatch(/^stopped after 300 bytes/);
  });

  it('the text report lists encrypted members and traversal warnings', () => {
    const r = runCli(['scan', `${DIR}/encrypted.zip`, `${DIR}/traversal.zip`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('encrypted.zip!secret/users.csv');
    expect(r.stdout).toContain('encrypted (password-protected): not scanned');
    expect(r.stdout).toContain('path traversal');
  });

  it('rejects a bad --max-archive-bytes with exit 2', () => {
    const r = runCli(['scan', `${DIR}/bundle.zip`, '--max-archive-bytes', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-archive-bytes must be a size such as 500M or 10G/);
  });
});
