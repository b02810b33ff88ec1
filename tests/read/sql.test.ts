import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSql } from '../../src/read/sql/reader.js';
import { sniffSql } from '../../src/read/sql/sniff.js';
import type { TableInfo } from '../../src/read/types.js';
import { chunked, fixture, readAll, type ReadResult } from '../helpers/read-all.js';

const sql = (name: string): Buffer => fixture(`read/sql/${name}`);
const CORPUS = new URL('../../../shared/corpus/real/', import.meta.url);

function corpus(path: string): Buffer | null {
  const url = new URL(path, CORPUS);
  return existsSync(url) ? readFileSync(url) : null;
}

function table(r: ReadResult, name: string) {
  const t = r.tables?.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${JSON.stringify(r.tables?.map((x) => x.name))}`);
  return t;
}

/** Deterministic pseudo-random chunk sizes in 1..max. */
function randomSizes(seed: number, count: number, max: number): number[] {
  let s = seed;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(1 + (s % max));
  }
  return out;
}

describe('readSql: mysqldump', () => {
  it('reads DDL columns, extended inserts, escapes, numbers and binary literals', async () => {
    const r = await readAll(readSql, sql('mysqldump.sql'));
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.records).toHaveLength(6);
    const [ana, bo, cy, dee] = r.records;
    expect(ana).toEqual({
      'customer.id': 1,
      'customer.email': 'ana@example.org',
      'customer.full_name': "Ana O'Neil",
      'customer.password_hash': '5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8',
      'customer.balance': 12.5,
      'customer.is_active': '_binary…(1 chars)',
      'customer.avatar': null,
      'customer.notes': 'line one\nline two\ttabbed \\ backslash',
      'customer.store_id': 1,
      'customer.created_at': '2024-01-02 03:04:05',
    });
    expect(bo['customer.full_name']).toBe('Bo "Bobby" Li');
    expect(bo['customer.balance']).toBe(-3.75);
    expect(bo['customer.avatar']).toBe('0x89504E470D0A1A0A…(112 bytes)');
    expect(bo['customer.notes']).toBe('semi; colon, comma) paren');
    expect(cy['customer.full_name']).toBe('Cy Zürich ☃');
    expect(cy['customer.notes']).toBe("ctrl \0 nul \r cr \x1a sub ' doubled -- not a comment /* nor this */");
    expect(dee['customer.balance']).toBe(1000);
    expect(dee['customer.avatar']).toBe('CAFE');
    expect(dee['customer.notes']).toBe('# not a comment either');
    expect(r.records[4]).toEqual({ 'store.store_id': 1, 'store.manager': 'Mike' });
    expect(r.lines.slice(0, 3)).toEqual([47, 47, 48]);
  });

  it('reports table facts and never reads INSERTs inside a trigger body', async () => {
    const r = await readAll(readSql, sql('mysqldump.sql'));
    expect(r.tables?.map((t) => t.name)).toEqual(['customer', 'store']);
    expect(table(r, 'customer')).toEqual({
      name: 'customer',
      records: 4,
      columns: ['id', 'email', 'full_name', 'password_hash', 'balance', 'is_active', 'avatar', 'notes', 'store_id', 'created_at'],
      facts: [
        'auto_increment: id',
        'primary key: id',
        'unique index: uq_email',
        'index: idx_store',
        'fulltext index: ft_notes',
        'foreign key: store_id -> store.store_id',
        'auto_increment counter: 5',
      ],
    });
    expect(table(r, 'store').records).toBe(2);
  });
});

describe('readSql: phpMyAdmin', () => {
  it('reads column-list inserts over many lines and keys added by ALTER TABLE', async () => {
    const r = await readAll(readSql, sql('phpmyadmin.sql'));
    expect(r.error).toBeUndefined();
    expect(r.records.map((x) => x['members.username'])).toEqual(['admin', 'kate_w', 'joe;drop']);
    expect(r.records[2]['members.last_ip']).toBeNull();
    expect(r.records[0]['members.password']).toMatch(/^\$2y\$10\$/);
    expect(r.lines).toEqual([41, 42, 43]);
    expect(table(r, 'members').facts).toEqual([
      'primary key: member_id',
      'unique index: username',
      'index: idx_email',
      'auto_increment: member_id',
      'auto_increment counter: 4',
    ]);
  });
});

describe('readSql: pg_dump', () => {
  it('reads COPY blocks with typed values, \\N, escapes and bytea; skips function bodies', async () => {
    const r = await readAll(readSql, sql('pg_dump.sql'));
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.records).toHaveLength(4);
    expect(r.records[0]).toEqual({
      'customers.id': 1,
      'customers.email': 'ana@example.org',
      'customers.full_name': "Ana O'Neil",
      'customers.phone': '+1 555 0100',
      'customers.balance': 12.5,
      'customers.verified': true,
      'customers.avatar': '89504e47',
      'customers.notes': 'tab\there, newline\nthere, backslash \\ end',
      'customers.region_id': 7,
    });
    expect(r.records[1]['customers.phone']).toBeNull();
    expect(r.records[1]['customers.verified']).toBe(false);
    expect(r.records[1]['customers.notes']).toBe('semi; colon -- not a comment');
    expect(r.records[2]['customers.phone']).toBe('');
    expect(r.records[2]['customers.notes']).toBe('octal A hex B unicode ok');
    // Beyond 2^53: kept as text rather than silently rounded.
    expect(r.records[2]['customers.region_id']).toBe('9007199254740993');
    // `public` is dropped, any other schema kept.
    expect(r.records[3]).toEqual({
      'auth.sessions.session_id': '6f1c2f4e-8a51-4c3b-9d3e-1b2c3d4e5f60',
      'auth.sessions.customer_id': 1,
      'auth.sessions.ip': '203.0.113.9',
    });
    expect(r.lines).toEqual([78, 79, 80, 89]);
  });

  it('collects serial, primary/unique keys, indexes and foreign keys from ALTER/CREATE INDEX', async () => {
    const r = await readAll(readSql, sql('pg_dump.sql'));
    expect(table(r, 'customers').facts).toEqual([
      'auto_increment: id',
      'primary key: id',
      'unique index: customers_email_key',
      'index: idx_customers_phone',
    ]);
    expect(table(r, 'auth.sessions').facts).toEqual(['foreign key: customer_id -> customers.id']);
  });

  it('reads the --inserts form with standard strings, E-strings and OVERRIDING SYSTEM VALUE', async () => {
    const r = await readAll(readSql, sql('pg_inserts.sql'));
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([
      { 'accounts.id': 1, 'accounts.email': 'a@x.org', 'accounts.path': 'C:\\temp\\', 'accounts.note': "it's fine", 'accounts.active': true },
      { 'accounts.id': 2, 'accounts.email': 'b@x.org', 'accounts.path': null, 'accounts.note': "esc'aped\nnewline", 'accounts.active': false },
      { 'accounts.id': 3, 'accounts.email': 'c@x.org', 'accounts.path': '/home/c', 'accounts.note': 'multi\nline', 'accounts.active': null },
      { 'accounts.id': 4, 'accounts.email': 'd@x.org', 'accounts.path': '', 'accounts.note': '', 'accounts.active': true },
    ]);
    expect(r.lines).toEqual([15, 16, 17, 18]);
    expect(table(r, 'accounts').facts).toEqual(['auto_increment: id']);
  });
});

describe('readSql: SQLite .dump', () => {
  it('reads quoted table names, literal backslashes, replace()/char()/unistr() and X literals', async () => {
    const r = await readAll(readSql, sql('sqlite.dump.sql'));
    expect(r.error).toBeUndefined();
    expect(r.records.slice(0, 3)).toEqual([
      { 'users.id': 1, 'users.name': "O'Brien", 'users.key': 'C:\\keys\\a', 'users.bio': 'plain', 'users.avatar': null, 'users.score': 1.5 },
      { 'users.id': 2, 'users.name': 'Zoë', 'users.key': 'k2', 'users.bio': 'first\nsecond', 'users.avatar': 'DEADBEEF', 'users.score': -0.25 },
      { 'users.id': 3, 'users.name': 'Ünï', 'users.key': 'k3', 'users.bio': 'tab\tend', 'users.avatar': null, 'users.score': null },
    ]);
    expect(table(r, 'users').columns).toEqual(['id', 'name', 'key', 'bio', 'avatar', 'score']);
    expect(table(r, 'users').facts).toEqual(['primary key: id', 'auto_increment: id', 'index: idx_users_name']);
  });
});

describe('readSql: SQL Server scripts', () => {
  it('reads GO batches, [bracketed] names, N-strings without backslash escapes and CAST values', async () => {
    const r = await readAll(readSql, sql('sqlserver.sql'));
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.records).toEqual([
      {
        'Customers.CustomerID': 1, 'Customers.Email': 'maria.gonzalez@example.com', 'Customers.FullName': 'María González',
        'Customers.Balance': 12.5, 'Customers.Notes': 'paid by card; see C:\\invoices\\new', 'Customers.CreatedAt': '2021-03-04T10:11:12.000',
      },
      {
        'Customers.CustomerID': 2, 'Customers.Email': 'j.okafor@example.org', 'Customers.FullName': "John O'Kafor",
        'Customers.Balance': -3.75, 'Customers.Notes': null, 'Customers.CreatedAt': '2021-03-05T09:00:00.000',
      },
      // No GO before this INSERT; a GO line inside a string is text; a commented line and `go` end the batch.
      {
        'Customers.CustomerID': 3, 'Customers.Email': 'wei@example.net', 'Customers.FullName': null,
        'Customers.Balance': null, 'Customers.Notes': 'line one\nGO\nline three', 'Customers.CreatedAt': '2021-03-06T08:00:00.000',
      },
      { 'sales.Order Details.Order] ID': 10248, 'sales.Order Details.Qty': 12 },
    ]);
    expect(table(r, 'Customers')).toEqual({
      name: 'Customers', records: 3, columns: ['CustomerID', 'Email', 'FullName', 'Balance', 'Notes', 'CreatedAt'],
      facts: ['auto_increment: CustomerID', 'primary key: CustomerID'],
    });
    expect(sniffSql(sql('sqlserver.sql').toString('utf8'))).toBe('SQL Server script header');
    expect(sniffSql('INSERT [dbo].[Users] ([Id]) VALUES (1)\nGO\n')).toBe('T-SQL INSERT statements');
  });

  it('keeps brackets that are not names as punctuation (pg array types and literals)', async () => {
    const dump = [
      'SET standard_conforming_strings = on;',
      'CREATE TABLE public.t (id integer, tags text[], grid integer[][]);',
      "INSERT INTO public.t VALUES (1, '{a,b}', ARRAY[1,2]);",
      "INSERT INTO public.t VALUES (2, ARRAY['x'], '{}');",
      '',
    ].join('\n');
    const r = await readAll(readSql, Buffer.from(dump));
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.records).toEqual([
      { 't.id': 1, 't.tags': '{a,b}', 't.grid': 'ARRAY[1,2]' },
      { 't.id': 2, 't.tags': "ARRAY['x']", 't.grid': '{}' },
    ]);
    expect(table(r, 't').columns).toEqual(['id', 'tags', 'grid']);
  });

  it('says so when a dump holds no rows at all', async () => {
    const r = await readAll(readSql, Buffer.from('CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\n'));
    expect(r.records).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no INSERT rows or COPY data found/)]);
  });
});

describe('readSql: statement forms', () => {
  it('INSERT IGNORE / REPLACE / ON DUPLICATE KEY UPDATE / schema-qualified names', async () => {
    const r = await readAll(
      readSql,
      [
        "INSERT IGNORE INTO `shop`.`t` (a, b) VALUES (1, 'x') ON DUPLICATE KEY UPDATE b = VALUES(b);",
        "REPLACE INTO t2 VALUES (2, 'y');",
        'INSERT INTO t3 SELECT * FROM t2;',
        'INSERT INTO t4 DEFAULT VALUES;',
        "INSERT INTO public.t5 (a) VALUES (-5), (+6), (.5), (1.5e-3), ('2020-01-01'::date), (DATE '2021-02-03'), (TRUE);",
      ].join('\n'),
    );
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.records).toEqual([
      { 'shop.t.a': 1, 'shop.t.b': 'x' },
      { 't2.column_1': 2, 't2.column_2': 'y' },
      { 't5.a': -5 },
      { 't5.a': 6 },
      { 't5.a': 0.5 },
      { 't5.a': 0.0015 },
      { 't5.a': '2020-01-01' },
      { 't5.a': '2021-02-03' },
      { 't5.a': true },
    ]);
  });

  it('custom DELIMITER blocks, MariaDB /*M! comments and psql meta-commands', async () => {
    const r = await readAll(
      readSql,
      [
        '\\restrict abc123',
        'DELIMITER $$',
        'CREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (99); SELECT 1; END$$',
        'DELIMITER ;',
        "/*M!999999\\- enable the sandbox mode */ INSERT INTO t VALUES (1);",
        'INSERT INTO t VALUES (2) /*!50000 , (3) */;',
        '\\unrestrict abc123',
      ].join('\n'),
    );
    expect(r.error).toBeUndefined();
    expect(r.records.map((x) => x['t.column_1'])).toEqual([1, 2, 3]);
  });

  it('COPY in CSV format is skipped with a warning; COPY … TO is not data', async () => {
    const r = await readAll(readSql, 'COPY t (a) FROM stdin WITH (FORMAT csv);\n"x"\n\\.\nCOPY t TO stdout;\nINSERT INTO t VALUES (1);\n');
    expect(r.records).toEqual([{ 't.a': 1 }]);
    expect(r.warnings).toEqual([{ message: 'COPY t in csv format is not decoded; block skipped', line: 1 }]);
  });

  it('follows the string escaping mode the dump sets', async () => {
    const r = await readAll(
      readSql,
      [
        "INSERT INTO t VALUES ('a\\\\b');",
        "SET sql_mode = 'ANSI_QUOTES,NO_BACKSLASH_ESCAPES';",
        "INSERT INTO t VALUES ('c:\\');",
        'SET standard_conforming_strings = off;',
        "INSERT INTO t VALUES ('d\\'e');",
      ].join('\n'),
    );
    expect(r.records.map((x) => x['t.column_1'])).toEqual(['a\\b', 'c:\\', "d'e"]);
  });

  it('COPY data written with CRLF line ends', async () => {
    const r = await readAll(readSql, 'COPY t (a, b) FROM stdin;\r\n1\tx\r\n2\t\\N\r\n\\.\r\n');
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([{ 't.a': '1', 't.b': 'x' }, { 't.a': '2', 't.b': null }]);
  });

  it('hex, bit and binary literal forms', async () => {
    const r = await readAll(readSql, "INSERT INTO t VALUES (0xff, x'0A0b', b'101', _binary 'text', _utf8mb4'ü', UNHEX('CAFE'), 0xZZ);");
    expect(r.records[0]).toEqual({
      't.column_1': 'ff',
      't.column_2': '0A0b',
      't.column_3': 5,
      't.column_4': 'text',
      't.column_5': 'ü',
      't.column_6': 'CAFE',
      't.column_7': '0xZZ',
    });
  });
});

describe('readSql: broken input', () => {
  it('unterminated string: InputError with line and offset, earlier rows kept, tables reported', async () => {
    const r = await readAll(readSql, sql('broken/unterminated-string.sql'));
    expect(r.records.map((x) => x['t.name'])).toEqual(['one', 'two', 'three']);
    expect(r.error?.message).toMatch(/unterminated string starting at line 3/);
    expect(r.error?.line).toBe(3);
    expect(r.error?.offset).toBe(sql('broken/unterminated-string.sql').indexOf("'fo"));
    expect(table(r, 't').records).toBe(3);
  });

  it('COPY without \\. : InputError naming the block, rows before kept', async () => {
    const r = await readAll(readSql, sql('broken/copy-no-terminator.sql'));
    expect(r.records.map((x) => x['t.name'])).toEqual(['one', 'two', 'three']);
    expect(r.error?.message).toMatch(/COPY block for table t \(line 2\) has no terminating \\\. line/);
    expect(r.error?.line).toBe(2);
    expect(table(r, 't').records).toBe(3);
  });

  it('a row cut off mid-tuple is an error; a dump cut between rows only warns', async () => {
    const cut = await readAll(readSql, sql('broken/truncated-row.sql'));
    expect(cut.records).toHaveLength(2);
    expect(cut.error?.message).toMatch(/unterminated string/);

    const midTuple = await readAll(readSql, "INSERT INTO t VALUES (1,'a'),(2,");
    expect(midTuple.records).toHaveLength(1);
    expect(midTuple.error?.message).toMatch(/row starting at line 1 is cut off/);

    const boundary = await readAll(readSql, sql('broken/truncated-row-at-boundary.sql'));
    expect(boundary.error).toBeUndefined();
    expect(boundary.records).toHaveLength(2);
    expect(boundary.warnings).toEqual([{ message: "INSERT INTO t: last statement has no closing ';' (input truncated?)", line: undefined }]);
  });

  it('garbage statements are skipped; bad rows warn with their line; unknown expressions keep their text', async () => {
    const r = await readAll(readSql, sql('broken/garbage.sql'));
    expect(r.error).toBeUndefined();
    expect(r.records).toEqual([
      { 't.id': 1, 't.name': 'ok' },
      { 't.id': 2, 't.name': 'two', 't.column_3': 'extra value' },
      { 't.id': 3, 't.name': 'three' },
      { 't.id': 4, 't.name': 'now()' },
      { 't.id': 5, 't.name': 'ab' },
    ]);
    expect(r.warnings).toEqual([
      { message: 't: row has 3 values for 2 columns', line: 4 },
      { message: 'INSERT INTO t: expected a row tuple, found "oops"; rest of the statement skipped', line: 5 },
      { message: 'INSERT INTO t: unexpected "garbage" after a row; rest of the statement skipped', line: 6 },
    ]);
  });

  it('a row left open when its statement ends is dropped with a warning', async () => {
    const r = await readAll(readSql, 'INSERT INTO t VALUES (1, 2;\nINSERT INTO t VALUES (3, 4);');
    expect(r.records).toEqual([{ 't.column_1': 3, 't.column_2': 4 }]);
    expect(r.warnings).toEqual([
      { message: 'INSERT INTO t: row starting at line 1 is not closed before the statement ends; row dropped', line: 1 },
    ]);
  });

  it('an unterminated block comment is an error', async () => {
    const r = await readAll(readSql, "INSERT INTO t VALUES (1);\n/* never closed\nINSERT INTO t VALUES (2);");
    expect(r.records).toHaveLength(1);
    expect(r.error?.message).toMatch(/unterminated \/\* comment starting at line 2/);
  });

  it('cuts values over 1 MiB with a warning instead of holding them', async () => {
    const big = 'x'.repeat((1 << 20) + 10);
    const r = await readAll(readSql, `INSERT INTO t VALUES ('${big}', 2);`);
    expect(r.records).toHaveLength(1);
    expect((r.records[0]['t.column_1'] as string).length).toBe(1 << 20);
    expect(r.records[0]['t.column_2']).toBe(2);
    expect(r.warnings.map((w) => w.message)).toEqual(['t: a value longer than 1 MiB was cut']);
  });

  it('limits the number of warnings per file', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `(${i},1,2)`).join(',');
    const r = await readAll(readSql, `CREATE TABLE t (a int, b int);\nINSERT INTO t VALUES ${rows};`);
    expect(r.records).toHaveLength(80);
    expect(r.warnings).toHaveLength(51);
    expect(r.warnings[50].message).toBe('30 more warnings like the above were not listed');
  });
});

describe('readSql: early stop', () => {
  it('reports tables when the consumer stops reading (e.g. --max-records)', async () => {
    let tables: TableInfo[] | undefined;
    const ctx = { path: 'p', warn: () => undefined, setFact: () => undefined, setTables: (t: TableInfo[]) => { tables = t; } };
    for await (const r of readSql(chunked(sql('mysqldump.sql')), ctx)) {
      expect(r.fields[0]).toBe('customer.id');
      break;
    }
    // Counts cover what was parsed: the chunk being read when the consumer stopped.
    expect(tables?.map((t) => t.name)).toEqual(['customer', 'store']);
  });
});

describe('readSql: chunk boundaries', () => {
  const files = ['mysqldump.sql', 'phpmyadmin.sql', 'pg_dump.sql', 'pg_inserts.sql', 'sqlite.dump.sql', 'sqlserver.sql', 'broken/garbage.sql', 'broken/unterminated-string.sql', 'broken/copy-no-terminator.sql'];
  for (const name of files) {
    it(`${name}: 1-byte and random chunks give the same records, lines, warnings and errors`, async () => {
      const bytes = sql(name);
      const whole = await readAll(readSql, bytes);
      const strip = (r: ReadResult) => ({ ...r, error: r.error && { message: r.error.message, line: r.error.line, offset: r.error.offset } });
      expect(strip(await readAll(readSql, bytes, [1]))).toEqual(strip(whole));
      for (const seed of [1, 2, 3]) {
        expect(strip(await readAll(readSql, bytes, randomSizes(seed, 500, 23)))).toEqual(strip(whole));
      }
    });
  }
});

describe('readSql: real corpus', () => {
  const sakila = corpus('sakila_mysql_dump/sakila-data.excerpt.sql');
  const chinook = corpus('chinook_mysql_dump/Chinook_MySql.excerpt.sql');

  it.skipIf(!sakila)('Sakila data-only dump: positional inserts give table.column_N per table', async () => {
    const r = await readAll(readSql, sakila!);
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.tables?.map((t) => [t.name, t.records, t.columns.length])).toEqual([
      ['address', 300, 9],
      ['customer', 599, 9],
      ['payment', 500, 7],
      ['staff', 2, 11],
      ['store', 2, 4],
    ]);
    const mary = r.records.find((x) => x['customer.column_5'] === 'MARY.SMITH@sakilacustomer.org');
    expect(mary).toMatchObject({ 'customer.column_1': 1, 'customer.column_3': 'MARY', 'customer.column_4': 'SMITH' });
    const staff = r.records.filter((x) => 'staff.column_1' in x);
    expect(staff[0]['staff.column_5']).toMatch(/^0x89504E470D0A1A0A…\(\d+ bytes\)$/);
    expect(staff[0]['staff.column_10']).toBe('8cb2237d0679ca88db6464eac60da96345513964');
    // The geometry inside /*!50705 … */ counts as the 8th address column.
    const addr = r.records.find((x) => x['address.column_1'] === 1)!;
    expect(addr['address.column_8']).toBe('0000000001010000003E0A325D63345CC0761FDB8D99D94840');
    expect(addr['address.column_9']).toBe('2014-09-25 22:30:27');
  });

  it.skipIf(!sakila || !chinook)('both corpus dumps are sniffed as SQL', () => {
    expect(sniffSql(sakila!.subarray(0, 65536).toString('utf8'))).toBe('INSERT INTO statements');
    expect(sniffSql(chinook!.subarray(0, 65536).toString('utf8'))).toBe('INSERT INTO statements');
  });

  it.skipIf(!sakila)('Sakila in random chunks reads the same', async () => {
    const whole = await readAll(readSql, sakila!);
    const chunked = await readAll(readSql, sakila!, randomSizes(9, 4000, 700));
    expect(chunked).toEqual(whole);
  });

  it.skipIf(!chinook)('Chinook: DDL + column-list inserts give named columns', async () => {
    const r = await readAll(readSql, chinook!);
    expect(r.error).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.tables?.map((t) => [t.name, t.records])).toEqual([
      ['Customer', 59],
      ['Employee', 8],
      ['Invoice', 412],
      ['InvoiceLine', 400],
    ]);
    expect(table(r, 'Customer').columns).toContain('Email');
    expect(table(r, 'Customer').facts).toEqual(['primary key: CustomerId']);
    const luis = r.records.find((x) => x['Customer.Email'] === 'luisg@embraer.com.br');
    expect(luis).toMatchObject({ 'Customer.FirstName': 'Luís', 'Customer.LastName': 'Gonçalves', 'Customer.SupportRepId': 3 });
    expect(r.records.find((x) => 'Invoice.Total' in x)?.['Invoice.Total']).toBe(1.98);
  });
});

describe('sniffSql', () => {
  it('names the dump kind from headers and statements', () => {
    const head = (name: string) => sql(name).toString('utf8');
    expect(sniffSql(head('mysqldump.sql'))).toBe('mysqldump header');
    expect(sniffSql(head('phpmyadmin.sql'))).toBe('phpMyAdmin header');
    expect(sniffSql(head('pg_dump.sql'))).toBe('pg_dump header');
    expect(sniffSql(head('sqlite.dump.sql'))).toBe('SQLite .dump header');
    expect(sniffSql('COPY public.t (a, b) FROM stdin;\n1\t2\n\\.\n')).toBe('pg_dump COPY block');
    expect(sniffSql("-- data\ninsert ignore into users values (1,'a');\n")).toBe('INSERT INTO statements');
    expect(sniffSql('CREATE TABLE t (a int);\n')).toBe('CREATE TABLE statements');
  });

  it('does not claim CSV, logs or prose', () => {
    expect(sniffSql('id,email\n1,a@b.org\n')).toBeNull();
    expect(sniffSql('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326\n')).toBeNull();
    expect(sniffSql('We will insert into the table later.\n')).toBeNull();
  });
});
