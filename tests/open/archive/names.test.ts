import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapesRoot, memberPath } from '../../../src/open/archive/names.js';

describe('escapesRoot', () => {
  it.each([
    ['../../etc/passwd', true],
    ['a/../../x', true],
    ['/etc/passwd', true],
    ['C:\\Windows\\x.csv', true],
    ['..\\..\\x', true],
    ['a/../b.csv', false],
    ['./a/b.csv', false],
    ['dir/file.csv', false],
    ['..hidden/file', false],
  ])('%s → %s', (name, expected) => {
    expect(escapesRoot(name)).toBe(expected);
  });

  const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).filter((s) => s !== '..' && s !== '.');
  it('names built from plain segments stay inside; a leading ../ always escapes', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (parts) => {
        const name = parts.join('/');
        expect(escapesRoot(name)).toBe(false);
        expect(escapesRoot(`../${name}`)).toBe(true);
        expect(escapesRoot(`/${name}`)).toBe(true);
      }),
    );
  });
});

describe('memberPath', () => {
  it('joins container and member with !', () => {
    expect(memberPath(memberPath('outer.zip', 'inner.tar.gz'), 'a.csv')).toBe('outer.zip!inner.tar.gz!a.csv');
  });
});
