// Field-name evidence: names are split into word tokens (snake, kebab, camel, Title Case,
// digits) so hints match words, never raw substrings ("lic" must not match inside "public").
import type { NameHints } from './detector.js';

/** Last path segment without array markers: `data.items[].billing_email` → `billing_email`. */
export function lastSegment(path: string): string {
  let p = path;
  while (p.endsWith('[]')) p = p.slice(0, -2);
  const bang = p.lastIndexOf('!');
  if (bang >= 0) p = p.slice(bang + 1);
  const dot = p.lastIndexOf('.');
  return dot >= 0 ? p.slice(dot + 1) : p;
}

/** Parent path segment (`billing_details.email` → `billing_details`), or ''. */
export function parentSegment(path: string): string {
  let p = path;
  while (p.endsWith('[]')) p = p.slice(0, -2);
  const dot = p.lastIndexOf('.');
  if (dot < 0) return '';
  return lastSegment(p.slice(0, dot));
}

export function tokenize(name: string): string[] {
  const spaced = name
    // camelCase and PascalCase boundaries: followerCount → follower Count, HTTPStatus → HTTP Status
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    // letter/digit boundaries: address2 → address 2, last4 stays meaningful as last 4
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Lower case with every separator removed: `E-Mail Address` → `emailaddress`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function containsSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (tokens[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

export interface NameEvidence {
  /** 0 none, 0.6 token match, 0.9 whole-name match. */
  score: number;
  negative: boolean;
}

export interface PreparedName {
  normalized: string;
  tokens: string[];
  parentTokens: string[];
}

export function prepareName(path: string): PreparedName {
  const last = lastSegment(path);
  return { normalized: normalizeName(last), tokens: tokenize(last), parentTokens: tokenize(parentSegment(path)) };
}

export function scoreName(name: PreparedName, hints: NameHints | undefined): NameEvidence {
  if (!hints) return { score: 0, negative: false };
  let score = 0;
  if (hints.exact?.includes(name.normalized)) score = 0.9;
  else if (hints.tokens) {
    for (const seq of hints.tokens) {
      if (containsSequence(name.tokens, seq)) {
        // A sequence that is the whole name is as good as an exact hit.
        score = seq.length === name.tokens.length ? 0.9 : 0.6;
        if (score === 0.9) break;
      }
    }
    // `card.last4`, `billing_details.email`: the parent names the thing, the leaf a part of it.
    if (score === 0 && name.tokens.length <= 2) {
      const joined = [...name.parentTokens, ...name.tokens];
      for (const seq of hints.tokens) {
        if (seq.length > 1 && containsSequence(joined, seq)) { score = 0.5; break; }
      }
    }
  }
  let negative = false;
  if (hints.negative) {
    for (const seq of hints.negative) if (containsSequence(name.tokens, seq)) negative = true;
  }
  return { score, negative };
}
