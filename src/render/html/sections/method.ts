// The closing appendix: what each verdict means, how the score is made, what a sample cannot
// settle, and the tool version and scan parameters needed to reproduce the report.
import { DECISION_MARGIN, GROUP_CAP, MIN_CONFIDENCE, MIXED_RATIO, MIXED_SIDE_MIN, PRIOR, logistic } from '../../../provenance/score.js';
import type { Report, Verdict } from '../../../report/schema.js';
import { formatBytes, formatCount } from '../../format.js';
import { html, type SafeHtml } from '../markup.js';

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  public:
    'The fields are what the platform shows anyone — profiles, public counters, public content — possibly in the shape of an API response or scraper output.',
  internal:
    "The data could only have come out of some organisation's systems — a database, logs, a payment processor or ad account export, a CRM — whether the platform's own or a third party's.",
  mixed:
    'There is strong evidence both ways: public records joined with private ones (the shape of an enumeration or enrichment join), or files that disagree with each other.',
  inconclusive: 'Too little evidence either way: few recognised fields, or too small a sample.',
};

const CANNOT_SETTLE = [
  'Whose systems it came from: "internal" means out of some organisation\'s systems, which may be a vendor, partner or data broker rather than the claimed victim.',
  'Whether it is current, complete, or how much more exists: a seller chooses what a sample shows.',
  'Whether the records are real: realistic data can be generated or recombined from older leaks; the authenticity notes catch only the obvious (test values, failed checksums, duplicates, impossible dates).',
  'Whether a public-looking sample was collected legitimately, or through an access-control bug that exposed private fields at scale.',
  'Anything that needs contact with the outside world: leaksift never logs in, tests a credential, visits a URL or contacts a data subject. The recommended checks are for a person to take.',
];

function list(values: readonly string[]): SafeHtml {
  return values.length === 0 ? html`<span class="muted">none</span>` : html`${values.map((v, i) => html`${i > 0 ? ', ' : ''}<code><bdi>${v}</bdi></code>`)}`;
}

export function methodSection(report: Report): SafeHtml {
  const o = report.options;
  const s = report.summary;
  const pubUpTo = logistic(PRIOR - DECISION_MARGIN).toFixed(2);
  const intFrom = logistic(PRIOR + DECISION_MARGIN).toFixed(2);
  return html`<section id="method" aria-labelledby="method-h">
<h2 id="method-h">Method</h2>
<h3>What each verdict means</h3>
<dl>${(Object.keys(VERDICT_MEANINGS) as Verdict[]).map((v) => html`<dt><strong>${v}</strong></dt><dd>${VERDICT_MEANINGS[v]}</dd>`)}</dl>
<h3>How the score is made</h3>
<p>Every signal that fires adds its weight to a log-odds sum (positive towards internal, negative towards public), starting from ${PRIOR}.
Signals are grouped, and each group's total in each direction is capped at ${GROUP_CAP}, so many correlated columns cannot outvote one strong one.
The logistic of the sum is the internal score. A file is <em>internal</em> or <em>public</em> when the sum is beyond ±${DECISION_MARGIN} (score ≥ ${intFrom} or ≤ ${pubUpTo})
and the confidence is at least ${MIN_CONFIDENCE}; <em>mixed</em> when both sides reach ${MIXED_SIDE_MIN} and the weaker is at least ${Math.round(MIXED_RATIO * 100)}% of the stronger,
or when confident files disagree; otherwise <em>inconclusive</em>. Confidence grows with the total evidence, the share of fields the signals explain, and the number of records.
Authenticity is assessed apart from the verdict.</p>
<h3>What a sample cannot settle</h3>
<ul>${CANNOT_SETTLE.map((c) => html`<li>${c}</li>`)}</ul>
</section>
<section id="parameters" aria-labelledby="parameters-h">
<h2 id="parameters-h">Tool and scan parameters</h2>
<table>
<caption>How this report was produced</caption>
<tbody>
<tr><th scope="row">Tool</th><td>${report.tool.name} ${report.tool.version} (report schema ${report.schemaVersion})</td></tr>
<tr><th scope="row">Generated</th><td>${report.generatedAt}</td></tr>
<tr><th scope="row">Inputs</th><td>${list(report.inputs)}</td></tr>
<tr><th scope="row">--max-records</th><td>${o.maxRecords === null ? 'none (every record read)' : formatCount(o.maxRecords)}</td></tr>
<tr><th scope="row">--include</th><td>${list(o.include)}</td></tr>
<tr><th scope="row">--exclude</th><td>${list(o.exclude)}</td></tr>
<tr><th scope="row">--show-values</th><td>${o.showValues ? 'yes — samples are not masked' : 'no — samples masked'}</td></tr>
<tr><th scope="row">Totals</th><td>${formatCount(s.files)} files, ${formatCount(s.records)} records, ${formatBytes(s.bytes)}, ${formatCount(s.fields)} fields, ${formatCount(s.errors)} errors, ${formatCount(s.warnings)} warnings</td></tr>
</tbody>
</table>
</section>`;
}
