// Statement-level parser: consumes lexer tokens and turns INSERT rows and COPY data lines into
// records as they complete (an extended INSERT is never held whole). Schema statements are
// buffered (they are small) and handed to ddl.ts; every other statement is skipped unread.
import { InputError, type FlatRecord, type Scalar } from '../types.js';
import { applyDdl, parseCopyHeader, type Tok } from './ddl.js';
import type { SqlLexer } from './lexer.js';
import { type ColumnKind, type Table, type TableRegistry } from './tables.js';
import {
  T_BITS,
  T_DQUOTE,
  T_END,
  T_PUNCT,
  T_QIDENT,
  T_STRING,
  T_WORD,
  type TokenKind,
  type TokenSink,
} from './tokens.js';
import { expressionValue, hexValue, literalValue, numberValue, type ValueTokens } from './values.js';

const START = 0;
const SKIP = 1;
const BUFFER = 2;
const INSERT_PRE = 3; // after INSERT/REPLACE: modifiers, INTO
const INSERT_NAME = 4;
const INSERT_NAME_DOT = 5;
const INSERT_COLUMNS = 6;
const INSERT_AFTER_COLUMNS = 7;
const INSERT_OVERRIDING = 8; // pg: OVERRIDING SYSTEM VALUE before VALUES
const ROW_EXPECT = 9;
const VALUE = 10;
const AFTER_ROW = 11;

/** Schema statements are small; beyond these sizes the rest of one is not held. */
const MAX_BUFFERED_TOKENS = 100_000;
const MAX_BUFFERED_CHARS = 4 << 20;
/** Tokens kept for one value expression (a literal is one). */
const MAX_VALUE_TOKENS = 4096;

const INSERT_MODIFIERS = new Set(['LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE', 'OR', 'REPLACE', 'ROLLBACK', 'ABORT', 'FAIL']);
const BUFFERED_STATEMENTS = new Set(['CREATE', 'ALTER', 'COPY', 'SET', 'BEGIN']);
// Linear form (see NUMERIC in lexer.ts): `\d+\.?\d*` backtracks quadratically on long digit runs.
const NUMERIC_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isIdentKind(kind: number): boolean {
  return kind === T_WORD || kind === T_QIDENT || kind === T_DQUOTE;
}

export class SqlStatements implements TokenSink {
  /** Records completed since the reader last drained this array. */
  readonly out: FlatRecord[] = [];
  private lexer!: SqlLexer;
  private state = START;

  private readonly bufKinds: number[] = [];
  private readonly bufTexts: string[] = [];
  private bufChars = 0;

  // Current INSERT.
  private nameParts: string[] = [];
  private insertColumns: string[] | null = null;
  private table: Table | null = null;
  private columns: readonly string[] = [];
  private stmtFields: string[] | null = null;
  private row: Scalar[] = [];
  private rowLine = 0;
  private depth = 0;
  private readonly v: ValueTokens = { kinds: [], texts: [], extras: [], n: 0 };
  private valueCut = false;

  constructor(
    private readonly tables: TableRegistry,
    private readonly warn: (message: string, line?: number) => void,
  ) {}

  attach(lexer: SqlLexer): void {
    this.lexer = lexer;
  }

  token(kind: TokenKind, text: string, extra: number): void {
    switch (this.state) {
      case VALUE:
        return this.value(kind, text, extra);
      case AFTER_ROW:
        return this.afterRow(kind, text);
      case ROW_EXPECT:
        return this.rowExpect(kind, text);
      case START:
        return this.start(kind, text);
      case SKIP:
        if (kind === T_END) this.state = START;
        return;
      case BUFFER:
        if (kind === T_END) {
          this.state = START;
          this.finishBuffered();
        } else if (this.bufKinds.length < MAX_BUFFERED_TOKENS && this.bufChars < MAX_BUFFERED_CHARS) {
          this.bufKinds.push(kind);
          this.bufTexts.push(text);
          this.bufChars += text.length;
        }
        return;
      default:
        return this.insertHead(kind, text);
    }
  }

