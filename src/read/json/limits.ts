// Size limits of the JSON readers: one value must fit in a V8 string (~512 M characters), and a
// line or record this large is almost certainly not data worth profiling.

/** A JSON record larger than this is skipped with a warning. */
export const DEFAULT_MAX_RECORD_BYTES = 256 * 1024 * 1024;
/** An NDJSON line longer than this is skipped with a warning. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** `256 MB`, or exact bytes below a megabyte (small limits appear in tests). */
export function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${bytes} bytes`;
}
