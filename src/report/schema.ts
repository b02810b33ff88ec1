// The report contract: defined once here; the JSON output is exactly this object and
// schema/report.schema.json is generated from it (scripts/write-schema.js).
import { z } from 'zod';

/** Bump on any breaking change to the shape below. */
export const SCHEMA_VERSION = 1;

export const CATEGORIES = [
  'payment',
  'marketing',
  'user_stats',
  'identity',
  'contact',
  'credential',
  'device',
  'network',
  'location',
  'government_id',
  'internal_meta',
  'temporal',
  'content',
  'custom',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const VerdictSchema = z.enum(['public', 'internal', 'mixed', 'inconclusive']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const SignalSchema = z.object({
  id: z.string(),
  description: z.string(),
  direction: z.enum(['public', 'internal']),
  /** Contribution to the log-odds sum after group capping (positive = towards internal). */
  weight: z.number(),
  group: z.string(),
  fields: z.array(z.string()),
  evidence: z.string(),
});
export type Signal = z.infer<typeof SignalSchema>;

export const OriginHintSchema = z.object({
  id: z.string(),
  confidence: z.number().min(0).max(1),
  evidence: z.string(),
});

export const AuthenticitySchema = z.object({
  testDataShare: z.number().min(0).max(1),
  checksumFailureShare: z.number().min(0).max(1),
  duplicateShare: z.number().min(0).max(1),
  notes: z.array(z.string()),
});

export const ProvenanceSchema = z.object({
  verdict: VerdictSchema,
  internalScore: z.number().min(0).max(1),
  confidence: z.number().min(0).max(1),
  signals: z.array(SignalSchema),
  origin: z.array(OriginHintSchema),
  authenticity: AuthenticitySchema,
  recommendedChecks: z.array(z.string()),
  /**
   * Sampled scans only: the range internalScore takes when every match share moves to either
   * end of its 95% interval (a sensitivity range, not a posterior).
   */
  internalScoreInterval: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const TypeMatchSchema = z.object({
  id: z.string(),
  category: CategorySchema,
  confidence: z.number().min(0).max(1),
  /** Non-empty values that matched the value test (0 for name-only detectors). */
  matched: z.number().int().nonnegative(),
  /** Non-empty values the value test looked at (a record sample on large files unless options.classifyAll). */
  checked: z.number().int().nonnegative(),
  /** Matches that are recognised test/placeholder values (e.g. 4111 1111 1111 1111, user@example.com). */
  testValues: z.number().int().nonnegative(),
  /** Values shaped like this type whose checksum failed (Luhn, mod-97, check digits). */
  checksumFailures: z.number().int().nonnegative(),
  basis: z.array(z.enum(['name', 'value'])),
  /** Sub-kinds seen among matches, e.g. card brands or IP classes: { visa: 12, private: 3 }. */
  tags: z.record(z.string(), z.number().int().nonnegative()),
  /** Sampled scans only: 95% Wilson interval of the match share matched/checked in the whole file. */
  shareInterval: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
});
export type TypeMatch = z.infer<typeof TypeMatchSchema>;

export const FieldStatsSchema = z.object({
  count: z.number().int().nonnegative(),
  nonEmpty: z.number().int().nonnegative(),
  empty: z.number().int().nonnegative(),
  /** HyperLogLog estimate of distinct non-empty values. */
  distinct: z.number().int().nonnegative(),
  minLength: z.number().int().nonnegative().nullable(),
  maxLength: z.number().int().nonnegative().nullable(),
  numeric: z
    .object({ count: z.number().int().nonnegative(), min: z.number(), max: z.number() })
    .nullable(),
  valueKinds: z.object({
    string: z.number().int().nonnegative(),
    number: z.number().int().nonnegative(),
    boolean: z.number().int().nonnegative(),
  }),
  /** Top value shapes; counts are exact for the first 4096 non-empty values, then estimated from one in 64 chosen by value hash. */
  shapes: z.array(z.object({ shape: z.string(), count: z.number().int().nonnegative() })),
});
export type FieldStats = z.infer<typeof FieldStatsSchema>;

export const FieldReportSchema = z.object({
  path: z.string(),
  stats: FieldStatsSchema,
  /** Up to 5 sample values, masked unless the scan ran with --show-values. */
  samples: z.array(z.string()),
  types: z.array(TypeMatchSchema),
});
export type FieldReport = z.infer<typeof FieldReportSchema>;

export const ProblemSchema = z.object({
  message: z.string(),
  line: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
  /** How many times this warning occurred (only the first lines are listed). */
  count: z.number().int().positive().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const TableSchema = z.object({
  name: z.string(),
  records: z.number().int().nonnegative(),
  columns: z.array(z.string()),
  facts: z.array(z.string()),
  /** Verdict for this table alone (dumps with two or more tables). */
  provenance: ProvenanceSchema.optional(),
});

export const FileReportSchema = z.object({
  path: z.string(),
  format: z.string(),
  /** Why the format was chosen (content sniffing, not the extension alone). */
  formatReason: z.string(),
  compression: z.enum(['none', 'gzip']),
  encoding: z.string(),
  delimiter: z.string().optional(),
  header: z.boolean().optional(),
  records: z.number().int().nonnegative(),
  /** Bytes read (compressed size for gzip; for an archive member, its bytes inside the archive). */
  bytes: z.number().int().nonnegative(),
  /** True when --max-records or --max-bytes stopped reading early. */
  truncated: z.boolean(),
  errors: z.array(ProblemSchema),
  warnings: z.array(ProblemSchema),
  tables: z.array(TableSchema).optional(),
  /** Present when --sample was used: how the records profiled were chosen. */
  sampling: z
    .object({
      method: z.enum(['fraction', 'reservoir']),
      requested: z.string(),
      seed: z.number().int(),
      recordsSeen: z.number().int().nonnegative(),
      recordsSampled: z.number().int().nonnegative(),
    })
    .optional(),
  provenance: ProvenanceSchema,
  fields: z.array(FieldReportSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;

/** One field whose type falls under --fail-on and holds values that count against the gate. */
export const PolicyFindingSchema = z.object({
  file: z.string(),
  field: z.string(),
  type: z.string(),
  category: CategorySchema,
  confidence: z.number().min(0).max(1),
  /**
   * Values that count: matches that are not recognised test values (all matches with
   * --count-test-values; never allowlisted ones), or, for name-led types no value test can
   * check, every non-empty value of the field.
   */
  values: z.number().int().nonnegative(),
  /** Matches that are recognised test/placeholder or allowlisted values. */
  testValues: z.number().int().nonnegative(),
  /** 'values': counted from value matches; 'name': a name-led type, counted from the field's non-empty values. */
  basis: z.enum(['values', 'name']),
  /** Listed in the baseline with the same value digest: does not trip the gate. */
  baselined: z.boolean(),
});
export type PolicyFinding = z.infer<typeof PolicyFindingSchema>;

/** The CI policy gate's result (present when the scan ran with --fail-on or a config failOn). */
export const PolicySchema = z.object({
  failOn: z.array(z.string()),
  minConfidence: z.number().min(0).max(1),
  countTestValues: z.boolean(),
  /** Baseline file used, as given, or null. */
  baseline: z.string().nullable(),
  /** True when at least one finding is not baselined: the scan exits 1. */
  tripped: z.boolean(),
  findings: z.array(PolicyFindingSchema),
  /** Fields of the --fail-on kinds whose matches were all test, placeholder or allowlisted values. */
  testOnlyFields: z.number().int().nonnegative(),
  /** Findings dropped because their field is allowlisted in the config. */
  allowlistedFields: z.number().int().nonnegative(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('leaksift'), version: z.string() }),
  generatedAt: z.string(),
  inputs: z.array(z.string()),
  options: z.object({
    showValues: z.boolean(),
    /**
     * True: the detectors saw every value (--classify-all, or a policy gate). Absent or false:
     * each field's first 4,096 values, then the values of a fixed 1-in-8 sample of records, so
     * `checked` can be smaller than `nonEmpty` on large files.
     */
    classifyAll: z.boolean().optional(),
    maxRecords: z.number().int().positive().nullable(),
    include: z.array(z.string()),
    exclude: z.array(z.string()),
  }),
  summary: z.object({
    files: z.number().int().nonnegative(),
    records: z.number().int().nonnegative(),
    /** Bytes read from the inputs themselves (archive members are not counted again). */
    bytes: z.number().int().nonnegative(),
    fields: z.number().int().nonnegative(),
    /** Count of fields per category of their top type; unclassified fields are not counted. */
    fieldsByCategory: z.record(z.string(), z.number().int().nonnegative()),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    /** Files that could not be read at all, or only in part, with the first reason. */
    unreadable: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
  provenance: ProvenanceSchema,
  /** Present only when a policy gate ran (optional, so schemaVersion stays 1). */
  policy: PolicySchema.optional(),
  files: z.array(FileReportSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** The one line per file that `--format ndjson` streams, then a summary line. */
export const NdjsonFileLineSchema = z.object({ type: z.literal('file'), file: FileReportSchema });
export const NdjsonSummaryLineSchema = ReportSchema.omit({ files: true }).extend({ type: z.literal('summary') });