  /** End of input: a row cut off mid-tuple is a fatal truncation; earlier rows are kept. */
  end(): void {
    if (this.state === VALUE) {
      throw new InputError(
        `INSERT INTO ${this.table!.name}: row starting at line ${this.rowLine} is cut off by the end of input`,
        this.rowLine,
      );
    }
    if (this.state === AFTER_ROW || this.state === ROW_EXPECT) {
      this.warn(`INSERT INTO ${this.table!.name}: last statement has no closing ';' (input truncated?)`);
    }
  }

  private start(kind: number, text: string): void {
    if (kind === T_END) return;
    if (kind === T_PUNCT && text === '\\') {
      // psql meta-command (\connect, \restrict …): one line, not SQL.
      this.lexer.startRawLine(false);
      this.state = SKIP;
      return;
    }
    if (kind !== T_WORD) {
      this.state = SKIP;
      return;
    }
    const u = text.toUpperCase();
    if (u === 'INSERT' || u === 'REPLACE') {
      this.state = INSERT_PRE;
      this.nameParts = [];
      this.insertColumns = null;
    } else if (BUFFERED_STATEMENTS.has(u)) {
      this.state = BUFFER;
      this.bufKinds.length = 0;
      this.bufTexts.length = 0;
      this.bufChars = 0;
      this.bufKinds.push(kind);
      this.bufTexts.push(text);
    } else if (u === 'DELIMITER') {
      this.lexer.startRawLine(true);
      this.state = SKIP;
    } else {
      // SQLite's .dump opens with PRAGMA: its strings have no backslash escapes.
      if (u === 'PRAGMA') this.lexer.backslashEscapes = false;
      this.state = SKIP;
    }
  }

  private finishBuffered(): void {
    const toks: Tok[] = this.bufKinds.map((k, i) => ({ k, t: this.bufTexts[i] }));
    const first = toks[0].t.toUpperCase();
    if (first === 'COPY') return this.startCopy(toks);
    if (first === 'SET') return this.setStatement(toks);
    if (first === 'BEGIN') {
      if (toks[1]?.t.toUpperCase() === 'TRANSACTION') this.lexer.backslashEscapes = false; // SQLite .dump
      return;
    }
    applyDdl(toks, this.tables);
  }

  /**
   * Statements that change how strings are escaped: pg_dump's `SET standard_conforming_strings = on`
   * and MySQL's `SET sql_mode='…NO_BACKSLASH_ESCAPES…'` make backslashes in '…' plain text.
   */
  private setStatement(toks: Tok[]): void {
    if (toks[1]?.t.toLowerCase() === 'standard_conforming_strings') {
      const value = toks[toks.length - 1].t.toLowerCase();
      if (value === 'on') this.lexer.backslashEscapes = false;
      else if (value === 'off') this.lexer.backslashEscapes = true;
      return;
    }
    for (let i = 1; i + 2 < toks.length; i++) {
      if (toks[i].t.toLowerCase() === 'sql_mode' && toks[i + 1].t === '=' && toks[i + 2].k === T_STRING) {
        this.lexer.backslashEscapes = !toks[i + 2].t.toUpperCase().includes('NO_BACKSLASH_ESCAPES');
      }
    }
  }

  private startCopy(toks: Tok[]): void {
    const header = parseCopyHeader(toks);
    if (!header || !header.fromStdin) return;
    const table = this.tables.get(header.name);
    if (header.columns) table.noteColumns(header.columns);
    const cols = header.columns ?? table.columns;
    const line = this.lexer.tokenLine();
    if (header.format !== 'text') {
      this.warn(`COPY ${table.name} in ${header.format} format is not decoded; block skipped`, line);
      this.lexer.startCopy({ onRow: () => undefined, label: `table ${table.name}` });
      return;
    }
    const kinds: ColumnKind[] = cols.map((c) => table.kindOf(c));
    let fields: string[] | null = null;
    this.lexer.startCopy({
      label: `table ${table.name}`,
      onRow: (raw, rowLine, cut) => {
        if (cut) this.warn(`${table.name}: a value longer than 1 MiB was cut`, rowLine);
        const values: Scalar[] = new Array(raw.length);
        for (let i = 0; i < raw.length; i++) values[i] = typedValue(raw[i], kinds[i]);
        if (fields === null || fields.length !== values.length) {
          fields = this.rowFields(table, cols.length > 0 ? cols : table.columns, values.length, rowLine);
        }
        table.records++;
        this.out.push({ fields, values, line: rowLine });
      },
    });
  }

