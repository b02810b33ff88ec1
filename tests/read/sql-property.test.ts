// Round trip: generated tables → written as a dumper would (mysqldump extended INSERTs, pg_dump
// COPY, pg_dump --inserts, SQLite .dump) → readSql, in random chunks, gives back the same values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSql } from '../../src/read/sql/reader.js';
import type { Scalar } from '../../src/read/types.js';
import { readAll } from '../helpers/read-all.js';

type ColType = 'text' | 'integer' | 'numeric';
interface Table {
  types: ColType[];
  rows: Scalar[][];
}

const awkward = fc.constantFrom("'", "''", '\\', '\\N', '\\.', '\n', '\r', '\r\n', '\t', '\0', '"', '`', '\x1a', ';', '--', '/*', '*/', '#', '$$', ',', '(', ')', 'é', '☃', '😀', '\ufeff');
const text = fc.string({ unit: fc.oneof(awkward, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
const integer = fc.integer({ min: -2147483648, max: 2147483647 });
// Up to 12 significant digits: what a DECIMAL column holds and a double represents exactly as text.
const decimal = fc.integer({ min: -99999999999, max: 99999999999 }).map((n) => n / 100);

const valueOf = (t: ColType): fc.Arbitrary<Scalar> =>
  fc.option<Scalar, null>(t === 'text' ? text : t === 'integer' ? integer : decimal, { nil: null, freq: 5 });

const tableArb: fc.Arbitrary<Table> = fc
  .array(fc.constantFrom<ColType>('text', 'integer', 'numeric'), { minLength: 1, maxLength: 6 })
  .chain((types) => fc.record({ types: fc.constant(types), rows: fc.array(fc.tuple(...types.map(valueOf)), { minLength: 1, maxLength: 8 }) }));

const cols = (t: Table) => t.types.map((_, i) => `c${i + 1}`);
const ddl = (t: Table, name: string, quote: (s: string) => string) =>
  `CREATE TABLE ${name} (\n${cols(t).map((c, i) => `  ${quote(c)} ${t.types[i]}`).join(',\n')}\n);\n`;

function mysqlString(s: string): string {
  return `'${s.replace(/[\0\n\r\\'"\x1a]/g, (c) => ({ '\0': '\\0', '\n': '\\n', '\r': '\\r', '\\': '\\\\', "'": "\\'", '"': '\\"', '\x1a': '\\Z' })[c]!)}'`;
}
const standardString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const literal = (v: Scalar, str: (s: string) => string) => (v === null ? 'NULL' : typeof v === 'string' ? str(v) : String(v));

function mysqldump(t: Table): string {
  const tuples = t.rows.map((r) => `(${r.map((v) => literal(v, mysqlString)).join(',')})`).join(',');
  return `-- MySQL dump 10.13\n/*!40101 SET NAMES utf8mb4 */;\n${ddl(t, '`t`', (c) => `\`${c}\``)}INSERT INTO \`t\` VALUES ${tuples};\n`;
}

function copyField(v: Scalar): string {
  if (v === null) return '\\N';
  return String(v).replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

function pgCopy(t: Table): string {
  const lines = t.rows.map((r) => `${r.map(copyField).join('\t')}\n`).join('');
  return `--\n-- PostgreSQL database dump\n--\nSET standard_conforming_strings = on;\n${ddl(t, 'public.t', (c) => c)}\nCOPY public.t (${cols(t).join(', ')}) FROM stdin;\n${lines}\\.\n\n`;
}

function pgInserts(t: Table): string {
  const inserts = t.rows.map((r) => `INSERT INTO public.t VALUES (${r.map((v) => literal(v, standardString)).join(', ')});\n`).join('');
  return `SET standard_conforming_strings = on;\n${ddl(t, 'public.t', (c) => c)}${inserts}`;
}

function sqliteDump(t: Table): string {
  const inserts = t.rows.map((r) => `INSERT INTO "t" VALUES(${r.map((v) => literal(v, standardString)).join(',')});\n`).join('');
  return `PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n${ddl(t, 't', (c) => `"${c}"`)}${inserts}COMMIT;\n`;
}

/** SSMS "Generate Scripts": GO batches, [names], N'…' strings, decimals as CAST; some INSERTs without GO between. */
function sqlServerScript(t: Table): string {
  const names = cols(t).map((c) => `[${c}]`).join(', ');
  const types = { text: '[nvarchar](max)', integer: '[int]', numeric: '[decimal](18, 2)' };
  const value = (v: Scalar, type: ColType) =>
    v === null ? 'NULL' : typeof v === 'string' ? `N'${v.replace(/'/g, "''")}'` : type === 'numeric' ? `CAST(${v} AS Decimal(18, 2))` : String(v);
  const inserts = t.rows
    .map((r, k) => `INSERT [dbo].[t] (${names}) VALUES (${r.map((v, i) => value(v, t.types[i])).join(', ')})\n${k % 2 === 0 ? 'GO\n' : ''}`)
    .join('');
  const ddlCols = cols(t).map((c, i) => `\t[${c}] ${types[t.types[i]]} NULL`).join(',\n');
  return `USE [db]\nGO\nSET ANSI_NULLS ON\nGO\nCREATE TABLE [dbo].[t](\n${ddlCols}\n) ON [PRIMARY]\nGO\n${inserts}GO\n`;
}

const writers = { mysqldump, pgCopy, pgInserts, sqliteDump, sqlServerScript };
const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 });

describe('readSql round trip (property)', () => {
  for (const [name, write] of Object.entries(writers)) {
    it(`${name}: every value comes back, whatever the chunking`, async () => {
      await fc.assert(
        fc.asyncProperty(tableArb, chunkSizes, async (t, sizes) => {
          const r = await readAll(readSql, write(t), sizes);
          expect(r.error).toBeUndefined();
          expect(r.warnings).toEqual([]);
          const expected = t.rows.map((row) => Object.fromEntries(row.map((v, i) => [`t.c${i + 1}`, v])));
          expect(r.records).toEqual(expected);
          expect(r.tables).toEqual([{ name: 't', records: t.rows.length, columns: cols(t), facts: [] }]);
        }),
        { numRuns: 150 },
      );
    });
  }
});
