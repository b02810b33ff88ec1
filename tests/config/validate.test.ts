import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { validateConfig, type ConfigCheck } from '../../src/config/validate.js';
import { SIGNAL_IDS } from '../../src/provenance/index.js';

const ctx = { builtinDetectorIds: DETECTORS.map((d) => d.id), signalIds: SIGNAL_IDS };

function errors(raw: unknown): string[] {
  const r: ConfigCheck = validateConfig(raw, ctx);
  return r.ok ? [] : r.errors;
}

describe('validateConfig', () => {
  it('accepts a full config', () => {
    const r = validateConfig(
      {
        $schema: './schema/config.schema.json',
        format: 'sarif',
        maxRecords: 1000,
        include: ['*.csv'],
        failOn: ['payment', 'contact.email', 'custom.employee_id'],
        countTestValues: false,
        minConfidence: 0.6,
        baseline: '.leaksift-baseline.json',
        allow: { values: ['ops@corp.example'], valuePatterns: ['.*@corp\\.test'], files: ['*.md'], fields: ['notes', { file: 'seed/*.csv', field: 'contact.*' }] },
        detectors: [{ id: 'custom.employee_id', category: 'custom', names: ['employee id'], valuePattern: 'EMP-\\d{6}', examples: ['EMP-123456'] }],
        provenanceWeights: { [SIGNAL_IDS[0]]: 0 },
      },
      ctx,
    );
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('names an unknown failOn category by its index, one line each', () => {
    expect(errors({ failOn: ['payment', 'contact', 'pament', 'payment.crad_number'] })).toEqual([
      'failOn[2]: unknown category "pament" (did you mean "payment"?)',
      'failOn[3]: unknown detector id "payment.crad_number" (did you mean "payment.card_number"?)',
    ]);
  });

  it('accepts custom detector ids in failOn', () => {
    expect(errors({ failOn: ['custom.staff_no'], detectors: [{ id: 'custom.staff_no', names: ['staff_no'] }] })).toEqual([]);
  });

  it('reports unknown keys with a suggestion, and wrong types with what was found', () => {
    expect(errors({ formt: 'json', maxRecords: '10', detectors: [{ id: 'custom.x', nmaes: ['x'] }] })).toEqual([
      'maxRecords: expected a number, got the string "10"',
      'detectors[0].nmaes: unknown option (did you mean "names"?)',
      'formt: unknown option (did you mean "format"?)',
    ]);
  });

  it('explains enum, range and empty-string problems', () => {
    expect(errors({ format: 'xml', minConfidence: 2, include: [''] })).toEqual([
      'format: must be one of "text", "json", "ndjson", "html", "sarif", "markdown", got the string "xml"',
      'include[0]: must not be empty',
      'minConfidence: must be at most 1',
    ]);
  });

  it('checks custom detectors: id shape, category, collisions, patterns, examples', () => {
    const detectors = [
      { id: 'Employee', valuePattern: 'x' },
      { id: 'hr.employee_id', names: ['employee id'] },
      { id: 'custom.badge', category: 'identity', names: ['badge'] },
      { id: 'contact.email', valuePattern: '.+@.+' },
      { id: 'custom.a', valuePattern: '(\\d+)+' },
      { id: 'custom.b', valuePattern: 'a(b' },
      { id: 'custom.c', valuePattern: '\\d{4}', validator: 'luhn', examples: ['1234', 'abcd', '4242'] },
      { id: 'custom.d', confidence: 0.9 },
      { id: 'custom.c', names: ['c'] },
    ];
    // With a malformed id in the list, that is the only error reported …
    expect(errors({ detectors })).toEqual([
      'detectors[0].id: must look like "category.name" (lower case, digits, underscores)',
    ]);
    // … without it, every later check speaks.
    expect(errors({ detectors: detectors.slice(1) })).toEqual([
      'detectors[0].id: "hr" is not a category (use one of payment, marketing, user_stats, identity, contact, credential, device, network, location, government_id, internal_meta, temporal, content, custom, e.g. "custom.employee_id")',
      'detectors[1].id: must start with "identity." to match category "identity"',
      'detectors[2].id: "contact.email" is a built-in detector id',
      'detectors[3].valuePattern: nested quantifier "(\\d+)+" can backtrack catastrophically: a group that contains * or + may repeat at most 4 times',
      expect.stringMatching(/^detectors\[4\]\.valuePattern: invalid regular expression: /),
      'detectors[5].examples[0]: "1234" fails the luhn check',
      'detectors[5].examples[1]: "abcd" does not match valuePattern',
      'detectors[6]: needs "names", "valuePattern" or both',
      'detectors[6].confidence: applies to valuePattern, which is missing',
      'detectors[7].id: "custom.c" is already defined by detectors[5]',
    ]);
  });

  it('checks allowlist patterns and provenance signal ids', () => {
    expect(errors({ allow: { valuePatterns: ['ok', '(x*)*'] }, provenanceWeights: { 'sql-dumps': 1 } })).toEqual([
      'allow.valuePatterns[1]: nested quantifier "(x*)*" can backtrack catastrophically: a group that contains * or + may repeat at most 4 times',
      'provenanceWeights["sql-dumps"]: unknown provenance signal (did you mean "sql-dump"?)',
    ]);
  });

  it('refuses a top level that is not an object', () => {
    expect(errors([1, 2])).toEqual(['(top level): expected an object, got an array']);
  });
});
