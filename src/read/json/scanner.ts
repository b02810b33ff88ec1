// Byte-level JSON splitter: walks the document structure outside records, and inside a record
// only tracks brackets and strings to find where it ends, then hands the record's bytes to
// JSON.parse (which validates). All state survives chunk boundaries, so no byte is scanned twice
// and no chunk is ever decoded as a whole. Records written one per line skip the scan entirely
// (see recordOnLine).
//
// Which values are records (see docs in reader.ts):
// - every element of a top-level array;
// - every element of an array whose first element is an object, when that array is not itself
//   inside a record (`data.items[]`, `itemList[]`); those keep their full path from the root;
// - everything else (the "envelope": `statusCode`, `cursor`, or a whole single object) is
//   collected into one extra record, emitted when the top-level value closes.
import { InputError, type FlatRecord, type ReadContext, type Scalar } from '../types.js';
import { MAX_RECORD_FIELDS, RecordFlattener, childPath, elementPath } from '../flatten.js';
import { formatSize } from './limits.js';
import { describeChar, findJsonFault } from './syntax.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Consecutive misses after which records are no longer tried as whole lines. */
const LINE_GUESSES = 4;
/** Containers deeper than this outside records are refused (records themselves may nest deeper). */
const MAX_ENVELOPE_DEPTH = 512;

// What a finished capture becomes.
const AS_RECORD = 0;
const AS_ENVELOPE_VALUE = 1;
const AS_KEY = 2;

// Frame expectations.
const FIRST = 0; // just after `{` or `[`
const KEY = 1; // after `,` in an object
const COLON_NEXT = 2; // after a key
const VALUE = 3; // after `:` or after `,` in an array
const NEXT = 4; // after a value: `,` or the closing bracket

// Array roles.
const UNDECIDED = 0;
const RECORDS = 1;
const ENVELOPE = 2;

interface Frame {
  isObject: boolean;
  /** Path of this container ('' for the root). */
  path: string;
  role: number;
  state: number;
  key: string;
}

export interface ScannerOptions {
  /** Records larger than this are skipped with a warning (their bytes are never buffered). */
  maxRecordBytes: number;
}

export class JsonScanner {
  /** Completed records; the caller drains it after each scan()/end(). */
  readonly out: FlatRecord[] = [];
  /** Records with the flat keys of the record before share its fields. */
  private readonly flattener = new RecordFlattener();

  /** The chunk being scanned and the position in it. */
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;

  private readonly frames: Frame[] = [];
  private top: Frame | undefined;
  private started = false;
  private rootDone = false;
  private rootLine = 1;
  /** The top-level value is an array: its elements are records rooted at the element. */
  private rootIsArray = false;

  private line = 1;
  /** Index of the next newline in the current chunk (its length when none), -1 before searching. */
  private newlineAt = -1;
  /** Misses left before one-record-per-line parsing is abandoned for this input. */
  private lineGuesses = LINE_GUESSES;
  /** Bytes before the current chunk. */
  private base = 0;

  private envelopeFields: string[] = [];
  private envelopeValues: Scalar[] = [];
  private warnedWide = false;

  // Capture of one value (record, envelope scalar or key) that may span chunks.
  private capturing = false;
  private captureAs = AS_RECORD;
  private bare = false;
  private target = '';
  private captureStart = 0;
  private captureLine = 1;
  private captureOffset = 0;
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private oversized = false;
  private depth = 0;
  private stack = new Uint8Array(64);
  private inString = false;
  private escaped = false;

  constructor(
    private readonly ctx: ReadContext,
    private readonly options: ScannerOptions,
  ) {}

  /** Starts on the next chunk; call scan() until it returns false. */
  feed(buf: Buffer): void {
    this.buf = buf;
    this.pos = 0;
    this.newlineAt = -1;
  }

  /**
   * Scans the chunk until a record is ready in `out` (true) or the chunk is used up (false).
   * Handing records over one by one keeps them short-lived, which the garbage collector rewards.
   */
  scan(): boolean {
    const buf = this.buf;
    const len = buf.length;
    let i = this.pos;
    while (i < len) {
      if (this.capturing) {
        const end = this.bare ? this.scanBare(buf, i) : this.scanNested(buf, i);
        if (end < 0) break;
        this.finishCapture(buf, end);
        i = end;
      } else {
        i = this.structure(buf, i);
      }
      if (this.out.length > 0) {
        this.pos = i;
        return true;
      }
    }
    if (this.capturing) this.keepTail(buf);
    this.base += len;
    this.pos = len;
    return false;
  }

