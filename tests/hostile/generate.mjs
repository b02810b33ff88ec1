#!/usr/bin/env node
// Builds the hostile-input corpus (issue 8): files made to break a scanner — empty, binary,
// mis-encoded, gigantic on one line, pathologically nested or wide, truncated, compressed
// bombs, and file-system traps (FIFO, symlink loops, unreadable files, a directory named
// like a file). Deterministic (seeded), generated rather than committed because some entries
// are large. tests/hostile/hostile.e2e.test.ts runs it; it can also be run by hand:
//
//   node tests/hostile/generate.mjs [outDir]            # default tests/hostile/generated
//   node tests/hostile/generate.mjs --huge-json <file> [--mb N]
//
// The second form writes one JSON document holding a single string value of N MB (default
// 600: above V8's ~512 M-character string limit), streamed to disk so the generator itself
// stays small in memory.
import { once } from 'node:events';
import { chmodSync, createWriteStream, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, deflateSync, gzipSync } from 'node:zlib';
import { zipBytes } from '../../scripts/zip-writer.js';

const MB = 1024 * 1024;

/** Values that look sensitive; the privacy assertions check none of them leaks into messages. */
export const SENSITIVE = {
  card: '4532015112830366',
  email: 'victim.person@example.org',
  ssn: '219-09-9999',
};

