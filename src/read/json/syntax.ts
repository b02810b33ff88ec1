// Names the first syntax error in a JSON text and where it is. Only runs after JSON.parse has
// failed: V8's messages sometimes lack a position and quote the input (which may be private
// data), so errors are described from this checker instead.

export interface JsonFault {
  /** Index (UTF-16 code units) of the offending character in the text. */
  index: number;
  reason: string;
}

const OBJECT = 0;
const ARRAY = 1;

/** A short, data-free description of one character for error messages. */
export function describeChar(code: number | undefined): string {
  if (code === undefined || Number.isNaN(code)) return 'end of input';
  if (code > 0x20 && code < 0x7f) return `'${String.fromCharCode(code)}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first syntax error in `text`, or undefined when the checker finds none. */
export function findJsonFault(text: string): JsonFault | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const fault = (at: number, expected: string): JsonFault => ({
    index: at,
    reason: at >= n ? `unexpected end of input, expected ${expected}` : `expected ${expected}, found ${describeChar(text.charCodeAt(at))}`,
  });

  for (;;) {
    // A value is expected at i.
    i = skipSpace(text, i);
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === 0x7d /* } */) {
        i++;
      } else {
        stack.push(OBJECT);
        const after = key(text, i);
        if (typeof after !== 'number') return after;
        i = after;
        continue;
      }
    } else if (c === 0x5b /* [ */) {
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === 0x5d /* ] */) {
        i++;
      } else {
        stack.push(ARRAY);
        continue;
      }
    } else if (c === 0x22 /* " */) {
      const after = string(text, i);
      if (typeof after !== 'number') return after;
      i = after;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const after = number(text, i);
      if (typeof after !== 'number') return after;
      i = after;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      return { index: i, reason: 'invalid literal, expected true, false or null' };
    } else {
      return fault(i, 'a value');
    }

    // After a value: close containers until one continues with a comma.
    for (;;) {
      i = skipSpace(text, i);
      if (stack.length === 0) {
        return i < n ? { index: i, reason: `unexpected ${describeChar(text.charCodeAt(i))} after the end of the value` } : undefined;
      }
      const d = text.charCodeAt(i);
      const inObject = stack[stack.length - 1] === OBJECT;
      if (d === 0x2c /* , */) {
        i++;
        if (inObject) {
          const after = key(text, skipSpace(text, i));
          if (typeof after !== 'number') return after;
          i = after;
        }
        break;
      }
      if (d === (inObject ? 0x7d : 0x5d)) {
        stack.pop();
        i++;
        continue;
      }
      return fault(i, inObject ? "',' or '}' after an object value" : "',' or ']' after an array element");
    }
  }
}

/** Parses `"key" :` at i; returns the index after the colon. */
function key(text: string, i: number): number | JsonFault {
  if (text.charCodeAt(i) !== 0x22) {
    return i >= text.length
      ? { index: i, reason: 'unexpected end of input, expected a double-quoted key' }
      : { index: i, reason: `expected a double-quoted key, found ${describeChar(text.charCodeAt(i))}` };
  }
  const after = string(text, i);
  if (typeof after !== 'number') return after;
  const colon = skipSpace(text, after);
  if (text.charCodeAt(colon) !== 0x3a /* : */) {
    return { index: colon, reason: `expected ':' after an object key, found ${describeChar(text.charCodeAt(colon))}` };
  }
  return colon + 1;
}

function string(text: string, open: number): number | JsonFault {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { index: i, reason: `unescaped control character ${describeChar(c)} in a string` };
    if (c === 0x5c /* \ */) {
      if (++i >= text.length) break;
      const e = text[i];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return { index: i - 1, reason: 'invalid \\u escape in a string' };
        i += 4;
      } else if (!'"\\/bfnrt'.includes(e)) {
        return { index: i - 1, reason: 'invalid escape sequence in a string' };
      }
    }
  }
  return { index: text.length, reason: 'unexpected end of input inside a string' };
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function number(text: string, i: number): number | JsonFault {
  NUMBER.lastIndex = i;
  if (!NUMBER.test(text)) return { index: i, reason: 'invalid number' };
  const end = NUMBER.lastIndex;
  // `01` or `1.` match a prefix; the next character tells whether the number really ended.
  const next = text.charCodeAt(end);
  if ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45) return { index: i, reason: 'invalid number' };
  return end;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}
