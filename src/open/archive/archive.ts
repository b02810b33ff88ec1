// Opens a container the open stage recognised (zip, tar, tar.gz) and hands out its members as
// byte streams with display names, enforcing the limits. Nothing is ever written to disk.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../../read/types.js';
import type { OpenedArchive, OpenSource } from '../open.js';
import { ArchiveBudget, formatRatio, memberRatioProblem, type ArchiveLimits } from './limits.js';
import { memberError, MemberPipe } from './member.js';
import { escapesRoot } from './names.js';
import type { RawMember } from './raw-member.js';
import { tarMembers } from './tar.js';
import { localHeaderMembers } from './zip-local.js';
import { entryName, openEntry, openZip, zipEntries, zipHas, zipMembers, type ZipAccess } from './zip.js';
import type yauzl from 'yauzl';

export interface ArchiveProblems {
  warn(message: string): void;
  error(message: string): void;
}

/** A member to scan, or one listed but not read (encrypted, unsupported, a bomb). */
export type ArchiveEntry = { name: string; stream: Readable; size?: number } | { name: string; skipped: string };

/** A spreadsheet (read as records by src/read/xlsx) or an archive of members. */
export type Container = { kind: 'xlsx'; zip: ZipAccess } | { kind: 'zip' | 'tar'; members(): AsyncIterable<RawMember> };

function sizeText(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MiB`;
}

/** Random access to a zip: the file itself, or its bytes held in memory when it is not a plain file. */
async function zipAccess(opened: OpenedArchive, source: OpenSource, limits: ArchiveLimits): Promise<ZipAccess> {
  if ('path' in source && opened.compression === 'none') {
    opened.close();
    return { path: source.path };
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of opened.chunks) {
    size += c.length;
    if (size > limits.maxInMemoryZipBytes) {
      opened.close();
      throw new InputError(
        `zip larger than ${sizeText(limits.maxInMemoryZipBytes)} that is not a file on disk (nested, gzipped or stdin): ` +
          'not opened, since reading a zip needs random access (extract it first)',
      );
    }
    parts.push(c);
  }
  return { buffer: Buffer.concat(parts) };
}

async function* bytesOf(access: ZipAccess): AsyncIterable<Buffer> {
  if ('buffer' in access) yield access.buffer;
  else yield* createReadStream(access.path, { highWaterMark: 1 << 20 });
}

/** Decides zip, xlsx or tar; a zip without a readable central directory is walked by local headers. */
export async function openContainer(
  opened: OpenedArchive, source: OpenSource, limits: ArchiveLimits, problems: ArchiveProblems,
): Promise<Container> {
  if (opened.archive === 'tar') return { kind: 'tar', members: () => tarMembers(opened.chunks) };
  const access = await zipAccess(opened, source, limits);
  try {
    if (await zipHas(access, 'xl/workbook.xml')) return { kind: 'xlsx', zip: access };
  } catch (e) {
    const why = /end of central directory/i.test((e as Error).message) ? 'not found (truncated?)' : `unreadable: ${(e as Error).message}`;
    problems.error(`central directory ${why}; members were read from their local headers`);
    return { kind: 'zip', members: () => localHeaderMembers(bytesOf(access)) };
  }
  return {
    kind: 'zip',
    members: async function* () {
      const zip = await openZip(access);
      try {
        yield* zipMembers(zip);
      } finally {
        zip.close();
      }
    },
  };
}

/** Counts a member's bytes against the archive's budget and, when it has its own compressed size,
 *  its expansion: declared sizes can lie, so the bytes actually produced are judged. */
function meter(budget: ArchiveBudget, compressedSize: number | undefined): (n: number) => void {
  let bytes = 0;
  return (n) => {
    bytes += n;
    budget.addBytes(n);
    const bomb = compressedSize !== undefined ? memberRatioProblem(budget.limits, bytes, compressedSize) : null;
    if (bomb) throw new InputError(`stopped reading: ${bomb}`);
  };
}

/** Named parts of a zip package (an xlsx workbook), listed from the central directory and opened on demand. */
export interface ZipParts {
  size(name: string): number | undefined;
  open(name: string): Promise<Readable>;
  close(): void;
}

export async function openZipParts(access: ZipAccess, budget: ArchiveBudget): Promise<ZipParts> {
  const zip = await openZip(access);
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const e of zipEntries(zip)) {
      budget.countEntry();
      entries.set(entryName(e), e);
    }
  } catch (e) {
    zip.close();
    throw e;
  }
  return {
    size: (name) => entries.get(name)?.uncompressedSize,
    async open(name) {
      const e = entries.get(name);
      if (!e) throw new InputError(`workbook part ${name} is missing`);
      if (e.isEncrypted()) throw new InputError(`workbook part ${name} is encrypted`);
      return new MemberPipe(await openEntry(zip, e), meter(budget, e.compressedSize)).stream;
    },
    close: () => zip.close(),
  };
}

function declaredBomb(limits: ArchiveLimits, size: number, compressedSize: number): string | null {
  const bomb = memberRatioProblem(limits, size, compressedSize);
  return bomb && `declared size ${bomb}: not read`;
}

function archiveError(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  if (e instanceof InputError) return msg;
  if (/unexpected end of (data|file)/i.test(msg)) return 'archive is truncated (it ends inside a member)';
  return `corrupt archive: ${msg}`;
}

/**
 * The members to scan, in archive order. The consumer reads each entry's stream as far as it
 * wants before asking for the next; problems go to `problems` and end the iteration cleanly.
 */
export async function* archiveEntries(
  members: AsyncIterable<RawMember>, budget: ArchiveBudget, problems: ArchiveProblems,
): AsyncIterable<ArchiveEntry> {
  const { limits } = budget;
  try {
    for await (const m of members) {
      budget.countEntry();
      if (escapesRoot(m.name)) {
        problems.warn(`member name points outside the archive (path traversal): ${m.name} — shown as a name only, nothing is extracted`);
      }
      if (m.type !== 'file') {
        if (m.type === 'symlink') problems.warn(`symbolic link ${m.name} skipped (links are not followed)`);
        else if (m.type === 'other') problems.warn(`${m.typeName} ${m.name} skipped`);
        await m.discard();
        continue;
      }
      const skipped = m.encrypted ? 'encrypted (password-protected): not scanned'
        : m.unsupported ? `${m.unsupported}: not scanned`
        : m.size !== undefined && m.compressedSize !== undefined ? declaredBomb(limits, m.size, m.compressedSize)
        : null;
      if (skipped) {
        await m.discard();
        yield { name: m.name, skipped };
        continue;
      }
      if (m.size !== undefined && m.compressedSize !== undefined && m.size > limits.ratioFloorBytes && m.size > limits.warnRatio * m.compressedSize) {
        problems.warn(`${m.name} expands ${formatRatio(m.size, m.compressedSize)} (above ${limits.warnRatio}:1)`);
      }
      let source;
      try {
        source = await m.open();
      } catch (e) {
        yield { name: m.name, skipped: memberError(e).message };
        continue;
      }
      const pipe = new MemberPipe(source, meter(budget, m.compressedSize));
      yield { name: m.name, stream: pipe.stream, size: m.size };
      await pipe.finish();
    }
  } catch (e) {
    problems.error(archiveError(e));
  }
}
