// The CI policy gate through the real binary, on fixtures/policy (see its README).
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.js';
import { runCli } from '../helpers/cli.js';

const FAIL_ON = ['--fail-on', 'payment,contact,credential,government_id'];

function gate(dir: string, ...extra: string[]) {
  return runCli(['scan', `fixtures/policy/${dir}`, ...FAIL_ON, '--no-config', '--quiet', ...extra]);
}

describe('--fail-on payment,contact,credential,government_id', () => {
  it('passes a directory holding only test values (exit 0)', () => {
    const r = gate('test-values');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Policy gate: passed');
    expect(r.stdout).toMatch(/\d+ fields held only test or placeholder values/);
  });

  it('fails on one real-looking card and names the field (exit 1)', () => {
    const r = gate('real-card');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Policy gate: FAILED — 1 field holds values that are not recognised test values');
    expect(r.stdout).toMatch(/fixtures\/policy\/real-card\/customers\.csv {2}card_number {2}payment\.card_number {2}1 value \+ 7 test values/);
    // The text report never shows the raw card.
    expect(r.stdout).not.toContain('4539 5787 6362 1486');
  });

  it('fails on one gmail address and names the field (exit 1)', () => {
    const r = gate('real-gmail');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/real-gmail\/orders\.ndjson {2}customer\.email {2}contact\.email {2}1 value/);
    expect(r.stdout).not.toContain('jane.whitfield84');
  });

  it('counts test values too with --count-test-values', () => {
    const r = gate('test-values', '--count-test-values');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/customers\.csv {2}email {2}contact\.email {2}8 values/);
  });

  it('ignores findings below --min-confidence', () => {
    expect(gate('real-card', '--min-confidence', '1').code).toBe(0);
    expect(gate('real-card', '--min-confidence', '0.2').code).toBe(1);
  });

  it('takes type ids as well as categories', () => {
    expect(runCli(['scan', 'fixtures/policy/real-gmail', '--fail-on', 'payment.card_number', '--no-config', '--quiet']).code).toBe(0);
    expect(runCli(['scan', 'fixtures/policy/real-gmail', '--fail-on', 'payment.card_number', '--fail-on', 'contact.email', '--no-config', '--quiet']).code).toBe(1);
  });

  it('records the gate in the JSON report and says so on stderr', () => {
    const r = gate('real-card', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.policy).toMatchObject({
      failOn: ['payment', 'contact', 'credential', 'government_id'],
      minConfidence: 0.5,
      countTestValues: false,
      baseline: null,
      tripped: true,
    });
    expect(report.policy!.findings).toEqual([
      expect.objectContaining({ file: 'fixtures/policy/real-card/customers.csv', field: 'card_number', type: 'payment.card_number', values: 1, testValues: 7, basis: 'values', baselined: false }),
    ]);
    const loud = runCli(['scan', 'fixtures/policy/real-card', ...FAIL_ON, '--no-config', '--format', 'json']);
    expect(loud.stderr).toBe('leaksift: policy gate failed: 1 finding (see .policy in the report)\n');
  });

  it('puts the policy on the NDJSON summary line', () => {
    const r = gate('real-card', '--format', 'ndjson');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ type: 'summary', policy: { tripped: true } });
  });

  it('leaves the report without a policy when no gate runs', () => {
    const r = runCli(['scan', 'fixtures/policy/real-card', '--format', 'json', '--no-config', '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).policy).toBeUndefined();
  });
});

describe('gate usage errors (exit 2, one line)', () => {
  it.each([
    [['--fail-on', 'payment,pament'], 'leaksift: --fail-on: unknown category "pament" (did you mean "payment"?)\n'],
    [['--fail-on', 'payment.card_numbr'], 'leaksift: --fail-on: unknown detector id "payment.card_numbr" (did you mean "payment.card_number"?)\n'],
    [['--fail-on', 'payment', '--min-confidence', '1.5'], 'leaksift: --min-confidence must be a number from 0 to 1, got "1.5"\n'],
    [['--baseline', 'x.json'], 'leaksift: --baseline needs --fail-on (or failOn in the config): without a gate there is nothing to suppress\n'],
    [['--fail-on', 'payment', '--baseline', 'fixtures/policy/none.json'], 'leaksift: --baseline fixtures/policy/none.json: no such file\n'],
    [['--fail-on', 'payment', '--shard', '1/2', '--partial', 'x.json'], 'leaksift: --partial writes a shard for `leaksift merge`: run --fail-on, --baseline and --baseline-write on a whole scan\n'],
  ])('%j', (args, message) => {
    const r = runCli(['scan', 'fixtures/policy/test-values', '--no-config', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
  });
});
