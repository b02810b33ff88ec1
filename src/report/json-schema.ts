// JSON Schema of the report, generated from the zod schema so the two can never disagree.
import { z } from 'zod';
import { ReportSchema, SCHEMA_VERSION } from './schema.js';

export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: `https://leaksift.invalid/schema/report-v${SCHEMA_VERSION}.json`,
    title: `leaksift report (schemaVersion ${SCHEMA_VERSION})`,
    ...schema,
  };
}
