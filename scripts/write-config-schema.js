#!/usr/bin/env node
// Writes schema/config.schema.json from the zod config schema (src/config/schema.ts).
// tests/config/json-schema.test.ts fails when the committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/config/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log('wrote schema/config.schema.json');