  private insertHead(kind: number, text: string): void {
    switch (this.state) {
      case INSERT_PRE:
        if (kind === T_WORD) {
          const u = text.toUpperCase();
          if (u === 'INTO') {
            this.state = INSERT_NAME;
            return;
          }
          if (INSERT_MODIFIERS.has(u)) return;
        }
        this.state = INSERT_NAME; // MySQL allows INSERT t VALUES …
        return this.insertHead(kind, text);
      case INSERT_NAME:
        if (!isIdentKind(kind)) return this.skipStatement(`unexpected ${JSON.stringify(text)} after INSERT INTO`);
        this.nameParts.push(text);
        this.state = INSERT_NAME_DOT;
        return;
      case INSERT_NAME_DOT:
        if (kind === T_PUNCT && text === '.') {
          this.state = INSERT_NAME;
        } else if (kind === T_PUNCT && text === '(') {
          this.insertColumns = [];
          this.state = INSERT_COLUMNS;
        } else {
          this.afterColumns(kind, text);
        }
        return;
      case INSERT_COLUMNS:
        if (isIdentKind(kind)) this.insertColumns!.push(text);
        else if (kind === T_PUNCT && text === ')') this.state = INSERT_AFTER_COLUMNS;
        else if (!(kind === T_PUNCT && text === ',')) this.skipStatement(`unexpected ${JSON.stringify(text)} in INSERT column list`);
        return;
      case INSERT_AFTER_COLUMNS:
        return this.afterColumns(kind, text);
      case INSERT_OVERRIDING:
        if (kind === T_WORD && text.toUpperCase() === 'VALUES') this.beginValues();
        else if (kind === T_END) this.state = START;
        return;
      default:
        return;
    }
  }

  private afterColumns(kind: number, text: string): void {
    const u = kind === T_WORD ? text.toUpperCase() : '';
    if (u === 'VALUES' || u === 'VALUE') this.beginValues();
    else if (u === 'OVERRIDING') this.state = INSERT_OVERRIDING;
    else if (kind === T_END) this.state = START;
    else this.state = SKIP; // INSERT … SELECT / SET / DEFAULT VALUES: no literal rows
  }

  private beginValues(): void {
    const table = this.tables.get(this.nameParts);
    this.table = table;
    if (this.insertColumns) table.noteColumns(this.insertColumns);
    this.columns = this.insertColumns ?? table.columns;
    this.stmtFields = null;
    this.state = ROW_EXPECT;
  }

  private rowExpect(kind: number, text: string): void {
    if (kind === T_PUNCT && text === '(') {
      this.rowLine = this.lexer.tokenLine();
      this.row = [];
      this.depth = 0;
      this.v.n = 0;
      this.state = VALUE;
    } else if (kind === T_END) {
      this.state = START;
    } else if (!(kind === T_WORD && text.toUpperCase() === 'ROW')) {
      this.skipStatement(`INSERT INTO ${this.table!.name}: expected a row tuple, found ${JSON.stringify(text)}`);
    }
  }

