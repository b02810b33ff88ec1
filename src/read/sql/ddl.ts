// Schema statements (small, so parsed from a buffered token list): CREATE TABLE columns and
// constraints, CREATE INDEX, ALTER TABLE … ADD/MODIFY, ALTER SEQUENCE … OWNED BY, and the
// `COPY t (cols) FROM stdin` header. They feed table columns and the facts provenance uses.
import { columnKind, tableName, type ColumnDef, type Table, type TableRegistry } from './tables.js';
import { T_DQUOTE, T_NUMBER, T_PUNCT, T_QIDENT, T_STRING, T_WORD } from './tokens.js';

export interface Tok {
  k: number;
  t: string;
}

const CONSTRAINT_WORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FOREIGN', 'FULLTEXT', 'SPATIAL', 'CHECK', 'EXCLUDE']);
const SERIAL_TYPES = new Set(['serial', 'smallserial', 'bigserial', 'serial2', 'serial4', 'serial8']);

class Cursor {
  constructor(
    readonly toks: readonly Tok[],
    public p = 0,
    readonly end = toks.length,
  ) {}

  /** Upper-cased bare word at `q`, or ''. */
  wordAt(q: number): string {
    return q < this.end && this.toks[q].k === T_WORD ? this.toks[q].t.toUpperCase() : '';
  }

  isWord(...names: string[]): boolean {
    return names.includes(this.wordAt(this.p));
  }

  accept(...names: string[]): boolean {
    if (!this.isWord(...names)) return false;
    this.p++;
    return true;
  }

  punctAt(q: number, ch: string): boolean {
    return q < this.end && this.toks[q].k === T_PUNCT && this.toks[q].t === ch;
  }

  isIdentAt(q: number): boolean {
    if (q >= this.end) return false;
    const k = this.toks[q].k;
    return k === T_WORD || k === T_QIDENT || k === T_DQUOTE || k === T_STRING;
  }

  ident(): string | null {
    if (!this.isIdentAt(this.p)) return null;
    return this.toks[this.p++].t;
  }

  /** `a`, `a.b`, `"a"."b"` → parts. */
  qualifiedName(): string[] | null {
    const first = this.ident();
    if (first === null) return null;
    const parts = [first];
    while (this.punctAt(this.p, '.') && this.isIdentAt(this.p + 1)) {
      this.p++;
      parts.push(this.ident()!);
    }
    return parts;
  }

  /** Index just past the parenthesis that closes the one at `q`. */
  closeParen(q: number): number {
    let depth = 0;
    for (; q < this.end; q++) {
      if (this.punctAt(q, '(')) depth++;
      else if (this.punctAt(q, ')') && --depth === 0) return q + 1;
    }
    return this.end;
  }

  /** Top-level comma-separated parts of [from, to). */
  split(from: number, to: number): Cursor[] {
    const parts: Cursor[] = [];
    let depth = 0;
    let start = from;
    for (let q = from; q < to; q++) {
      if (this.punctAt(q, '(')) depth++;
      else if (this.punctAt(q, ')')) depth--;
      else if (depth === 0 && this.punctAt(q, ',')) {
        parts.push(new Cursor(this.toks, start, q));
        start = q + 1;
      }
    }
    if (to > start) parts.push(new Cursor(this.toks, start, to));
    return parts;
  }

  /** `(a, b(10), c DESC)` → ['a', 'b', 'c']; empty when no list is here. */
  columnList(): string[] {
    if (!this.punctAt(this.p, '(')) return [];
    const close = this.closeParen(this.p);
    const cols: string[] = [];
    for (const part of this.split(this.p + 1, close - 1)) {
      const name = part.ident();
      if (name !== null) cols.push(name);
    }
    this.p = close;
    return cols;
  }
}

/** Applies a CREATE / ALTER statement's schema information to the tables. */
export function applyDdl(toks: readonly Tok[], tables: TableRegistry): void {
  const c = new Cursor(toks);
  if (c.accept('CREATE')) {
    c.accept('OR');
    c.accept('REPLACE');
    while (c.accept('GLOBAL', 'LOCAL', 'TEMPORARY', 'TEMP', 'UNLOGGED'));
    if (c.accept('TABLE')) return createTable(c, tables);
    const unique = c.accept('UNIQUE');
    const fulltext = c.accept('FULLTEXT', 'SPATIAL');
    if (c.accept('INDEX')) return createIndex(c, tables, unique ? 'unique index' : fulltext ? 'fulltext index' : 'index');
    return;
  }
  if (c.accept('ALTER')) {
    if (c.accept('TABLE')) return alterTable(c, tables);
    if (c.accept('SEQUENCE')) return alterSequence(c, tables);
  }
}

