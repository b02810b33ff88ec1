import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenError, openInput, type OpenedInput } from '../../src/open/open.js';
import { sniffFormat } from '../../src/open/sniff.js';
import { InputError } from '../../src/read/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-open-'));
function file(name: string, content: Buffer | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** openInput for inputs that are text (archives are covered in tests/open/archive). */
async function openText(...args: Parameters<typeof openInput>): Promise<OpenedInput> {
  const o = await openInput(...args);
  if ('archive' in o) throw new Error(`expected text, got a ${o.archive} archive`);
  return o;
}

async function drain(chunks: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

describe('openInput', () => {
  it('undoes gzip by magic bytes, whatever the name', async () => {
    const p = file('data.bin', gzipSync('id,email\n1,a@gmail.com\n'));
    const o = await openText({ path: p }, {});
    expect(o.compression).toBe('gzip');
    expect(o.guess.format).toBe('csv');
    expect(await drain(o.chunks)).toBe('id,email\n1,a@gmail.com\n');
    expect(o.bytesRead()).toBeGreaterThan(10);
  });

  it('strips a UTF-8 BOM and reports the encoding', async () => {
    const o = await openText({ path: file('bom.csv', '\ufeffa,b\n1,2\n') }, {});
    expect(o.encoding).toBe('utf-8 (BOM)');
    expect(await drain(o.chunks)).toBe('a,b\n1,2\n');
  });

  it('decodes UTF-16 with and without a BOM', async () => {
    const text = 'name,city\nZoë,Köln\n';
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const a = await openText({ path: file('u16bom.csv', withBom) }, {});
    expect(a.encoding).toBe('utf-16le');
    expect(await drain(a.chunks)).toBe(text);
    const b = await openText({ path: file('u16.csv', Buffer.from(text, 'utf16le')) }, {});
    expect(b.encoding).toBe('utf-16le');
    expect(b.warnings[0]).toMatch(/no byte-order mark/);
    expect(await drain(b.chunks)).toBe(text);
  });

  it('decodes invalid UTF-8 as Latin-1 with a warning', async () => {
    const o = await openText({ path: file('latin1.csv', Buffer.from('name,city\nJos\xe9,M\xfcnchen\n', 'latin1')) }, {});
    expect(o.encoding).toBe('latin1');
    expect(o.warnings[0]).toMatch(/not valid UTF-8/);
    expect(await drain(o.chunks)).toBe('name,city\nJosé,München\n');
  });

  it('refuses binary content and empty files with a clear reason', async () => {
    await expect(openInput({ path: file('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])) }, {})).rejects.toThrow(/PNG image/);
    await expect(openInput({ path: file('x.dat', Buffer.from([1, 2, 0, 4, 200, 0, 0, 7, 8])) }, {})).rejects.toThrow(/binary content/);
    await expect(openInput({ path: file('e.csv', '') }, {})).rejects.toThrow(OpenError);
    await expect(openInput({ path: file('bom-only.csv', '\ufeff') }, {})).rejects.toThrow(/only a byte-order mark/);
  });

  it('turns a truncated gzip into an InputError while reading', async () => {
    const full = gzipSync('id,email\n' + '1,a@gmail.com\n'.repeat(5000));
    const o = await openText({ path: file('t.csv.gz', full.subarray(0, full.length - 40)) }, {});
    await expect(drain(o.chunks)).rejects.toThrow(InputError);
  });
});

describe('sniffFormat', () => {
  it('tells JSON, NDJSON and CSV apart by content', () => {
    expect(sniffFormat('[{"a":1}]', {})?.format).toBe('json');
    expect(sniffFormat('{"data":{"items":[\n{"a":1}]}}', {})?.format).toBe('json');
    expect(sniffFormat('{"a":1}\n{"a":2}\n{"a":3}\n', {})?.format).toBe('ndjson');
    expect(sniffFormat('{"a":1}\nnot json\n{"a":3}\n{"a":4}\n', {})?.format).toBe('ndjson');
    expect(sniffFormat('a;b;c\n1;2;3\n4;5;6\n', {})).toMatchObject({ format: 'csv', delimiter: ';' });
  });

  it('counts delimiters per record, so quoted newlines and quoted commas do not hide a CSV', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},"note ${i}\nsecond line, with comma","Mozilla/5.0 (KHTML, like Gecko)"`);
    const guess = sniffFormat(['id,note,user_agent', ...rows].join('\n') + '\n', {});
    expect(guess).toMatchObject({ format: 'csv', delimiter: ',' });
    expect(guess?.reason).toMatch(/100% of the first 30 records into 3 columns/);
  });
});
