// Why: the waterfall of the signals and the table of every signal with the fields that fired it.
import { PRIOR } from '../../../provenance/score.js';
import type { Provenance, Signal } from '../../../report/schema.js';
import { score, signed } from '../format.js';
import { html, type SafeHtml } from '../markup.js';
import { renderWaterfall, waterfallModel } from '../svg/waterfall.js';

const MAX_FIELDS = 12;

/**
 * A scan's signals name fields as `<file path>:<field path>`; grouping them under their file
 * keeps the list readable. Only known file paths are split off (either part may hold a colon).
 */
export function fieldsByFile(fields: readonly string[], filePaths: readonly string[]): { file: string | null; fields: string[] }[] {
  const paths = [...filePaths].sort((a, b) => b.length - a.length);
  const groups = new Map<string | null, string[]>();
  for (const f of fields) {
    const file = paths.find((p) => f.startsWith(p + ':')) ?? null;
    const rest = file === null ? f : f.slice(file.length + 1);
    groups.set(file, [...(groups.get(file) ?? []), rest]);
  }
  return [...groups.entries()].map(([file, list]) => ({ file, fields: list }));
}

function fieldList(s: Signal, filePaths: readonly string[]): SafeHtml {
  if (s.fields.length === 0) return html`<span class="muted">—</span>`;
  let budget = MAX_FIELDS;
  const groups = fieldsByFile(s.fields, filePaths).map((g) => {
    const shown = g.fields.slice(0, Math.max(0, budget));
    budget -= shown.length;
    if (shown.length === 0) return '';
    const codes = shown.map((f, i) => html`${i > 0 ? ', ' : ''}<code><bdi>${f}</bdi></code>`);
    return html`<li>${g.file === null ? '' : html`<span class="muted"><bdi>${g.file}</bdi>:</span> `}${codes}</li>`;
  });
  const hidden = s.fields.length - MAX_FIELDS;
  return html`<ul class="field-groups">${groups}${hidden > 0 ? html`<li class="muted">… and ${hidden} more</li>` : ''}</ul>`;
}

function signalTable(p: Provenance, id: string, caption: string, filePaths: readonly string[]): SafeHtml {
  const rows = waterfallModel(p.signals, PRIOR).groups.flatMap((g) =>
    g.steps.map(
      ({ signal: s }) => html`<tr>
<td data-sort="${s.group}">${s.description}<br><span class="muted">${s.group} · <code>${s.id}</code></span></td>
<td class="num" data-sort="${s.weight}">${signed(s.weight)}</td>
<td>${fieldList(s, filePaths)}</td>
<td>${s.evidence}</td>
</tr>`,
    ),
  );
  return html`<table class="sortable signals" id="${id}">
<caption>${caption}</caption>
<colgroup><col class="c-signal"><col class="c-weight"><col class="c-fields"><col class="c-evidence"></colgroup>
<thead><tr><th scope="col">Signal (group)</th><th scope="col" class="num">Weight</th><th scope="col">Fields</th><th scope="col">Evidence</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

/** The waterfall and the signal table for one provenance result (the scan's or a file's). */
export function signalsBlock(p: Provenance, id: string, subject: string, filePaths: readonly string[] = []): SafeHtml {
  if (p.signals.length === 0) {
    return html`<p class="muted" data-testid="no-signals">No provenance signal fired for ${subject}: nothing in the fields points either way, so the score stays at ${score(p.internalScore)}.</p>`;
  }
  return html`${renderWaterfall(p.signals, { id: `${id}-wf`, title: `Provenance signals for ${subject}: contributions to the log-odds sum`, prior: PRIOR })}
${signalTable(p, `${id}-table`, `Signals for ${subject}, with the fields that fired them`, filePaths)}`;
}

export function signalsSection(p: Provenance, filePaths: readonly string[]): SafeHtml {
  return html`<section id="signals" aria-labelledby="signals-h">
<h2 id="signals-h">Why: the provenance signals</h2>
<p>Each bar is one signal's contribution to the log-odds sum after its group's cap: bars to the right push towards internal, to the left towards public.
Signals are grouped as the model caps them; the last bar is the sum, whose logistic is the internal score (${score(p.internalScore)}). The scale below the chart gives both.</p>
${signalsBlock(p, 'scan-signals', 'the whole scan', filePaths)}
</section>`;
}
