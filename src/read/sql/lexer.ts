// A resumable character state machine that turns SQL dump text into tokens. It is fed one text
// piece at a time and keeps every partial token (string, comment, word, hex literal, delimiter,
// COPY data) in its state, so chunk boundaries can fall anywhere and nothing is ever rescanned.
// Statement ends are reported as T_END tokens; the parser may switch the lexer into raw-line mode
// (`DELIMITER`, psql `\` commands) or COPY-data mode from inside its token callback.
import { InputError } from '../types.js';
import { CopyText, type CopyRowSink } from './copy-text.js';
import {
  MAX_HEX_DIGITS,
  MAX_VALUE_CHARS,
  T_BITS,
  T_DQUOTE,
  T_END,
  T_HEX,
  T_NUMBER,
  T_PUNCT,
  T_QIDENT,
  T_STRING,
  T_WORD,
  type TokenKind,
  type TokenSink,
} from './tokens.js';

const NORMAL = 0;
const WORD = 1;
const NUMBER = 2;
const HEX = 3; // 0x…
const HEX_QUOTED = 4; // X'…'
const STRING = 5; // '…', "…", `…`
const STRING_ESCAPE = 6; // after a backslash inside a string
const STRING_QUOTE = 7; // after a quote inside a string: doubled quote or end
const LINE_COMMENT = 8;
const BLOCK_COMMENT = 9;
const BLOCK_STAR = 10; // '*' seen inside a block comment
const AFTER_DASH = 11;
const AFTER_SLASH = 12;
const BLOCK_OPEN = 13; // after '/*': '!' makes it an executable comment
const BLOCK_OPEN_M = 14; // after '/*M' (MariaDB '/*M!')
const EXEC_VERSION = 15; // version digits after '/*!'
const EXEC_STAR = 16; // '*' inside an executable comment: maybe its end
const DOLLAR_TAG = 17; // after '$': a dollar-quote tag or a plain word
const DOLLAR_BODY = 18;
const DELIMITER = 19; // partial match of a custom delimiter
const RAW_LINE = 20; // rest of a DELIMITER / psql meta-command line
const COPY_SKIP_LINE = 21; // rest of the COPY statement's line
const COPY_DATA = 22;
const AFTER_BRACKET = 23; // after '[': a bracketed identifier (T-SQL, SQLite) or punctuation

const NONE = Number.POSITIVE_INFINITY;
/** `/*!NNNNN` versions above this are for no server that exists: the block stays a comment. */
const FUTURE_VERSION = 200000;

const ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a' };

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 128
  );
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// `\d+(?:\.\d*)?`, not `\d+\.?\d*`: the latter backtracks quadratically on a long digit run that
// ends in a non-digit (a 200k-digit token took minutes). Checked by tests/security/redos.test.ts.
const NUMERIC = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface CopyTarget {
  onRow: CopyRowSink;
  /** For the error message when the block is not terminated. */
  label: string;
}

export class SqlLexer {
  /** MySQL-style backslash escapes in strings (off for pg standard strings and SQLite). */
  backslashEscapes = true;

  private state = NORMAL;
  private buf = '';
  private generation = 0;
  private byteStart = 0;
  private delimiter = ';';
  private delimMatched = 0;
  private inExecComment = false;
  private execVersion = 0;

  // The token being built.
  private acc = '';
  private accLen = 0;
  private cut = false;
  private tokStart = 0;
  private tokLine = 0;
  private tokOffset = 0;
  private tokResolved = true;
  /** Nothing but blanks and comments since the last newline: a `GO` there ends a T-SQL batch. */
  private lineStart = true;
  private quote = 39;
  private quoteChar = "'";
  private strKind: TokenKind = T_STRING;
  private strBackslash = true;
  private hexDigits = 0;
  private dollarClose = '';
  private dollarMatched = 0;
  private rawIsDelimiter = false;

  // Lazy line counting: `line` is the line of position `lineScan` in the current buffer.
  private line = 1;
  private lineScan = 0;
  private nlAt = -1;
  // Cached next quote / backslash positions in the current buffer.
  private qAt = -1;
  private bsAt = -1;

  private copy: CopyText | null = null;
  private copyLabel = '';
  private copyLine = 0;

  constructor(private readonly sink: TokenSink) {}

