// The waterfall of provenance signals: starting from the model's prior, each signal moves the
// log-odds by its (capped, signed) weight; signals are grouped as the model caps them, and the
// last bar is the sum that the logistic maps to internalScore. Horizontal, so descriptions fit.
import type { Signal } from '../../../report/schema.js';
import { px, signed } from '../format.js';
import { html, truncate, type SafeHtml } from '../markup.js';
import { linearScale } from './axis.js';

export interface WaterfallStep {
  signal: Signal;
  /** Running log-odds before and after this signal. */
  start: number;
  end: number;
}

export interface WaterfallGroup {
  group: string;
  /** Sum of the group's weights. */
  total: number;
  steps: WaterfallStep[];
}

export interface WaterfallModel {
  prior: number;
  groups: WaterfallGroup[];
  /** prior + every weight: the log-odds the model maps to internalScore. */
  total: number;
}

/** Groups by their pull (largest first), signals within a group by weight, internal first. */
export function waterfallModel(signals: readonly Signal[], prior = 0): WaterfallModel {
  const byGroup = new Map<string, Signal[]>();
  for (const s of signals) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const groups = [...byGroup.entries()]
    .map(([group, list]) => ({ group, list: [...list].sort((a, b) => b.weight - a.weight), total: list.reduce((a, s) => a + s.weight, 0) }))
    .sort((a, b) => Math.abs(b.total) - Math.abs(a.total) || a.group.localeCompare(b.group));
  let running = prior;
  const out: WaterfallGroup[] = groups.map((g) => ({
    group: g.group,
    total: g.total,
    steps: g.list.map((signal) => {
      const start = running;
      running += signal.weight;
      return { signal, start, end: running };
    }),
  }));
  return { prior, groups: out, total: running };
}

export interface WaterfallOptions {
  /** Unique id prefix for the title/desc elements. */
  id: string;
  title: string;
  prior?: number;
  width?: number;
}

const ROW = 24;
const GROUP_ROW = 22;
const TOP = 34;
const LABEL_W = 330;
const VALUE_W = 62;
const MAX_FIELDS_IN_TOOLTIP = 6;

