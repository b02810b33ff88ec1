// Property tests: arbitrary bytes never make a reader, the open stage or the whole pipeline throw
// anything but the documented input errors. Two generators: uniform bytes, and bytes built from
// the syntax each format cares about (quotes, delimiters, brackets, SQL keywords, escapes, log
// headers, invalid UTF-8), which reaches the parsers' edge states far more often.
// (tests/read/json-property.test.ts covers uniform bytes and round trips for JSON/NDJSON, and
// tests/read/sql-property.test.ts and tests/read/csv.test.ts the round trips.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { OpenError, openInput } from '../../src/open/open.js';
import { csvReader } from '../../src/read/csv/reader.js';
import { readJson } from '../../src/read/json/reader.js';
import { readLog } from '../../src/read/log/reader.js';
import { readNdjson } from '../../src/read/ndjson.js';
import { readSql } from '../../src/read/sql/reader.js';
import { InputError, type Reader } from '../../src/read/types.js';
import { readerFor, SNIFF_PLUGINS } from '../../src/scan/readers.js';
import { scanRef } from '../../src/scan/scan-source.js';
import { chunked, readAll } from '../helpers/read-all.js';

const TOKENS: (string | number[])[] = [
  ',', ';', '\t', '|', '"', "'", '`', '\\', '\n', '\r', '\r\n', ' ', '{', '}', '[', ']', ':', '(', ')', '=', '&', '?', '%', '%zz',
  '""', "''", '\\N', '\\.', 'NULL', 'null', 'true', '1e999', '-0', '0x1F', "_binary '", 'X\'ab\'', '$$', '$tag$',
  'INSERT INTO `t` VALUES ', 'INSERT INTO t (a,b) VALUES ', 'CREATE TABLE t (a int, b text);', 'COPY t (a, b) FROM stdin;\n',
  '/*!40101 ', '/*', '*/', '-- ', '#', 'DELIMITER ;;\n', ';;',
  '{"a":', '"k":"v"', '[{', '}]', '\\u00', '\\ud800',
  'key=value ', 'a="b c" ', 'body=a=1&b=2 ', 'level=info msg="x"',
  '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /?q=1 HTTP/1.0" 200 2326 "-" "Mozilla"',
  '<34>1 2003-10-11T22:14:15.003Z host app 1 - - ', 'Oct 11 22:14:15 host sshd[1]: ',
  '4111111111111111', 'a@b.co', '::1', 'é', '汉', '😀', '\u0000', '\ufeff',
  [0xff], [0xfe], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80], [0x1f, 0x8b], [0x50, 0x4b, 0x03, 0x04],
];

const tokenBytes = TOKENS.map((t) => (typeof t === 'string' ? Buffer.from(t, 'utf8') : Buffer.from(t)));

/** Bytes assembled from format syntax and a little noise. */
const syntaxBytes = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokenBytes) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 6 }).map((b) => Buffer.from(b)) }), { maxLength: 80 })
  .map((parts) => Buffer.concat(parts));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)), syntaxBytes);
const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 });

const READERS: [string, Reader][] = [
  ['csv ,', csvReader(',')],
  ['csv tab', csvReader('\t')],
  ['csv ;', csvReader(';')],
  ['csv |', csvReader('|')],
  ['json', readJson],
  ['ndjson', readNdjson],
  ['sql', readSql],
  ['log', readLog],
];

describe.each(READERS)('reader %s on arbitrary bytes', (_name, reader) => {
  it('yields records or throws InputError, nothing else, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, chunkSizes, async (bytes, sizes) => {
        // readAll rethrows anything that is not an InputError.
        const r = await readAll(reader, bytes, sizes);
        for (const rec of r.records) for (const v of Object.values(rec)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof v);
      }),
      { numRuns: 250 },
    );
  });
});

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function tmpFile(bytes: Buffer): string {
  const p = path.join(dir, `f${n++}.dat`);
  writeFileSync(p, bytes);
  return p;
}

/** Wrappings the open stage undoes: none, gzip (whole or cut), BOMs. */
const wrapped = fc.tuple(anyBytes, fc.constantFrom('plain', 'gzip', 'gzip-cut', 'bom8', 'bom16le', 'bom16be')).map(([b, how]) => {
  switch (how) {
    case 'gzip': return gzipSync(b);
    case 'gzip-cut': { const g = gzipSync(b); return g.subarray(0, Math.max(2, g.length >> 1)); }
    case 'bom8': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
    case 'bom16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), b]);
    case 'bom16be': return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
    default: return b;
  }
});

function expected(e: unknown): boolean {
  return e instanceof OpenError || e instanceof InputError || typeof (e as NodeJS.ErrnoException)?.code === 'string';
}

describe('openInput on arbitrary bytes', () => {
  it('opens or fails with OpenError/InputError/fs errors; reading the result fails only with InputError', async () => {
    await fc.assert(
      fc.asyncProperty(wrapped, async (bytes) => {
        let opened;
        try {
          opened = await openInput({ path: tmpFile(bytes) }, SNIFF_PLUGINS);
        } catch (e) {
          if (!expected(e)) throw e;
          return;
        }
        if ('archive' in opened) {
          opened.close();
          return;
        }
        try {
          for await (const _ of readerFor(opened.guess)(opened.chunks, { path: 'x', warn: () => {}, setFact: () => {} })) void _;
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a stream source the same way (stdin)', async () => {
    await fc.assert(
      fc.asyncProperty(wrapped, async (bytes) => {
        const { Readable } = await import('node:stream');
        try {
          const opened = await openInput({ stream: Readable.from(chunked(bytes, [7])) }, SNIFF_PLUGINS);
          if ('archive' in opened) opened.close();
          else for await (const _ of opened.chunks) void _;
        } catch (e) {
          if (!expected(e)) throw e;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the whole pipeline on arbitrary bytes', () => {
  it('every input becomes a report entry; no "internal error" (a bug) ever', async () => {
    const settings = { maxRecords: null, showValues: false, detectors: DETECTORS };
    await fc.assert(
      fc.asyncProperty(wrapped, async (bytes) => {
        const display = 'prop.dat';
        let count = 0;
        for await (const f of scanRef({ kind: 'file', path: tmpFile(bytes), display }, settings)) {
          count++;
          for (const p of [...f.errors, ...f.warnings]) expect(p.message).not.toMatch(/internal error/i);
        }
        expect(count).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
