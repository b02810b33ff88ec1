// Allowlisted values (exact, or whole-value patterns) from the config are marked while the scan
// runs: every detector's value test is wrapped so an allowlisted match counts as a placeholder
// (a test value tagged `allowlisted`), which the policy gate never counts. (Allowlisted fields
// are dropped by the gate, src/policy/field-allowlist.ts; file globs become excludes.)
import { matchTag, type Detector, type ValueMatch } from '../classify/detector.js';
import { compileValuePattern } from './safe-regex.js';
import type { Allowlist } from './schema.js';

/** Tag counted in TypeMatch.tags for allowlisted matches (they are counted in testValues too). */
export const ALLOWLISTED_TAG = 'allowlisted';
const ALLOWLISTED: ValueMatch = matchTag(ALLOWLISTED_TAG, 'test');

/** The value part of the config allowlist: plain data, so it crosses to worker threads. */
export type ValueAllowlist = Pick<Allowlist, 'values' | 'valuePatterns'>;

/** A predicate for allowlisted values, or null when there are none. */
export function valueAllowlist(allow: ValueAllowlist | undefined): ((v: string) => boolean) | null {
  const values = new Set(allow?.values ?? []);
  const patterns = (allow?.valuePatterns ?? []).map((p) => {
    const c = compileValuePattern(p);
    if (!c.ok) throw new Error(`allow.valuePatterns: ${c.message}`);
    return c.regex;
  });
  if (values.size === 0 && patterns.length === 0) return null;
  return (v) => values.has(v) || patterns.some((r) => r.test(v));
}

/**
 * Detectors whose matches on allowlisted values count as placeholders. The allowlist is only
 * consulted after a detector's own test matched, so unmatched values cost nothing extra.
 * Weak matches (shape only, confirmed by the field name) on allowlisted values are dropped.
 */
export function withValueAllowlist(detectors: readonly Detector[], allowed: ((v: string) => boolean) | null): readonly Detector[] {
  if (allowed === null) return detectors;
  return detectors.map((d) => {
    const inner = d.value;
    if (!inner) return d;
    return {
      ...d,
      value: {
        ...inner,
        test(v, f) {
          let r = inner.test(v, f);
          if (r === null || r.kind === 'checksum-fail' || !allowed(v)) return r;
          if (r.kind === 'candidate') r = inner.confirm ? inner.confirm(v, f) : null;
          if (r === null || r.kind === 'weak') return null;
          return r.kind === 'checksum-fail' ? r : ALLOWLISTED;
        },
      },
    };
  });
}
