// SQL dump reader (mysqldump, phpMyAdmin, pg_dump plain/--inserts, SQLite .dump, SQL Server
// scripts with GO batches, [bracketed] names and CAST(… AS …) values): streams the
// dump statement by statement and yields one record per INSERT row tuple or COPY data line, with
// fields `table.column` (`table.column_N` when no column names are known).
//
// Conventions (see also values.ts and tables.ts):
// - schema `public`/`main`/`dbo` is dropped from table names, any other schema is kept;
// - `/*!NNNNN … */` content is read as SQL, like MySQL does;
// - hex/binary literals: up to 64 bytes → their hex digits, longer → `0x<first 8 bytes>…(N bytes)`;
// - pg COPY values become numbers/booleans when CREATE TABLE declared the column numeric/boolean;
// - table facts (keys, indexes, auto-increment) go to ctx.setTables at the end, also on errors.
import type { FlatRecord, ReadContext, Reader } from '../types.js';
import { SqlLexer } from './lexer.js';
import { SqlStatements } from './statements.js';
import { TableRegistry } from './tables.js';
import { utf8Text } from './utf8-text.js';

/** Warnings per file; beyond this they are counted and summarised once. */
const MAX_WARNINGS = 50;

function limitedWarn(ctx: ReadContext): { warn: (message: string, line?: number) => void; flush: () => void } {
  let count = 0;
  return {
    warn(message, line) {
      if (++count <= MAX_WARNINGS) ctx.warn(message, line);
    },
    flush() {
      if (count > MAX_WARNINGS) ctx.warn(`${count - MAX_WARNINGS} more warnings like the above were not listed`);
    },
  };
}

export const readSql: Reader = async function* readSql(chunks, ctx): AsyncIterable<FlatRecord> {
  const tables = new TableRegistry();
  const warnings = limitedWarn(ctx);
  const statements = new SqlStatements(tables, warnings.warn);
  const lexer = new SqlLexer(statements);
  statements.attach(lexer);
  const out = statements.out;
  let rows = 0;
  try {
    for await (const piece of utf8Text(chunks)) {
      const fault = attempt(() => lexer.feed(piece.text, piece.byteStart));
      // Rows completed before a fault are still delivered.
      rows += out.length;
      for (let i = 0; i < out.length; i++) yield out[i];
      out.length = 0;
      if (fault !== null) throw fault;
    }
    const fault = attempt(() => {
      lexer.end();
      statements.end();
    });
    rows += out.length;
    for (let i = 0; i < out.length; i++) yield out[i];
    out.length = 0;
    if (fault !== null) throw fault;
    // Never a silent empty result: say why there is nothing to profile.
    if (rows === 0) warnings.warn('no INSERT rows or COPY data found: a schema-only dump, or statements in a form leaksift does not read');
  } finally {
    warnings.flush();
    ctx.setTables?.(tables.infos());
  }
};

/** Runs `fn` and returns what it threw, so pending rows can be yielded before rethrowing. */
function attempt(fn: () => void): unknown {
  try {
    fn();
    return null;
  } catch (e) {
    return e;
  }
}
