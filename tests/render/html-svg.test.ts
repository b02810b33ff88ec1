// The SVG builders: the waterfall's steps add up to the model's log-odds sum, bars are drawn
// in proportion to the weights and values they stand for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIOR, logistic } from '../../src/provenance/score.js';
import type { Signal } from '../../src/report/schema.js';
import { barLayout, renderBarChart, type BarRow } from '../../src/render/html/svg/bar-chart.js';
import { renderGauge } from '../../src/render/html/svg/gauge.js';
import { renderWaterfall, waterfallModel } from '../../src/render/html/svg/waterfall.js';
import { SIGNALS, makeReport } from './html-fixture.js';

/** Every `<rect …>` with its attributes, as the browser would see them. */
function rects(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<rect ([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

const logit = (p: number) => Math.log(p / (1 - p));

describe('waterfallModel', () => {
  it('steps from the prior through every weight to their sum, grouped', () => {
    const m = waterfallModel(SIGNALS, PRIOR);
    const steps = m.groups.flatMap((g) => g.steps);
    expect(steps).toHaveLength(SIGNALS.length);
    expect(steps[0].start).toBe(PRIOR);
    for (let i = 1; i < steps.length; i++) expect(steps[i].start).toBeCloseTo(steps[i - 1].end, 10);
    for (const s of steps) expect(s.end - s.start).toBeCloseTo(s.signal.weight, 10);
    expect(m.total).toBeCloseTo(PRIOR + SIGNALS.reduce((a, s) => a + s.weight, 0), 10);
    // Signals of one group are drawn together, and each group's total is its weights' sum.
    expect(m.groups.map((g) => g.group)).toEqual(['credentials', 'account-admin', 'catalogue', 'delivery']);
    expect(m.groups[1].total).toBeCloseTo(1.1, 10);
  });

  it("ends at the logit of the model's internalScore", () => {
    const p = makeReport().provenance;
    const m = waterfallModel(p.signals, PRIOR);
    // internalScore is rounded to 3 decimals by the model; its logit is close to the sum.
    expect(m.total).toBeCloseTo(logit(p.internalScore), 2);
    expect(logistic(m.total)).toBeCloseTo(p.internalScore, 3);
  });

  it('holds for any signals (property)', () => {
    const signal = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      weight: fc.double({ min: -2.5, max: 2.5, noNaN: true }),
      group: fc.constantFrom('a', 'b', 'c', 'd'),
    });
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 30 }), (raw) => {
        const signals: Signal[] = raw.map((r) => ({ ...r, description: r.id, direction: r.weight >= 0 ? 'internal' : 'public', fields: [], evidence: '' }));
        const m = waterfallModel(signals, 0);
        const steps = m.groups.flatMap((g) => g.steps);
        expect(steps).toHaveLength(signals.length);
        expect(m.total).toBeCloseTo(signals.reduce((a, s) => a + s.weight, 0), 8);
        let running = 0;
        for (const s of steps) {
          expect(s.start).toBeCloseTo(running, 8);
          running += s.signal.weight;
        }
        for (const g of m.groups) expect(new Set(g.steps.map((s) => s.signal.group))).toEqual(new Set([g.group]));
      }),
    );
  });
});

