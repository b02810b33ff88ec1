// The config file through the real binary: discovery, precise errors, defaults overridden by
// flags, allowlists, custom detectors and provenance weights.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

/** A working directory with the real-card and real-gmail fixtures under data/ and the given config. */
function project(config: unknown, name = 'leaksift.config.json'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-cfg-'));
  mkdirSync(path.join(dir, 'data'));
  cpSync(path.join(ROOT, 'fixtures/policy/real-card/customers.csv'), path.join(dir, 'data/customers.csv'));
  cpSync(path.join(ROOT, 'fixtures/policy/real-gmail/orders.ndjson'), path.join(dir, 'data/orders.ndjson'));
  writeFileSync(path.join(dir, name), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

function report(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

const STAFF = 'employee_id,name_hash\nEMP-104233,a1\nEMP-118470,b2\nEMP-120001,c3\nEMP-000000,d4\nEMP-130567,e5\n';
const EMPLOYEE_DETECTOR = {
  id: 'custom.employee_id',
  description: 'ACME employee number',
  names: ['employee id', 'staff number'],
  valuePattern: 'EMP-\\d{6}',
  testValues: ['EMP-000000'],
  // The pattern alone identifies the type: a full column of matches is certain.
  confidence: 1,
  examples: ['EMP-104233'],
};

describe('config errors', () => {
  it('print one clear line per problem and exit 2', () => {
    const dir = project({
      failOn: ['payment', 'contact', 'pament'],
      detectors: [{ id: 'custom.badge', names: ['badge'], valuePattern: '(\\w+\\s?)*' }],
    });
    const r = runCli(['scan', 'data'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'leaksift: leaksift.config.json: detectors[0].valuePattern: nested quantifier "(\\w+\\s?)*" can backtrack catastrophically: a group that contains * or + may repeat at most 4 times\n' +
        'leaksift: leaksift.config.json: failOn[2]: unknown category "pament" (did you mean "payment"?)\n',
    );
  });

  it('name JSON syntax errors by line and column', () => {
    const dir = project('{\n  "failOn": ["payment"]\n  "quiet": true\n}\n', '.leaksiftrc.json');
    const r = runCli(['scan', 'data'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("leaksift: .leaksiftrc.json: not valid JSON at line 3, column 3: Expected ',' or '}' after property value\n");
  });

  it('name a missing --config file', () => {
    const r = runCli(['scan', 'fixtures/policy/test-values', '--config', 'no-such.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('leaksift: no-such.json: no such file\n');
  });
});

describe('config values', () => {
  it('are defaults: the gate runs from the config, and flags override it', () => {
    const dir = project({ failOn: ['payment', 'contact'], format: 'json', quiet: true });
    const fromConfig = runCli(['scan', 'data'], { cwd: dir });
    expect(fromConfig.code).toBe(1);
    expect(report(fromConfig.stdout).policy?.failOn).toEqual(['payment', 'contact']);
    const overridden = runCli(['scan', 'data', '--format', 'text', '--fail-on', 'payment.iban'], { cwd: dir });
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain('Policy gate: passed');
    expect(overridden.stdout).toContain('--fail-on payment.iban');
  });

  it('are found in a parent directory, and ignored with --no-config', () => {
    const dir = project({ failOn: ['contact'], quiet: true });
    const r = runCli(['scan', '.'], { cwd: path.join(dir, 'data') });
    expect(r.code).toBe(1);
    expect(runCli(['scan', '.', '--no-config', '--quiet'], { cwd: path.join(dir, 'data') }).code).toBe(0);
  });

  it('allowlist values: an allowlisted address counts as a placeholder', () => {
    const dir = project({ failOn: ['contact'], quiet: true, format: 'json', allow: { values: ['jane.whitfield84@gmail.com'] } });
    const r = runCli(['scan', 'data'], { cwd: dir });
    expect(r.code).toBe(0);
    const email = report(r.stdout).files.find((f) => f.path.endsWith('orders.ndjson'))!.fields.find((f) => f.path === 'customer.email')!;
    expect(email.types[0]).toMatchObject({ id: 'contact.email', testValues: 8, tags: { allowlisted: 1 } });
    // --count-test-values counts test values, never allowlisted ones: the 7 example.com addresses trip it.
    const counted = runCli(['scan', 'data', '--count-test-values', '--format', 'json'], { cwd: dir });
    const finding = report(counted.stdout).policy!.findings.find((f) => f.field === 'customer.email')!;
    expect(finding.values).toBe(7);
  });

  it('allowlist value patterns, fields and files', () => {
    const byPattern = project({ failOn: ['contact', 'payment'], quiet: true, allow: { valuePatterns: ['.*@gmail\\.com', '4539 \\d{4} \\d{4} \\d{4}'] } });
    expect(runCli(['scan', 'data'], { cwd: byPattern }).code).toBe(0);
    const byField = project({ failOn: ['contact', 'payment'], quiet: true, allow: { fields: ['customer.*', { file: 'data/*.csv', field: 'card_number' }] } });
    const r = runCli(['scan', 'data'], { cwd: byField });
    expect(r.code).toBe(0);
    // customer.email, customer.phone and card_number.
    expect(r.stdout).toContain('3 fields allowlisted in the config');
    const byFile = project({ failOn: ['contact'], quiet: true, format: 'json', allow: { files: ['*.ndjson'] } });
    const files = runCli(['scan', 'data'], { cwd: byFile });
    expect(files.code).toBe(0);
    expect(report(files.stdout).files.map((f) => f.path)).toEqual(['data/customers.csv']);
  });

  it('provenance weight overrides reach the judge (0 disables a signal)', () => {
    const plain = report(runCli(['scan', 'data', '--format', 'json', '--no-config', '--quiet'], { cwd: project({}) }).stdout);
    const fired = plain.provenance.signals.map((s) => s.id);
    expect(fired.length).toBeGreaterThan(0);
    const off = Object.fromEntries(fired.map((id) => [id, 0]));
    const dir = project({ provenanceWeights: off, quiet: true, format: 'json' });
    const weighted = report(runCli(['scan', 'data'], { cwd: dir }).stdout);
    expect(weighted.provenance.signals).toEqual([]);
  });
});

describe('custom detectors', () => {
  function staffProject(extra: Record<string, unknown> = {}): string {
    const dir = project({ detectors: [EMPLOYEE_DETECTOR], quiet: true, ...extra });
    writeFileSync(path.join(dir, 'data/staff.csv'), STAFF);
    return dir;
  }

  it('classify fields in the report, with test values recognised', () => {
    const dir = staffProject({ format: 'json' });
    const r = runCli(['scan', 'data/staff.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const field = report(r.stdout).files[0].fields.find((f) => f.path === 'employee_id')!;
    expect(field.types[0]).toMatchObject({ id: 'custom.employee_id', category: 'custom', matched: 5, testValues: 1, basis: ['name', 'value'] });
    expect(field.samples.every((s) => !/EMP-\d{6}/.test(s))).toBe(true);
  });

  it('can trip the gate by id or category, and appear as SARIF rules', () => {
    const dir = staffProject();
    const r = runCli(['scan', 'data/staff.csv', '--fail-on', 'custom'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/staff\.csv {2}employee_id {2}custom\.employee_id {2}4 values \+ 1 test value/);
    const sarif = JSON.parse(runCli(['scan', 'data/staff.csv', '--fail-on', 'custom.employee_id', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs[0].tool.driver.rules).toContainEqual(expect.objectContaining({ id: 'custom.employee_id', shortDescription: { text: 'ACME employee number' } }));
    expect(sarif.runs[0].results[0].ruleId).toBe('custom.employee_id');
  });

  it('are listed by `leaksift detectors`, with their category', () => {
    const dir = staffProject();
    const text = runCli(['detectors'], { cwd: dir }).stdout;
    expect(text).toMatch(/^custom\n {2}custom\.employee_id +value +– +e\.g\. EMP-104233\n +ACME employee number$/m);
    const json = JSON.parse(runCli(['detectors', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.detectors.at(-1)).toEqual({
      id: 'custom.employee_id', category: 'custom', description: 'ACME employee number', validator: null, decidedBy: 'value', example: 'EMP-104233', exampleName: 'employee id',
    });
    const without = JSON.parse(runCli(['detectors', '--format', 'json', '--no-config'], { cwd: dir }).stdout);
    expect(without.detectors.map((d: { id: string }) => d.id)).not.toContain('custom.employee_id');
  });

  it('are refused in --fail-on when not defined', () => {
    const r = runCli(['scan', 'fixtures/policy/test-values', '--fail-on', 'custom.employee_id', '--no-config']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('leaksift: --fail-on: unknown detector id "custom.employee_id"\n');
  });
});
