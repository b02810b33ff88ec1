import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8'));

describe('schema/config.schema.json', () => {
  it('is generated from the zod schema and up to date (run `npm run schema:config` when this fails)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });

  it('accepts the README example and refuses unknown options', () => {
    const validate = new Ajv2020.default({ strict: false }).compile(committed);
    const example = {
      $schema: './node_modules/leaksift/schema/config.schema.json',
      failOn: ['payment', 'contact', 'credential', 'government_id'],
      allow: { values: ['ops@corp.example'], fields: [{ file: 'seed/*.csv', field: 'support_email' }] },
      detectors: [{ id: 'custom.employee_id', names: ['employee id'], valuePattern: 'EMP-\\d{6}', confidence: 0.9 }],
    };
    expect(validate(example)).toBe(true);
    expect(validate({ failOn: ['payment'], formt: 'json' })).toBe(false);
  });
});
