// Stage 2: open an input, undo gzip, detect the encoding and hand readers UTF-8 bytes plus the
// sniffed format. Everything here is streaming: only the first 64 KB are held to sniff.
import { createReadStream } from 'node:fs';
import { createGunzip, type Gunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../read/types.js';
import { DEFAULT_ARCHIVE_LIMITS, formatRatio } from './archive/limits.js';
import { sniffFormat, type FormatGuess, type SniffPlugins } from './sniff.js';

const HEAD_BYTES = 64 * 1024;
/**
 * Bytes per read of a file: far above what parsing can use (reads run at GB/s even in 64 KB),
 * small enough that each chunk is not a large allocation left to fragment the heap.
 */
export const READ_CHUNK = 256 * 1024;

export interface OpenedInput {
  compression: 'none' | 'gzip';
  encoding: string;
  guess: FormatGuess;
  /** Decoded UTF-8 content, BOM removed. Iterate once. */
  chunks: AsyncIterable<Buffer>;
  /** Raw bytes consumed from the source so far (compressed size for gzip). */
  bytesRead(): number;
  warnings: string[];
  /** Stops reading without iterating `chunks` (reading them to the end or stopping early closes too). */
  close(): void;
}

/** A zip or tar container: its members are opened one by one by src/open/archive. */
export interface OpenedArchive {
  archive: 'zip' | 'tar';
  compression: 'none' | 'gzip';
  reason: string;
  /** The archive's bytes from its start (gzip undone). Iterate once, or call `close`. */
  chunks: AsyncIterable<Buffer>;
  bytesRead(): number;
  /** Stops reading the input (a zip on disk is read by random access instead). */
  close(): void;
}

export type OpenSource = { path: string } | { stdin: NodeJS.ReadableStream } | { stream: Readable };

/** Why an input cannot be read at all (binary, empty, unknown format). */
export class OpenError extends Error {
  constructor(message: string, readonly offset?: number) {
    super(message);
    this.name = 'OpenError';
  }
}

/** Pulls chunks from an async iterator with the ability to look ahead and put back. */
class PeekableSource {
  private readonly pending: Buffer[] = [];
  /** An error met while peeking: raised after the bytes before it have been read. */
  private deferred: unknown = null;
  constructor(private readonly it: AsyncIterator<Buffer>) {}
  async next(): Promise<Buffer | null> {
    if (this.pending.length > 0) return this.pending.shift()!;
    if (this.deferred !== null) {
      const e = this.deferred;
      this.deferred = null;
      throw e;
    }
    const r = await this.it.next();
    return r.done ? null : r.value;
  }
  /** Reads until `n` bytes are buffered or the source ends; returns the head without consuming it. */
  async peek(n: number): Promise<Buffer> {
    let have = this.pending.reduce((a, b) => a + b.length, 0);
    while (have < n && this.deferred === null) {
      try {
        const r = await this.it.next();
        if (r.done) break;
        this.pending.push(r.value);
        have += r.value.length;
      } catch (e) {
        // Keep what was read (a truncated gzip still yields its first records); fail on first
        // peek only when nothing at all came through.
        if (have === 0) throw e;
        this.deferred = e;
      }
    }
    return Buffer.concat(this.pending);
  }
  async *rest(): AsyncIterable<Buffer> {
    for (;;) {
      const c = await this.next();
      if (c === null) return;
      yield c;
    }
  }
}

async function* iterate(stream: Readable, onError: (e: unknown) => never): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (e) {
    onError(e);
  }
}

/**
 * Stops a gzip stream that expands without bound (a decompression bomb) with the archive limits:
 * past the ratio floor, more than `stopRatio` times the compressed bytes consumed, or more than
 * the total. Memory stays flat either way (streaming); this bounds the time.
 */
async function* inflateGuard(chunks: AsyncIterable<Buffer>, gunzip: Gunzip): AsyncIterable<Buffer> {
  const { stopRatio, ratioFloorBytes, maxTotalBytes } = DEFAULT_ARCHIVE_LIMITS;
  let out = 0;
  for await (const c of chunks) {
    out += c.length;
    if (out > maxTotalBytes) {
      throw new InputError(`stopped after ${Math.round(maxTotalBytes / 2 ** 30)} GiB of decompressed data (limit); records before were kept`);
    }
    if (out > ratioFloorBytes && out > stopRatio * gunzip.bytesWritten) {
      throw new InputError(
        `stopped: the gzip stream expanded past ${formatRatio(out, gunzip.bytesWritten)} (limit ${stopRatio}:1; a decompression bomb?); records before were kept`,
      );
    }
    yield c;
  }
}

/** Closes the source once the reader stops, however it stops (end, early break, error). */
async function* closeAfter(chunks: AsyncIterable<Buffer>, close: () => void): AsyncIterable<Buffer> {
  try {
    yield* chunks;
  } finally {
    close();
  }
}

function gzipError(e: unknown): never {
  const msg = (e as Error).message ?? String(e);
  if (/unexpected end of file/i.test(msg)) throw new InputError('truncated gzip stream (unexpected end of file)');
  throw new InputError(`corrupt gzip stream: ${msg}`);
}

function isValidUtf8Prefix(b: Buffer): boolean {
  // The head may end inside a multi-byte sequence: drop up to 3 trailing bytes of it.
  let end = b.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = b[end - k];
    if ((c & 0xc0) === 0x80) continue;
    if (c >= 0xc0) end -= k;
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 text without a BOM: almost every other byte is NUL. */
function utf16WithoutBom(b: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let le = 0, be = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + 1] === 0 && b[i] !== 0) le++;
    if (b[i] === 0 && b[i + 1] !== 0) be++;
  }
  if (le / (n / 2) > 0.9) return 'utf-16le';
  if (be / (n / 2) > 0.9) return 'utf-16be';
  return null;
}

