// Shard and merge: four shards of a corpus merged give exactly the report of one scan.
import { mkdtempSync } from 'node:fs';
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
});
