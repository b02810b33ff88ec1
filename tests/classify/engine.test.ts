// The engine's combination rules: share-driven confidence, stray values, contradictions,
// negative names, name-confirmed (weak) shapes, field checks, test values and tags.
import { describe, expect, it } from 'vitest';
import type { TypeMatch } from '../../src/report/schema.js';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { FieldClassifier, LABEL_CONFIDENCE, MIN_CONFIDENCE } from '../../src/classify/engine.js';

function classify(path: string, values: readonly string[]): TypeMatch[] {
  const c = new FieldClassifier(path, DETECTORS);
  for (const v of values) c.observe(v);
  const nums = values.map(Number).filter((n) => Number.isFinite(n));
  return c.finish({
    path, nonEmpty: values.length, distinct: new Set(values).size,
    numeric: nums.length ? { count: nums.length, min: Math.min(...nums), max: Math.max(...nums) } : null,
    minLength: values.length ? Math.min(...values.map((v) => v.length)) : null, maxLength: values.length ? Math.max(...values.map((v) => v.length)) : null,
  });
}
const ids = (t: TypeMatch[]) => t.map((x) => x.id);
const top = (t: TypeMatch[]) => (t[0] && t[0].confidence >= LABEL_CONFIDENCE ? t[0].id : null);
const find = (t: TypeMatch[], id: string) => t.find((x) => x.id === id);

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = +s[s.length - 1 - i];
      if (i % 2) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('unreachable');
}
const visa = () => luhnComplete('4' + digits(14));
const sentences = Array.from({ length: 199 }, (_, i) => `Customer asked about order ${i} and the delivery window`);
const epochMs = Array.from({ length: 200 }, () => String(1672531200000 + Math.floor(rnd() * 4e10)));

describe('value evidence', () => {
  it('labels a column of strong values without any name', () => {
    expect(top(classify('column_3', Array.from({ length: 50 }, (_, i) => `person${i}@gmail.com`)))).toBe('contact.email');
    expect(top(classify('column_4', Array.from({ length: 50 }, visa)))).toBe('payment.card_number');
  });

  it('one stray value does not label a column', () => {
    expect(ids(classify('notes', [...sentences, 'reach me at jane.doe@gmail.com']))).not.toContain('contact.email');
    const codes = Array.from({ length: 199 }, () => digits(8));
    expect(ids(classify('ref_code', [...codes, visa()]))).not.toContain('payment.card_number');
  });

  it('confidence follows the share of matching values', () => {
    const full = find(classify('x', Array.from({ length: 40 }, (_, i) => `a${i}@gmail.com`)), 'contact.email')!;
    const half = find(classify('x', Array.from({ length: 40 }, (_, i) => (i % 2 ? `a${i}@gmail.com` : `plain text value ${i}`))), 'contact.email')!;
    expect(half.confidence).toBeLessThan(full.confidence);
    expect(half.matched).toBe(20);
    expect(half.checked).toBe(40);
  });
});

