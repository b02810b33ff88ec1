// Hostile archives made in the test: every limit ends in a report entry, and reading stays bounded.
import { gzipSync } from 'node:zlib';
import tarStream from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../../../scripts/zip-writer.js';
import { byPath, messages, scanPath, tmpFile } from './helpers.js';

const KiB = 1024;
/** Highly repetitive CSV: deflate shrinks it several hundred times. */
const repetitiveCsv = (rows: number) => 'a,b\n' + '1,2\n'.repeat(rows);
const SMALL_LIMITS = { warnRatio: 10, stopRatio: 50, ratioFloorBytes: 64 * KiB };

async function tarOf(name: string, data: string): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => pack.on('end', r));
  pack.entry({ name, mtime: new Date(0) }, data);
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

describe('compression ratio', () => {
  it('a zip member declaring a bomb-sized expansion is listed and not read', async () => {
    const bytes = zipBytes([{ name: 'bomb.csv', data: repetitiveCsv(500_000) }, { name: 'ok.csv', data: 'id,email\n1,ann@gmail.com\n' }]);
    expect(bytes.length).toBeLessThan(20 * KiB);
    const r = byPath(await scanPath(tmpFile('bomb.zip', bytes), SMALL_LIMITS));
    const bomb = r.get('bomb.zip!bomb.csv')!;
    expect(bomb.records).toBe(0);
    expect(messages(bomb.errors)[0]).toMatch(/^declared size expands \d+:1, past the limit of 50:1 \(a zip bomb\?\): not read$/);
    expect(r.get('bomb.zip!ok.csv')?.records).toBe(1);
  });

  it('a member expanding above the warning ratio is read, with a warning on the archive', async () => {
    const bytes = zipBytes([{ name: 'dense.csv', data: repetitiveCsv(50_000) }]);
    const reports = await scanPath(tmpFile('dense.zip', bytes), { ...SMALL_LIMITS, stopRatio: 100_000 });
    expect(messages(reports[0].warnings)[0]).toMatch(/^dense\.csv expands \d+:1 \(above 10:1\)$/);
    expect(reports[1].records).toBe(50_000);
  });

  it('a member producing more than its declared size is stopped (declared sizes can lie)', async () => {
    const bytes = zipBytes([{ name: 'liar.csv', data: repetitiveCsv(200_000) }]);
    // Declare 1000 bytes uncompressed in both headers.
    bytes.writeUInt32LE(1000, 22);
    bytes.writeUInt32LE(1000, bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 24);
    const [, liar] = await scanPath(tmpFile('liar.zip', bytes));
    expect(messages(liar.errors)).toEqual(['member is larger than its declared size (corrupt or crafted archive)']);
    expect(liar.records).toBeLessThan(200_000);
  });

  it('a tar.gz bomb is stopped by the archive-wide ratio while streaming, keeping what was read', async () => {
    const rows = 1_000_000;
    const tgz = gzipSync(await tarOf('bomb.csv', repetitiveCsv(rows)), { level: 9 });
    expect(tgz.length).toBeLessThan(40 * KiB);
    const [archive, member] = await scanPath(tmpFile('bomb.tgz', tgz), SMALL_LIMITS);
    expect(messages(archive.errors)[0]).toMatch(/^stopped: .* expanded past \d+:1 \(limit 50:1; a zip bomb\?\)$/);
    expect(messages(member.errors)[0]).toMatch(/a zip bomb/);
    expect(messages(archive.warnings)).toEqual([expect.stringMatching(/^expands \d+:1 overall \(above 10:1\)$/)]);
    // Bounded: at most ~50× the compressed size was decompressed, and fewer rows were read.
    expect(member.bytes).toBeLessThanOrEqual(50 * tgz.length + 1024 * KiB);
    expect(member.records).toBeLessThan(rows);
  });
});

describe('size, entry and depth limits', () => {
  it('a limit hit inside a nested archive is reported on the input archive too', async () => {
    const inner = zipBytes([{ name: 'rows.csv', data: 'id,email\n' + '1,ann@gmail.com\n'.repeat(400) }]);
    const outer = zipBytes([{ name: 'inner.zip', data: inner, method: 0 }]);
    const r = byPath(await scanPath(tmpFile('nest-limit.zip', outer), { maxTotalBytes: 4000 }));
    const stopped = /^stopped after 4000 bytes/;
    expect(messages(r.get('nest-limit.zip')!.errors)).toEqual([expect.stringMatching(stopped)]);
    expect(messages(r.get('nest-limit.zip!inner.zip')!.errors)).toEqual([expect.stringMatching(stopped)]);
    expect(messages(r.get('nest-limit.zip!inner.zip!rows.csv')!.errors)).toEqual([expect.stringMatching(stopped)]);
  });

  it('stops an archive at the total uncompressed bytes limit', async () => {
    const bytes = zipBytes([
      { name: 'a.csv', data: 'id,email\n' + '1,ann@gmail.com\n'.repeat(100) },
      { name: 'b.csv', data: 'id,email\n' + '2,bob@gmail.com\n'.repeat(100) },
      { name: 'c.csv', data: 'id,email\n' + '3,cid@gmail.com\n'.repeat(100) },
    ]);
    const reports = await scanPath(tmpFile('big.zip', bytes), { maxTotalBytes: 2500 });
    const limit = /^stopped after 2500 bytes of uncompressed data \(limit; raise it with --max-archive-bytes\)$/;
    expect(reports[0].errors).toEqual([{ message: expect.stringMatching(limit) }]);
    expect(reports.map((r) => r.path)).toEqual(['big.zip', 'big.zip!a.csv', 'big.zip!b.csv']);
    expect(reports[1].records).toBe(100);
    expect(messages(reports[2].errors)).toEqual([expect.stringMatching(limit)]);
  });

  it('stops listing at the entry limit', async () => {
    const bytes = zipBytes(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.csv`, data: 'a,b\n1,2\n' })));
    const reports = await scanPath(tmpFile('many.zip', bytes), { maxEntries: 3 });
    expect(messages(reports[0].errors)).toEqual(['more than 3 members: the rest were not read (entry limit)']);
    expect(reports).toHaveLength(4);
  });

  it('does not hold a nested zip larger than the in-memory limit', async () => {
    const inner = zipBytes([{ name: 'x.csv', data: 'id,name\n' + Array.from({ length: 3000 }, (_, i) => `${i},n${i * 7919}`).join('\n'), method: 0 }]);
    const outer = zipBytes([{ name: 'inner.zip', data: inner, method: 0 }]);
    const r = byPath(await scanPath(tmpFile('outer.zip', outer), { maxInMemoryZipBytes: 4 * KiB }));
    expect(messages(r.get('outer.zip!inner.zip')!.errors)[0]).toMatch(/^zip larger than 0 MiB that is not a file on disk .*needs random access/);
  });
});
