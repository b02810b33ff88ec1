// Hand-made reports for the HTML renderer tests, validated by the real schema, with the
// provenance decided by the real scoring model so the waterfall can be checked against it.
import { decide } from '../../src/provenance/score.js';
import { ReportSchema, type FieldReport, type Report, type Signal } from '../../src/report/schema.js';

export const SIGNALS: Signal[] = [
  { id: 'password-hashes', description: 'Password hashes or passwords', direction: 'internal', weight: 1.25, group: 'credentials', fields: ['password_hash'], evidence: 'password columns `password_hash`' },
  { id: 'admin-flags', description: 'Admin, role and account-state flags', direction: 'internal', weight: 0.6, group: 'account-admin', fields: ['is_admin'], evidence: 'account flags `is_admin`' },
  { id: 'public-catalogue', description: 'Fields match public platform catalogues', direction: 'public', weight: -1.1, group: 'catalogue', fields: ['uniqueId', 'nickname'], evidence: '2 of 6 fields are public platform fields' },
  { id: 'api-envelope', description: 'Platform API response envelope', direction: 'public', weight: -0.4, group: 'delivery', fields: ['statusCode'], evidence: 'API envelope keys at the root' },
  { id: 'audit-timestamps', description: 'Row audit timestamps', direction: 'internal', weight: 0.5, group: 'account-admin', fields: ['created_at'], evidence: 'audit timestamps `created_at`' },
];

export function field(path: string, samples: string[], type?: { id: string; category: FieldReport['types'][number]['category'] }): FieldReport {
  return {
    path,
    stats: {
      count: 10, nonEmpty: 8, empty: 2, distinct: 7, minLength: 3, maxLength: 12, numeric: null,
      valueKinds: { string: 8, number: 0, boolean: 0 },
      shapes: [{ shape: 'aaaa99', count: 6 }, { shape: 'aaa', count: 2 }],
    },
    samples,
    types: type ? [{ ...type, confidence: 0.9, matched: 8, checked: 8, testValues: 0, checksumFailures: 0, basis: ['name', 'value'], tags: {} }] : [],
  };
}

export interface FixtureOptions {
  signals?: Signal[];
  fields?: FieldReport[];
  path?: string;
  showValues?: boolean;
  maxRecords?: number | null;
  truncated?: boolean;
}

export function makeReport(o: FixtureOptions = {}): Report {
  const signals = o.signals ?? SIGNALS;
  const decision = decide(signals, 0.6, 10);
  const provenance = {
    ...decision,
    signals,
    origin: [{ id: 'database-dump', confidence: 0.7, evidence: 'users table with password hashes' }],
    authenticity: { testDataShare: 0.1, checksumFailureShare: 0, duplicateShare: 0.02, notes: ['1 of 10 recognised sensitive values are test/placeholder values'] },
    recommendedChecks: ['Ask the suspected owner whether the table and column names match their schema.'],
  };
  const fields = o.fields ?? [
    field('email', ['a***@example.com'], { id: 'contact.email', category: 'contact' }),
    field('password_hash', ['$2b$…[60 chars]'], { id: 'credential.password_hash', category: 'credential' }),
    field('nickname', ['O**a']),
  ];
  const path = o.path ?? 'users.csv';
  return ReportSchema.parse({
    schemaVersion: 1,
    tool: { name: 'leaksift', version: '0.1.0-test' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    inputs: [path],
    options: { showValues: o.showValues ?? false, maxRecords: o.maxRecords ?? null, include: [], exclude: [] },
    summary: {
      files: 1, records: 10, bytes: 1234, fields: fields.length,
      fieldsByCategory: Object.fromEntries(fields.filter((f) => f.types[0]).map((f) => [f.types[0].category, 1])),
      errors: 0, warnings: 1, unreadable: [],
    },
    provenance,
    files: [
      {
        path, format: 'csv', formatReason: 'header and delimiter sniffed', compression: 'none', encoding: 'utf-8', delimiter: ',', header: true,
        records: 10, bytes: 1234, truncated: o.truncated ?? false, errors: [], warnings: [{ message: 'ragged row', line: 4, count: 2 }],
        provenance, fields,
      },
    ],
  });
}
