// The scoring model: group caps, thresholds, mixed rule, confidence.
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/report/schema.js';
import { capGroups, confidenceOf, decide, DECISION_MARGIN, GROUP_CAP, logistic, type Fired } from '../../src/provenance/score.js';
import type { SignalDef } from '../../src/provenance/types.js';

function def(id: string, group: SignalDef['group'], direction: SignalDef['direction'], weight: number): SignalDef {
  return { id, group, direction, weight, description: id, fires: id, detect: () => null };
}
const fire = (d: SignalDef, raw = d.weight): Fired => ({ def: d, raw, firing: { fields: [], evidence: 'e' } });
const sig = (weight: number): Signal => ({ id: 'x', description: 'x', direction: weight < 0 ? 'public' : 'internal', weight, group: 'g', fields: [], evidence: '' });

describe('provenance scoring', () => {
  it('caps a group per direction and scales its signals proportionally', () => {
    const ten = Array.from({ length: 10 }, (_, i) => fire(def(`ts${i}`, 'account-admin', 'internal', 0.5)));
    const out = capGroups([...ten, fire(def('pw', 'credentials', 'internal', 2))]);
    const admin = out.filter((s) => s.group === 'account-admin').reduce((a, s) => a + s.weight, 0);
    expect(admin).toBeCloseTo(GROUP_CAP, 2);
    expect(out.find((s) => s.id === 'pw')!.weight).toBe(2);
  });

  it('signs weights by direction', () => {
    const out = capGroups([fire(def('p', 'catalogue', 'public', 1)), fire(def('i', 'structure', 'internal', 1))]);
    expect(out.map((s) => s.weight)).toEqual([-1, 1]);
  });

  it('maps the log-odds sum through the logistic', () => {
    expect(decide([sig(2), sig(-0.5)], 1, 100).internalScore).toBeCloseTo(logistic(1.5), 3);
  });

  it('needs the decision margin for public or internal', () => {
    expect(decide([sig(DECISION_MARGIN + 0.1)], 1, 100).verdict).toBe('internal');
    expect(decide([sig(-(DECISION_MARGIN + 0.1))], 1, 100).verdict).toBe('public');
    expect(decide([sig(DECISION_MARGIN - 0.1)], 1, 100).verdict).toBe('inconclusive');
    expect(decide([], 0, 0).verdict).toBe('inconclusive');
  });

  it('calls strong evidence both ways mixed, but not a lopsided file', () => {
    expect(decide([sig(2), sig(-1.5)], 1, 100).verdict).toBe('mixed');
    expect(decide([sig(4), sig(-1)], 1, 100).verdict).toBe('internal');
    expect(decide([sig(0.5), sig(-2.5)], 1, 100).verdict).toBe('public');
  });

  it('calls a join mixed unless other internal evidence outweighs it', () => {
    // 3.5 nats internal vs 1.2 public fails the ratio rule; the join makes it mixed anyway.
    const join: Signal = { ...sig(2), id: 'enumeration-join', group: 'personal' };
    const contact: Signal = { ...sig(1.5), id: 'private-contact-list', group: 'personal' };
    expect(decide([join, contact, sig(-1.2)], 1, 100).verdict).toBe('mixed');
    const creds: Signal = { ...sig(2), id: 'password-hashes', group: 'credentials' };
    expect(decide([join, contact, creds, sig(-1.2)], 1, 100).verdict).toBe('internal');
  });

  it('grows confidence with evidence, coverage and records', () => {
    const s = { pub: 0, int: 2 };
    expect(confidenceOf({ pub: 0, int: 4 }, 0.5, 100)).toBeGreaterThan(confidenceOf(s, 0.5, 100));
    expect(confidenceOf(s, 1, 100)).toBeGreaterThan(confidenceOf(s, 0.2, 100));
    expect(confidenceOf(s, 0.5, 1000)).toBeGreaterThan(confidenceOf(s, 0.5, 2));
    expect(confidenceOf({ pub: 0, int: 0 }, 1, 1000)).toBe(0);
  });
});