  /** Processes one text piece; `byteStart` is its byte offset in the input. */
  feed(text: string, byteStart: number): void {
    this.buf = text;
    this.generation++;
    this.byteStart = byteStart;
    this.lineScan = 0;
    this.nlAt = this.qAt = this.bsAt = -1;
    this.tokStart = 0; // a token still open from the last piece was resolved there
    let i = 0;
    const n = text.length;
    while (i < n) i = this.step(i);
    this.resolveOpenToken();
    this.lineAt(n);
  }

  /** End of input: flushes the last token, or throws if a string, comment or COPY block is open. */
  end(): void {
    const s = this.state;
    switch (s) {
      case WORD:
      case NUMBER:
        this.finishWord();
        break;
      case HEX:
        this.state = NORMAL;
        this.emit(T_HEX, this.acc, this.hexDigits);
        break;
      case STRING_QUOTE:
        this.finishString();
        break;
      case AFTER_DASH:
      case AFTER_SLASH:
        this.state = NORMAL;
        this.emit(T_PUNCT, s === AFTER_DASH ? '-' : '/', 0);
        break;
      case AFTER_BRACKET:
        this.state = NORMAL;
        this.emit(T_PUNCT, '[', 0);
        break;
      case EXEC_STAR:
        this.state = NORMAL;
        this.emit(T_PUNCT, '*', 0);
        break;
      case DOLLAR_TAG:
        this.state = NORMAL;
        this.emit(T_WORD, this.acc, 0);
        break;
      case DELIMITER:
        this.flushDelimiterPrefix();
        break;
      case RAW_LINE:
        this.finishRawLine();
        break;
      case STRING:
      case STRING_ESCAPE:
      case HEX_QUOTED:
        throw this.openTokenError(this.strKind === T_QIDENT ? 'unterminated quoted identifier' : 'unterminated string');
      case BLOCK_COMMENT:
      case BLOCK_STAR:
      case BLOCK_OPEN:
      case BLOCK_OPEN_M:
        throw this.openTokenError('unterminated /* comment');
      case DOLLAR_BODY:
        throw this.openTokenError(`unterminated dollar-quoted string (${this.dollarClose})`);
      case COPY_SKIP_LINE:
      case COPY_DATA: {
        const terminated = this.copy!.finish();
        this.copy = null;
        this.state = NORMAL;
        if (!terminated) {
          throw new InputError(
            `COPY block for ${this.copyLabel} (line ${this.copyLine}) has no terminating \\. line (input truncated?)`,
            this.copyLine,
          );
        }
        break;
      }
      default:
        break;
    }
  }

  /** Line of the token that was just emitted (call from the token callback). */
  tokenLine(): number {
    return this.lineAt(this.tokStart);
  }

  /** Treats the rest of the current line as a client command (`DELIMITER x`, psql `\connect`). */
  startRawLine(isDelimiter: boolean): void {
    this.state = RAW_LINE;
    this.rawIsDelimiter = isDelimiter;
    this.acc = '';
    this.accLen = 0;
  }

  /** After the `;` of `COPY … FROM stdin`: the lines that follow are data up to `\.`. */
  startCopy(target: CopyTarget): void {
    this.copy = new CopyText(target.onRow, (pos) => this.lineAt(pos));
    this.copyLabel = target.label;
    this.copyLine = this.lineAt(this.tokStart);
    this.state = COPY_SKIP_LINE;
  }

  // ---- positions ----

  private lineAt(pos: number): number {
    if (pos <= this.lineScan) return this.line;
    if (this.nlAt === -1 || this.nlAt < this.lineScan) this.nlAt = this.nextNewline(this.lineScan);
    while (this.nlAt < pos) {
      this.line++;
      this.nlAt = this.nextNewline(this.nlAt + 1);
    }
    this.lineScan = pos;
    return this.line;
  }

  private nextNewline(from: number): number {
    const p = this.buf.indexOf('\n', from);
    return p < 0 ? NONE : p;
  }

  private beginToken(i: number): void {
    this.tokStart = i;
    this.tokResolved = false;
  }

  /** Pins line and byte offset of a token still open at the end of a piece. */
  private resolveOpenToken(): void {
    if (this.tokResolved || !this.isOpenTokenState()) return;
    this.tokLine = this.lineAt(this.tokStart);
    this.tokOffset = this.byteStart + Buffer.byteLength(this.buf.slice(0, this.tokStart));
    this.tokResolved = true;
  }

