// Members of a zip through yauzl: the central directory is the truth (names, sizes, encryption,
// symlink modes), members are read by random access from the file on disk or from memory.
import yauzl from 'yauzl';
import type { RawMember } from './raw-member.js';

export type ZipAccess = { path: string } | { buffer: Buffer };

const METHODS: Record<number, string> = { 1: 'shrink', 6: 'implode', 9: 'deflate64', 12: 'bzip2', 14: 'lzma', 93: 'zstd', 95: 'xz', 98: 'ppmd', 99: 'AES' };
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const UNIX_HOST = 3;

export function openZip(access: ZipAccess): Promise<yauzl.ZipFile> {
  // decodeStrings: false so `../x` and absolute names are listed (and reported) instead of
  // failing the whole archive; names are decoded by `entryName`.
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  return 'path' in access ? yauzl.openPromise(access.path, options) : yauzl.fromBufferPromise(access.buffer, options);
}

/** The name as tools show it: UTF-8 when flagged, or when the bytes are valid UTF-8 (many zippers
 *  write UTF-8 without the flag); CP437 otherwise. */
export function decodeName(raw: Buffer, flags: number, extraFields: yauzl.ExtraField[] = []): string {
  if ((flags & 0x800) === 0 && raw.some((b) => b >= 0x80)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/\\/g, '/');
    } catch { /* not UTF-8: CP437 below */ }
  }
  return yauzl.getFileNameLowLevel(flags, raw, extraFields, false);
}

export function entryName(entry: yauzl.Entry): string {
  return decodeName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
}

/** Central directory entries one at a time (lazily: a huge directory is never held whole). */
export async function* zipEntries(zip: yauzl.ZipFile): AsyncIterable<yauzl.Entry> {
  for (;;) {
    const next = new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => { done(); resolve(e); };
      const onEnd = () => { done(); resolve(null); };
      const onError = (e: Error) => { done(); reject(e); };
      const done = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
    });
    zip.readEntry();
    const entry = await next;
    if (entry === null) return;
    yield entry;
  }
}

export async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<{ chunks: AsyncIterator<Buffer>; abort: () => void }> {
  const stream = await zip.openReadStreamPromise(entry);
  return { chunks: stream[Symbol.asyncIterator](), abort: () => stream.destroy() };
}

/** Why a member's compression cannot be decoded, or undefined for stored and deflate. */
export function unsupportedMethod(method: number): string | undefined {
  if (method === 0 || method === 8) return undefined;
  return `compression method ${method}${METHODS[method] ? ` (${METHODS[method]})` : ''} is not supported`;
}

function memberType(entry: yauzl.Entry, name: string): RawMember['type'] {
  if (name.endsWith('/')) return 'directory';
  const unixMode = entry.versionMadeBy >> 8 === UNIX_HOST ? entry.externalFileAttributes >>> 16 : 0;
  return (unixMode & S_IFMT) === S_IFLNK ? 'symlink' : 'file';
}

export async function* zipMembers(zip: yauzl.ZipFile): AsyncIterable<RawMember> {
  for await (const entry of zipEntries(zip)) {
    const name = entryName(entry);
    yield {
      name,
      type: memberType(entry, name),
      encrypted: entry.isEncrypted(),
      unsupported: unsupportedMethod(entry.compressionMethod),
      size: entry.uncompressedSize,
      compressedSize: entry.compressedSize,
      open: () => openEntry(zip, entry),
      discard: async () => {},
    };
  }
}

/** True when the zip holds `name` (one pass over the central directory, no member data read). */
export async function zipHas(access: ZipAccess, name: string): Promise<boolean> {
  const zip = await openZip(access);
  try {
    for await (const e of zipEntries(zip)) if (entryName(e) === name) return true;
    return false;
  } finally {
    zip.close();
  }
}