/** Data attributes carry numbers for tests and tools; float noise trimmed. */
function num(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function tooltip(s: Signal): string {
  const fields = s.fields.length === 0 ? '' : `\nfields: ${s.fields.slice(0, MAX_FIELDS_IN_TOOLTIP).join(', ')}${s.fields.length > MAX_FIELDS_IN_TOOLTIP ? `, … (${s.fields.length} in all)` : ''}`;
  return `${s.description} (${s.id}): ${signed(s.weight)}${fields}\n${s.evidence}`;
}

export function renderWaterfall(signals: readonly Signal[], opts: WaterfallOptions): SafeHtml {
  const model = waterfallModel(signals, opts.prior ?? 0);
  const width = opts.width ?? 800;
  const x0 = LABEL_W + 10;
  const x1 = width - VALUE_W - 10;
  const points = [model.prior, 0, ...model.groups.flatMap((g) => g.steps.map((s) => s.end))];
  const scale = linearScale(Math.min(...points, -1), Math.max(...points, 1), x0, x1);
  const rows: SafeHtml[] = [];
  let y = TOP;
  let previousEnd: { x: number; y: number } | null = null;
  const bar = (from: number, to: number) => {
    const a = scale(Math.min(from, to));
    const b = scale(Math.max(from, to));
    return { x: a, w: Math.max(2, b - a) };
  };
  for (const g of model.groups) {
    rows.push(html`<g class="wf-group" data-group="${g.group}">
<text class="wf-group-label" x="0" y="${px(y + 15)}">${truncate(g.group, 40)}</text>
<text class="wf-value wf-muted" x="${width}" y="${px(y + 15)}" text-anchor="end">${signed(g.total)}</text>
</g>`);
    y += GROUP_ROW;
    for (const step of g.steps) {
      const { x, w } = bar(step.start, step.end);
      const dir = step.signal.weight >= 0 ? 'internal' : 'public';
      const connector: SafeHtml | '' = previousEnd
        ? html`<line class="wf-connector" x1="${px(previousEnd.x)}" y1="${px(previousEnd.y)}" x2="${px(previousEnd.x)}" y2="${px(y + 4)}"/>`
        : '';
      rows.push(html`${connector}<g class="wf-step">
<title>${tooltip(step.signal)}</title>
<text class="wf-label" x="14" y="${px(y + 16)}">${truncate(step.signal.description, 48)}</text>
<rect class="wf-bar wf-${dir}" x="${px(x)}" y="${px(y + 4)}" width="${px(w)}" height="${ROW - 8}" data-signal="${step.signal.id}" data-weight="${step.signal.weight}" data-start="${num(step.start)}" data-end="${num(step.end)}"/>
<text class="wf-value" x="${width}" y="${px(y + 16)}" text-anchor="end">${signed(step.signal.weight)}</text>
</g>`);
      previousEnd = { x: scale(step.end), y: y + ROW - 4 };
      y += ROW;
    }
  }
  y += 6;
  const totalBar = bar(model.prior, model.total);
  const totalDir = model.total >= model.prior ? 'internal' : 'public';
  const totalConnector: SafeHtml | '' = previousEnd
    ? html`<line class="wf-connector" x1="${px(previousEnd.x)}" y1="${px(previousEnd.y)}" x2="${px(previousEnd.x)}" y2="${px(y + 3)}"/>`
    : '';
  rows.push(html`${totalConnector}<g class="wf-total">
<text class="wf-group-label" x="0" y="${px(y + 17)}">Sum (log-odds)</text>
<rect class="wf-bar wf-${totalDir} wf-sum" x="${px(totalBar.x)}" y="${px(y + 3)}" width="${px(totalBar.w)}" height="${ROW - 4}" data-total="${num(model.total)}"/>
<text class="wf-value wf-strong" x="${width}" y="${px(y + 17)}" text-anchor="end">${signed(model.total)}</text>
</g>`);
  y += ROW + 8;
  const axisY = y;
  const ticks = scale.ticks.map(
    (t) => html`<g class="wf-tick"><line x1="${px(scale(t))}" y1="${TOP - 4}" x2="${px(scale(t))}" y2="${px(axisY)}"/><text x="${px(scale(t))}" y="${px(axisY + 14)}" text-anchor="middle">${t === 0 ? '0' : signed(t, Number.isInteger(t) ? 0 : 1)}</text><text class="wf-muted" x="${px(scale(t))}" y="${px(axisY + 27)}" text-anchor="middle">${(1 / (1 + Math.exp(-t))).toFixed(2)}</text></g>`,
  );
  const height = axisY + 36;
  const zero = scale(model.prior);
  return html`<svg id="${opts.id}" class="chart waterfall" viewBox="0 0 ${width} ${px(height)}" width="${width}" height="${px(height)}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc" data-signals="${signals.length}" data-total="${num(model.total)}">
<title id="${opts.id}-title">${opts.title}</title>
<desc id="${opts.id}-desc">Waterfall of ${signals.length} signals: starting at log-odds ${signed(model.prior)}, each bar adds its weight (right = towards internal, left = towards public); the sum is ${signed(model.total)}. The table below lists every signal with its fields.</desc>
<g class="wf-grid">${ticks}</g>
<line class="wf-zero" x1="${px(zero)}" y1="${TOP - 10}" x2="${px(zero)}" y2="${px(axisY)}"/>
<text class="wf-muted" x="${px(x0)}" y="14">← towards public</text>
<text class="wf-muted" x="${px(x1)}" y="14" text-anchor="end">towards internal →</text>
<text class="wf-muted" x="0" y="${px(axisY + 14)}">log-odds</text>
<text class="wf-muted" x="0" y="${px(axisY + 27)}">internal score</text>
${rows}
</svg>`;
}
