import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/report/mask.js';

describe('maskValue', () => {
  it.each([
    ['jane.doe@gmail.com', 'email', 'j***@gmail.com'],
    ['4111 1111 1111 1111', 'card', '4111 **** **** 1111'],
    ['4111111111111111', 'card', '4111 **** **** 1111'],
    ['378282246310005', 'card', '3782 **** *** 0005'],
    ['+44 20 7946 0018', 'phone', '+44 ** **** **18'],
    ['85.245.107.41', 'ip', '85.245.*.*'],
    ['2606:4700:4700::1111', 'ip', '2606:4700:*'],
    ['$2b$12$KIXQJ2o4wqv1p1bC7eH6UOQ6bX8Yl5p4Jm3i3mW7u1m5r9xG0yS2a', 'secret', '$2b$…[60 chars]'],
    ['123-45-6789', 'digits', '12*-**-**89'],
    ['Jane Doe', 'generic', 'J**e D**'],
    ['398700', 'none', '398700'],
  ] as const)('masks %s (%s) as %s', (value, style, expected) => {
    expect(maskValue(value, style)).toBe(expected);
  });

  it('never returns the full value for sensitive styles', () => {
    for (const style of ['email', 'card', 'digits', 'phone', 'ip', 'secret', 'generic'] as const) {
      for (const v of ['jane.doe@gmail.com', '4539578763621486', '+8613812345678', '10.20.30.40', 'Zhang Wei', 'abcdef1234567890']) {
        expect(maskValue(v, style)).not.toBe(v);
      }
    }
  });
});
