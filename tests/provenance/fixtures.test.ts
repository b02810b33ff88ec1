// End to end: each generated fixture in fixtures/provenance through the real scan pipeline
// (readers, profiler, detectors) to its verdict and top origin hint (fixtures/provenance/expected.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { ORIGIN_IDS } from '../../src/provenance/origin.js';
import { scan } from '../../src/scan/scan.js';

const DIR = fileURLToPath(new URL('../../fixtures/provenance/', import.meta.url));
const EXPECTED: Record<string, { verdict: string; origin?: string }> = JSON.parse(readFileSync(DIR + 'expected.json', 'utf8'));

async function judge(rel: string) {
  const report = await scan({ inputs: [DIR + rel], include: [], exclude: [], maxRecords: null, showValues: false, detectors: DETECTORS });
  return report.files[0].provenance;
}

describe('provenance fixtures end to end', () => {
  for (const [rel, want] of Object.entries(EXPECTED)) {
    it(`${rel} → ${want.verdict}${want.origin ? ` / ${want.origin}` : ''}`, async () => {
      const p = await judge(rel);
      expect(p.verdict, p.signals.map((s) => `${s.id} ${s.weight}`).join(', ')).toBe(want.verdict);
      if (want.origin) expect(p.origin[0]?.id, JSON.stringify(p.origin)).toBe(want.origin);
    });
  }

  it('are what the generator writes (regenerate with node fixtures/provenance/generate.mjs)', () => {
    const out = mkdtempSync(join(tmpdir(), 'leaksift-prov-'));
    try {
      execFileSync(process.execPath, [DIR + 'generate.mjs', out]);
      for (const rel of [...Object.keys(EXPECTED), 'expected.json']) {
        expect(readFileSync(join(out, rel), 'utf8'), rel).toBe(readFileSync(DIR + rel, 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('covers every verdict and every origin hint', () => {
    expect(new Set(Object.values(EXPECTED).map((w) => w.verdict))).toEqual(new Set(['public', 'internal', 'mixed', 'inconclusive']));
    expect(new Set(Object.values(EXPECTED).map((w) => w.origin).filter(Boolean))).toEqual(new Set(ORIGIN_IDS));
  });
});