  private isOpenTokenState(): boolean {
    const s = this.state;
    return (
      s === STRING ||
      s === STRING_ESCAPE ||
      s === STRING_QUOTE ||
      s === HEX_QUOTED ||
      s === DOLLAR_BODY ||
      (s >= BLOCK_COMMENT && s <= BLOCK_STAR) ||
      s === BLOCK_OPEN ||
      s === BLOCK_OPEN_M ||
      s === AFTER_BRACKET
    );
  }

  private openTokenError(what: string): InputError {
    this.resolveOpenToken();
    return new InputError(`${what} starting at line ${this.tokLine} (input truncated?)`, this.tokLine, this.tokOffset);
  }

  // ---- emission ----

  private emit(kind: TokenKind, text: string, extra: number): void {
    this.lineStart = false;
    this.sink.token(kind, text, extra);
  }

  private append(s: string): void {
    const room = MAX_VALUE_CHARS - this.accLen;
    if (s.length > room) {
      this.cut = true;
      if (room <= 0) return;
      s = s.slice(0, room);
    }
    this.acc = this.accLen === 0 ? s : this.acc + s;
    this.accLen += s.length;
  }

  private resetAcc(): void {
    this.acc = '';
    this.accLen = 0;
    this.cut = false;
  }

  // ---- the machine ----

