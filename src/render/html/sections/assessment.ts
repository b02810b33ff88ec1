// Origin hints, authenticity notes and the out-of-band checks a person could take.
import type { Provenance } from '../../../report/schema.js';
import { originLabel, score } from '../format.js';
import { html, type SafeHtml } from '../markup.js';

function share(x: number): string {
  return `${(x * 100).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;
}

function authenticity(p: Provenance): SafeHtml {
  const a = p.authenticity;
  return html`<table>
<caption>Authenticity measures (kept apart from the verdict)</caption>
<thead><tr><th scope="col">Measure</th><th scope="col" class="num">Share</th></tr></thead>
<tbody>
<tr><td>Test or placeholder values among recognised values</td><td class="num">${share(a.testDataShare)}</td></tr>
<tr><td>Checksum failures among card, IBAN and ID candidates</td><td class="num">${share(a.checksumFailureShare)}</td></tr>
<tr><td>Duplicate records</td><td class="num">${share(a.duplicateShare)}</td></tr>
</tbody>
</table>
${a.notes.length > 0 ? html`<ul>${a.notes.map((n) => html`<li>${n}</li>`)}</ul>` : html`<p class="muted">No authenticity notes.</p>`}`;
}

export function assessmentSection(p: Provenance): SafeHtml {
  return html`<section id="assessment" aria-labelledby="assessment-h">
<h2 id="assessment-h">Origin, authenticity and checks</h2>
<h3>What kind of source it looks like</h3>
${
  p.origin.length > 0
    ? html`<ul>${p.origin.map((o) => html`<li><strong>${originLabel(o.id)}</strong> <code>${o.id}</code> — confidence ${score(o.confidence)}<br><span class="muted">${o.evidence}</span></li>`)}</ul>`
    : html`<p class="muted">No known source shape (API response, scraper output, database dump, log, export…) was recognised.</p>`
}
<h3>Authenticity</h3>
${authenticity(p)}
<h3>Recommended out-of-band checks</h3>
${
  p.recommendedChecks.length > 0
    ? html`<p class="muted">Steps a person could take; leaksift automates none of them.</p><ol>${p.recommendedChecks.map((c) => html`<li>${c}</li>`)}</ol>`
    : html`<p class="muted">None suggested.</p>`
}
</section>`;
}
