// docs/provenance.md is the model's specification: every signal, origin hint and constant in the
// code must appear there with the same direction, weight, group and value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISAGREE_MIN_CONFIDENCE } from '../../src/provenance/judge.js';
import { ORIGIN_IDS } from '../../src/provenance/origin.js';
import * as score from '../../src/provenance/score.js';
import { SIGNALS } from '../../src/provenance/signals/index.js';
import { PLATFORM_FAMILIES } from '../../src/provenance/catalogue/platforms.js';

const DOC = readFileSync(new URL('../../docs/provenance.md', import.meta.url), 'utf8');

interface Row {
  direction: string;
  weight: string;
  group: string;
  fires: string;
}

/** Rows of the signals table: `| \`id\` | direction | weight | group | what fires it | …`. */
function signalRows(): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of DOC.split('\n')) {
    const m = /^\| `([a-z0-9-]+)` \| (public|internal) \| ([+−][0-9.]+) \| ([a-z-]+) \| (.*?) \| /.exec(line);
    if (m) rows.set(m[1], { direction: m[2], weight: m[3], group: m[4], fires: m[5].replace(/\\\|/g, '|') });
  }
  return rows;
}

describe('docs/provenance.md', () => {
  const rows = signalRows();

  it('documents every signal with its direction, weight, group and what fires it', () => {
    for (const s of SIGNALS) {
      const row = rows.get(s.id);
      expect(row, `${s.id} is missing from the signals table`).toBeDefined();
      expect(row).toEqual({ direction: s.direction, weight: `${s.direction === 'internal' ? '+' : '−'}${s.weight}`, group: s.group, fires: s.fires });
    }
  });

  it('documents no signal the code lacks', () => {
    expect([...rows.keys()].sort()).toEqual(SIGNALS.map((s) => s.id).sort());
  });

  it('documents every origin hint and catalogue family', () => {
    for (const id of ORIGIN_IDS) expect(DOC, id).toContain(`| \`${id}\` |`);
    for (const f of PLATFORM_FAMILIES) expect(DOC, f.id).toContain(`| \`${f.id}\` | ${f.kind} |`);
  });

  it('states the model constants as the code has them', () => {
    const constants: Record<string, number> = {
      GROUP_CAP: score.GROUP_CAP,
      PRIOR: score.PRIOR,
      DECISION_MARGIN: score.DECISION_MARGIN,
      MIXED_SIDE_MIN: score.MIXED_SIDE_MIN,
      MIXED_RATIO: score.MIXED_RATIO,
      MIN_CONFIDENCE: score.MIN_CONFIDENCE,
      JOIN_OTHER_INTERNAL_MAX: score.JOIN_OTHER_INTERNAL_MAX,
      DISAGREE_MIN_CONFIDENCE,
    };
    for (const [name, value] of Object.entries(constants)) expect(DOC).toContain(`| \`${name}\` | ${value} |`);
  });
});
