// What one archive may make leaksift read. A hostile or broken archive ends in a report entry,
// never in a hang, a crash, or memory and time spent without bound.
import { InputError } from '../../read/types.js';

export interface ArchiveLimits {
  /** Uncompressed bytes produced from one input archive, at every nesting level together. */
  maxTotalBytes: number;
  /** Members listed in one input archive, nested archives' members included. */
  maxEntries: number;
  /** Archives opened inside each other: 3 reads `a.zip!b.tgz!c.zip!d.csv` but not a zip inside c.zip. */
  maxDepth: number;
  /** Expansion (uncompressed : compressed) above this is reported as a warning. */
  warnRatio: number;
  /** Expansion above this stops reading: deflate alone tops out near 1032:1, so only degenerate
   *  content, overlapping or nested bombs get here. */
  stopRatio: number;
  /** Ratios are judged only past this many uncompressed bytes: small repetitive files are fine. */
  ratioFloorBytes: number;
  /** A zip that is not a file on disk (nested, stdin, gzipped) is held in memory to be read:
   *  yauzl needs random access to its central directory. Larger ones are not opened. */
  maxInMemoryZipBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalBytes: 10 * 1024 * MiB,
  maxEntries: 100_000,
  maxDepth: 3,
  warnRatio: 100,
  stopRatio: 1000,
  ratioFloorBytes: MiB,
  maxInMemoryZipBytes: 64 * MiB,
};

/** Thrown when a limit for the whole input archive is hit: nothing more is read from it. */
export class ArchiveLimitError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveLimitError';
  }
}

export function formatRatio(uncompressed: number, compressed: number): string {
  return `${Math.round(uncompressed / Math.max(1, compressed))}:1`;
}

function formatSize(n: number): string {
  if (n >= 1024 * MiB) return `${+(n / (1024 * MiB)).toFixed(1)} GiB`;
  if (n >= MiB) return `${+(n / MiB).toFixed(1)} MiB`;
  return `${n} bytes`;
}

/**
 * The running totals of one input archive, shared by every nesting level below it.
 * `sourceBytes` is the compressed size behind the expansion (the file size, or bytes read so far).
 */
export class ArchiveBudget {
  private bytes = 0;
  private entries = 0;
  private peakRatio = 0;
  /** The archive-wide limit that stopped reading, if one did (possibly while inside a nested archive). */
  stoppedBy: string | null = null;
  constructor(
    readonly limits: ArchiveLimits,
    private readonly sourceBytes: () => number,
  ) {}

  get totalBytes(): number {
    return this.bytes;
  }

  /** A warning when the whole archive expanded past the warning ratio (a tar.gz has no per-member sizes). */
  ratioWarning(): string | null {
    const { warnRatio } = this.limits;
    return this.peakRatio > warnRatio ? `expands ${Math.round(this.peakRatio)}:1 overall (above ${warnRatio}:1)` : null;
  }

  /** Counts one member; throws once the entry limit is passed. */
  countEntry(): void {
    if (++this.entries > this.limits.maxEntries) {
      this.stop(`more than ${this.limits.maxEntries} members: the rest were not read (entry limit)`);
    }
  }

  private stop(message: string): never {
    this.stoppedBy ??= message;
    throw new ArchiveLimitError(message);
  }

  /** Counts uncompressed bytes; throws when the total or the archive's overall expansion is too high. */
  addBytes(n: number): void {
    this.bytes += n;
    const { maxTotalBytes, stopRatio, ratioFloorBytes } = this.limits;
    if (this.bytes > maxTotalBytes) {
      this.stop(`stopped after ${formatSize(maxTotalBytes)} of uncompressed data (limit; raise it with --max-archive-bytes)`);
    }
    const source = this.sourceBytes();
    if (this.bytes > ratioFloorBytes && source > 0) this.peakRatio = Math.max(this.peakRatio, this.bytes / source);
    if (this.bytes > ratioFloorBytes && source > 0 && this.bytes > stopRatio * source) {
      this.stop(`stopped: ${formatSize(source)} expanded past ${formatRatio(this.bytes, source)} (limit ${stopRatio}:1; a zip bomb?)`);
    }
  }
}

/** Per-member expansion check for members with their own compressed size (zip entries). */
export function memberRatioProblem(limits: ArchiveLimits, uncompressed: number, compressed: number): string | null {
  if (uncompressed <= limits.ratioFloorBytes || compressed <= 0) return null;
  if (uncompressed > limits.stopRatio * compressed) {
    return `expands ${formatRatio(uncompressed, compressed)}, past the limit of ${limits.stopRatio}:1 (a zip bomb?)`;
  }
  return null;
}