async function* transcode(src: AsyncIterable<Buffer>, encoding: string): AsyncIterable<Buffer> {
  const dec = new TextDecoder(encoding === 'latin1' ? 'latin1' : encoding);
  for await (const c of src) yield Buffer.from(dec.decode(c, { stream: true }), 'utf8');
  const tail = dec.decode();
  if (tail.length > 0) yield Buffer.from(tail, 'utf8');
}

async function* skip(src: PeekableSource, n: number): AsyncIterable<Buffer> {
  let left = n;
  for await (const c of src.rest()) {
    if (left > 0) {
      if (c.length <= left) { left -= c.length; continue; }
      yield c.subarray(left);
      left = 0;
      continue;
    }
    yield c;
  }
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['bzip2 stream', [0x42, 0x5a, 0x68]],
  ['xz stream', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['SQLite database file', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['OLE2 compound document (a legacy .xls/.doc, or a password-protected .xlsx)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function magicName(b: Buffer): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((x, i) => b[i] === x)) return name;
  return null;
}

function archiveKind(head: Buffer): { archive: 'zip' | 'tar'; reason: string } | null {
  // PK\3\4 starts a member; PK\5\6 is the end record alone (an empty zip).
  if (head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) {
    return { archive: 'zip', reason: 'zip signature (PK\\x03\\x04)' };
  }
  if (head.length >= 263 && head.toString('latin1', 257, 262) === 'ustar') return { archive: 'tar', reason: "tar header ('ustar' at offset 257)" };
  return null;
}

function sourceStream(source: OpenSource): Readable {
  if ('path' in source) return createReadStream(source.path, { highWaterMark: READ_CHUNK });
  return ('stdin' in source ? source.stdin : source.stream) as Readable;
}

export async function openInput(source: OpenSource, plugins: SniffPlugins): Promise<OpenedInput | OpenedArchive> {
  const stream = sourceStream(source);
  // Everything to release once the input is done with: the source, and the gunzip stream if any.
  const closers = [() => stream.destroy()];
  const close = () => closers.forEach((c) => c());
  try {
    return await openStream(stream, plugins, closers, close);
  } catch (e) {
    // Unreadable input: release the file now (a directory of a thousand binaries must not leak descriptors).
    close();
    throw e;
  }
}

async function openStream(
  stream: Readable,
  plugins: SniffPlugins,
  closers: (() => void)[],
  close: () => void,
): Promise<OpenedInput | OpenedArchive> {
  let raw = 0;
  const counted = (async function* () {
    for await (const chunk of stream) {
      raw += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  })();
  const rawSrc = new PeekableSource(counted[Symbol.asyncIterator]());
  const first = await rawSrc.peek(4);
  let compression: 'none' | 'gzip' = 'none';
  let body: PeekableSource = rawSrc;
  if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
    compression = 'gzip';
    const gunzip = createGunzip();
    closers.push(() => gunzip.destroy());
    // Feed gunzip from our counted source so raw bytes are still measured.
    (async () => {
      try {
        for await (const c of rawSrc.rest()) if (!gunzip.write(c)) await new Promise((r) => gunzip.once('drain', r));
        gunzip.end();
      } catch (e) {
        gunzip.destroy(e as Error);
      }
    })();
    body = new PeekableSource(inflateGuard(iterate(gunzip, gzipError), gunzip)[Symbol.asyncIterator]());
  }
  const head = await body.peek(HEAD_BYTES);
  const warnings: string[] = [];
  if (head.length === 0) throw new OpenError(compression === 'gzip' ? 'empty after decompression' : 'empty file');
  const archive = archiveKind(head);
  if (archive) return { ...archive, compression, chunks: body.rest(), bytesRead: () => raw, close };

  let encoding = 'utf-8';
  let bom = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) { encoding = 'utf-8'; bom = 3; }
  else if (head[0] === 0xff && head[1] === 0xfe) { encoding = 'utf-16le'; bom = 2; }
  else if (head[0] === 0xfe && head[1] === 0xff) { encoding = 'utf-16be'; bom = 2; }
  else {
    const magic = magicName(head);
    if (magic) throw new OpenError(`${magic}, not a text data file (not scanned)`, 0);
    const u16 = utf16WithoutBom(head);
    if (u16) {
      encoding = u16;
      warnings.push(`no byte-order mark; content decoded as ${u16.toUpperCase()} (NUL byte pattern)`);
    } else {
      const nul = head.indexOf(0);
      if (nul >= 0) throw new OpenError(`binary content (NUL byte at offset ${nul}), not a text data file (not scanned)`, nul);
      if (!isValidUtf8Prefix(head)) {
        encoding = 'latin1';
        warnings.push('content is not valid UTF-8; decoded as Latin-1 (ISO-8859-1)');
      }
    }
  }
  if (bom > 0 && head.length === bom) throw new OpenError('only a byte-order mark, no content');

  let chunks: AsyncIterable<Buffer> = bom > 0 ? skip(body, bom) : body.rest();
  let headText: string;
  if (encoding === 'utf-8') {
    headText = head.subarray(bom).toString('utf8');
  } else {
    headText = new TextDecoder(encoding === 'latin1' ? 'latin1' : encoding).decode(head.subarray(bom));
    chunks = transcode(chunks, encoding);
  }
  const guess = sniffFormat(headText, plugins);
  if (!guess) throw new OpenError('unrecognised content: not CSV/TSV, JSON, NDJSON, a SQL dump or a log');
  chunks = closeAfter(chunks, close);
  return { compression, encoding: bom > 0 && encoding === 'utf-8' ? 'utf-8 (BOM)' : encoding, guess, chunks, bytesRead: () => raw, warnings, close };
}
