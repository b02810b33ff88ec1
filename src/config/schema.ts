// The config file (leaksift.config.json / .leaksiftrc.json): one zod schema, from which
// schema/config.schema.json is generated (scripts/write-config-schema.js). Checks that need
// the detector list (failOn entries, custom detector ids, patterns) live in validate.ts.
import { z } from 'zod';
import type { MaskStyle } from '../classify/detector.js';
import { MAX_VALUE_LENGTH } from '../classify/features.js';
import { CATEGORIES } from '../report/schema.js';

export const OUTPUT_FORMATS = ['text', 'json', 'ndjson', 'html', 'sarif', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const MASK_STYLES = ['email', 'card', 'digits', 'phone', 'ip', 'secret', 'generic', 'none'] as const satisfies readonly MaskStyle[];

export const CUSTOM_VALIDATORS = ['luhn', 'mod97', 'none'] as const;

/** Custom detectors look at values up to this length unless they say otherwise. */
export const DEFAULT_CUSTOM_MAX_LENGTH = 256;
/** Value weight of a custom detector's pattern when the config gives no confidence. */
export const DEFAULT_CUSTOM_CONFIDENCE = 0.8;

export const CustomDetectorSpecSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]*\.[a-z0-9_]+$/, 'must look like "category.name" (lower case, digits, underscores)')
      .describe('Type id in the report, "category.name"; its first segment must be one of the categories.'),
    category: z.enum(CATEGORIES).optional().describe('Category; defaults to the id\'s first segment and must agree with it.'),
    description: z.string().min(1).optional().describe('Shown in `leaksift detectors` and as the SARIF rule description.'),
    names: z
      .array(z.string().min(1))
      .optional()
      .describe('Field names or word sequences that name this type ("employee_id", "staff number"); matched on word tokens like the built-in hints.'),
    valuePattern: z
      .string()
      .min(1)
      .optional()
      .describe('Regular expression (JavaScript syntax) that must match the whole value; nested quantifiers such as (a+)+ are refused.'),
    ignoreCase: z.boolean().optional().describe('Match valuePattern case-insensitively.'),
    validator: z.enum(CUSTOM_VALIDATORS).optional().describe('Checksum applied after the pattern matches: luhn (digits, spaces and dashes ignored) or mod97 (IBAN-style).'),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(`How much a column of pattern matches counts without name evidence (default ${DEFAULT_CUSTOM_CONFIDENCE}); needs valuePattern.`),
    maxLength: z
      .number()
      .int()
      .min(1)
      .max(MAX_VALUE_LENGTH)
      .optional()
      .describe(`Longer values are not tested (default ${DEFAULT_CUSTOM_MAX_LENGTH}); bounds the pattern's cost.`),
    mask: z.enum(MASK_STYLES).optional().describe('How samples of this type are masked (default generic).'),
    testValues: z.array(z.string()).optional().describe('Values that are placeholders of this type (not counted by the policy gate).'),
    examples: z.array(z.string()).optional().describe('Values the pattern must accept; checked when the config loads and shown by `leaksift detectors`.'),
  })
  .describe('A detector defined in the config file, used like the built-in ones.');
export type CustomDetectorSpec = z.infer<typeof CustomDetectorSpecSchema>;

export const FieldAllowSchema = z.union([
  z.string().min(1).describe('Field path in any file; * matches any run of characters.'),
  z.strictObject({
    file: z.string().min(1).describe('Glob for the file path as shown in the report.'),
    field: z.string().min(1).describe('Field path; * matches any run of characters.'),
  }),
]);
export type FieldAllow = z.infer<typeof FieldAllowSchema>;

export const AllowlistSchema = z
  .strictObject({
    values: z.array(z.string()).optional().describe('Exact values treated as placeholders: never counted by the policy gate.'),
    valuePatterns: z.array(z.string().min(1)).optional().describe('Regular expressions matching whole values treated as placeholders.'),
    files: z.array(z.string().min(1)).optional().describe('Globs of files not scanned at all (added to exclude).'),
    fields: z.array(FieldAllowSchema).optional().describe('Fields whose findings never trip the policy gate.'),
  })
  .describe('What the policy gate ignores.');
export type Allowlist = z.infer<typeof AllowlistSchema>;

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    format: z.enum(OUTPUT_FORMATS).optional().describe('Output format (--format).'),
    output: z.string().min(1).optional().describe('Write the report to this file (--output); relative to the config file.'),
    maxRecords: z.number().int().positive().optional().describe('Stop reading each file after this many records (--max-records).'),
    jobs: z.number().int().min(1).max(256).optional().describe('Threads over files and byte ranges of large CSV/NDJSON files (--jobs).'),
    maxBytes: z
      .union([z.string().min(1), z.number().int().positive()])
      .optional()
      .describe('Stop reading each file after this many bytes: a number or a size such as "500M" (--max-bytes).'),
    maxArchiveBytes: z
      .union([z.string().min(1), z.number().int().positive()])
      .optional()
      .describe('Stop reading an archive after this much uncompressed data (--max-archive-bytes).'),
    sample: z
      .union([z.string().min(1), z.number().int().positive()])
      .optional()
      .describe('Profile a seeded sample of each file: a record count or a share such as "5%" (--sample).'),
    seed: z.number().int().nonnegative().optional().describe('Seed for sample (--seed).'),
    include: z.array(z.string().min(1)).optional().describe('Only scan files matching these globs (--include).'),
    exclude: z.array(z.string().min(1)).optional().describe('Skip files matching these globs (--exclude).'),
    showValues: z.boolean().optional().describe('Unmasked samples in text and JSON reports (--show-values).'),
    classifyAll: z
      .boolean()
      .optional()
      .describe('Run the detectors on every value, not each field\'s first 4,096 and then 1 record in 8 (--classify-all; always on with failOn or a baseline).'),
    color: z.boolean().optional().describe('Colours in the text report (false = --no-color).'),
    quiet: z.boolean().optional().describe('No progress or notes on stderr (--quiet).'),
    failOn: z
      .array(z.string().min(1))
      .optional()
      .describe('Categories and/or type ids that trip the policy gate (--fail-on), e.g. ["payment", "contact.email"].'),
    countTestValues: z.boolean().optional().describe('Recognised test values trip the gate too (--count-test-values).'),
    minConfidence: z.number().min(0).max(1).optional().describe('Types below this confidence never trip the gate (--min-confidence, default 0.5).'),
    baseline: z.string().min(1).optional().describe('Baseline file whose findings do not trip the gate (--baseline); relative to the config file.'),
    allow: AllowlistSchema.optional(),
    detectors: z.array(CustomDetectorSpecSchema).optional().describe('Custom detectors, appended to the built-in ones.'),
    provenanceWeights: z
      .record(z.string(), z.number().min(0))
      .optional()
      .describe('Base weight (nats, ≥ 0) per provenance signal id, replacing the default; 0 disables a signal.'),
  })
  .describe('leaksift configuration (leaksift.config.json or .leaksiftrc.json). Command-line flags override it.');
export type Config = z.infer<typeof ConfigSchema>;
