// A member's bytes handed to the scan as a plain Readable, decoupled from the archive's own stream:
// the scan may stop reading early (binary content, --max-records) without tearing the archive down,
// and every byte is metered against the limits on the way.
import { Readable } from 'node:stream';
import { InputError } from '../../read/types.js';
import { ArchiveLimitError } from './limits.js';

/** Where a member's bytes come from; `abort` exists when the archive can skip the rest (zip). */
export interface MemberSource {
  chunks: AsyncIterator<Buffer>;
  abort?: () => void;
}

/** Reads the archive error messages users can act on out of library errors. */
export function memberError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const msg = (e as Error)?.message ?? String(e);
  if (/unexpected end of (data|file)/i.test(msg)) return new InputError('archive is truncated inside this member');
  if (/too many bytes in the stream/.test(msg)) return new InputError('member is larger than its declared size (corrupt or crafted archive)');
  if (/not enough bytes in the stream/.test(msg)) return new InputError('member is shorter than its declared size (corrupt archive)');
  return new InputError(`corrupt member data: ${msg}`);
}

export class MemberPipe {
  readonly stream: Readable;
  private pending: Promise<unknown> | null = null;
  private ended = false;
  private limitError: ArchiveLimitError | null = null;

  /** `meter` sees each chunk's size and throws to stop reading (an InputError for this member only,
   *  an ArchiveLimitError for the whole archive). */
  constructor(
    private readonly source: MemberSource,
    private readonly meter: (chunkBytes: number) => void,
  ) {
    this.stream = new Readable({ read: () => this.pull() });
    // A consumer that stops early (or fails) closes the stream: release the member's file reads.
    this.stream.once('close', () => {
      if (!this.ended) this.source.abort?.();
    });
  }

  private pull(): void {
    this.pending = this.source.chunks.next().then(
      (r) => {
        this.pending = null;
        if (r.done) {
          this.ended = true;
          if (!this.stream.destroyed) this.stream.push(null);
          return;
        }
        try {
          this.meter(r.value.length);
        } catch (e) {
          if (e instanceof ArchiveLimitError) this.limitError = e;
          this.stop(memberError(e));
          return;
        }
        if (!this.stream.destroyed) this.stream.push(r.value);
      },
      (e) => {
        this.pending = null;
        this.ended = true;
        if (!this.stream.destroyed) this.stream.destroy(memberError(e));
      },
    );
  }

  private stop(e: InputError): void {
    this.source.abort?.();
    this.stream.destroy(e);
  }

  /**
   * Called once the scan is done with the member: ends its stream and, for sequential archives
   * (tar, a zip walked by local headers), reads past the rest of the member to reach the next.
   * Throws the archive-wide limit error if one was hit, and read errors met while skipping.
   */
  async finish(): Promise<void> {
    if (!this.stream.destroyed) this.stream.destroy();
    if (this.pending) await this.pending;
    if (this.limitError) throw this.limitError;
    if (this.ended) return;
    if (this.source.abort) {
      this.source.abort();
      return;
    }
    for (;;) {
      const r = await this.source.chunks.next();
      if (r.done) return;
      this.meter(r.value.length);
    }
  }
}
