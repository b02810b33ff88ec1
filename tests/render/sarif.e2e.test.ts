// --format sarif through the real binary, validated against the SARIF 2.1.0 JSON Schema shipped
// in tests/fixtures (source in tests/fixtures/README.md).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'));
// The schema declares formats (uri, date-time) that ajv checks only with ajv-formats; structure is what matters here.
const validate = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[];
      properties: { lineKnown: boolean; values: number; archiveMember?: string };
      suppressions?: unknown[];
    }[];
  }[];
}

function sarif(args: string[], input?: string): { code: number; log: SarifLog; text: string } {
  const r = runCli(['scan', ...args, '--format', 'sarif', '--no-config', '--quiet'], { input });
  expect(r.stderr).toBe('');
  const log = JSON.parse(r.stdout) as SarifLog;
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return { code: r.code, log, text: r.stdout };
}

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with one rule per detector and one result per finding', () => {
    const { code, log, text } = sarif(['fixtures/policy/real-card', '--fail-on', 'payment,contact']);
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('leaksift');
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleIds).toContain('payment.card_number');
    expect(ruleIds).toContain('contact.email');
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result).toMatchObject({ ruleId: 'payment.card_number', level: 'error', properties: { lineKnown: true, values: 1 } });
    expect(run.tool.driver.rules[result.ruleIndex!].id).toBe('payment.card_number');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/policy/real-card/customers.csv' }, region: { startLine: 1 } });
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('card_number');
    expect(result.message.text).toContain('Masked sample: 4111 **** **** 1111');
    expect(text).not.toContain('4539 5787 6362 1486');
  });

  it('says when the line is not tracked (non-CSV fields) and never carries raw values', () => {
    const { log, text } = sarif(['fixtures/policy/real-gmail', '--fail-on', 'contact']);
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe('contact.email');
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('customer.email');
    expect(result.properties.lineKnown).toBe(false);
    expect(result.message.text).toContain("The field's line is not tracked");
    expect(text).not.toContain('jane.whitfield84');
  });

  it('reports every sensitive finding as a warning without a gate, and nothing for test-only fields', () => {
    const { code, log } = sarif(['fixtures/policy']);
    expect(code).toBe(0);
    const found = log.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation!.artifactLocation.uri, r.level]);
    expect(found).toEqual([
      ['payment.card_number', 'fixtures/policy/real-card/customers.csv', 'warning'],
      ['contact.email', 'fixtures/policy/real-gmail/orders.ndjson', 'warning'],
    ]);
  });

  it('marks baselined findings as suppressed', () => {
    const baseline = path.join(mkdtempSync(path.join(tmpdir(), 'leaksift-sarif-')), 'baseline.json');
    runCli(['scan', 'fixtures/policy/real-card', '--no-config', '--quiet', '--baseline-write', baseline]);
    const { code, log } = sarif(['fixtures/policy/real-card', '--fail-on', 'payment', '--baseline', baseline]);
    expect(code).toBe(0);
    expect(log.runs[0].results[0]).toMatchObject({ baselineState: 'unchanged', suppressions: [{ kind: 'external' }] });
  });

  it('points archive members at the archive and names the member', () => {
    const { log } = sarif(['fixtures/read/archive/bundle.zip']);
    const email = log.runs[0].results.find((r) => r.locations[0].logicalLocations[0].fullyQualifiedName === 'email')!;
    expect(email.locations[0].physicalLocation!.artifactLocation.uri).toBe('fixtures/read/archive/bundle.zip');
    expect(email.properties).toMatchObject({ archiveMember: 'exports/users.csv', lineKnown: false });
    expect(email.message.text).toContain('The field is in archive member "exports/users.csv".');
  });

  it('gives stdin findings a logical location only', () => {
    const { log } = sarif(['-'], 'email\nj.doe@gmail.com\nm.rossi@gmail.com\nk.tanaka@yahoo.co.jp\n');
    const [result] = log.runs[0].results;
    expect(result.locations[0].physicalLocation).toBeUndefined();
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('email');
  });
});
