// Top of the report: the verdict in words, the gauge, the sampling and masking notes, and the
// verdict of every file so an aggregate never hides the per-file breakdown.
import { describeVerdict } from '../../../provenance/index.js';
import { DECISION_MARGIN, PRIOR, logistic } from '../../../provenance/score.js';
import type { Provenance, Report } from '../../../report/schema.js';
import { formatCount, plural } from '../../format.js';
import { confidenceWords, originLabel, score } from '../format.js';
import { html, type SafeHtml } from '../markup.js';
import { renderGauge } from '../svg/gauge.js';
import { VERDICT_MEANINGS } from './method.js';

export function fileAnchor(index: number): string {
  return `file-${index + 1}`;
}

/** The gauge bands: where the model's decision margin puts the public and internal verdicts. */
export function decisionBands(): { publicUpTo: number; internalFrom: number } {
  return { publicUpTo: logistic(PRIOR - DECISION_MARGIN), internalFrom: logistic(PRIOR + DECISION_MARGIN) };
}

export function verdictTag(p: Provenance): SafeHtml {
  return html`<span class="tag v-${p.verdict}">${describeVerdict(p)}</span>`;
}

function samplingNote(report: Report): SafeHtml | '' {
  const max = report.options.maxRecords;
  const cut = report.files.filter((f) => f.truncated).length;
  if (max === null && cut === 0) return '';
  const limit = max === null ? 'a record limit' : html`<code>--max-records ${max}</code>`;
  return html`<p class="note" data-testid="sampling-note"><strong>Sampled:</strong> each file was read up to ${limit};
${cut === 0 ? 'no file reached the limit, so every record was read.' : `${cut} of ${plural(report.files.length, 'file')} stopped there. The verdict describes the records read, not the rest of those files.`}</p>`;
}

function maskingNote(report: Report): SafeHtml {
  return report.options.showValues
    ? html`<p class="note warn"><strong>Samples are NOT masked</strong> (the scan ran with <code>--show-values</code>). Treat this file as containing the leaked values themselves.</p>`
    : html`<p class="muted">Sample values are masked; the report carries no full sensitive value.</p>`;
}

function perFileTable(report: Report): SafeHtml | '' {
  if (report.files.length < 2) return '';
  const rows = report.files.map((f, i) => {
    const p = f.provenance;
    return html`<tr>
<td><a href="#${fileAnchor(i)}"><bdi>${f.path}</bdi></a></td>
<td>${f.format}</td>
<td class="num" data-sort="${f.records}">${formatCount(f.records)}</td>
<td data-sort="${p.internalScore}">${f.format === 'unknown' ? html`<span class="muted">not read</span>` : verdictTag(p)}</td>
<td class="num" data-sort="${p.confidence}">${score(p.confidence)}</td>
<td>${p.origin[0] ? `${originLabel(p.origin[0].id)} (${score(p.origin[0].confidence)})` : ''}</td>
</tr>`;
  });
  return html`<table class="sortable" id="per-file-verdicts">
<caption>Verdict per file (the overall verdict above combines them)</caption>
<thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col" class="num">Records</th><th scope="col">Verdict — internal score</th><th scope="col" class="num">Confidence</th><th scope="col">Looks like</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function verdictSection(report: Report): SafeHtml {
  const p = report.provenance;
  const s = report.summary;
  const toInternal = p.signals.filter((x) => x.weight > 0).length;
  const toPublic = p.signals.filter((x) => x.weight < 0).length;
  return html`<section id="verdict" aria-labelledby="verdict-h">
<h2 id="verdict-h">Verdict</h2>
<div class="verdict-panel v-${p.verdict}">
<div class="verdict-text">
<p class="verdict-words" data-testid="verdict" data-verdict="${p.verdict}">${describeVerdict(p)}</p>
<p>${VERDICT_MEANINGS[p.verdict]}</p>
<dl class="facts">
<dt>Internal score</dt><dd>${score(p.internalScore)} <span class="muted">(0 = clearly public, 1 = clearly internal)</span></dd>
<dt>Confidence</dt><dd>${score(p.confidence)} — ${confidenceWords(p.confidence)}</dd>
<dt>Evidence</dt><dd>${plural(p.signals.length, 'signal')}: ${toInternal} towards internal, ${toPublic} towards public</dd>
<dt>Looks like</dt><dd>${p.origin.length > 0 ? p.origin.slice(0, 3).map((o, i) => html`${i > 0 ? ', ' : ''}${originLabel(o.id)} (${score(o.confidence)})`) : html`<span class="muted">no known source shape recognised</span>`}</dd>
<dt>Read</dt><dd>${plural(s.records, 'record')} in ${plural(s.files, 'file')}, ${plural(s.fields, 'field')}${s.errors > 0 ? `, ${plural(s.errors, 'error')}` : ''}</dd>
</dl>
</div>
${renderGauge({ id: 'gauge', internalScore: p.internalScore, confidence: p.confidence, ...decisionBands() })}
</div>
${samplingNote(report)}
${maskingNote(report)}
${perFileTable(report)}
</section>`;
}
