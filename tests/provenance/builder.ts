// Builds synthetic FieldReport / FileFacts objects for provenance tests: only what a test
// says is set; everything else gets neutral defaults (all values present, all distinct).
import type { FieldReport, FileReport, Provenance, TypeMatch } from '../../src/report/schema.js';
import { judgeFile } from '../../src/provenance/index.js';
import type { FileFacts } from '../../src/provenance/types.js';

export interface TypeSpec {
  id: string;
  confidence?: number;
  matched?: number;
  checked?: number;
  testValues?: number;
  checksumFailures?: number;
  tags?: Record<string, number>;
}

export interface FieldSpec {
  count?: number;
  nonEmpty?: number;
  distinct?: number;
  /** [min, max]: the field is numeric. */
  numeric?: [number, number];
  booleans?: boolean;
  samples?: string[];
  types?: (string | TypeSpec)[];
}

export function typeMatch(spec: string | TypeSpec, nonEmpty: number): TypeMatch {
  const s = typeof spec === 'string' ? { id: spec } : spec;
  const category = s.id.slice(0, s.id.indexOf('.')) as TypeMatch['category'];
  const matched = s.matched ?? nonEmpty;
  return {
    id: s.id,
    category,
    confidence: s.confidence ?? 0.9,
    matched,
    checked: s.checked ?? Math.max(matched, nonEmpty),
    testValues: s.testValues ?? 0,
    checksumFailures: s.checksumFailures ?? 0,
    basis: ['name', 'value'],
    tags: s.tags ?? {},
  };
}

export function field(path: string, spec: FieldSpec = {}, records = 100): FieldReport {
  const count = spec.count ?? records;
  const nonEmpty = spec.nonEmpty ?? count;
  return {
    path,
    stats: {
      count,
      nonEmpty,
      empty: count - nonEmpty,
      distinct: spec.distinct ?? nonEmpty,
      minLength: 1,
      maxLength: 20,
      numeric: spec.numeric ? { count: nonEmpty, min: spec.numeric[0], max: spec.numeric[1] } : null,
      valueKinds: { string: spec.numeric || spec.booleans ? 0 : nonEmpty, number: spec.numeric ? nonEmpty : 0, boolean: spec.booleans ? nonEmpty : 0 },
      shapes: [],
    },
    samples: spec.samples ?? [],
    types: (spec.types ?? []).map((t) => typeMatch(t, nonEmpty)),
  };
}

export interface FileSpec {
  path?: string;
  format?: string;
  records?: number;
  distinctRecords?: number;
  tables?: FileFacts['tables'];
}

/** A file of fields given as bare paths or [path, spec] pairs. */
export function file(fields: (string | [string, FieldSpec] | FieldReport)[], spec: FileSpec = {}): FileFacts {
  const records = spec.records ?? 100;
  return {
    path: spec.path ?? 'sample.csv',
    format: spec.format ?? 'csv',
    records,
    fields: fields.map((f) => (typeof f === 'string' ? field(f, {}, records) : Array.isArray(f) ? field(f[0], f[1], records) : f)),
    ...(spec.tables ? { tables: spec.tables } : {}),
    ...(spec.distinctRecords !== undefined ? { distinctRecords: spec.distinctRecords } : {}),
  };
}

/** A judged FileReport (as the scan stage builds it), for judgeScan tests. */
export function report(facts: FileFacts): FileReport {
  const provenance: Provenance = judgeFile(facts, { now: () => NOW });
  return {
    path: facts.path,
    format: facts.format,
    formatReason: 'test',
    compression: 'none',
    encoding: 'utf-8',
    records: facts.records,
    bytes: 0,
    truncated: false,
    errors: [],
    warnings: [],
    ...(facts.tables ? { tables: facts.tables } : {}),
    provenance,
    fields: facts.fields,
  };
}

/** A fixed clock so impossible-date checks are deterministic. */
export const NOW = new Date('2025-06-01T00:00:00Z');

export function ids(p: Provenance): string[] {
  return p.signals.map((s) => s.id);
}
