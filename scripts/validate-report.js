#!/usr/bin/env node
// Validates a report file against schema/report.schema.json (JSON Schema draft 2020-12) with
// ajv, and against the zod schema itself. Exit 1 with the errors when it does not conform.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ReportSchema } from '../dist/report/schema.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: validate-report.js <report.json>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(report)) {
  console.error(`${file}: does not match schema/report.schema.json`);
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
const parsed = ReportSchema.safeParse(report);
if (!parsed.success) {
  console.error(`${file}: does not match the zod schema`);
  console.error(parsed.error.message);
  process.exit(1);
}
console.log(`${file}: valid report (schemaVersion ${report.schemaVersion}, ${report.files.length} files)`);
