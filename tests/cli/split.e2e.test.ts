// One large file split into byte ranges (4: this thread and 3 workers) gives the report of one pass:
// same fields, counts, types and verdict (samples and shapes are drawn per range, so they may
// differ). The split threshold is lowered for a few-MB generated file; its first range still holds
// more than the CLASSIFY_ALL records one pass classifies in full, as every real split (≥ 32 MB) does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-split-'));
const SPLIT = { LEAKSIFT_SPLIT_MIN_BYTES: String(256 * 1024) };

let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const int = (n: number) => Math.floor(rnd() * n);
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i];
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

function row(i: number): Record<string, string | number> {
  return {
    id: i + 1,
    email: `user.${int(99999)}@${['gmail.com', 'qq.com', 'yahoo.com'][int(3)]}`,
    phone: `+44 20 7946 ${digits(4)}`,
    card_number: luhn('4' + digits(14)),
    ip: `${1 + int(222)}.${int(256)}.${int(256)}.${int(256)}`,
    created_at: new Date(1.6e12 + int(1e11)).toISOString(),
    amount: (rnd() * 500).toFixed(2),
    note: ['plain', 'said "hi", then left', 'two\nlines', 'ok'][int(4)],
  };
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The split planner says whether the file is cut into ranges (the CLI output does not tell). */
async function splits(file: string): Promise<boolean> {
  const { planSplit } = await import(path.join(ROOT, 'dist/scan/split-file.js'));
  const { scanDetectors } = await import(path.join(ROOT, 'dist/config/scan-detectors.js'));
  process.env.LEAKSIFT_SPLIT_MIN_BYTES = SPLIT.LEAKSIFT_SPLIT_MIN_BYTES;
  try {
    return (await planSplit(file, file, { maxRecords: null, showValues: false, detectors: scanDetectors([]) }, 4)) !== null;
  } finally {
    delete process.env.LEAKSIFT_SPLIT_MIN_BYTES;
  }
}

function report(args: string[], env: Record<string, string> = {}) {
  const r = runCli(['scan', ...args, '--format', 'json'], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).files[0];
}

/** What a split scan must reproduce exactly (samples and shapes are per-range draws). */
function comparable(file: { fields: { path: string; stats: Record<string, unknown>; types: unknown[] }[] } & Record<string, unknown>) {
  return {
    ...file,
    path: undefined,
    fields: file.fields.map((f) => ({ path: f.path, stats: { ...f.stats, shapes: undefined }, types: f.types })),
  };
}

describe('scan of one large file split across worker threads', () => {
  it('CSV (quoted newlines, ragged rows): the report of one pass', async () => {
    const header = Object.keys(row(0));
    const lines = [header.join(',')];
    for (let i = 0; i < 20000; i++) {
      const r = Object.values(row(i)).map(csvCell);
      // A ragged row now and then: warnings with line numbers across ranges.
      if (i % 2500 === 1234) r.push('extra');
      lines.push(r.join(','));
      if (i % 3000 === 7) lines.push('');
    }
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const one = report([file, '--jobs', '1']);
    const split = report([file, '--jobs', '4'], SPLIT);
    expect(one.records).toBe(20000);
    expect(one.warnings.length).toBeGreaterThan(0);
    expect(comparable(split)).toEqual(comparable(one));
    expect(await splits(file)).toBe(true);
  });

  it('NDJSON (a field appearing late, an invalid line): the report of one pass', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const r: Record<string, unknown> = row(i);
      if (i > 15000) r.referrer = `https://t.co/${digits(8)}`;
      lines.push(JSON.stringify(r));
      if (i === 17500) lines.push('{"broken": ');
    }
    const file = path.join(dir, 'big.ndjson');
    writeFileSync(file, lines.join('\n') + '\n');
    const one = report([file, '--jobs', '1']);
    const split = report([file, '--jobs', '4'], SPLIT);
    expect(one.fields.at(-1).path).toBe('referrer');
    expect(one.warnings).toEqual([expect.objectContaining({ line: 17502 })]);
    expect(comparable(split)).toEqual(comparable(one));
    expect(await splits(file)).toBe(true);
  });

  it('several inputs: large files are cut into ranges in the one queue of the pool, and the report is that of --jobs 1', async () => {
    const csv = [Object.keys(row(0)).join(',')];
    for (let i = 0; i < 20000; i++) csv.push(Object.values(row(i)).map(csvCell).join(','));
    const big = path.join(dir, 'pool-big.csv');
    writeFileSync(big, csv.join('\n') + '\n');
    const nd: string[] = [];
    for (let i = 0; i < 20000; i++) nd.push(JSON.stringify(row(i)));
    const bigNd = path.join(dir, 'pool-big.ndjson');
    writeFileSync(bigNd, nd.join('\n') + '\n');
    const small = path.join(dir, 'pool-small.json');
    writeFileSync(small, JSON.stringify([{ email: 'a@gmail.com', phone: '+44 20 7946 0000' }]));
    // A big file whose quoting breaks in its first range: the pool reads it whole instead.
    const broken = csv.slice();
    broken[7] = '7,a "bad" quote,x';
    const bigBroken = path.join(dir, 'pool-broken.csv');
    writeFileSync(bigBroken, broken.join('\n') + '\n');
    const inputs = [big, small, bigBroken, bigNd];
    const files = (args: string[], env: Record<string, string> = {}) => {
      const r = runCli(['scan', ...inputs, '--format', 'json', ...args], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).files;
    };
    const one = files(['--jobs', '1']);
    expect(one.map((f: { records: number }) => f.records)).toEqual([20000, 1, 19999, 20000]);
    expect(one[2].warnings[0].message).toMatch(/malformed row/);
    for (const jobs of ['2', '3']) {
      const many = files(['--jobs', jobs], SPLIT);
      expect(many.map(comparable)).toEqual(one.map(comparable));
      // Read whole after its split was abandoned: samples and shapes too are those of one pass.
      expect(many[2]).toEqual(one[2]);
    }
    expect(await splits(big)).toBe(true);
    expect(await splits(bigNd)).toBe(true);
    expect(await splits(bigBroken)).toBe(true);
  });

  it('falls back to one pass when broken quoting makes the cuts untrustworthy', async () => {
    const lines = ['id,note,email'];
    for (let i = 0; i < 20000; i++) lines.push(`${i},${i === 5 ? 'a "bad" quote' : 'fine'},u${i}@gmail.com`);
    const file = path.join(dir, 'badquotes.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const one = report([file, '--jobs', '1']);
    const split = report([file, '--jobs', '4'], SPLIT);
    expect(one.warnings[0].message).toMatch(/malformed row/);
    // Planned in ranges, then read whole: samples and shapes too are those of one pass.
    expect(await splits(file)).toBe(true);
    expect(split).toEqual(one);
  });
});
