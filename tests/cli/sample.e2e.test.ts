// --sample/--seed: seeded record sampling with intervals on shares and on the score.
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { wilson, parseSample, RecordSampler } from '../../src/scan/sampler.js';
import { runCli } from '../helpers/cli.js';

function scanJson(args: string[]) {
  const r = runCli(['scan', ...args, '--format', 'json']);
  expect(r.code).toBe(0);
  const report = ReportSchema.parse(JSON.parse(r.stdout));
  delete (report as { generatedAt?: string }).generatedAt;
  return report;
}

describe('--sample', () => {
  it('keeps a seeded reservoir of n records and reports intervals', () => {
    const a = scanJson(['fixtures/demo/users.csv', '--sample', '40', '--seed', '7']);
    const f = a.files[0];
    expect(f.records).toBe(120);
    expect(f.sampling).toEqual({ method: 'reservoir', requested: '40', seed: 7, recordsSeen: 120, recordsSampled: 40 });
    expect(f.fields.find((x) => x.path === 'email')!.stats.count).toBe(40);
    const email = f.fields.find((x) => x.path === 'email')!.types[0];
    expect(email.shareInterval![0]).toBeGreaterThan(0.85);
    expect(email.shareInterval![1]).toBe(1);
    const [lo, hi] = f.provenance.internalScoreInterval!;
    expect(lo).toBeLessThanOrEqual(f.provenance.internalScore);
    expect(hi).toBeGreaterThanOrEqual(f.provenance.internalScore);
    // Same seed, same sample; another seed, another sample.
    expect(scanJson(['fixtures/demo/users.csv', '--sample', '40', '--seed', '7'])).toEqual(a);
    const b = scanJson(['fixtures/demo/users.csv', '--sample', '40', '--seed', '8']);
    expect(b.files[0].fields[0].samples).not.toEqual(f.fields[0].samples);
  });

  it('samples a share of the records as they stream', () => {
    const r = scanJson(['fixtures/demo/app_events.ndjson', '--sample', '25%']);
    const s = r.files[0].sampling!;
    expect(s.method).toBe('fraction');
    expect(s.recordsSeen).toBe(200);
    expect(s.recordsSampled).toBeGreaterThan(25);
    expect(s.recordsSampled).toBeLessThan(75);
  });

  it('rejects malformed values as usage errors', () => {
    for (const bad of [['--sample', '0'], ['--sample', '150%'], ['--sample', 'lots'], ['--sample', '5', '--seed', '-1']]) {
      const r = runCli(['scan', 'fixtures/demo', ...bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^leaksift: --s(ample|eed)/);
    }
  });
});

describe('sampling helpers', () => {
  it('wilson intervals contain the observed share and narrow with n', () => {
    const [lo1, hi1] = wilson(50, 100);
    const [lo2, hi2] = wilson(5000, 10000);
    expect(lo1).toBeLessThan(0.5);
    expect(hi1).toBeGreaterThan(0.5);
    expect(hi2 - lo2).toBeLessThan(hi1 - lo1);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('a reservoir is uniform: every record is about equally likely to be kept', () => {
    const counts = new Array(20).fill(0);
    for (let seed = 1; seed <= 2000; seed++) {
      const s = new RecordSampler(parseSample('5', seed)!, 'f');
      for (let i = 0; i < 20; i++) s.offer({ fields: ['i'], values: [i] });
      for (const r of s.drain()) counts[r.values[0] as number]++;
    }
    // Expected 2000 * 5/20 = 500 each.
    for (const c of counts) expect(Math.abs(c - 500)).toBeLessThan(90);
  });
});
