// SQL value tokens → record values. Literals become strings/numbers/booleans/null; binary literals
// become a short hex form; the few expressions dumpers write (SQLite `replace(…, char(10))`,
// `unistr(…)`, pg casts, MySQL `_binary` introducers) are evaluated; anything else is kept as its
// source text so a value is never silently lost.
import type { Scalar } from '../types.js';
import { T_BITS, T_DQUOTE, T_HEX, T_NUMBER, T_PUNCT, T_QIDENT, T_STRING, T_WORD } from './tokens.js';

/** Binary data up to this many bytes is shown as its hex digits (hashes, keys, UUIDs stay detectable). */
const FULL_HEX_BYTES = 64;
const MAX_EXPRESSION_TEXT = 256;

/**
 * Hex literal → value. Up to 64 bytes: the hex digits as written (a BINARY(20) password hash reads
 * like its hex form). Longer blobs: `0x` + the first 8 bytes + `…(N bytes)`, e.g. an image.
 */
export function hexValue(digits: string, totalDigits: number): string {
  const bytes = Math.ceil(totalDigits / 2);
  if (bytes <= FULL_HEX_BYTES) return digits;
  return `0x${digits.slice(0, 16)}…(${bytes} bytes)`;
}

/** Numeric text → number, unless that would lose digits (a 19-digit id stays a string). */
export function numberValue(text: string): Scalar {
  if (text.length <= 15) {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  let significant = 0;
  let leading = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 101 || c === 69) break; // exponent
    if (c < 48 || c > 57) continue;
    if (leading && c === 48) continue;
    leading = false;
    significant++;
  }
  if (significant > 15) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/** `_binary '…'`: text that is printable stays a string; raw bytes become a size placeholder. */
function binaryString(s: string): string {
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(s)) return s;
  return `_binary…(${s.length} chars)`;
}

function bitsValue(bits: string): Scalar {
  return bits.length <= 53 && /^[01]*$/.test(bits) ? (bits.length === 0 ? 0 : parseInt(bits, 2)) : bits;
}

/** Value of a single literal token. */
export function literalValue(kind: number, text: string, extra: number): Scalar {
  switch (kind) {
    case T_STRING:
    case T_DQUOTE:
      return text;
    case T_NUMBER:
      return numberValue(text);
    case T_HEX:
      return hexValue(text, extra);
    case T_BITS:
      return bitsValue(text);
    case T_WORD: {
      const u = text.toUpperCase();
      if (u === 'NULL' || u === 'DEFAULT') return null;
      if (u === 'TRUE') return true;
      if (u === 'FALSE') return false;
      return text;
    }
    default:
      return text;
  }
}

/** A value expression as parallel token arrays (kinds, texts, extras) of length n. */
export interface ValueTokens {
  kinds: number[];
  texts: string[];
  extras: number[];
  n: number;
}

/** Evaluates a multi-token value; falls back to its source text when it is not understood. */
export function expressionValue(t: ValueTokens): Scalar {
  const ev = new Evaluator(t);
  const v = ev.expression();
  if (v !== FAIL && ev.pos === t.n) return v;
  return sourceText(t);
}

const FAIL = Symbol('fail');
const TYPED_LITERALS = new Set(['DATE', 'TIME', 'TIMESTAMP', 'DATETIME']);
type Result = Scalar | typeof FAIL;

class Evaluator {
  pos = 0;
  constructor(private readonly t: ValueTokens) {}

  private isPunct(p: number, ch: string): boolean {
    return p < this.t.n && this.t.kinds[p] === T_PUNCT && this.t.texts[p] === ch;
  }

  expression(): Result {
    let v = this.primary();
    if (v === FAIL) return FAIL;
    for (;;) {
      if (this.isPunct(this.pos, ':') && this.isPunct(this.pos + 1, ':')) {
        // pg cast: the value is what it is, whatever the type name.
        this.pos += 2;
        this.skipTypeName();
        continue;
      }
      if (this.pos < this.t.n && this.t.kinds[this.pos] === T_WORD && this.t.texts[this.pos].toUpperCase() === 'COLLATE') {
        this.pos += 2;
        continue;
      }
      return v;
    }
  }

  private skipTypeName(): void {
    const { kinds, n } = this.t;
    while (this.pos < n && (kinds[this.pos] === T_WORD || kinds[this.pos] === T_DQUOTE || kinds[this.pos] === T_QIDENT)) {
      this.pos++;
      if (this.isPunct(this.pos, '.')) this.pos++;
    }
    if (this.isPunct(this.pos, '(')) {
      while (this.pos < n && !this.isPunct(this.pos, ')')) this.pos++;
      this.pos++;
    }
    while (this.isPunct(this.pos, '[') && this.isPunct(this.pos + 1, ']')) this.pos += 2;
  }

