// Is this text a SQL dump? Looks at dumper headers first, then at statements that open a line.
// All patterns are line-anchored without nested quantifiers, so a 64 KB head is scanned linearly.

const SIGNS: [RegExp, string][] = [
  [/^-- (?:MySQL|MariaDB) dump/m, 'mysqldump header'],
  [/^-- phpMyAdmin SQL Dump/m, 'phpMyAdmin header'],
  [/^-- PostgreSQL database dump/m, 'pg_dump header'],
  [/^PRAGMA foreign_keys=OFF;\r?\nBEGIN TRANSACTION;/m, 'SQLite .dump header'],
  [/^COPY [^\n;]{1,1000} FROM stdin;\r?$/m, 'pg_dump COPY block'],
  [/^\/\*{6} Object: /m, 'SQL Server script header'],
  [/^[ \t]*INSERT[ \t]+(?:INTO[ \t]+)?\[[^\]\n]{1,128}\]/im, 'T-SQL INSERT statements'],
  [/^[ \t]*(?:INSERT|REPLACE)[ \t]+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE|OR [A-Z]+)[ \t]+)*INTO[ \t]/im, 'INSERT INTO statements'],
  [/^[ \t]*CREATE[ \t]+(?:TEMPORARY[ \t]+)?TABLE[ \t]/im, 'CREATE TABLE statements'],
  [/^\/\*!\d{5} SET /m, 'mysqldump directives'],
];

/** A short reason when `head` (the first ~64 KB of text) is a SQL dump, else null. */
export function sniffSql(head: string): string | null {
  for (const [re, reason] of SIGNS) if (re.test(head)) return reason;
  return null;
}
