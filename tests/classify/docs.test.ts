// docs/detection.md must describe the code as it is: every detector with its weight, and the
// engine's thresholds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { LABEL_CONFIDENCE, MIN_CONFIDENCE } from '../../src/classify/engine.js';
import { NAME_EXACT, NAME_PARENT, NAME_TOKEN } from '../../src/classify/names.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'detection.md'), 'utf8');

describe('docs/detection.md', () => {
  it('lists every detector with how it is decided', () => {
    for (const d of DETECTORS) {
      const w = d.value ? (d.value.weight ?? 0.95) : null;
      const by = w === null ? 'name only' : w === 0 ? 'name' : `value (${w})`;
      expect(doc, d.id).toContain(`| \`${d.id}\` | ${by} |`);
    }
  });

  it('states the thresholds and name scores the code uses', () => {
    expect(doc).toContain(`at least **${LABEL_CONFIDENCE}**`);
    expect(doc).toContain(`below **${MIN_CONFIDENCE}**`);
    expect(doc).toContain(`| **${NAME_EXACT}** |`);
    expect(doc).toContain(`| **${NAME_TOKEN}** |`);
    expect(NAME_PARENT).toBe(NAME_TOKEN);
  });
});