  /** Call once after the last chunk. Throws InputError when the input stopped mid-value. */
  end(): void {
    if (this.capturing && this.bare) {
      // A number or literal may legitimately end at the end of input.
      this.finishCapture(Buffer.alloc(0), 0);
    }
    if (this.capturing) {
      throw this.error(this.line, this.base, `unexpected end of input inside ${this.captureName()} that starts at line ${this.captureLine}`);
    }
    if (this.frames.length > 0) {
      // Keep what the envelope had: it was read correctly before the input stopped.
      this.emitEnvelope();
      const what = this.top!.isObject ? 'an object' : 'an array';
      throw this.error(this.line, this.base, `unexpected end of input inside ${what} (${this.frames.length} level(s) still open)`);
    }
    if (!this.started) this.ctx.warn('empty input: no JSON value found');
  }

  /** Walks envelope bytes until a capture starts or the chunk ends; returns the next index. */
  private structure(buf: Buffer, i: number): number {
    const len = buf.length;
    while (i < len) {
      const c = buf[i];
      if (c === SPACE || c === NEWLINE || c === RETURN || c === TAB) {
        if (c === NEWLINE) this.line++;
        i++;
        continue;
      }
      const frame = this.top;
      if (frame === undefined) {
        if (this.rootDone) throw this.fault(i, `unexpected ${this.describe(c)} after the end of the JSON value`);
        this.started = true;
        this.rootLine = this.line;
        if (c === OPEN_BRACKET || c === OPEN_BRACE) {
          this.rootIsArray = c === OPEN_BRACKET;
          this.open(c === OPEN_BRACE, '', this.rootIsArray ? RECORDS : UNDECIDED);
          return i + 1;
        }
        return this.value(buf, i, 'value');
      }
      if (frame.isObject) {
        const state = frame.state;
        if (state === FIRST || state === KEY) {
          if (state === FIRST && c === CLOSE_BRACE) return this.close(i);
          if (c !== QUOTE) throw this.fault(i, `expected a double-quoted key, found ${this.describe(c)}`);
          frame.state = COLON_NEXT;
          return this.startCapture(buf, i, AS_KEY, '');
        }
        if (state === COLON_NEXT) {
          if (c !== COLON) throw this.fault(i, `expected ':' after an object key, found ${this.describe(c)}`);
          frame.state = VALUE;
          i++;
          continue;
        }
        if (state === VALUE) {
          frame.state = NEXT;
          return this.value(buf, i, childPath(frame.path, frame.key));
        }
        if (c === CLOSE_BRACE) return this.close(i);
        if (c !== COMMA) throw this.fault(i, `expected ',' or '}' after an object value, found ${this.describe(c)}`);
        frame.state = KEY;
        i++;
        continue;
      }
      if (frame.state === NEXT) {
        if (c === CLOSE_BRACKET) return this.close(i);
        if (c !== COMMA) throw this.fault(i, `expected ',' or ']' after an array element, found ${this.describe(c)}`);
        frame.state = VALUE;
        i++;
        continue;
      }
      if (frame.state === FIRST) {
        if (c === CLOSE_BRACKET) return this.close(i);
        // The first element decides whether this array holds records.
        if (frame.role === UNDECIDED) frame.role = c === OPEN_BRACE ? RECORDS : ENVELOPE;
      }
      frame.state = NEXT;
      if (frame.role === ENVELOPE) return this.value(buf, i, elementPath(frame.path));
      this.checkValueStart(i, c);
      const target = this.rootIsArray && this.frames.length === 1 ? '' : elementPath(frame.path);
      if (c === OPEN_BRACE && this.lineGuesses > 0) {
        const end = this.recordOnLine(buf, i, target);
        if (end >= 0) return end;
      }
      return this.startCapture(buf, i, AS_RECORD, target);
    }
    return i;
  }

