// Accuracy gate: the labelled cases in fixtures/labelled/ scanned end to end by the built CLI
// (scripts/eval.js). Fails when accuracy drops below the level reached (see docs/detection.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');

interface Summary {
  fields: number;
  accuracy: number;
  nullFieldsLabelled: number;
  mustNotChecks: number;
  mustNotViolations: unknown[];
  testValueProblems: unknown[];
  perCategory: { category: string; fields: number; typeAccuracy: number }[];
  misses: unknown[];
}

function runEval(...args: string[]): Summary & { correct?: number } {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  return JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'eval.js'), '--json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

describe('classification accuracy on the labelled cases', () => {
  const s = runEval();

  it('covers at least 20 cases and every category', () => {
    expect(s.fields).toBeGreaterThanOrEqual(250);
    const cats = s.perCategory.map((c) => c.category);
    for (const c of ['payment', 'marketing', 'user_stats', 'identity', 'contact', 'credential', 'device', 'network', 'location', 'government_id', 'internal_meta', 'temporal', 'content']) {
      expect(cats).toContain(c);
    }
  });

  it('labels every field as expected (current level: 100%)', () => {
    expect(s.misses).toEqual([]);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.99);
    for (const c of s.perCategory) expect(c.typeAccuracy, c.category).toBeGreaterThanOrEqual(0.95);
  });

  it('never flags a must-not-flag field', () => {
    expect(s.mustNotChecks).toBeGreaterThan(150);
    expect(s.mustNotViolations).toEqual([]);
    expect(s.nullFieldsLabelled).toBe(0);
  });

  it('recognises every value of the test-value fixture as a test value', () => {
    expect(s.testValueProblems).toEqual([]);
  });
});

describe.skipIf(!existsSync(CORPUS))('category accuracy on ../shared/corpus/real', () => {
  it('gets the large majority of described fields right (current level: 93.6%)', () => {
    const s = runEval('--corpus', CORPUS);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.92);
  });
});
