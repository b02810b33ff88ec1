// Decoder for the data lines of a pg_dump `COPY … FROM stdin;` block (PostgreSQL text format):
// tab-separated fields, `\N` for NULL, backslash escapes, ended by a line holding only `\.`.
// Resumable at any character so the block may span any number of chunks.
import { MAX_VALUE_CHARS } from './tokens.js';

export type CopyRowSink = (fields: readonly (string | null)[], line: number, truncated: boolean) => void;

const LINE_START = 0;
const LINE_BACKSLASH = 1; // a backslash opened the line: `\.` terminator or an escape
const FIELD = 2;
const ESCAPE = 3;
const OCTAL = 4;
const HEX = 5;
const TERMINATOR = 6; // rest of the `\.` line
const DONE = 7;

const NONE = Number.POSITIVE_INFINITY;

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

export class CopyText {
  private state = LINE_START;
  private generation = -1;
  private readonly fields: (string | null)[] = [];
  private acc = '';
  private accLen = 0;
  private nullField = false;
  private endsWithRawCr = false;
  private cut = false;
  private code = 0;
  private digits = 0;
  private rowLine = 0;
  private rowOpen = false;
  // Next tab / newline / backslash at or after the scan position (NONE: no more in this buffer).
  private tabAt = -1;
  private nlAt = -1;
  private bsAt = -1;

  constructor(
    private readonly onRow: CopyRowSink,
    private readonly lineAt: (pos: number) => number,
  ) {}

  get done(): boolean {
    return this.state === DONE;
  }

  /**
   * Consumes data from `buf[i]` on; returns where it stopped (end of buffer or after `\.`).
   * `generation` changes with every new buffer so cached search positions are dropped.
   */
  feed(buf: string, i: number, generation: number): number {
    if (generation !== this.generation) {
      this.generation = generation;
      this.tabAt = this.nlAt = this.bsAt = -1;
    }
    const n = buf.length;
    while (i < n) {
      switch (this.state) {
        case LINE_START:
          this.rowLine = this.lineAt(i);
          this.rowOpen = true;
          if (buf.charCodeAt(i) === 92) {
            this.state = LINE_BACKSLASH;
            i++;
          } else this.state = FIELD;
          break;
        case LINE_BACKSLASH:
          if (buf.charCodeAt(i) === 46 /* . */) {
            this.state = TERMINATOR;
            this.rowOpen = false;
            i++;
          } else this.state = ESCAPE;
          break;
        case FIELD:
          i = this.field(buf, i);
          break;
        case ESCAPE:
          this.escape(buf[i]);
          i++;
          break;
        case OCTAL: {
          const d = buf.charCodeAt(i) - 48;
          if (d >= 0 && d <= 7 && this.digits < 3) {
            this.code = this.code * 8 + d;
            this.digits++;
            i++;
          } else this.closeNumericEscape();
          break;
        }
        case HEX: {
          const d = hexDigit(buf.charCodeAt(i));
          if (d >= 0 && this.digits < 2) {
            this.code = this.code * 16 + d;
            this.digits++;
            i++;
          } else this.closeNumericEscape();
          break;
        }
        case TERMINATOR: {
          const nl = buf.indexOf('\n', i);
          if (nl < 0) return n;
          this.state = DONE;
          return nl + 1;
        }
        default:
          return i;
      }
    }
    return i;
  }

  /**
   * End of input. A row cut off by EOF is still delivered (it holds real values); returns whether
   * the block was properly terminated.
   */
  finish(): boolean {
    if (this.state === DONE || this.state === TERMINATOR) return true;
    if (this.state === OCTAL || this.state === HEX) this.closeNumericEscape();
    if (this.rowOpen && (this.fields.length > 0 || this.accLen > 0 || this.nullField)) {
      this.endField();
      this.endRow();
    }
    return false;
  }

  private field(buf: string, i: number): number {
    const n = buf.length;
    for (;;) {
      if (this.tabAt < i) this.tabAt = at(buf.indexOf('\t', i));
      if (this.nlAt < i) this.nlAt = at(buf.indexOf('\n', i));
      if (this.bsAt < i) this.bsAt = at(buf.indexOf('\\', i));
      const e = Math.min(this.tabAt, this.nlAt, this.bsAt);
      if (e === NONE) {
        this.appendRaw(buf, i, n);
        return n;
      }
      this.appendRaw(buf, i, e);
      if (e === this.tabAt) {
        this.endField();
        i = e + 1;
      } else if (e === this.nlAt) {
        if (this.endsWithRawCr) this.dropLastChar();
        this.endField();
        this.endRow();
        this.state = LINE_START;
        return e + 1;
      } else {
        this.state = ESCAPE;
        return e + 1;
      }
    }
  }

  private escape(c: string): void {
    this.state = FIELD;
    if (c === 'N' && this.accLen === 0 && !this.nullField) {
      this.nullField = true;
      return;
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) return this.append(simple);
    if (c >= '0' && c <= '7') {
      this.state = OCTAL;
      this.code = c.charCodeAt(0) - 48;
      this.digits = 1;
      return;
    }
    if (c === 'x') {
      this.state = HEX;
      this.code = 0;
      this.digits = 0;
      return;
    }
    this.append(c);
  }

  private closeNumericEscape(): void {
    const hexWithoutDigits = this.state === HEX && this.digits === 0;
    this.state = FIELD;
    this.append(hexWithoutDigits ? 'x' : String.fromCharCode(this.code));
  }

  private appendRaw(buf: string, from: number, to: number): void {
    if (to <= from) return;
    this.append(buf.slice(from, to));
    this.endsWithRawCr = buf.charCodeAt(to - 1) === 13;
  }

  private append(s: string): void {
    this.endsWithRawCr = false;
    const room = MAX_VALUE_CHARS - this.accLen;
    if (s.length > room) {
      this.cut = true;
      if (room <= 0) return;
      s = s.slice(0, room);
    }
    this.acc = this.accLen === 0 ? s : this.acc + s;
    this.accLen += s.length;
  }

  private dropLastChar(): void {
    this.acc = this.acc.slice(0, -1);
    this.accLen--;
  }

  private endField(): void {
    this.fields.push(this.nullField && this.accLen === 0 ? null : this.nullField ? `N${this.acc}` : this.acc);
    this.acc = '';
    this.accLen = 0;
    this.nullField = false;
    this.endsWithRawCr = false;
  }

  private endRow(): void {
    this.rowOpen = false;
    this.onRow(this.fields, this.rowLine, this.cut);
    this.fields.length = 0;
    this.cut = false;
  }
}

function at(p: number): number {
  return p < 0 ? NONE : p;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