/** mulberry32: a tiny seeded generator so the corpus is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(n, seed) {
  const r = rng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

/** A good user table: the file whose results must survive next to every hostile one. */
function goodCsv(rows = 50) {
  const lines = ['id,email,phone,signup_date'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`${i},user${i}@example.com,+1 202-555-${String(1000 + i).slice(-4)},2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
  }
  return lines.join('\n') + '\n';
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A valid 16×16 greyscale PNG. */
function png() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(16 * 17);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) raw[y * 17 + 1 + x] = (x * 16 + y) & 0xff;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function writeStreamed(file, pieces) {
  const out = createWriteStream(file);
  for (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** `count` copies of `unit`, written in blocks of about 1 MB. */
function* repeated(unit, count) {
  const perBlock = Math.max(1, Math.floor(MB / unit.length));
  const block = unit.repeat(perBlock);
  let left = count;
  while (left >= perBlock) {
    yield block;
    left -= perBlock;
  }
  if (left > 0) yield unit.repeat(left);
}

function wideCsv(columns, rows) {
  const header = Array.from({ length: columns }, (_, i) => `c${i + 1}`).join(',');
  const lines = [header];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, i) => String((i + r) % 10)).join(','));
  return lines.join('\n') + '\n';
}

function utf16be(text) {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const t = le[i];
    le[i] = le[i + 1];
    le[i + 1] = t;
  }
  return le;
}

/** Name of the path-traversal member: relative to the scan's working directory it would land here. */
export const TRAVERSAL_NAME = '../../leaksift-hostile-traversal.csv';

/**
 * Archive traps: a zip bomb (a 64 MiB member in 64 KB), a nested fan-out bomb (16 zips of 16
 * members of 8 MiB: 2 GiB from 2 MB), archives nested five deep, and members named to escape an
 * extraction directory.
 */
function makeArchives(dir) {
  const bombData = (mb) => `id,blob\n1,${'z'.repeat(mb * MB)}\n`;
  writeFileSync(path.join(dir, 'zip-bomb.zip'), zipBytes([{ name: 'bomb.csv', data: bombData(64) }, { name: 'ok.csv', data: goodCsv(3) }]));
  const part = bombData(8);
  const inner = zipBytes(Array.from({ length: 16 }, (_, i) => ({ name: `part-${i}.csv`, data: part })));
  writeFileSync(path.join(dir, 'nested-bomb.zip'), zipBytes(Array.from({ length: 16 }, (_, i) => ({ name: `inner-${i}.zip`, data: inner, method: 0 }))));
  let deep = zipBytes([{ name: 'deepest.csv', data: goodCsv(2) }]);
  for (let level = 4; level >= 1; level--) deep = zipBytes([{ name: `level-${level}.zip`, data: deep }]);
  writeFileSync(path.join(dir, 'too-deep.zip'), deep);
  writeFileSync(path.join(dir, 'traversal.zip'), zipBytes([
    { name: TRAVERSAL_NAME, data: goodCsv(4) },
    { name: '/tmp/leaksift-hostile-absolute.csv', data: goodCsv(4) },
    { name: 'safe/inner.csv', data: goodCsv(4) },
  ]));
}

/** Special files: a FIFO, symlink loops, an unreadable file. Skipped where the OS cannot make them. */
function makeTraps(dir, made) {
  try {
    execFileSync('mkfifo', [path.join(dir, 'pipe.fifo')]);
    made.push('pipe.fifo');
  } catch {
    /* no mkfifo (Windows): the FIFO case is skipped by the test */
  }
  try {
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    symlinkSync('self-loop', path.join(dir, 'self-loop'));
    made.push('loop-a', 'loop-b', 'self-loop');
  } catch {
    /* symlinks need privileges on Windows */
  }
  const locked = path.join(dir, 'unreadable.csv');
  writeFileSync(locked, `id,card_number\n1,${SENSITIVE.card}\n`);
  chmodSync(locked, 0o000);
  made.push('unreadable.csv');
}

export async function generateCorpus(outDir) {
  if (existsSync(outDir)) {
    // chmod 000 files and FIFOs are removed fine by rm -r; make sure a stale run does not linger.
    rmSync(outDir, { recursive: true, force: true });
  }
  const corpus = path.join(outDir, 'corpus');
  const explicit = path.join(outDir, 'explicit');
  mkdirSync(corpus, { recursive: true });
  mkdirSync(explicit, { recursive: true });
  const w = (name, data) => writeFileSync(path.join(corpus, name), data);

  w('good.csv', goodCsv());
  w('empty.csv', '');
  w('bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf]));
  w('random.bin', randomBytes(64 * 1024, 1));
  w('image.png', png());
  // Latin-1 bytes (é = 0xE9) and a lone 0xFF: not UTF-8.
  w('invalid-utf8.csv', Buffer.concat([
    Buffer.from('id,name,city\n1,', 'latin1'),
    Buffer.from('Andr\xe9,Li\xe8ge\n2,\xff\xfe\xfd,Paris\n3,Zo\xeb,Gen\xe8ve\n', 'latin1'),
  ]));
  const utf16Text = 'id,email\n1,a@example.com\n2,b@example.com\n3,c@example.com\n';
  w('utf16le-nobom.csv', Buffer.from(utf16Text, 'utf16le'));
  w('utf16be-nobom.csv', utf16be(utf16Text));
  w('mixed-eol.csv', 'id,email\r\n1,a@example.com\n2,b@example.com\r3,c@example.com\r\n4,d@example.com\n');
  // 50 MB on one line (a value, not a header), then a normal row.
  await writeStreamed(path.join(corpus, 'long-line.csv'), ['id,note\n1,', ...repeated('abcdefghij', 5 * MB), '\n2,short\n']);
  w('wide.csv', wideCsv(100_000, 3));
  w('too-wide.csv', wideCsv(100_001, 1));
  w('ragged.csv', 'id,email,phone\n1,a@example.com,555-0100\n2,b@example.com\n3,c@example.com,555-0102,extra,more\n4\n5,e@example.com,555-0104\n');
  // A quote opened in the middle of a field holding a card number, and one never closed.
  w('unbalanced-quotes.csv', `id,card_number,note\n1,4111111111111111,ok\n2,${SENSITIVE.card}"x,bad\n3,5500005555555559,ok\n4,"${SENSITIVE.email},never closed\n5,x,y\n`);
  w('nul-head.csv', Buffer.concat([Buffer.from('id,name\n1,a'), Buffer.from([0, 0, 0]), Buffer.from('\n2,b\n')]));
  // NUL bytes after the head the open stage sniffs (64 KB, up to a 1 MiB read): read as text.
  const filler = Array.from({ length: 8000 }, (_, i) => `${i},row${i}@example.com,${'lorem ipsum '.repeat(20)}`).join('\n');
  w('nul-late.csv', Buffer.concat([
    Buffer.from(`id,email,note\n${filler}\n`),
    Buffer.from('8001,x'), Buffer.from([0, 0]), Buffer.from('y@example.com,nul\n8002,z@example.com,end\n'),
  ]));
  const DEPTH = 100_000;
  w('deep-array.json', '['.repeat(DEPTH) + ']'.repeat(DEPTH));
  w('deep-object.json', '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH));
  w('deep-line.ndjson', `{"id":1,"email":"a@example.com"}\n${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n{"id":2,"email":"b@example.com"}\n{"id":3,"email":"c@example.com"}\n`);
  w('duplicate-keys.json', '[{"id":1,"email":"a@example.com","email":"b@example.com"},{"id":2,"id":3,"email":"c@example.com"}]');
  const lines = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => `{"id":${from + i},"email":"u${from + i}@example.com"}\n`).join('');
  w('garbage.ndjson', Buffer.concat([
    Buffer.from(`${lines(1, 10)}this is not json\n`),
    // Binary garbage without NUL or newline bytes (a NUL in the head would make the file binary).
    randomBytes(200, 2).map((b) => (b === 10 || b === 0 ? 32 : b)),
    Buffer.from(`\n{"id":11,"email":"c@example.com"\n{"id":12,"card":"${SENSITIVE.card}",}\n${lines(13, 20)}`),
  ]));
  const truncated = gzipSync(goodCsv(2000));
  w('truncated.csv.gz', truncated.subarray(0, Math.floor(truncated.length / 2)));
  // Gzip bomb: 1 GiB of CSV in ~1 MB — a member with a header and ten normal rows, then 128
  // identical members each holding one 8 MiB row (multi-member gzip is valid; each expands ~1000:1).
  const member = gzipSync(`11,${'z'.repeat(8 * MB - 4)}\n`, { level: constants.Z_BEST_COMPRESSION });
  const head = Array.from({ length: 10 }, (_, i) => `${i + 1},row ${i + 1}\n`).join('');
  w('bomb.csv.gz', Buffer.concat([gzipSync(`id,blob\n${head}`), ...Array.from({ length: 128 }, () => member)]));
  w('unterminated.sql', [
    'CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255), PRIMARY KEY (`id`));',
    "INSERT INTO `users` VALUES (1,'a@example.com'),(2,'b@example.com');",
    `INSERT INTO \`users\` VALUES (3,'c@example.com'),(4,'${SENSITIVE.email});`,
    '-- the string opened on line 3 runs to the end of the file',
    '',
  ].join('\n'));
  makeArchives(corpus);
  // A million-digit number token: a backtracking number regex is quadratic on it (hours).
  w('long-number.sql', `CREATE TABLE t (id int, n decimal(65,0));\nINSERT INTO t VALUES (1,5),(2,${'9'.repeat(1_000_000)}x),(3,7);\n`);
  // A directory named like a file, holding a good file.
  mkdirSync(path.join(corpus, 'data.csv'));
  writeFileSync(path.join(corpus, 'data.csv', 'rows.csv'), goodCsv(5));
  mkdirSync(path.join(explicit, 'empty.csv'));

  const traps = [];
  makeTraps(corpus, traps);
  const explicitTraps = [];
  makeTraps(explicit, explicitTraps);
  return { corpus, explicit, traps, explicitTraps };
}

/** One JSON array whose first record holds a single string of `mb` MB, then a normal record. */
export async function generateHugeJson(file, mb) {
  const chunk = 'abcdefghijklmnopqrstuvwxyz012345'.repeat(MB / 32);
  await writeStreamed(file, (function* () {
    yield '[{"id":1,"blob":"';
    for (let i = 0; i < mb; i++) yield chunk;
    yield '"},{"id":2,"email":"after@example.com"}]\n';
  })());
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const huge = args.indexOf('--huge-json');
  if (huge >= 0) {
    const mbAt = args.indexOf('--mb');
    await generateHugeJson(args[huge + 1], mbAt >= 0 ? Number(args[mbAt + 1]) : 600);
  } else {
    const out = args[0] ?? fileURLToPath(new URL('./generated/', import.meta.url));
    const r = await generateCorpus(out);
    process.stdout.write(`hostile corpus written to ${r.corpus} and ${r.explicit}\n`);
  }
}
