// Baselines through the real binary: known findings stop failing the gate, stay known when rows
// move, and a new real value fails it again. The baseline file holds no values.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const GATE = ['--fail-on', 'payment,contact,credential,government_id', '--no-config', '--quiet'];

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Moves rows around: the CSV keeps its header, NDJSON lines are reordered. */
function moveRows(dir: string, seed: number): void {
  const csv = path.join(dir, 'customers.csv');
  const [header, ...rows] = readFileSync(csv, 'utf8').trimEnd().split('\n');
  writeFileSync(csv, [header, ...shuffled(rows, seed)].join('\n') + '\n');
  const nd = path.join(dir, 'orders.ndjson');
  writeFileSync(nd, shuffled(readFileSync(nd, 'utf8').trimEnd().split('\n'), seed + 1).join('\n') + '\n');
}

describe('--baseline-write / --baseline', () => {
  let work: string;
  let data: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'leaksift-baseline-'));
    data = path.join(work, 'data');
    // One real-looking card (customers.csv) and one gmail address (orders.ndjson).
    cpSync(path.join(ROOT, 'fixtures/policy/real-card/customers.csv'), path.join(data, 'customers.csv'));
    cpSync(path.join(ROOT, 'fixtures/policy/real-gmail/orders.ndjson'), path.join(data, 'orders.ndjson'));
  });

  it('writes every finding while the gate still judges without a baseline', () => {
    const r = runCli(['scan', 'data', ...GATE, '--baseline-write', '.leaksift-baseline.json'], { cwd: work });
    expect(r.code).toBe(1);
    const baseline = JSON.parse(readFileSync(path.join(work, '.leaksift-baseline.json'), 'utf8'));
    expect(baseline.leaksiftBaseline).toBe(1);
    expect(Buffer.from(baseline.key, 'base64')).toHaveLength(32);
    expect(baseline.findings).toContainEqual({ file: 'data/customers.csv', field: 'card_number', type: 'payment.card_number', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(baseline.findings).toContainEqual(expect.objectContaining({ file: 'data/orders.ndjson', field: 'customer.email', type: 'contact.email' }));
  });

  it('holds no values and no unkeyed hashes of them', () => {
    const text = readFileSync(path.join(work, '.leaksift-baseline.json'), 'utf8');
    // The random key and the hex fingerprints may hold any digits by chance ('4111' or '4539' in a few runs
    // in a hundred): look for values everywhere else.
    const parsed = JSON.parse(text) as { key: string; findings: { fingerprint: string }[] };
    const rest = JSON.stringify({ ...parsed, key: '', findings: parsed.findings.map((f) => ({ ...f, fingerprint: '' })) });
    for (const v of ['4539', '4111', 'gmail', 'example.com', '555-0100', '192.0.2', 'GB82WEST']) expect(rest).not.toContain(v);
    expect(parsed.findings.every((f) => /^[0-9a-f]{64}$/.test(f.fingerprint))).toBe(true);
    // Fingerprints differ per finding even where fields hold the same values (keyed by file, field and type).
    const fps = parsed.findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('suppresses the known findings', () => {
    const r = runCli(['scan', 'data', ...GATE, '--baseline', '.leaksift-baseline.json'], { cwd: work });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Policy gate: passed');
    expect(r.stdout).toContain('2 findings suppressed by the baseline .leaksift-baseline.json');
  });

  it('still suppresses them after rows move', () => {
    moveRows(data, 7);
    const r = runCli(['scan', 'data', ...GATE, '--baseline', '.leaksift-baseline.json', '--format', 'json'], { cwd: work });
    expect(r.code).toBe(0);
    const policy = JSON.parse(r.stdout).policy;
    expect(policy.tripped).toBe(false);
    expect(policy.findings.map((f: { field: string; baselined: boolean }) => [f.field, f.baselined]).sort()).toEqual([
      ['card_number', true],
      ['customer.email', true],
    ]);
  });

  it('matches from another working directory (paths are relative to the baseline file)', () => {
    const r = runCli(['scan', path.join(path.basename(work), 'data'), ...GATE, '--baseline', path.join(path.basename(work), '.leaksift-baseline.json')], {
      cwd: path.dirname(work),
    });
    expect(r.code).toBe(0);
  });

  it('keeps its key and fingerprints when rewritten over unchanged data', () => {
    const before = readFileSync(path.join(work, '.leaksift-baseline.json'), 'utf8');
    moveRows(data, 11);
    runCli(['scan', 'data', ...GATE, '--baseline-write', '.leaksift-baseline.json'], { cwd: work });
    expect(readFileSync(path.join(work, '.leaksift-baseline.json'), 'utf8')).toBe(before);
  });

  it('fails again when a new real value is added, naming the field', () => {
    const csv = path.join(data, 'customers.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8') + '9,r.okafor@outlook.com,+1-202-555-0100,4111 1111 1111 1111,192.0.2.1,GB82WEST12345698765432\n');
    const r = runCli(['scan', 'data', ...GATE, '--baseline', '.leaksift-baseline.json'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/data\/customers\.csv {2}email {2}contact\.email {2}1 value/);
    expect(r.stdout).toContain('1 finding suppressed by the baseline');
  });

  it('refuses a file that is not a baseline', () => {
    writeFileSync(path.join(work, 'bad.json'), '{"findings": []}');
    const r = runCli(['scan', 'data', ...GATE, '--baseline', 'bad.json'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leaksift: --baseline bad\.json: not a leaksift baseline: leaksiftBaseline: /);
  });
});