  private step(i: number): number {
    const buf = this.buf;
    switch (this.state) {
      case NORMAL:
        return this.normal(i);
      case WORD:
      case NUMBER:
        return this.word(i);
      case HEX:
      case HEX_QUOTED:
        return this.hex(i);
      case STRING:
        return this.string(i);
      case STRING_ESCAPE:
        this.state = STRING;
        this.append(ESCAPES[buf[i]] ?? (buf[i] === '%' || buf[i] === '_' ? `\\${buf[i]}` : buf[i]));
        return i + 1;
      case STRING_QUOTE:
        if (buf.charCodeAt(i) === this.quote) {
          this.state = STRING;
          this.append(this.quoteChar);
          return i + 1;
        }
        this.finishString();
        return i;
      case LINE_COMMENT: {
        const nl = buf.indexOf('\n', i);
        if (nl < 0) return buf.length;
        this.state = NORMAL;
        this.lineStart = true;
        return nl + 1;
      }
      case BLOCK_COMMENT: {
        const end = buf.indexOf('*/', i);
        if (end >= 0) {
          this.state = NORMAL;
          return end + 2;
        }
        if (buf.charCodeAt(buf.length - 1) === 42) this.state = BLOCK_STAR;
        return buf.length;
      }
      case BLOCK_STAR:
        if (buf.charCodeAt(i) === 47) {
          this.state = NORMAL;
          return i + 1;
        }
        this.state = BLOCK_COMMENT;
        return i;
      case AFTER_BRACKET: {
        // `[Users]`, `[Order Details]` (T-SQL scripts, SQLite); `int[]`, `ARRAY[1]`, `x[1]` stay punctuation.
        const c = buf.charCodeAt(i);
        if (isWordChar(c) && !(c >= 48 && c <= 57)) {
          // Only T-SQL and SQLite quote names in brackets, and neither escapes with backslashes.
          this.backslashEscapes = false;
          this.resetAcc();
          this.quote = 93;
          this.quoteChar = ']';
          this.strKind = T_QIDENT;
          this.strBackslash = false;
          this.qAt = -1;
          this.state = STRING;
          return i;
        }
        this.state = NORMAL;
        this.emit(T_PUNCT, '[', 0);
        return i;
      }
      case AFTER_DASH:
        if (buf.charCodeAt(i) === 45) {
          this.state = LINE_COMMENT;
          return i + 1;
        }
        this.state = NORMAL;
        this.emit(T_PUNCT, '-', 0);
        return i;
      case AFTER_SLASH:
        if (buf.charCodeAt(i) === 42) {
          this.state = BLOCK_OPEN;
          return i + 1;
        }
        this.state = NORMAL;
        this.emit(T_PUNCT, '/', 0);
        return i;
      case BLOCK_OPEN: {
        const c = buf.charCodeAt(i);
        if (c === 33 /* ! */) return this.openExecComment(i + 1);
        this.state = c === 77 /* M */ ? BLOCK_OPEN_M : BLOCK_COMMENT;
        return c === 77 ? i + 1 : i;
      }
      case BLOCK_OPEN_M:
        if (buf.charCodeAt(i) === 33) return this.openExecComment(i + 1);
        this.state = BLOCK_COMMENT;
        return i;
      case EXEC_VERSION: {
        const c = buf.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          this.execVersion = this.execVersion * 10 + (c - 48);
          return i + 1;
        }
        if (this.execVersion > FUTURE_VERSION) {
          // MariaDB's `/*M!999999\- enable the sandbox mode */` targets no real server: a comment.
          this.inExecComment = false;
          this.state = BLOCK_COMMENT;
        } else this.state = NORMAL;
        return i;
      }
      case EXEC_STAR:
        this.state = NORMAL;
        if (buf.charCodeAt(i) === 47) {
          this.inExecComment = false;
          return i + 1;
        }
        this.emit(T_PUNCT, '*', 0);
        return i;
      case DOLLAR_TAG:
        return this.dollarTag(i);
      case DOLLAR_BODY:
        return this.dollarBody(i);
      case DELIMITER:
        if (buf[i] === this.delimiter[this.delimMatched]) {
          if (++this.delimMatched === this.delimiter.length) {
            this.state = NORMAL;
            this.emit(T_END, this.delimiter, 0);
          }
          return i + 1;
        }
        this.flushDelimiterPrefix();
        return i;
      case RAW_LINE: {
        const nl = buf.indexOf('\n', i);
        const to = nl < 0 ? buf.length : nl;
        if (this.accLen < 256) this.append(buf.slice(i, Math.min(to, i + 256)));
        if (nl < 0) return buf.length;
        this.finishRawLine();
        return nl + 1;
      }
      case COPY_SKIP_LINE: {
        const nl = buf.indexOf('\n', i);
        if (nl < 0) return buf.length;
        this.state = COPY_DATA;
        return nl + 1;
      }
      case COPY_DATA: {
        const copy = this.copy!;
        const next = copy.feed(buf, i, this.generation);
        if (copy.done) {
          this.copy = null;
          this.state = NORMAL;
        }
        return next;
      }
      default:
        throw new Error(`sql lexer: bad state ${this.state}`);
    }
  }

  private normal(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const customDelimiter = this.delimiter !== ';';
    const d0 = this.delimiter.charCodeAt(0);
    for (; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        if (c === 10) this.lineStart = true;
        continue;
      }
      if (customDelimiter && c === d0) {
        this.delimMatched = 0;
        this.state = DELIMITER;
        return i;
      }
      switch (c) {
        case 39: // '
          return this.openString(i, 39, T_STRING, this.backslashEscapes);
        case 34: // "
          return this.openString(i, 34, T_DQUOTE, this.backslashEscapes);
        case 96: // `
          return this.openString(i, 96, T_QIDENT, false);
        case 91: // [
          this.beginToken(i);
          this.state = AFTER_BRACKET;
          return i + 1;
        case 45: // -
          this.state = AFTER_DASH;
          return i + 1;
        case 47: // /
          this.state = AFTER_SLASH;
          this.beginToken(i);
          return i + 1;
        case 35: // #
          this.state = LINE_COMMENT;
          return i + 1;
        case 59: // ;
          this.tokStart = i;
          this.emit(customDelimiter ? T_PUNCT : T_END, ';', 0);
          if (this.state !== NORMAL) return i + 1;
          continue;
        case 42: // *
          if (this.inExecComment) {
            this.state = EXEC_STAR;
            return i + 1;
          }
          this.emit(T_PUNCT, '*', 0);
          continue;
        case 36: // $
          this.beginToken(i);
          this.resetAcc();
          this.append('$');
          this.state = DOLLAR_TAG;
          return i + 1;
        default:
          if (c >= 48 && c <= 57) {
            this.beginToken(i);
            this.resetAcc();
            this.state = NUMBER;
            return i;
          }
          if (isWordChar(c)) {
            this.beginToken(i);
            this.resetAcc();
            this.state = WORD;
            return i;
          }
          this.tokStart = i;
          this.emit(T_PUNCT, buf[i], 0);
          if (this.state !== NORMAL) return i + 1;
      }
    }
    return n;
  }

  private openExecComment(i: number): number {
    // MySQL runs the content of /*!NNNNN … */ on any modern server, so it is read as SQL: it holds
    // SET directives between statements, and mysqldump also wraps column values in it (Sakila's
    // `location` geometry), which must count for the row to have all its columns.
    this.inExecComment = true;
    this.execVersion = 0;
    this.state = EXEC_VERSION;
    return i;
  }

  private openString(i: number, quote: number, kind: TokenKind, backslash: boolean): number {
    this.beginToken(i);
    this.resetAcc();
    this.quote = quote;
    this.quoteChar = String.fromCharCode(quote);
    this.strKind = kind;
    this.strBackslash = backslash;
    this.qAt = -1; // the cached position was for another quote character
    this.state = STRING;
    return i + 1;
  }

  private string(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    for (;;) {
      if (this.qAt < i) this.qAt = at(buf.indexOf(this.quoteChar, i));
      if (this.strBackslash && this.bsAt < i) this.bsAt = at(buf.indexOf('\\', i));
      const bs = this.strBackslash ? this.bsAt : NONE;
      const q = this.qAt;
      if (bs < q) {
        if (bs > i) this.append(buf.slice(i, bs));
        this.state = STRING_ESCAPE;
        return bs + 1;
      }
      if (q === NONE) {
        if (n > i) this.append(buf.slice(i, n));
        return n;
      }
      if (q > i) this.append(buf.slice(i, q));
      if (q + 1 >= n) {
        this.state = STRING_QUOTE;
        return n;
      }
      if (buf.charCodeAt(q + 1) !== this.quote) {
        this.finishString();
        return q + 1;
      }
      this.append(this.quoteChar);
      i = q + 2;
    }
  }

  private finishString(): void {
    this.state = NORMAL;
    this.tokResolved = true;
    const kind = this.strKind;
    this.emit(kind, this.acc, this.cut ? 1 : 0);
  }

  private word(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const numeric = this.state === NUMBER;
    // `END$$` under DELIMITER $$: the delimiter ends the word even though '$' is a word character.
    const stop = this.delimiter === ';' ? -1 : this.delimiter.charCodeAt(0);
    let j = i;
    for (; j < n; j++) {
      const c = buf.charCodeAt(j);
      if ((isWordChar(c) && c !== stop) || (numeric && c === 46)) continue;
      // Exponent sign: 1e-5, 2.5E+3.
      if (numeric && (c === 43 || c === 45)) {
        const soFar = this.acc + buf.slice(this.wordStart(i), j);
        const last = soFar.charCodeAt(soFar.length - 1);
        if ((last === 101 || last === 69) && NUMERIC.test(soFar.slice(0, -1))) continue;
      }
      break;
    }
    const start = this.wordStart(i);
    if (numeric && this.accLen + (j - start) >= 2 && this.isHexPrefix(buf, start)) return this.openHex(start, j);
    if (j > start) this.append(buf.slice(start, j));
    if (j >= n) return n;
    this.finishWordAt(buf.charCodeAt(j));
    // A prefixed literal (X'…', N'…') was opened: its quote is consumed here.
    return this.state === STRING || this.state === HEX_QUOTED ? j + 1 : j;
  }

  /** Where the current word's text in this buffer begins. */
  private wordStart(i: number): number {
    return this.accLen === 0 && this.tokStart <= i ? this.tokStart : i;
  }

  /** Whether the number being read (at least 2 characters: acc, then buf from start) starts with `0x`. */
  private isHexPrefix(buf: string, start: number): boolean {
    const c0 = this.accLen > 0 ? this.acc.charCodeAt(0) : buf.charCodeAt(start);
    if (c0 !== 48) return false;
    const c1 = this.accLen > 1 ? this.acc.charCodeAt(1) : buf.charCodeAt(start + 1 - this.accLen);
    return (c1 | 0x20) === 120;
  }

  private finishWordAt(next: number): void {
    const text = this.acc;
    if (next === 39 && text.length === 1) {
      const p = text.charCodeAt(0) | 0x20;
      if (p === 120 /* x */) {
        this.resetAcc();
        this.hexDigits = 0;
        this.state = HEX_QUOTED;
        this.strKind = T_HEX;
        return;
      }
      if (p === 98 /* b */ || p === 110 /* n */ || p === 101 /* e */) {
        this.resetAcc();
        this.quote = 39;
        this.quoteChar = "'";
        this.strKind = p === 98 ? T_BITS : T_STRING;
        this.strBackslash = p === 101 ? true : p === 98 ? false : this.backslashEscapes;
        this.qAt = -1;
        this.state = STRING;
        return;
      }
    }
    this.finishWord();
  }

  private finishWord(): void {
    const numeric = this.state === NUMBER;
    this.state = NORMAL;
    const text = this.acc;
    // T-SQL scripts (SSMS "Generate Scripts", sqlcmd) end batches with GO on its own line, often without ';'.
    if (this.lineStart && text.length === 2 && text.toUpperCase() === 'GO') {
      this.backslashEscapes = false; // T-SQL strings have no backslash escapes
      return this.emit(T_END, text, 0);
    }
    this.emit(numeric && NUMERIC.test(text) ? T_NUMBER : T_WORD, text, 0);
  }

  private openHex(start: number, j: number): number {
    // The word so far is "0x…": keep digits only and count the rest.
    const soFar = this.acc + this.buf.slice(start, j);
    this.resetAcc();
    this.hexDigits = 0;
    this.state = HEX;
    const digits = soFar.slice(2);
    for (let k = 0; k < digits.length; k++) {
      if (!isHexDigit(digits.charCodeAt(k))) {
        // Not a hex literal after all (e.g. 0xZZ): report the whole run as a word.
        this.state = NORMAL;
        this.emit(T_WORD, soFar, 0);
        return j;
      }
    }
    this.addHexDigits(digits);
    return j;
  }

  private addHexDigits(s: string): void {
    if (this.accLen < MAX_HEX_DIGITS) this.append(s.slice(0, MAX_HEX_DIGITS - this.accLen));
    this.hexDigits += s.length;
  }

  private hex(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    let j = i;
    while (j < n && isHexDigit(buf.charCodeAt(j))) j++;
    if (j > i) this.addHexDigits(buf.slice(i, j));
    if (j >= n) return n;
    const quoted = this.state === HEX_QUOTED;
    if (quoted && buf.charCodeAt(j) !== 39) {
      // X'…' with a non-hex character: keep scanning to the closing quote, counting nothing.
      const q = buf.indexOf("'", j);
      if (q < 0) return n;
      j = q;
    }
    if (!quoted && isWordChar(buf.charCodeAt(j))) {
      // 0x12G… is an identifier-like word, not hex.
      this.state = WORD;
      this.acc = `0x${this.acc}`;
      this.accLen = this.acc.length;
      return j;
    }
    this.state = NORMAL;
    this.tokResolved = true;
    this.emit(T_HEX, this.acc, this.hexDigits);
    return quoted ? j + 1 : j;
  }

  private dollarTag(i: number): number {
    const buf = this.buf;
    const c = buf.charCodeAt(i);
    if (c === 36) {
      this.dollarClose = `${this.acc}$`;
      this.dollarMatched = 0;
      this.resetAcc();
      this.state = DOLLAR_BODY;
      return i + 1;
    }
    const tagChar = isWordChar(c) && c !== 36 && !(this.accLen === 1 && c >= 48 && c <= 57);
    if (tagChar && this.accLen < 64) {
      this.append(buf[i]);
      return i + 1;
    }
    // `$1`, `$name ` …: not a dollar quote.
    this.state = NORMAL;
    this.emit(T_WORD, this.acc, 0);
    return i;
  }

  private dollarBody(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const close = this.dollarClose;
    while (i < n) {
      if (this.dollarMatched === 0) {
        const d = buf.indexOf('$', i);
        if (d < 0) {
          this.append(buf.slice(i));
          return n;
        }
        if (d > i) this.append(buf.slice(i, d));
        i = d;
      }
      const c = buf[i];
      if (c === close[this.dollarMatched]) {
        this.dollarMatched++;
        i++;
        if (this.dollarMatched === close.length) {
          this.state = NORMAL;
          this.tokResolved = true;
          this.emit(T_STRING, this.acc, this.cut ? 1 : 0);
          return i;
        }
      } else {
        // The partial match was text after all.
        this.append(close.slice(0, this.dollarMatched));
        this.dollarMatched = 0;
        if (c !== '$') {
          this.append(c);
          i++;
        }
      }
    }
    return n;
  }

  /** A custom delimiter's first characters that turned out not to be the delimiter. */
  private flushDelimiterPrefix(): void {
    this.state = NORMAL;
    const prefix = this.delimiter.slice(0, this.delimMatched);
    for (const ch of prefix) this.emit(T_PUNCT, ch, 0);
    this.delimMatched = 0;
  }

  private finishRawLine(): void {
    const text = this.acc.trim();
    this.resetAcc();
    this.state = NORMAL;
    if (this.rawIsDelimiter) {
      const d = text.split(/\s+/)[0];
      if (d) this.delimiter = d;
    }
    this.emit(T_END, '', 0);
  }
}

function at(p: number): number {
  return p < 0 ? NONE : p;
}
