// Shard and merge: four shards of a corpus merged give exactly the report of one scan.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CORPUS = ['fixtures/demo', 'fixtures/read/csv'];

function withoutTime(json: string): unknown {
  const r = JSON.parse(json);
  delete r.generatedAt;
  return r;
}

describe('scan --shard/--partial and merge', () => {
  it('merging 4 shards equals the single-scan report (fields, counts, types, verdict)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-shards-'));
    const single = runCli(['scan', ...CORPUS, '--format', 'json', '--jobs', '1']);
    expect(single.code).toBe(0);
    const parts: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const p = path.join(dir, `part-${i}.json`);
      const r = runCli(['scan', ...CORPUS, '--shard', `${i}/4`, '--partial', p, '--jobs', String(1 + (i % 2))]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      parts.push(p);
    }
    // Order of the partials on the command line does not matter.
    const merged = runCli(['merge', ...parts.reverse(), '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const a = withoutTime(single.stdout) as { files: unknown[] };
    expect(a.files.length).toBeGreaterThan(8);
    expect(withoutTime(merged.stdout)).toEqual(a);
  });

  it('refuses incomplete or mismatched shard sets with one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-shards-'));
    const p1 = path.join(dir, 'a.json');
    const p2 = path.join(dir, 'b.json');
    runCli(['scan', 'fixtures/demo', '--shard', '1/3', '--partial', p1]);
    runCli(['scan', 'fixtures/read/csv', '--shard', '2/3', '--partial', p2]);
    const missing = runCli(['merge', p1]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing shards 2, 3/);
    const other = runCli(['merge', p1, p2]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/other inputs/);
    const bad = runCli(['scan', 'fixtures/demo', '--partial', p1]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--partial needs --shard/);
  });

  it('runs the gate on merged shards as on one scan (shards scanned with --classify-all)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-shards-'));
    const gate = ['--fail-on', 'payment,credential'];
    const single = runCli(['scan', ...CORPUS, ...gate, '--format', 'json', '--no-config']);
    expect(single.code).toBe(1);
    const parts = [1, 2, 3].map((i) => {
      const p = path.join(dir, `gate-${i}.json`);
      expect(runCli(['scan', ...CORPUS, '--shard', `${i}/3`, '--classify-all', '--partial', p, '--no-config']).code).toBe(0);
      return p;
    });
    const merged = runCli(['merge', ...parts, ...gate, '--format', 'json', '--no-config']);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/policy gate failed: 3 findings/);
    const policy = (json: string) => JSON.parse(json).policy;
    expect(policy(merged.stdout).findings.length).toBe(3);
    expect(policy(merged.stdout)).toEqual(policy(single.stdout));
    // The text report prints the gate, as a scan's does.
    const text = runCli(['merge', ...parts, ...gate, '--no-config']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/gate/i);
    // Without a gate, the same partials merge with exit 0.
    expect(runCli(['merge', ...parts, '--no-config', '--format', 'json']).code).toBe(0);
  });

  it('refuses a gate over sampled shards, or with a baseline it could not apply', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-shards-'));
    const p = path.join(dir, 'only.json');
    expect(runCli(['scan', 'fixtures/demo', '--shard', '1/1', '--partial', p, '--no-config']).code).toBe(0);
    const sampled = runCli(['merge', p, '--fail-on', 'payment', '--no-config']);
    expect(sampled.code).toBe(2);
    expect(sampled.stderr).toMatch(/--classify-all/);
    expect(sampled.stdout).toBe('');
    // failOn and baseline from a config file: the gate is on, and the baseline cannot be honoured.
    const config = path.join(dir, 'leaksift.config.json');
    writeFileSync(config, JSON.stringify({ failOn: ['payment'], baseline: 'baseline.json' }));
    const withBaseline = runCli(['merge', p, '--config', config]);
    expect(withBaseline.code).toBe(2);
    expect(withBaseline.stderr).toMatch(/cannot use a baseline/);
    const unknown = runCli(['merge', p, '--fail-on', 'paymnet', '--no-config']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown category "paymnet"/);
  });
});

