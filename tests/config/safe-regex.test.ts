import { describe, expect, it } from 'vitest';
import { compileValuePattern, findNestedQuantifier } from '../../src/config/safe-regex.js';

describe('findNestedQuantifier', () => {
  it.each([
    ['(a+)+', '(a+)+'],
    ['(a*)*', '(a*)*'],
    ['^(\\w+\\s?)*$', '(\\w+\\s?)*'],
    ['(?:x+){2,}', '(?:x+){2,}'],
    ['(?:x+){0,5}', '(?:x+){0,5}'],
    ['((ab)*c)+', '((ab)*c)+'],
    ['(a{1,})+?', '(a{1,})+?'],
    ['E-(\\d+-)+\\d', '(\\d+-)+'],
  ])('refuses %s', (pattern, shape) => {
    expect(findNestedQuantifier(pattern)).toBe(shape);
  });

  it.each(['EMP-\\d{6}', '(ab)+', '(a+)?', '(a|b)*c', '[(+)]+', '\\(a+\\)+', 'x{2}(y+)', '(\\d{3})-(\\d{4})', '[a-z]+(?:-[a-z]+){0,3}', '(a+){1}', '(a+){2,4}'])(
    'accepts %s',
    (pattern) => {
      expect(findNestedQuantifier(pattern)).toBeNull();
    },
  );
});

describe('compileValuePattern', () => {
  it('anchors the pattern to the whole value', () => {
    const c = compileValuePattern('EMP-\\d{6}');
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.regex.test('EMP-123456')).toBe(true);
    expect(c.regex.test('xEMP-123456')).toBe(false);
    expect(c.regex.test('EMP-1234567')).toBe(false);
  });

  it('keeps alternations inside the anchors', () => {
    const c = compileValuePattern('a|b');
    expect(c.ok && c.regex.test('ab')).toBe(false);
  });

  it('honours ignoreCase', () => {
    const c = compileValuePattern('emp-\\d+', true);
    expect(c.ok && c.regex.test('EMP-12')).toBe(true);
  });

  it('explains syntax errors and catastrophic shapes in one line', () => {
    const bad = compileValuePattern('a(b');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^invalid regular expression: /);
    const escaped = compileValuePattern('a)|(b');
    expect(escaped.ok).toBe(false);
    const nested = compileValuePattern('(a+)+b');
    expect(nested.ok).toBe(false);
    if (!nested.ok) expect(nested.message).toBe('nested quantifier "(a+)+" can backtrack catastrophically: a group that contains * or + may repeat at most 4 times');
  });
});
