// What is in the sample: fields by category and sensitivity, then one card per file with its
// format, counts, problems, verdict and the sortable field table (masked samples only).
import type { FieldReport, FileReport, Problem, Report } from '../../../report/schema.js';
import { formatBytes, formatCount, percent, plural } from '../../format.js';
import { html, type SafeHtml } from '../markup.js';
import { SENSITIVITY_ORDER, sensitivityOf } from '../sensitivity.js';
import { renderBarChart, type BarRow } from '../svg/bar-chart.js';
import { signalsBlock } from './signals.js';
import { fileAnchor, verdictTag } from './verdict.js';
import { originLabel, score } from '../format.js';

const MAX_PROBLEMS = 20;
const MAX_SHAPES = 3;

/** One bar per category (most sensitive first), plus the unclassified fields. */
export function categoryRows(report: Report): BarRow[] {
  const entries = Object.entries(report.summary.fieldsByCategory).filter(([, n]) => n > 0);
  const rank = (c: string) => SENSITIVITY_ORDER.indexOf(sensitivityOf(c));
  entries.sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
  const rows: BarRow[] = entries.map(([category, n]) => ({ label: category, value: n, className: `s-${sensitivityOf(category)}`, note: `${sensitivityOf(category)} sensitivity` }));
  const classified = entries.reduce((a, [, n]) => a + n, 0);
  const unclassified = report.summary.fields - classified;
  if (unclassified > 0) rows.push({ label: 'unclassified', value: unclassified, className: 's-none', note: 'no type recognised' });
  return rows;
}

function categoriesBlock(report: Report): SafeHtml {
  const rows = categoryRows(report);
  if (rows.length === 0) return html`<p class="muted">No fields were read.</p>`;
  return html`${renderBarChart(rows, {
    id: 'categories',
    title: 'Fields by category and sensitivity',
    description: `Number of fields whose top type falls in each category, most sensitive first: ${rows.map((r) => `${r.label} ${r.value}`).join(', ')}.`,
  })}
<p class="legend"><span><span class="sens s-high"></span>high: enables fraud or account takeover alone</span><span><span class="sens s-medium"></span>medium: identifies or locates a person or machine</span><span><span class="sens s-low"></span>low: context</span><span><span class="sens"></span>unclassified</span></p>`;
}

function problems(kind: 'error' | 'warning', list: readonly Problem[]): SafeHtml | '' {
  if (list.length === 0) return '';
  const where = (p: Problem) => (p.line ? `line ${p.line}: ` : p.offset !== undefined ? `byte ${p.offset}: ` : '');
  return html`<h4>${kind === 'error' ? 'Errors' : 'Warnings'} (${list.length})</h4>
<ul class="${kind}s">${list.slice(0, MAX_PROBLEMS).map((p) => html`<li>${where(p)}${p.message}${p.count && p.count > 1 ? html` <span class="muted">(×${formatCount(p.count)})</span>` : ''}</li>`)}${list.length > MAX_PROBLEMS ? html`<li class="muted">… ${list.length - MAX_PROBLEMS} more in the JSON report</li>` : ''}</ul>`;
}

function fieldRow(f: FieldReport): SafeHtml {
  const top = f.types[0];
  const fill = f.stats.count > 0 ? f.stats.nonEmpty / f.stats.count : 0;
  const shapesTotal = f.stats.nonEmpty || 1;
  return html`<tr>
<td><code><bdi>${f.path}</bdi></code></td>
<td data-sort="${top ? top.id : '~'}">${top ? html`<span class="sens s-${sensitivityOf(top.category)}" title="${sensitivityOf(top.category)} sensitivity"></span>${top.id}${f.types.length > 1 ? html`<br><span class="muted">also ${f.types.slice(1, 3).map((t) => t.id).join(', ')}</span>` : ''}` : html`<span class="muted">—</span>`}</td>
<td class="num" data-sort="${top ? top.confidence : -1}">${top ? score(top.confidence) : ''}</td>
<td class="num" data-sort="${fill}">${percent(f.stats.nonEmpty, f.stats.count)}</td>
<td class="num" data-sort="${f.stats.distinct}">${formatCount(f.stats.distinct)}</td>
<td><ul class="samples">${f.samples.map((v) => html`<li><bdi>${v}</bdi></li>`)}</ul></td>
<td><ul class="shapes">${f.stats.shapes.slice(0, MAX_SHAPES).map((s) => html`<li><bdi>${s.shape}</bdi> <span class="muted">${percent(s.count, shapesTotal)}</span></li>`)}</ul></td>
</tr>`;
}