describe('names and values together', () => {
  it('a name contradicted by its values loses the type', () => {
    expect(ids(classify('email', Array.from({ length: 20 }, (_, i) => `n/a ${i}`)))).not.toContain('contact.email');
  });

  it('a Luhn-valid number in an order_id column is not a card with any real confidence', () => {
    const t = classify('order_id', Array.from({ length: 50 }, visa));
    expect(top(t)).toBe('payment.order_id');
    expect(find(t, 'payment.card_number')?.confidence ?? 0).toBeLessThan(LABEL_CONFIDENCE);
  });

  it('name-led types need the name: bare nine digits are an SSN only under an ssn-like name', () => {
    const ssns = Array.from({ length: 30 }, (_, i) => `${100 + i}${digits(2).replace('00', '11')}${digits(4).replace('0000', '1234')}`);
    expect(ids(classify('column_2', ssns))).not.toContain('government_id.us_ssn');
    expect(top(classify('ssn', ssns))).toBe('government_id.us_ssn');
  });

  it('an empty field keeps a low, name-only candidate', () => {
    const t = classify('email', []);
    expect(t[0]).toMatchObject({ id: 'contact.email', basis: ['name'], matched: 0, checked: 0 });
    expect(t[0].confidence).toBeLessThan(LABEL_CONFIDENCE);
    expect(t[0].confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('must not flag', () => {
  it('epoch-ms timestamps are timestamps, never cards, phones or counts', () => {
    for (const name of ['column_1', 'created_ms', 'views']) {
      const t = classify(name, epochMs);
      expect(ids(t)).not.toContain('payment.card_number');
      expect(ids(t)).not.toContain('contact.phone');
      expect(ids(t)).not.toContain('user_stats.view_count');
    }
    expect(top(classify('column_1', epochMs))).toBe('temporal.timestamp');
  });

  it('epoch seconds are not phone numbers', () => {
    const t = classify('phone', Array.from({ length: 50 }, () => String(1600000000 + Math.floor(rnd() * 1e8))));
    expect(top(t)).not.toBe('contact.phone');
  });

  it('decimals, UUIDs and hex digests are not cards or names', () => {
    const decimals = Array.from({ length: 50 }, () => `0.${digits(16)}`);
    const uuids = Array.from({ length: 50 }, () => `${digits(8)}-e29b-41d4-a716-${digits(12)}`);
    expect(ids(classify('column_1', decimals))).not.toContain('payment.card_number');
    expect(ids(classify('name', uuids))).not.toContain('identity.person_name');
    expect(ids(classify('column_2', uuids))).not.toContain('payment.card_number');
  });

  it('content hashes in etag/checksum columns are not password hashes', () => {
    const md5s = Array.from({ length: 50 }, () => digits(32).replace(/[0-5]/g, (d) => 'abcdef'[+d]));
    expect(ids(classify('etag', md5s))).not.toContain('credential.password_hash');
    expect(ids(classify('checksum', md5s))).not.toContain('credential.password_hash');
    expect(top(classify('password', md5s))).toBe('credential.password_hash');
  });

  it('years, sequential ids and prices are not counts', () => {
    const years = Array.from({ length: 50 }, () => String(1950 + Math.floor(rnd() * 60)));
    const seq = Array.from({ length: 50 }, (_, i) => String(1000 + i));
    const prices = Array.from({ length: 50 }, () => `${1 + Math.floor(rnd() * 90)}.${digits(2)}`);
    expect(top(classify('followers', years))).not.toBe('user_stats.follower_count');
    expect(top(classify('likes', seq))).not.toBe('user_stats.like_count');
    expect(top(classify('views', prices))).not.toBe('user_stats.view_count');
    expect(top(classify('followers', ['12', '3400', '87', '120000', '5', '998', '43000', '7']))).toBe('user_stats.follower_count');
  });
});

describe('field statistics in the match', () => {
  it('counts test values and brand tags', () => {
    const t = find(classify('card', ['4111 1111 1111 1111', '4242424242424242', visa(), luhnComplete('51' + digits(13))]), 'payment.card_number')!;
    expect(t.testValues).toBe(2);
    expect(t.tags).toMatchObject({ visa: 3, mastercard: 1 });
  });

  it('counts checksum failures apart from matches', () => {
    const good = visa();
    const bad = good.slice(0, -1) + String((+good.slice(-1) + 1) % 10);
    const t = find(classify('card_number', [good, good, good, bad]), 'payment.card_number')!;
    expect(t).toMatchObject({ matched: 3, checksumFailures: 1, checked: 4 });
  });

  it('splits IP classes and marks documentation ranges as test values', () => {
    const t = find(classify('ip', ['10.0.0.1', '8.8.8.8', '192.0.2.10', '2001:db8::1']), 'network.ip_address')!;
    expect(t.tags).toMatchObject({ private: 1, public: 1, documentation: 2 });
    expect(t.testValues).toBe(2);
  });

  it('caps the expensive phone validation and counts the rest at the confirmed rate', () => {
    const phones = Array.from({ length: 3000 }, (_, i) => `+1 415 ${200 + (i % 700)} ${String(1000 + (i % 9000)).padStart(4, '0')}`);
    const t = find(classify('phone', phones), 'contact.phone')!;
    expect(t.checked).toBe(3000);
    expect(t.matched).toBeGreaterThan(2900);
    expect(Object.values(t.tags).reduce((a, b) => a + b, 0)).toBeGreaterThan(2900);
  });
});
