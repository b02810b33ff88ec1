// A zip whose central directory is missing — typically a download cut short — still has its
// members' local headers: walk them from the start so the members before the cut are read.
import { Readable, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { InputError } from '../../read/types.js';
import type { RawMember } from './raw-member.js';
import { decodeName, unsupportedMethod } from './zip.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;

/** Sequential reads of exact lengths over a chunk stream. */
class ByteQueue {
  private chunks: Buffer[] = [];
  private have = 0;
  offset = 0;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<void> {
    while (this.have < n) {
      const r = await this.it.next();
      if (r.done) return;
      this.chunks.push(r.value);
      this.have += r.value.length;
    }
  }

  /** Up to `n` bytes (fewer only at the end of the input). */
  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    this.chunks = all.length > n ? [all.subarray(n)] : [];
    this.have = all.length - out.length;
    this.offset += out.length;
    return out;
  }

  /** Up to `n` bytes as they arrive, without holding them all. */
  async next(n: number): Promise<Buffer> {
    if (this.have === 0) await this.fill(1);
    return this.read(Math.min(n, this.have));
  }
}

/** Exactly `size` bytes of member data, chunk by chunk; `state.left` says what was not read. */
async function* memberData(q: ByteQueue, state: { left: number }): AsyncIterable<Buffer> {
  while (state.left > 0) {
    const c = await q.next(state.left);
    if (c.length === 0) throw new InputError('archive is truncated inside this member');
    state.left -= c.length;
    yield c;
  }
}

function inflated(data: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return pipeline(Readable.from(data), createInflateRaw(), () => {});
}

export async function* localHeaderMembers(chunks: AsyncIterable<Buffer>): AsyncIterable<RawMember> {
  const q = new ByteQueue(chunks[Symbol.asyncIterator]());
  let members = 0;
  for (;;) {
    const at = q.offset;
    const head = await q.read(30);
    if (head.length >= 4) {
      const sig = head.readUInt32LE(0);
      if (sig === CENTRAL_HEADER || sig === END_OF_CENTRAL_DIR) return;
      if (sig !== LOCAL_HEADER) throw new InputError(`no member header at offset ${at} (corrupt archive)`, undefined, at);
    }
    if (head.length < 30) {
      throw new InputError(`archive ends after ${members} members, without its central directory (truncated)`, undefined, at);
    }
    const flags = head.readUInt16LE(6);
    const method = head.readUInt16LE(8);
    const compressedSize = head.readUInt32LE(18);
    const size = head.readUInt32LE(22);
    const nameRaw = await q.read(head.readUInt16LE(26));
    await q.read(head.readUInt16LE(28));
    const name = decodeName(nameRaw, flags);
    if ((flags & 8) !== 0 && compressedSize === 0) {
      throw new InputError(`member ${name} gives its size only after its data: the rest needs the missing central directory`, undefined, at);
    }
    if (compressedSize === 0xffffffff) {
      throw new InputError(`member ${name} is zip64: the rest needs the missing central directory`, undefined, at);
    }
    members++;
    const state = { left: compressedSize };
    const data = memberData(q, state);
    const encrypted = (flags & 1) !== 0;
    yield {
      name,
      type: name.endsWith('/') ? 'directory' : 'file',
      encrypted,
      unsupported: unsupportedMethod(method),
      size,
      compressedSize,
      open: async () => ({ chunks: (method === 8 ? inflated(data) : data)[Symbol.asyncIterator]() }),
      discard: async () => {},
    };
    // Whatever the scan left unread, skip it to reach the next header.
    while (state.left > 0) {
      const c = await q.next(state.left);
      if (c.length === 0) throw new InputError(`archive is truncated inside member ${name}`);
      state.left -= c.length;
    }
    if ((flags & 8) !== 0) {
      const sig = await q.read(4);
      await q.read(sig.length === 4 && sig.readUInt32LE(0) === DATA_DESCRIPTOR ? 12 : 8);
    }
  }
}