  /**
   * Exporters often write one record per line. When the rest of the line (less a trailing comma)
   * parses as one object, that object is the record: a JSON object is never a proper prefix of
   * another value, so the parse proves where the record ends and its bytes need no scanning.
   * Returns the index after the record, or -1 to scan it instead. Gives up on a file after a few
   * misses in a row (pretty-printed or minified layouts).
   */
  private recordOnLine(buf: Buffer, i: number, target: string): number {
    if (this.newlineAt < i) {
      const nl = buf.indexOf(NEWLINE, i);
      this.newlineAt = nl < 0 ? buf.length : nl;
    }
    let end = this.newlineAt;
    if (end === buf.length) return -1;
    while (isSpace(buf[end - 1])) end--;
    if (buf[end - 1] === COMMA) end--;
    while (isSpace(buf[end - 1])) end--;
    if (end - i > this.options.maxRecordBytes) return -1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(buf.toString('utf8', i, end));
    } catch {
      this.lineGuesses--;
      return -1;
    }
    this.lineGuesses = LINE_GUESSES;
    this.emitRecord(parsed, target, this.line);
    return end;
  }

  /** An envelope value at `path` starts at i. */
  private value(buf: Buffer, i: number, path: string): number {
    const c = buf[i];
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (this.frames.length >= MAX_ENVELOPE_DEPTH) throw this.fault(i, `nesting deeper than ${MAX_ENVELOPE_DEPTH} levels`);
      this.open(c === OPEN_BRACE, path, UNDECIDED);
      return i + 1;
    }
    this.checkValueStart(i, c);
    return this.startCapture(buf, i, AS_ENVELOPE_VALUE, path);
  }

  private checkValueStart(i: number, c: number): void {
    const ok =
      c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39) ||
      c === 0x74 /* t */ || c === 0x66 /* f */ || c === 0x6e; /* n */
    if (!ok) throw this.fault(i, `expected a value, found ${this.describe(c)}`);
  }

  private open(isObject: boolean, path: string, role: number): void {
    const frame: Frame = { isObject, path, role, state: FIRST, key: '' };
    this.frames.push(frame);
    this.top = frame;
  }

  private close(i: number): number {
    this.frames.pop();
    this.top = this.frames[this.frames.length - 1];
    if (this.top === undefined) this.finishRoot();
    return i + 1;
  }

  private finishRoot(): void {
    this.rootDone = true;
    this.emitEnvelope();
  }

  private emitEnvelope(): void {
    if (this.envelopeFields.length === 0) return;
    this.out.push({ fields: this.envelopeFields, values: this.envelopeValues, line: this.rootLine });
    this.envelopeFields = [];
    this.envelopeValues = [];
  }

  private startCapture(buf: Buffer, i: number, as: number, target: string): number {
    const c = buf[i];
    this.capturing = true;
    this.captureAs = as;
    this.target = target;
    this.captureStart = i;
    this.captureLine = this.line;
    this.captureOffset = this.base + i;
    this.oversized = false;
    this.depth = 0;
    this.escaped = false;
    if (c === QUOTE) {
      this.bare = false;
      this.inString = true;
      return i + 1;
    }
    this.inString = false;
    this.bare = c !== OPEN_BRACE && c !== OPEN_BRACKET;
    return i;
  }

  /**
   * Scans an object, array or string capture from i. Returns the index just after its end, or
   * -1 when the chunk ended first (state kept for the next chunk).
   */
  private scanNested(buf: Buffer, i: number): number {
    const len = buf.length;
    let depth = this.depth;
    let stack = this.stack;
    let line = this.line;
    if (this.inString) {
      i = this.skipString(buf, i);
      if (i < 0) return -1;
      if (depth === 0) return i;
    }
    while (i < len) {
      const c = buf[i++];
      if (c === QUOTE) {
        i = this.skipString(buf, i);
        if (i < 0) break;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth === stack.length) {
          const grown = new Uint8Array(stack.length * 2);
          grown.set(stack);
          this.stack = stack = grown;
        }
        stack[depth++] = c;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        // `}` and `]` sit two code points after their openers.
        if (stack[depth - 1] !== c - 2) {
          this.line = line;
          throw this.fault(i - 1, `found ${this.describe(c)} while ${this.describe(stack[depth - 1])} is still open`);
        }
        if (--depth === 0) {
          this.depth = 0;
          this.line = line;
          return i;
        }
      } else if (c === NEWLINE) {
        line++;
      }
    }
    this.depth = depth;
    this.line = line;
    return -1;
  }

  /**
   * From inside a string at i, returns the index after its closing quote, or -1 when the chunk
   * ends first (remembering whether a backslash escape is still pending).
   */
  private skipString(buf: Buffer, i: number): number {
    const len = buf.length;
    if (this.escaped) {
      if (i >= len) return -1;
      i++;
      this.escaped = false;
    }
    for (;;) {
      const q = buf.indexOf(QUOTE, i);
      const stop = q < 0 ? len : q;
      // A quote (or the chunk end) preceded by an odd run of backslashes is escaped.
      let k = stop;
      while (k > i && buf[k - 1] === BACKSLASH) k--;
      const odd = ((stop - k) & 1) === 1;
      if (q < 0) {
        this.inString = true;
        this.escaped = odd;
        return -1;
      }
      if (!odd) {
        this.inString = false;
        return q + 1;
      }
      i = q + 1;
    }
  }

  /** Numbers and literals end at a delimiter; returns its index or -1 at the chunk end. */
  private scanBare(buf: Buffer, i: number): number {
    const len = buf.length;
    for (; i < len; i++) {
      const c = buf[i];
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === SPACE || c === NEWLINE || c === RETURN || c === TAB) return i;
    }
    return -1;
  }

  /** The chunk ended mid-capture: keep its tail unless the capture is already too large. */
  private keepTail(buf: Buffer): void {
    const tail = this.captureStart === 0 ? buf : buf.subarray(this.captureStart);
    this.captureStart = 0;
    if (this.oversized) return;
    this.partsBytes += tail.length;
    if (this.partsBytes > this.options.maxRecordBytes) {
      this.oversize();
      return;
    }
    this.parts.push(tail);
  }

  private oversize(): void {
    if (this.captureAs !== AS_RECORD) {
      const where = `line ${this.captureLine}, byte ${this.captureOffset}`;
      throw new InputError(`${this.captureName()} at ${where} exceeds ${formatSize(this.options.maxRecordBytes)}`, this.captureLine, this.captureOffset);
    }
    this.oversized = true;
    this.parts = [];
    this.partsBytes = 0;
  }

  private finishCapture(buf: Buffer, end: number): void {
    this.capturing = false;
    const start = this.captureStart;
    if (!this.oversized && this.partsBytes + (end - start) > this.options.maxRecordBytes) this.oversize();
    if (this.oversized) {
      this.ctx.warn(`record at line ${this.captureLine}, byte ${this.captureOffset} exceeds ${formatSize(this.options.maxRecordBytes)}; skipped`, this.captureLine);
      return;
    }
    let text: string;
    if (this.parts.length === 0) {
      text = buf.toString('utf8', start, end);
    } else {
      this.parts.push(buf.subarray(0, end));
      text = Buffer.concat(this.parts, this.partsBytes + end).toString('utf8');
      this.parts = [];
      this.partsBytes = 0;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw this.parseError(text);
    }
    switch (this.captureAs) {
      case AS_RECORD:
        this.emitRecord(parsed, this.target, this.captureLine);
        break;
      case AS_KEY:
        this.top!.key = parsed as string;
        break;
      default:
        this.addEnvelope(parsed as Scalar);
        if (this.top === undefined) this.finishRoot();
    }
  }

  private emitRecord(parsed: unknown, target: string, line: number): void {
    // Top-level array elements are rooted at the element; a non-object element gets a name.
    const { fields, values, dropped } = this.flattener.flatten(parsed, target, target === '' ? 'value' : target);
    if (dropped) this.warnWide(line);
    this.out.push({ fields, values, line });
  }

  private addEnvelope(value: Scalar): void {
    if (this.envelopeFields.length >= MAX_RECORD_FIELDS) {
      this.warnWide(this.rootLine);
      return;
    }
    this.envelopeFields.push(this.target);
    this.envelopeValues.push(value);
  }

  private warnWide(line: number): void {
    if (this.warnedWide) return;
    this.warnedWide = true;
    this.ctx.warn(
      `record at line ${line} has more than ${MAX_RECORD_FIELDS} values (or nests too deeply); the rest of it was ignored (reported once per file)`,
      line,
    );
  }

  private parseError(text: string): InputError {
    const fault = findJsonFault(text);
    if (fault === undefined) return this.error(this.captureLine, this.captureOffset, `${this.captureName()} is not valid JSON`);
    const before = text.slice(0, fault.index);
    let line = this.captureLine;
    for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) line++;
    return this.error(line, this.captureOffset + Buffer.byteLength(before), fault.reason);
  }

  private captureName(): string {
    if (this.captureAs === AS_KEY) return 'an object key';
    if (this.captureAs === AS_RECORD) return 'a record';
    return 'a value';
  }

  private fault(i: number, what: string): InputError {
    return this.error(this.line, this.base + i, what);
  }

  private error(line: number, offset: number, what: string): InputError {
    return new InputError(`invalid JSON at line ${line}, byte ${offset}: ${what}`, line, offset);
  }

  private describe(byte: number): string {
    return byte < 0x80 ? describeChar(byte) : `byte 0x${byte.toString(16).toUpperCase()}`;
  }
}

function isSpace(c: number | undefined): boolean {
  return c === SPACE || c === RETURN || c === TAB;
}
