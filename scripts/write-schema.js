#!/usr/bin/env node
// Writes schema/report.schema.json from the zod report schema (the one source of truth).
// tests/report/schema.test.ts fails when the committed file is stale.
import { writeFileSync, mkdirSync } from 'node:fs';
import { reportJsonSchema } from '../dist/report/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/report.schema.json', import.meta.url), JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log('wrote schema/report.schema.json');
