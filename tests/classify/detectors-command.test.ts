import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { listDetectors, renderDetectorList } from '../../src/cli/detectors-command.js';

describe('leaksift detectors listing', () => {
  it('lists every detector with id, category, description, validator and an example in JSON', () => {
    const parsed = JSON.parse(renderDetectorList(DETECTORS, 'json')) as { detectors: ReturnType<typeof listDetectors> };
    expect(parsed.detectors.map((d) => d.id)).toEqual(DETECTORS.map((d) => d.id));
    const card = parsed.detectors.find((d) => d.id === 'payment.card_number')!;
    expect(card).toMatchObject({ category: 'payment', validator: 'luhn', decidedBy: 'value' });
    expect(card.example).toMatch(/\d{4}/);
    for (const d of parsed.detectors) {
      expect(d.description.length).toBeGreaterThan(5);
      expect(d.example ?? d.exampleName).not.toBeNull();
    }
  });

  it('renders a text table grouped by category, one line per id', () => {
    const text = renderDetectorList(DETECTORS, 'text');
    expect(text).toContain(`${DETECTORS.length} detectors`);
    for (const d of DETECTORS) expect(text).toMatch(new RegExp(`^  ${d.id.replace('.', '\\.')} `, 'm'));
    for (const c of new Set(DETECTORS.map((d) => d.category))) expect(text.match(new RegExp(`^${c}$`, 'gm'))).toHaveLength(1);
  });
});