  private primary(): Result {
    const { kinds, texts, extras, n } = this.t;
    if (this.pos >= n) return FAIL;
    const k = kinds[this.pos];
    const s = texts[this.pos];
    if (k === T_PUNCT) {
      if (s === '-' || s === '+') {
        this.pos++;
        const v = this.primary();
        if (typeof v === 'number') return s === '-' ? -v : v;
        if (typeof v === 'string' && s === '-' && /^\d/.test(v)) return `-${v}`;
        return FAIL;
      }
      if (s === '.' && this.pos + 1 < n && kinds[this.pos + 1] === T_NUMBER) {
        this.pos += 2;
        return numberValue(`0.${texts[this.pos - 1]}`);
      }
      if (s === '(') {
        this.pos++;
        const v = this.expression();
        if (v === FAIL || !this.isPunct(this.pos, ')')) return FAIL;
        this.pos++;
        return v;
      }
      return FAIL;
    }
    if (k === T_WORD) {
      if (this.isPunct(this.pos + 1, '(')) return this.call(s);
      const next = this.pos + 1 < n ? kinds[this.pos + 1] : 0;
      if (s.charCodeAt(0) === 95 /* _ */ && (next === T_STRING || next === T_HEX || next === T_DQUOTE)) {
        // Charset introducer: _utf8mb4'…', _binary'…', _binary 0x….
        this.pos += 2;
        const lit = literalValue(next, texts[this.pos - 1], extras[this.pos - 1]);
        return s.toLowerCase() === '_binary' && typeof lit === 'string' && next !== T_HEX ? binaryString(lit) : lit;
      }
      if (next === T_STRING && TYPED_LITERALS.has(s.toUpperCase())) {
        // DATE '2020-01-01', TIMESTAMP '…'
        this.pos += 2;
        return texts[this.pos - 1];
      }
    }
    this.pos++;
    return literalValue(k, s, extras[this.pos - 1]);
  }

  private call(name: string): Result {
    const fn = name.toLowerCase();
    if (fn === 'cast' || fn === 'try_cast') return this.cast();
    this.pos += 2; // name (
    const args: Scalar[] = [];
    if (!this.isPunct(this.pos, ')')) {
      for (;;) {
        const v = this.expression();
        if (v === FAIL) return FAIL;
        args.push(v);
        if (this.isPunct(this.pos, ',')) {
          this.pos++;
          continue;
        }
        break;
      }
    }
    if (!this.isPunct(this.pos, ')')) return FAIL;
    this.pos++;
    switch (fn) {
      case 'replace':
        return args.length === 3 && args.every((a) => typeof a === 'string')
          ? (args[0] as string).split(args[1] as string).join(args[2] as string)
          : FAIL;
      case 'char':
        return args.every((a) => typeof a === 'number') ? String.fromCodePoint(...(args as number[])) : FAIL;
      case 'unistr':
        return args.length === 1 && typeof args[0] === 'string' ? unistr(args[0]) : FAIL;
      case 'concat':
        return args.every((a) => a !== null) ? args.join('') : null;
      case 'unhex':
        return args.length === 1 && typeof args[0] === 'string' && /^[0-9a-fA-F]*$/.test(args[0])
          ? hexValue(args[0].slice(0, 128), args[0].length)
          : FAIL;
      default:
        return FAIL;
    }
  }

  /** CAST(value AS type), as T-SQL scripts write dates and decimals: the value as written, like pg's `::`. */
  private cast(): Result {
    this.pos += 2; // CAST (
    const v = this.expression();
    if (v === FAIL || !(this.pos < this.t.n && this.t.kinds[this.pos] === T_WORD && this.t.texts[this.pos].toUpperCase() === 'AS')) return FAIL;
    this.pos++;
    this.skipTypeName();
    if (!this.isPunct(this.pos, ')')) return FAIL;
    this.pos++;
    return v;
  }
}

/** SQLite's unistr(): \XXXX, \uXXXX, \+XXXXXX, \UXXXXXXXX and \\. */
function unistr(s: string): string {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|\+([0-9a-fA-F]{6})|U([0-9a-fA-F]{8})|([0-9a-fA-F]{4})|(\\))/g, (m, a, b, c, d, bs) => {
    if (bs) return '\\';
    const cp = parseInt(a ?? b ?? c ?? d, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** An expression we do not evaluate, shown as SQL text (e.g. `now()`), capped. */
export function sourceText(t: ValueTokens): string {
  let out = '';
  for (let k = 0; k < t.n && out.length < MAX_EXPRESSION_TEXT; k++) {
    const kind = t.kinds[k];
    const s = t.texts[k];
    let piece: string;
    if (kind === T_STRING) piece = `'${s.replace(/'/g, "''")}'`;
    else if (kind === T_DQUOTE) piece = `"${s}"`;
    else if (kind === T_QIDENT) piece = `\`${s}\``;
    else if (kind === T_HEX) piece = `0x${s}`;
    else piece = s;
    const prevWordy = k > 0 && t.kinds[k - 1] !== T_PUNCT;
    out += prevWordy && kind !== T_PUNCT ? ` ${piece}` : piece;
  }
  return out.length > MAX_EXPRESSION_TEXT ? `${out.slice(0, MAX_EXPRESSION_TEXT)}…` : out;
}