  private value(kind: TokenKind, text: string, extra: number): void {
    if (kind === T_PUNCT && this.depth === 0) {
      if (text === ',') return this.commitValue();
      if (text === ')') {
        this.commitValue();
        this.endRow();
        this.state = AFTER_ROW;
        return;
      }
    }
    if (kind === T_END) {
      const where = `INSERT INTO ${this.table!.name}: row starting at line ${this.rowLine}`;
      this.warn(`${where} is not closed before the statement ends; row dropped`, this.rowLine);
      this.state = START;
      return;
    }
    if (kind === T_PUNCT) {
      // Brackets nest like parentheses: a comma in ARRAY[1,2] does not end the value.
      if (text === '(' || text === '[') this.depth++;
      else if (text === ')' || text === ']') this.depth--;
    } else if (extra === 1 && (kind === T_STRING || kind === T_DQUOTE || kind === T_BITS)) {
      this.valueCut = true;
    }
    const v = this.v;
    if (v.n < MAX_VALUE_TOKENS) {
      v.kinds[v.n] = kind;
      v.texts[v.n] = text;
      v.extras[v.n] = extra;
      v.n++;
    }
  }

  private commitValue(): void {
    const v = this.v;
    const value = v.n === 1 ? literalValue(v.kinds[0], v.texts[0], v.extras[0]) : v.n === 0 ? null : expressionValue(v);
    this.row.push(value);
    v.n = 0;
  }

  private endRow(): void {
    const table = this.table!;
    const values = this.row;
    if (this.valueCut) {
      this.valueCut = false;
      this.warn(`${table.name}: a value longer than 1 MiB was cut`, this.rowLine);
    }
    let fields = this.stmtFields;
    if (fields === null || fields.length !== values.length) {
      fields = this.rowFields(table, this.columns.length > 0 ? this.columns : table.columns, values.length, this.rowLine);
      // Positional inserts name the columns on their first row.
      if (this.columns.length === 0) this.columns = table.columns;
      if (fields.length === this.columns.length) this.stmtFields = fields;
    }
    table.records++;
    this.out.push({ fields, values, line: this.rowLine });
  }

  /** Fields for a row; names positional columns on a table's first row and warns on arity changes. */
  private rowFields(table: Table, cols: readonly string[], arity: number, line: number): string[] {
    if (cols.length === 0) {
      table.positional(arity);
      cols = table.columns;
    } else if (cols.length !== arity) {
      this.warn(`${table.name}: row has ${arity} values for ${cols.length} columns`, line);
    }
    return table.fields(cols, arity);
  }

  private afterRow(kind: number, text: string): void {
    if (kind === T_PUNCT && text === ',') {
      this.state = ROW_EXPECT;
    } else if (kind === T_END) {
      this.state = START;
    } else if (kind === T_PUNCT && text === ';') {
      this.state = SKIP; // ';' inside a custom DELIMITER block: the real end follows
    } else if (kind === T_WORD && (text.toUpperCase() === 'ON' || text.toUpperCase() === 'RETURNING')) {
      this.state = SKIP; // ON DUPLICATE KEY UPDATE … / ON CONFLICT … / RETURNING …
    } else if (kind === T_WORD && text.toUpperCase() === 'INSERT') {
      // T-SQL scripts may run INSERTs one per line with neither ';' nor GO between them.
      this.state = START;
      this.start(kind, text);
    } else {
      this.skipStatement(`INSERT INTO ${this.table!.name}: unexpected ${JSON.stringify(text)} after a row`);
    }
  }

  private skipStatement(message: string): void {
    this.warn(`${message}; rest of the statement skipped`, this.lexer.tokenLine());
    this.state = SKIP;
  }
}

/** pg COPY text under a declared column type: numbers and booleans come back as such. */
function typedValue(raw: string | null, kind: ColumnKind | undefined): Scalar {
  if (raw === null || kind === undefined || kind === 'other') return raw;
  if (kind === 'int' || kind === 'num') return NUMERIC_TEXT.test(raw) ? numberValue(raw) : raw;
  if (kind === 'bool') return raw === 't' ? true : raw === 'f' ? false : raw;
  // bytea in text form: \x89504e47…
  return raw.startsWith('\\x') ? hexValue(raw.slice(2, 130), raw.length - 2) : raw;
}