describe('renderWaterfall', () => {
  const svg = renderWaterfall(SIGNALS, { id: 'wf', title: 'test', prior: PRIOR }).value;
  const bars = rects(svg).filter((r) => r['data-signal']);
  const sum = rects(svg).find((r) => r['data-total'])!;

  it('draws one bar per signal carrying its weight, and a sum bar', () => {
    expect(bars.map((b) => b['data-signal']).sort()).toEqual(SIGNALS.map((s) => s.id).sort());
    for (const b of bars) expect(Number(b['data-weight'])).toBe(SIGNALS.find((s) => s.id === b['data-signal'])!.weight);
    expect(Number(sum['data-total'])).toBeCloseTo(SIGNALS.reduce((a, s) => a + s.weight, 0), 10);
  });

  it('draws bar lengths in proportion to the weights, on one scale', () => {
    const pxPerUnit = bars.map((b) => Number(b.width) / Math.abs(Number(b['data-weight'])));
    for (const k of pxPerUnit) expect(k).toBeCloseTo(pxPerUnit[0], -0.3);
    const total = Math.abs(Number(sum['data-total']));
    expect(Number(sum.width) / total).toBeCloseTo(pxPerUnit[0], -0.3);
  });

  it('puts each bar where the previous one ended (running total)', () => {
    const byId = new Map(bars.map((b) => [b['data-signal'], b]));
    const steps = waterfallModel(SIGNALS, PRIOR).groups.flatMap((g) => g.steps);
    const k = Number(bars[0].width) / Math.abs(Number(bars[0]['data-weight']));
    for (let i = 1; i < steps.length; i++) {
      const prev = byId.get(steps[i - 1].signal.id)!;
      const cur = byId.get(steps[i].signal.id)!;
      const prevEndX = steps[i - 1].signal.weight >= 0 ? Number(prev.x) + Number(prev.width) : Number(prev.x);
      const curStartX = steps[i].signal.weight >= 0 ? Number(cur.x) : Number(cur.x) + Number(cur.width);
      expect(Math.abs(prevEndX - curStartX)).toBeLessThanOrEqual(0.2);
      expect(k).toBeGreaterThan(0);
    }
  });

  it('colours bars by direction and labels the chart for screen readers', () => {
    for (const b of bars) expect(b.class).toContain(Number(b['data-weight']) >= 0 ? 'wf-internal' : 'wf-public');
    expect(svg).toMatch(/role="img" aria-labelledby="wf-title wf-desc"/);
    expect(svg).toContain('<title id="wf-title">test</title>');
  });

  it('escapes signal text', () => {
    const evil: Signal = { ...SIGNALS[0], id: '"><script>x</script>', description: '<img src=x onerror=alert(1)>', fields: ['"onmouseover="alert(1)'] };
    const out = renderWaterfall([evil], { id: 'e', title: '<b>' }).value;
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).not.toMatch(/\s"onmouseover=/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('bar chart', () => {
  const rows: BarRow[] = [
    { label: 'payment', value: 6, className: 's-high' },
    { label: 'contact', value: 3, className: 's-medium' },
    { label: 'user_stats', value: 1, className: 's-low' },
  ];

  it('gives the largest value the full plot and the others in proportion', () => {
    const layout = barLayout(rows, 640);
    const full = layout[0].width;
    expect(full).toBeGreaterThan(200);
    expect(layout[1].width).toBeCloseTo(full / 2, 6);
    expect(layout[2].width).toBeCloseTo(full / 6, 6);
    expect(new Set(layout.map((b) => b.x)).size).toBe(1);
  });

  it('renders one rect per row with its value', () => {
    const svg = renderBarChart(rows, { id: 'c', title: 't', description: 'd' }).value;
    const r = rects(svg);
    expect(r.map((x) => [x['data-label'], Number(x['data-value'])])).toEqual(rows.map((x) => [x.label, x.value]));
    expect(Number(r[0].width) / 6).toBeCloseTo(Number(r[1].width) / 3, 0);
  });

  it('draws nothing for zero values instead of dividing by zero', () => {
    expect(barLayout([{ label: 'x', value: 0, className: '' }]).map((b) => b.width)).toEqual([0]);
  });
});

describe('gauge', () => {
  it('points the needle at the score and fills the confidence bar', () => {
    const svg = renderGauge({ id: 'g', internalScore: 0.25, confidence: 0.5, publicUpTo: 0.23, internalFrom: 0.77 }).value;
    const needle = svg.match(/<line class="gauge-needle" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/)!.slice(1).map(Number);
    const angle = Math.atan2(needle[1] - needle[3], needle[2] - needle[0]);
    expect(angle).toBeCloseTo(Math.PI * 0.75, 2);
    const conf = rects(svg).find((r) => r.class === 'gauge-confidence')!;
    const track = rects(svg).find((r) => r.class === 'gauge-track')!;
    expect(Number(conf.width)).toBeCloseTo(Number(track.width) / 2, 1);
  });
});