function createTable(c: Cursor, tables: TableRegistry): void {
  if (c.accept('IF')) {
    c.accept('NOT');
    c.accept('EXISTS');
  }
  const name = c.qualifiedName();
  if (!name || !c.punctAt(c.p, '(')) return; // CREATE TABLE … AS SELECT / LIKE: no column list
  const table = tables.get(name);
  const close = c.closeParen(c.p);
  const columns: ColumnDef[] = [];
  for (const el of c.split(c.p + 1, close - 1)) element(el, table, columns);
  if (columns.length > 0) table.define(columns);
  c.p = close;
  tableOptions(c, table);
}

/** `AUTO_INCREMENT=600` after the column list or in ALTER TABLE: the next id, a size hint. */
function tableOptions(c: Cursor, table: Table): void {
  for (let q = c.p; q < c.end; q++) {
    if (c.wordAt(q) === 'AUTO_INCREMENT' && c.punctAt(q + 1, '=') && q + 2 < c.end && c.toks[q + 2].k === T_NUMBER) {
      table.facts.add(`auto_increment counter: ${c.toks[q + 2].t}`);
    }
  }
}

/** One element of a CREATE TABLE list or an ALTER TABLE ADD: a constraint or a column. */
function element(c: Cursor, table: Table, columns: ColumnDef[] | null): void {
  let constraintName: string | null = null;
  if (c.accept('CONSTRAINT') && !c.isWord('PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK', 'EXCLUDE')) constraintName = c.ident();
  const w = c.wordAt(c.p);
  if (w === 'PRIMARY') {
    c.p++;
    c.accept('KEY');
    c.accept('CLUSTERED', 'NONCLUSTERED'); // T-SQL
    const cols = c.columnList();
    if (cols.length > 0) table.facts.add(`primary key: ${cols.join(', ')}`);
    return;
  }
  if (w === 'UNIQUE' || w === 'FULLTEXT' || w === 'SPATIAL' || ((w === 'KEY' || w === 'INDEX') && isIndexDefinition(c))) {
    c.p++;
    if (w !== 'KEY' && w !== 'INDEX') c.accept('KEY', 'INDEX');
    c.accept('CLUSTERED', 'NONCLUSTERED'); // T-SQL
    const name = c.punctAt(c.p, '(') ? null : c.ident();
    if (c.accept('USING')) c.p++;
    const cols = c.columnList();
    const label = w === 'UNIQUE' ? 'unique index' : w === 'KEY' || w === 'INDEX' ? 'index' : 'fulltext index';
    const shown = constraintName ?? name ?? cols.join(', ');
    if (shown) table.facts.add(`${label}: ${shown}`);
    return;
  }
  if (w === 'FOREIGN') {
    c.p++;
    c.accept('KEY');
    if (!c.punctAt(c.p, '(')) c.ident(); // MySQL allows FOREIGN KEY name (cols)
    const cols = c.columnList();
    if (c.accept('REFERENCES')) foreignKey(c, table, cols);
    return;
  }
  if (w === 'CHECK' || w === 'EXCLUDE' || w === 'PERIOD') return;
  columnDefinition(c, table, columns);
}

/** `KEY idx (a)` is an index; `key varchar(10)` (SQLite column named key) is not. */
function isIndexDefinition(c: Cursor): boolean {
  let q = c.p + 1;
  if (c.isIdentAt(q) && !c.punctAt(q, '(')) q++;
  if (c.wordAt(q) === 'USING') return true;
  return c.punctAt(q, '(') && q + 1 < c.end && c.toks[q + 1].k !== T_NUMBER;
}

function foreignKey(c: Cursor, table: Table, cols: readonly string[]): void {
  const ref = c.qualifiedName();
  if (!ref) return;
  const refTable = tableName(ref);
  const refCols = c.columnList();
  if (cols.length === 0) return;
  for (let i = 0; i < cols.length; i++) {
    const target = refCols[i] !== undefined ? `${refTable}.${refCols[i]}` : refTable;
    table.facts.add(`foreign key: ${cols[i]} -> ${target}`);
  }
}

