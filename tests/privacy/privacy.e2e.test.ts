// Privacy (issue 8): a scan of files full of known sensitive values prints none of them — in
// any output format, in report files, in errors and warnings — unless --show-values is given,
// and then the report says so. Formats come from `leaksift scan --help`, so formats added later
// are covered without touching this test. Run `npm run build` first.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasOption, listedFormats, runMeasured, type MeasuredRun } from '../hostile/harness.js';
import { ALL_VALUES, leakForms, SENSITIVE, writeSensitiveFixtures } from './sensitive-fixtures.js';

const work = mkdtempSync(path.join(tmpdir(), 'leaksift-privacy-'));
const FIXTURES = writeSensitiveFixtures(path.join(work, 'samples'));
const FORMATS = listedFormats();

function leaks(text: string): string[] {
  return ALL_VALUES.flatMap((v) => leakForms(v).filter((form) => text.includes(form)).map((form) => (form === v ? v : `${v} (as ${form})`)));
}

function scan(format: string, extra: string[] = []): MeasuredRun {
  const r = runMeasured(['scan', FIXTURES, '--format', format, ...extra], { timeoutMs: 120_000 });
  expect(r.timedOut).toBe(false);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the fixture set', () => {
  it('really holds the values, and leaksift reads and recognises them', () => {
    const r = scan('json', ['--show-values']);
    const report = JSON.parse(r.stdout);
    const ids = new Set(report.files.flatMap((f: { fields: { types: { id: string }[] }[] }) => f.fields.flatMap((x) => x.types.map((t) => t.id))));
    for (const id of ['payment.card_number', 'contact.email', 'contact.phone', 'network.ip_address', 'credential.password_hash']) {
      expect(ids, id).toContain(id);
    }
    expect(FORMATS).toEqual(expect.arrayContaining(['text', 'json', 'ndjson']));
  });
});

describe.each(FORMATS)('--format %s', (format) => {
  let masked: MeasuredRun;
  beforeAll(() => {
    masked = scan(format);
  });

  it('prints none of the sensitive values (stdout and stderr) without --show-values', () => {
    expect(masked.stdout.length).toBeGreaterThan(0);
    expect(leaks(masked.stdout)).toEqual([]);
    expect(leaks(masked.stderr)).toEqual([]);
  });

  it('writes none of them to --output either', () => {
    const out = path.join(work, `report-${format}`);
    scan(format, ['--output', out]);
    expect(leaks(readFileSync(out, 'utf8'))).toEqual([]);
  });

  it('with --show-values, prints raw values only next to a statement that they are not masked', () => {
    const shown = scan(format, ['--show-values']);
    // Formats meant for shared places (SARIF, Markdown) never print raw values at all; the others
    // word the warning their own way, and the JSON-based ones carry options.showValues.
    if (leaks(shown.stdout).length > 0) expect(shown.stdout).toMatch(/"showValues":\s*true|NOT masked|show-values|unmasked/i);
  });
});

describe('--show-values', () => {
  it('is the way to see raw values: the JSON report then carries them and records the option', () => {
    const report = JSON.parse(scan('json', ['--show-values']).stdout);
    expect(report.options.showValues).toBe(true);
    const samples = JSON.stringify(report.files.map((f: { fields: { samples: string[] }[] }) => f.fields.map((x) => x.samples)));
    expect(SENSITIVE.emails.some((e) => samples.includes(e))).toBe(true);
    expect(SENSITIVE.cards.some((c) => samples.includes(c))).toBe(true);
  });

  it('is off by default and recorded as off', () => {
    expect(JSON.parse(scan('json').stdout).options.showValues).toBe(false);
  });
});

describe('errors and warnings', () => {
  it('never quote the value at a fault (broken CSV quotes, NDJSON, JSON, SQL)', () => {
    const report = JSON.parse(scan('json').stdout);
    const broken = report.files.filter((f: { path: string }) => /broken/.test(f.path));
    expect(broken).toHaveLength(4);
    for (const f of broken) expect(f.errors.length + f.warnings.length, f.path).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(broken.map((f: { errors: unknown; warnings: unknown }) => [f.errors, f.warnings])))).toEqual([]);
  });
});

describe('files written besides the report', () => {
  it.skipIf(!hasOption('--partial'))('a shard partial (--partial) holds no raw values', () => {
    const partial = path.join(work, 'shard.partial.json');
    scan('json', ['--shard', '1/1', '--partial', partial]);
    expect(existsSync(partial)).toBe(true);
    expect(leaks(readFileSync(partial, 'utf8'))).toEqual([]);
  });

  it.skipIf(!hasOption('--baseline-write'))('a baseline (--baseline-write) holds no raw values', () => {
    const baseline = path.join(work, 'baseline.json');
    scan('json', ['--baseline-write', baseline]);
    expect(existsSync(baseline)).toBe(true);
    expect(leaks(readFileSync(baseline, 'utf8'))).toEqual([]);
  });
});
