// Byte chunks → lines. Splits on '\n' in the raw bytes (it never occurs inside a UTF-8 sequence),
// drops a trailing '\r', and caps each line so one endless line cannot exhaust memory.

export type LineSink = (text: string, line: number, truncated: boolean) => void;

export class LineSplitter {
  private parts: Buffer[] = [];
  private length = 0;
  private truncated = false;
  private line = 0;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer, sink: LineSink): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) {
        this.keep(chunk, start, chunk.length);
        return;
      }
      if (this.parts.length === 0 && !this.truncated) {
        // The whole line is in this chunk: decode it in place.
        const long = nl - start > this.maxBytes;
        this.deliver(chunk.toString('utf8', start, long ? start + this.maxBytes : nl), long, sink);
      } else {
        this.keep(chunk, start, nl);
        this.emit(sink);
      }
      start = nl + 1;
    }
  }

  /** The last line when the input does not end with a newline. */
  end(sink: LineSink): void {
    if (this.length > 0 || this.truncated) this.emit(sink);
  }

  private keep(chunk: Buffer, from: number, to: number): void {
    if (to <= from) return;
    const room = this.maxBytes - this.length;
    if (to - from > room) {
      this.truncated = true;
      to = from + room;
      if (to <= from) return;
    }
    // Copy: the chunk is not ours to pin until the line ends.
    this.parts.push(Buffer.from(chunk.subarray(from, to)));
    this.length += to - from;
  }

  private emit(sink: LineSink): void {
    const text = this.parts.length === 1 ? this.parts[0].toString('utf8') : Buffer.concat(this.parts, this.length).toString('utf8');
    const truncated = this.truncated;
    this.parts = [];
    this.length = 0;
    this.truncated = false;
    this.deliver(text, truncated, sink);
  }

  private deliver(text: string, truncated: boolean, sink: LineSink): void {
    this.line++;
    sink(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, this.line, truncated);
  }
}
