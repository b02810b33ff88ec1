// A horizontal bar chart: one labelled bar per row, lengths proportional to the values.
import { px } from '../format.js';
import { html, truncate, type SafeHtml } from '../markup.js';

export interface BarRow {
  label: string;
  value: number;
  /** CSS class for the bar's colour. */
  className: string;
  /** Extra words after the value, e.g. the sensitivity. */
  note?: string;
}

export interface BarLayout {
  row: BarRow;
  x: number;
  y: number;
  width: number;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
}

const ROW = 24;
const LABEL_W = 150;
const VALUE_W = 120;

/** Bar positions: the largest value spans the plot, the others in proportion. */
export function barLayout(rows: readonly BarRow[], width = 640): BarLayout[] {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const x0 = LABEL_W + 8;
  const plot = width - x0 - VALUE_W;
  return rows.map((row, i) => ({
    row,
    x: x0,
    y: 8 + i * ROW,
    width: max > 0 ? (Math.max(0, row.value) / max) * plot : 0,
  }));
}

export function renderBarChart(rows: readonly BarRow[], opts: BarChartOptions): SafeHtml {
  const width = opts.width ?? 640;
  const layout = barLayout(rows, width);
  const height = 16 + rows.length * ROW;
  const bars = layout.map(
    (b) => html`<g class="bar-row">
<title>${b.row.label}: ${b.row.value}${b.row.note ? ` (${b.row.note})` : ''}</title>
<text class="bar-label" x="${LABEL_W}" y="${px(b.y + 15)}" text-anchor="end">${truncate(b.row.label, 22)}</text>
<rect class="bar ${b.row.className}" x="${px(b.x)}" y="${px(b.y + 3)}" width="${px(Math.max(b.row.value > 0 ? 2 : 0, b.width))}" height="${ROW - 6}" data-label="${b.row.label}" data-value="${b.row.value}"/>
<text class="bar-value" x="${px(b.x + b.width + 6)}" y="${px(b.y + 15)}">${b.row.value}${b.row.note ? html`<tspan class="bar-note"> ${b.row.note}</tspan>` : ''}</text>
</g>`,
  );
  return html`<svg id="${opts.id}" class="chart bar-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc">
<title id="${opts.id}-title">${opts.title}</title>
<desc id="${opts.id}-desc">${opts.description}</desc>
${bars}
</svg>`;
}
