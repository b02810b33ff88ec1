// JSON Schema of the config file, generated from its zod schema (editors use it through
// "$schema"); scripts/write-config-schema.js writes it to schema/config.schema.json.
import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'https://leaksift.invalid/schema/config-v1.json', title: 'leaksift config (leaksift.config.json, .leaksiftrc.json)', ...schema };
}
