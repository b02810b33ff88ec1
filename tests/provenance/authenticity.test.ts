// Authenticity checks, kept apart from the verdict.
import { describe, expect, it } from 'vitest';
import { judgeFile } from '../../src/provenance/index.js';
import { file, NOW } from './builder.js';

const judge = (...args: Parameters<typeof file>) => judgeFile(file(...args), { now: () => NOW }).authenticity;

describe('provenance authenticity', () => {
  it('measures the share of test/placeholder values among sensitive matches', () => {
    const a = judge([['email', { types: [{ id: 'contact.email', matched: 100, testValues: 80 }] }], ['phone', { types: [{ id: 'contact.phone', matched: 100, testValues: 0 }] }]]);
    expect(a.testDataShare).toBe(0.4);
    const most = judge([['email', { types: [{ id: 'contact.email', matched: 100, testValues: 80 }] }]]);
    expect(most.notes.join(' ')).toMatch(/80 of 100 recognised sensitive values are test.*demo data/);
  });

  it('measures checksum failures among card/IBAN/ID candidates', () => {
    const a = judge([['pan', { types: [{ id: 'payment.card_number', matched: 30, checksumFailures: 70 }] }]]);
    expect(a.checksumFailureShare).toBe(0.7);
    expect(a.notes.join(' ')).toMatch(/fail their checksum/);
  });

  it('derives the duplicate share from distinct records when measured', () => {
    expect(judge(['a'], { records: 100, distinctRecords: 75 }).duplicateShare).toBe(0.25);
    expect(judge(['a'], { records: 100 }).notes).toContain('duplicate records not measured');
  });

  it('checks TikTok ids (id >> 32) against createTime', () => {
    // 6911379416308305000 >> 32 = 1609180933 (2020-12-28).
    const ok = judge([['id', { numeric: [6855804017474342000, 6911379416308305000] }], ['createTime', { numeric: [1596241265, 1609180933] }]]);
    expect(ok.notes.join(' ')).toMatch(/matching `createTime`/);
    const bad = judge([['id', { numeric: [6855804017474342000, 6911379416308305000] }], ['createTime', { numeric: [1496241265, 1509180933] }]]);
    expect(bad.notes.join(' ')).toMatch(/disagree/);
    const strings = judge(['id', 'createTime']);
    expect(strings.notes.join(' ')).toMatch(/not derivable/);
  });

  it('decodes Twitter snowflakes and says what it cannot compare', () => {
    const a = judge(['screen_name', 'followers_count', 'friends_count', ['status.id', { numeric: [1137815918858444800, 1149864282898616300] }], 'status.created_at'], { format: 'json' });
    expect(a.notes.join(' ')).toMatch(/decode to 2019-06-09…2019-07-13.*not derivable/);
  });

  it('flags creation times after the scan date', () => {
    const a = judge([['created_at', { numeric: [1600000000, 1900000000] }], ['expires_at', { numeric: [1600000000, 1900000000] }]]);
    const text = a.notes.join(' ');
    expect(text).toMatch(/`created_at`.*impossible dates/);
    expect(text).not.toMatch(/expires_at/);
  });

  it('does not move the verdict', () => {
    const clean = judgeFile(file(['is_staff', 'last_login', ['email', { types: [{ id: 'contact.email' }] }]]));
    const fake = judgeFile(file(['is_staff', 'last_login', ['email', { types: [{ id: 'contact.email', testValues: 100 }] }]], { distinctRecords: 10 }));
    expect(fake.internalScore).toBe(clean.internalScore);
    expect(fake.verdict).toBe(clean.verdict);
  });
});
