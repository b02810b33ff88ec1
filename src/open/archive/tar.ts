// Members of a tar stream (tar-stream), read sequentially: ustar, pax and GNU long names.
// A .tar.gz arrives here already gunzipped by the open stage.
import tarStream from 'tar-stream';
import type { RawMember } from './raw-member.js';

type TarEntry = AsyncIterable<Buffer> & { header: tarStream.Headers; resume(): void };

const FILE_TYPES = new Set(['file', 'contiguous-file']);
const TYPE_NAMES: Record<string, string> = {
  link: 'hard link', 'character-device': 'character device', 'block-device': 'block device', fifo: 'fifo',
};

/** Resolves when the extractor wants more input, or is gone. */
function writable(extract: tarStream.Extract): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      extract.off('drain', done);
      extract.off('close', done);
      resolve();
    };
    extract.on('drain', done);
    extract.on('close', done);
  });
}

async function feed(chunks: AsyncIterable<Buffer>, extract: tarStream.Extract): Promise<void> {
  try {
    for await (const c of chunks) {
      if (extract.destroyed) return;
      if (!extract.write(c)) await writable(extract);
    }
    if (!extract.destroyed) extract.end();
  } catch (e) {
    extract.destroy(e as Error);
  }
}

async function drain(entry: TarEntry): Promise<void> {
  for await (const _ of entry) { /* reading past an entry the scan does not want */ }
}

export async function* tarMembers(chunks: AsyncIterable<Buffer>): AsyncIterable<RawMember> {
  const extract = tarStream.extract();
  void feed(chunks, extract);
  // Leaving this loop early (a limit, an error) destroys the extractor, which stops `feed`.
  for await (const e of extract as unknown as AsyncIterable<TarEntry>) {
    const h = e.header;
    const type = FILE_TYPES.has(h.type ?? 'file') ? 'file'
      : h.type === 'directory' ? 'directory'
      : h.type === 'symlink' ? 'symlink' : 'other';
    const it = e[Symbol.asyncIterator]();
    yield {
      name: h.name,
      type,
      typeName: type === 'other' ? TYPE_NAMES[h.type ?? ''] ?? h.type ?? 'unknown' : undefined,
      size: h.size,
      open: async () => ({ chunks: it }),
      discard: () => drain(e),
    };
  }
}