function fieldTable(file: FileReport, index: number, masked: boolean): SafeHtml {
  if (file.fields.length === 0) return html`<p class="muted">No fields.</p>`;
  return html`<table class="sortable filterable fields" id="${fileAnchor(index)}-fields">
<caption>Fields of <bdi>${file.path}</bdi> (${plural(file.fields.length, 'field')})</caption>
<colgroup><col class="c-path"><col class="c-type"><col class="c-conf"><col class="c-fill"><col class="c-distinct"><col class="c-samples"><col class="c-shapes"></colgroup>
<thead><tr><th scope="col">Field path</th><th scope="col">Top type</th><th scope="col" class="num">Conf.</th><th scope="col" class="num">Fill</th><th scope="col" class="num">Distinct</th><th scope="col">${masked ? 'Samples (masked)' : 'Samples (NOT masked)'}</th><th scope="col">Top value shapes</th></tr></thead>
<tbody>${file.fields.map(fieldRow)}</tbody>
</table>`;
}

function tablesOf(file: FileReport): SafeHtml | '' {
  if (!file.tables || file.tables.length === 0) return '';
  return html`<table class="sortable">
<caption>Tables in the dump</caption>
<thead><tr><th scope="col">Table</th><th scope="col" class="num">Records</th><th scope="col" class="num">Columns</th><th scope="col">Facts</th></tr></thead>
<tbody>${file.tables.map((t) => html`<tr><td><code><bdi>${t.name}</bdi></code></td><td class="num" data-sort="${t.records}">${formatCount(t.records)}</td><td class="num" data-sort="${t.columns.length}">${t.columns.length}</td><td>${t.facts.join('; ')}</td></tr>`)}</tbody>
</table>`;
}

function fileCard(file: FileReport, index: number, report: Report): SafeHtml {
  const p = file.provenance;
  const format = [file.format + (file.compression !== 'none' ? ` + ${file.compression}` : ''), file.encoding];
  if (file.delimiter) format.push(`delimiter ${JSON.stringify(file.delimiter)}`);
  if (file.header !== undefined) format.push(file.header ? 'header row' : 'no header row');
  const several = report.files.length > 1;
  return html`<article class="file-card" id="${fileAnchor(index)}" aria-labelledby="${fileAnchor(index)}-h">
<h3 id="${fileAnchor(index)}-h"><bdi>${file.path}</bdi></h3>
<dl class="facts">
<dt>Format</dt><dd>${format.join(', ')} <span class="muted">— ${file.formatReason}</span></dd>
<dt>Records</dt><dd>${formatCount(file.records)}${file.truncated ? ' (stopped at --max-records)' : ''}, ${formatBytes(file.bytes)}</dd>
<dt>Problems</dt><dd>${plural(file.errors.length, 'error')}, ${plural(file.warnings.length, 'warning')}</dd>
${file.format !== 'unknown' ? html`<dt>Verdict</dt><dd>${verdictTag(p)} confidence ${score(p.confidence)}${p.origin[0] ? ` · looks like ${originLabel(p.origin[0].id)}` : ''}</dd>` : ''}
</dl>
${problems('error', file.errors)}
${problems('warning', file.warnings)}
${tablesOf(file)}
${several && p.signals.length > 0 ? html`<h4>Signals in this file</h4>${signalsBlock(p, `${fileAnchor(index)}-signals`, file.path)}` : ''}
${fieldTable(file, index, !report.options.showValues)}
</article>`;
}

export function fieldsSection(report: Report): SafeHtml {
  const unreadable = report.summary.unreadable;
  return html`<section id="fields" aria-labelledby="fields-h">
<h2 id="fields-h">Fields by category and sensitivity</h2>
${categoriesBlock(report)}
</section>
<section id="files" aria-labelledby="files-h">
<h2 id="files-h">Files</h2>
${unreadable.length > 0 ? html`<p class="note warn"><strong>Could not be read (fully or in part):</strong></p><ul>${unreadable.map((u) => html`<li><bdi>${u.path}</bdi>: ${u.message}</li>`)}</ul>` : ''}
${report.files.map((f, i) => fileCard(f, i, report))}
</section>`;
}