/** `name type …`: records the column (when collecting) and its inline constraints as facts. */
function columnDefinition(c: Cursor, table: Table, columns: ColumnDef[] | null): void {
  const name = c.ident();
  if (name === null) return;
  const typeWord = c.wordAt(c.p) && !CONSTRAINT_WORDS.has(c.wordAt(c.p)) ? c.toks[c.p].t.toLowerCase() : undefined;
  columns?.push({ name, kind: columnKind(typeWord) });
  if (typeWord && SERIAL_TYPES.has(typeWord)) table.facts.add(`auto_increment: ${name}`);
  for (; c.p < c.end; c.p++) {
    const w = c.wordAt(c.p);
    if (w === 'AUTO_INCREMENT' || w === 'AUTOINCREMENT' || w === 'IDENTITY' || w === 'NEXTVAL') {
      table.facts.add(`auto_increment: ${name}`);
    } else if (w === 'PRIMARY' && c.wordAt(c.p + 1) === 'KEY') {
      table.facts.add(`primary key: ${name}`);
    } else if (w === 'UNIQUE') {
      table.facts.add(`unique index: ${name}`);
    } else if (w === 'REFERENCES') {
      c.p++;
      foreignKey(c, table, [name]);
      c.p--;
    }
  }
}

function createIndex(c: Cursor, tables: TableRegistry, label: string): void {
  c.accept('CONCURRENTLY');
  if (c.accept('IF')) {
    c.accept('NOT');
    c.accept('EXISTS');
  }
  const name = c.isWord('ON') ? null : c.qualifiedName();
  if (!c.accept('ON')) return;
  c.accept('ONLY');
  const target = c.qualifiedName();
  if (!target) return;
  if (c.accept('USING')) c.p++;
  const cols = c.columnList();
  const shown = name ? name[name.length - 1] : cols.join(', ');
  if (shown) tables.get(target).facts.add(`${label}: ${shown}`);
}

function alterTable(c: Cursor, tables: TableRegistry): void {
  c.accept('ONLY');
  if (c.accept('IF')) c.accept('EXISTS');
  c.accept('ONLY');
  const name = c.qualifiedName();
  if (!name) return;
  const table = tables.get(name);
  for (const a of c.split(c.p, c.end)) {
    if (a.accept('ADD')) {
      if (a.isWord(...CONSTRAINT_WORDS)) element(a, table, null);
    } else if (a.accept('MODIFY')) {
      a.accept('COLUMN');
      columnDefinition(a, table, null);
    } else if (a.accept('CHANGE')) {
      a.accept('COLUMN');
      a.ident(); // old name
      columnDefinition(a, table, null);
    } else if (a.accept('ALTER')) {
      a.accept('COLUMN');
      const col = a.ident();
      for (let q = a.p; col !== null && q < a.end; q++) {
        const w = a.wordAt(q);
        if (w === 'NEXTVAL' || w === 'IDENTITY') table.facts.add(`auto_increment: ${col}`);
      }
    } else {
      tableOptions(a, table);
    }
  }
}

/** pg_dump ties a serial's sequence to its column: `ALTER SEQUENCE s OWNED BY public.t.id`. */
function alterSequence(c: Cursor, tables: TableRegistry): void {
  for (; c.p < c.end; c.p++) {
    if (c.wordAt(c.p) === 'OWNED' && c.wordAt(c.p + 1) === 'BY') {
      c.p += 2;
      const parts = c.qualifiedName();
      if (parts && parts.length >= 2) tables.get(parts.slice(0, -1)).facts.add(`auto_increment: ${parts[parts.length - 1]}`);
      return;
    }
  }
}

export interface CopyHeader {
  name: string[];
  columns: string[] | null;
  fromStdin: boolean;
  format: 'text' | 'csv' | 'binary';
}

/** `COPY public.t (a, b) FROM stdin;` → its parts; null for COPY … TO or COPY (query). */
export function parseCopyHeader(toks: readonly Tok[]): CopyHeader | null {
  const c = new Cursor(toks);
  if (!c.accept('COPY')) return null;
  const name = c.qualifiedName();
  if (!name) return null;
  const columns = c.punctAt(c.p, '(') ? c.columnList() : null;
  if (!c.accept('FROM')) return null;
  const fromStdin = c.accept('STDIN');
  let format: CopyHeader['format'] = 'text';
  for (let q = c.p; q < c.end; q++) {
    const w = c.wordAt(q);
    if (w === 'CSV') format = 'csv';
    else if (w === 'BINARY') format = 'binary';
  }
  return { name, columns, fromStdin, format };
}
