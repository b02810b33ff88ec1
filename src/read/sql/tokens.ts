// Token kinds shared by the SQL lexer, the statement parser and the value evaluator.

/** Bare identifier or keyword (`INSERT`, `users`, `NULL`). */
export const T_WORD = 1;
/** Numeric literal as written (`42`, `-` is a separate punct). */
export const T_NUMBER = 2;
/** Single-quoted string (also `N'…'`, `E'…'`, `$$…$$`), unescaped. */
export const T_STRING = 3;
/** Double-quoted text: a string in MySQL values, an identifier elsewhere. */
export const T_DQUOTE = 4;
/** Back-quoted identifier. */
export const T_QIDENT = 5;
/** Hex literal `0x…` or `X'…'`: text holds the first digits, extra the total digit count. */
export const T_HEX = 6;
/** Bit literal `b'0101'`. */
export const T_BITS = 7;
/** One punctuation character. */
export const T_PUNCT = 8;
/** End of statement (the current delimiter). */
export const T_END = 9;

export type TokenKind =
  | typeof T_WORD
  | typeof T_NUMBER
  | typeof T_STRING
  | typeof T_DQUOTE
  | typeof T_QIDENT
  | typeof T_HEX
  | typeof T_BITS
  | typeof T_PUNCT
  | typeof T_END;

export interface TokenSink {
  /**
   * One token. `extra`: for T_HEX the total digit count; for strings 1 when the value was cut at
   * the length cap; otherwise 0.
   */
  token(kind: TokenKind, text: string, extra: number): void;
}

/** Longest string value kept; longer values are cut (with a warning) to bound memory. */
export const MAX_VALUE_CHARS = 1 << 20;
/** Hex digits kept from a hex literal (64 bytes: enough for any hash or key). */
export const MAX_HEX_DIGITS = 128;
