import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/report/json-schema.js';

describe('schema/report.schema.json', () => {
  it('is generated from the zod schema and up to date (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});
