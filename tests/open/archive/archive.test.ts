// Archives through the real pipeline (scanRef): fixtures from scripts/generate-archive-fixtures.js.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../../../scripts/zip-writer.js';
import { byPath, fixture, messages, scanPath, tmpFile } from './helpers.js';

const fieldPaths = (r: { fields: { path: string }[] } | undefined) => r?.fields.map((f) => f.path);

describe('zip', () => {
  it('reports the archive first, then each member with bundle.zip!dir/file paths', async () => {
    const reports = await scanPath(fixture('bundle.zip'));
    expect(reports.map((r) => r.path)).toEqual(['bundle.zip', 'bundle.zip!exports/users.csv', 'bundle.zip!exports/events.json']);
    const [zip, csv, json] = reports;
    expect(zip).toMatchObject({ format: 'zip', records: 0, errors: [], warnings: [] });
    expect(zip.formatReason).toMatch(/zip signature.*2 members/);
    expect(csv).toMatchObject({ format: 'csv', records: 4, errors: [] });
    expect(fieldPaths(csv)).toEqual(['id', 'email', 'phone', 'signup_ip']);
    expect(csv.fields.find((f) => f.path === 'email')?.types[0]?.id).toBe('contact.email');
    expect(json).toMatchObject({ format: 'json', records: 2 });
    expect(fieldPaths(json)).toContain('user.email');
  });

  it('lists encrypted members as encrypted and does not read them', async () => {
    const r = byPath(await scanPath(fixture('encrypted.zip')));
    expect(r.get('encrypted.zip!readme.csv')?.records).toBe(1);
    const secret = r.get('encrypted.zip!secret/users.csv')!;
    expect(secret.records).toBe(0);
    expect(messages(secret.errors)).toEqual(['encrypted (password-protected): not scanned']);
  });

  it('warns about path-traversal names and symlinks, and scans the members under their names', async () => {
    const reports = await scanPath(fixture('traversal.zip'));
    const zip = reports[0];
    expect(messages(zip.warnings)).toEqual([
      expect.stringMatching(/path traversal\): \.\.\/\.\.\/etc\/cron\.d\/users\.csv/),
      expect.stringMatching(/path traversal\): \/tmp\/absolute\.csv/),
      'symbolic link link-to-passwd skipped (links are not followed)',
    ]);
    expect(reports.slice(1).map((r) => [r.path, r.records])).toEqual([
      ['traversal.zip!../../etc/cron.d/users.csv', 4],
      ['traversal.zip!/tmp/absolute.csv', 4],
    ]);
  });

  it('reads the members of a truncated zip from local headers, up to the cut', async () => {
    const reports = await scanPath(fixture('truncated.zip'));
    const [zip, a, b, c] = reports;
    expect(messages(zip.errors)).toEqual([
      'central directory not found (truncated?); members were read from their local headers',
      'archive is truncated inside member c.csv',
    ]);
    expect([a.path, a.records, b.path, b.records]).toEqual(['truncated.zip!a.csv', 4, 'truncated.zip!b.json', 2]);
    expect(c.path).toBe('truncated.zip!c.csv');
    expect(messages(c.errors)).toEqual(['archive is truncated inside this member']);
  });

  it('gives a clear error for a zip that is only a signature', async () => {
    const [zip] = await scanPath(tmpFile('junk.zip', Buffer.from('PK\x03\x04 then nothing useful', 'latin1')));
    expect(zip.format).toBe('zip');
    expect(zip.errors.length).toBeGreaterThan(0);
    expect(messages(zip.errors).join(' ')).toMatch(/central directory|header|truncated/);
  });

  it('lists members with unsupported compression methods as not scanned', async () => {
    const bytes = zipBytes([{ name: 'x.csv', data: 'a,b\n1,2\n', method: 0 }]);
    // Rewrite the method (stored → bzip2) in the local and central headers.
    bytes.writeUInt16LE(12, 8);
    bytes.writeUInt16LE(12, bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 10);
    const r = byPath(await scanPath(tmpFile('bzip2.zip', bytes)));
    expect(messages(r.get('bzip2.zip!x.csv')!.errors)).toEqual(['compression method 12 (bzip2) is not supported: not scanned']);
  });
});

describe('tar and tar.gz', () => {
  it.each(['bundle.tar', 'bundle.tgz'])('%s: members by content sniffing, symlink skipped with a note', async (name) => {
    const reports = await scanPath(fixture(name));
    expect(reports.map((r) => r.path)).toEqual([name, `${name}!exports/users.csv`, `${name}!exports/events.json`]);
    expect(reports[0]).toMatchObject({ format: 'tar', compression: name.endsWith('.tgz') ? 'gzip' : 'none', errors: [] });
    expect(messages(reports[0].warnings)).toEqual(['symbolic link exports/latest.csv skipped (links are not followed)']);
    expect(reports[1].records).toBe(4);
    expect(reports[2].records).toBe(2);
  });

  it('a truncated tar keeps the members before the cut and says where it broke', async () => {
    const reports = await scanPath(fixture('truncated.tar'));
    expect(messages(reports[0].errors)).toEqual(['archive is truncated (it ends inside a member)']);
    expect(reports[1]).toMatchObject({ path: 'truncated.tar!a.csv', records: 4, errors: [] });
    expect(reports[2].path).toBe('truncated.tar!b.csv');
    expect(messages(reports[2].errors)).toEqual(['archive is truncated inside this member']);
  });

  it('a truncated tar.gz is reported as a truncated gzip stream', async () => {
    const tgz = gzipSync(Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(fixture('bundle.tar')))));
    const reports = await scanPath(tmpFile('cut.tgz', tgz.subarray(0, tgz.length - 30)));
    expect(reports[0].format).toBe('tar');
    expect(messages(reports[0].errors).join(' ')).toMatch(/truncated/);
  });
});

describe('nesting', () => {
  it('opens archives inside archives to depth 3: nested.zip!data.tar.gz!inner.zip!deep.csv', async () => {
    const reports = await scanPath(fixture('nested.zip'));
    expect(reports.map((r) => [r.path, r.format, r.records])).toEqual([
      ['nested.zip', 'zip', 0],
      ['nested.zip!data.tar.gz', 'tar', 0],
      ['nested.zip!data.tar.gz!inner.zip', 'zip', 0],
      ['nested.zip!data.tar.gz!inner.zip!deep.csv', 'csv', 1],
      ['nested.zip!data.tar.gz!users.csv', 'csv', 4],
    ]);
    expect(reports[1].compression).toBe('gzip');
    expect(fieldPaths(reports[3])).toEqual(['username', 'password_hash']);
  });

  it('reports a fourth level without opening it', async () => {
    const r = byPath(await scanPath(fixture('too-deep.zip')));
    const four = r.get('too-deep.zip!level2.tgz!level3.zip!level4.zip')!;
    expect(four.format).toBe('zip');
    expect(messages(four.errors)).toEqual(['archive nested deeper than the depth limit of 3: not opened']);
    expect(r.get('too-deep.zip!level2.tgz!level3.zip!three.csv')?.records).toBe(1);
    expect([...r.keys()].some((p) => p.includes('four.csv'))).toBe(false);
  });

  it('a smaller depth limit stops earlier', async () => {
    const r = byPath(await scanPath(fixture('nested.zip'), { maxDepth: 1 }));
    expect(messages(r.get('nested.zip!data.tar.gz')!.errors)).toEqual(['archive nested deeper than the depth limit of 1: not opened']);
  });
});
