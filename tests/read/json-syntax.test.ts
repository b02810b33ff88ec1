import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonFault } from '../../src/read/json/syntax.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonFault', () => {
  it.each([
    ['{"a":1 "b":2}', 7, "expected ',' or '}' after an object value, found '\"'"],
    ['[1 2]', 3, "expected ',' or ']' after an array element, found '2'"],
    ['{"a":1', 6, "unexpected end of input, expected ',' or '}' after an object value"],
    ['{"a":01}', 5, 'invalid number'],
    ['[1.]', 1, 'invalid number'],
    ['"\\x"', 1, 'invalid escape sequence in a string'],
    ['"\\u12G4"', 1, 'invalid \\u escape in a string'],
    ['"abc', 4, 'unexpected end of input inside a string'],
    ['nul', 0, 'invalid literal, expected true, false or null'],
    ['{} {}', 3, "unexpected '{' after the end of the value"],
    ['', 0, 'unexpected end of input, expected a value'],
  ])('locates the fault in %j', (text, index, reason) => {
    expect(findJsonFault(text)).toEqual({ index, reason });
  });

  it('agrees with JSON.parse on valid and damaged JSON', () => {
    const damaged = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom(...'{}[]",:\\ 0-.eE\u0001tn'))
      .map(([text, at, c]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, i) + c + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 3 }), damaged, fc.string()), (text) => {
        expect(findJsonFault(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
