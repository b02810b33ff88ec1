// What the SQL reader knows about each table: columns (from DDL, an INSERT column list, or
// positional), column type classes, structural facts and the row count. Field paths are
// `table.column`; the fields array of a (column list, arity) pair is built once and reused.
import type { TableInfo } from '../types.js';

/** Type class of a column, used to turn pg COPY text back into numbers/booleans. */
export type ColumnKind = 'int' | 'num' | 'bool' | 'bytes' | 'other';

export interface ColumnDef {
  name: string;
  kind: ColumnKind;
}

const KINDS: Record<string, ColumnKind> = {};
const INTEGER_TYPES = ['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint', 'int2', 'int4', 'int8'];
for (const t of [...INTEGER_TYPES, 'serial', 'smallserial', 'bigserial', 'serial2', 'serial4', 'serial8']) KINDS[t] = 'int';
for (const t of ['decimal', 'numeric', 'dec', 'fixed', 'real', 'float', 'double', 'float4', 'float8']) KINDS[t] = 'num';
for (const t of ['boolean', 'bool']) KINDS[t] = 'bool';
for (const t of ['bytea', 'blob', 'tinyblob', 'mediumblob', 'longblob', 'binary', 'varbinary']) KINDS[t] = 'bytes';

export function columnKind(typeWord: string | undefined): ColumnKind {
  return (typeWord && KINDS[typeWord.toLowerCase()]) || 'other';
}

// pg's `public`, SQLite's `main` and SQL Server's `dbo` say nothing: `public.users` → `users`.
// Any other schema is kept (`auth.users` and `public.users` are different tables).
const DEFAULT_SCHEMAS = new Set(['public', 'main', 'dbo']);

export function tableName(parts: readonly string[]): string {
  if (parts.length >= 2 && DEFAULT_SCHEMAS.has(parts[parts.length - 2].toLowerCase())) return parts[parts.length - 1];
  return parts.slice(-2).join('.');
}

export class Table {
  columns: string[] = [];
  kinds: ColumnKind[] = [];
  records = 0;
  readonly facts = new Set<string>();
  private readonly fieldsCache = new Map<string, string[]>();

  constructor(readonly name: string) {}

  /** Columns from CREATE TABLE: they replace whatever was guessed before. */
  define(columns: readonly ColumnDef[]): void {
    this.columns = columns.map((c) => c.name);
    this.kinds = columns.map((c) => c.kind);
    this.fieldsCache.clear();
  }

  /** Columns named by an INSERT column list, for a table without DDL. */
  noteColumns(names: readonly string[]): void {
    const known = new Set(this.columns);
    for (const name of names) {
      if (known.has(name)) continue;
      known.add(name);
      this.columns.push(name);
      this.kinds.push('other');
      this.fieldsCache.clear();
    }
  }

  /** No DDL and no column list: the first row's arity names the columns column_1…N. */
  positional(arity: number): void {
    if (this.columns.length > 0) return;
    for (let i = 0; i < arity; i++) {
      this.columns.push(`column_${i + 1}`);
      this.kinds.push('other');
    }
  }

  kindOf(column: string): ColumnKind {
    const i = this.columns.indexOf(column);
    return i < 0 ? 'other' : this.kinds[i];
  }

  /** Field paths for a row of `arity` values under column list `cols` (extra values get column_N). */
  fields(cols: readonly string[], arity: number): string[] {
    const key = `${cols === this.columns ? '' : cols.join('\u0000')}#${arity}`;
    let f = this.fieldsCache.get(key);
    if (!f) {
      f = [];
      for (let i = 0; i < arity; i++) f.push(`${this.name}.${i < cols.length ? cols[i] : `column_${i + 1}`}`);
      this.fieldsCache.set(key, f);
    }
    return f;
  }

  info(): TableInfo {
    return { name: this.name, records: this.records, columns: [...this.columns], facts: [...this.facts] };
  }
}

export class TableRegistry {
  private readonly byKey = new Map<string, Table>();

  /** The table for a (possibly schema-qualified) name; names match case-insensitively. */
  get(parts: readonly string[]): Table {
    const name = tableName(parts);
    const key = name.toLowerCase();
    let t = this.byKey.get(key);
    if (!t) {
      t = new Table(name);
      this.byKey.set(key, t);
    }
    return t;
  }

  infos(): TableInfo[] {
    return [...this.byKey.values()].map((t) => t.info());
  }
}
