// The report's stylesheet: system fonts only, light and dark palettes, print rules.
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #5b6470; --line: #d5dae0; --panel: #f4f6f8; --code: #eef1f4;
  --internal: #c2410c; --public: #0f766e; --middle: #9aa3ad; --mixed: #a16207; --accent: #1d4ed8;
  --high: #b91c1c; --medium: #d97706; --low: #64748b; --none: #c7cdd4;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --fg: #e6e9ed; --muted: #9aa4b0; --line: #343a42; --panel: #1b1f24; --code: #23282f;
    --internal: #fb923c; --public: #2dd4bf; --middle: #5c6570; --mixed: #facc15; --accent: #93c5fd;
    --high: #f87171; --medium: #fbbf24; --low: #94a3b8; --none: #4b5563;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
p, ul, ol, dl { margin: .4rem 0 .8rem; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .86em; }
code { background: var(--code); padding: 0 .25em; border-radius: 3px; }
a { color: var(--accent); }
.muted, .meta { color: var(--muted); }
.note { border-left: 4px solid var(--mixed); background: var(--panel); padding: .5rem .8rem; margin: .6rem 0; }
.note.warn { border-left-color: var(--high); }
bdi, td, li, dd { overflow-wrap: anywhere; }
th { overflow-wrap: normal; }
.verdict-panel { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; background: var(--panel);
  border: 1px solid var(--line); border-left: 8px solid var(--middle); border-radius: 6px; padding: 1rem 1.25rem; }
.verdict-panel.v-internal { border-left-color: var(--internal); }
.verdict-panel.v-public { border-left-color: var(--public); }
.verdict-panel.v-mixed { border-left-color: var(--mixed); }
.verdict-text { flex: 1 1 360px; }
.verdict-words { font-size: 1.5rem; font-weight: 700; margin: 0 0 .3rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td ul { margin: 0; padding-left: 1rem; }
table.signals { table-layout: fixed; }
col.c-signal { width: 24%; } col.c-weight { width: 10%; } col.c-fields { width: 36%; } col.c-evidence { width: 30%; }
ul.field-groups { list-style: none; padding: 0; }
table.fields { table-layout: fixed; }
col.c-path { width: 19%; } col.c-type { width: 19%; } col.c-conf { width: 9%; } col.c-fill { width: 6%; }
col.c-distinct { width: 8%; } col.c-samples { width: 18%; } col.c-shapes { width: 21%; }
ul.field-groups li + li { margin-top: .25rem; }
.samples, .shapes { list-style: none; padding: 0; margin: 0; }
.samples li, .shapes li { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .82rem; }
.tag { display: inline-block; border-radius: 3px; padding: 0 .35em; font-size: .8rem; border: 1px solid var(--line); white-space: nowrap; }
.tag.v-internal { color: var(--internal); border-color: var(--internal); }
.tag.v-public { color: var(--public); border-color: var(--public); }
.tag.v-mixed { color: var(--mixed); border-color: var(--mixed); }
.sens { display: inline-block; width: .7em; height: .7em; border-radius: 50%; margin-right: .3em; background: var(--none); }
.sens.s-high { background: var(--high); } .sens.s-medium { background: var(--medium); } .sens.s-low { background: var(--low); }
.file-card { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .6rem; margin: 1.2rem 0; }
.file-card h3 { margin-top: .8rem; }
.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0 1rem; overflow: visible; }
.chart text { fill: var(--fg); font-size: 12px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; }
.chart .wf-muted, .chart .bar-note, .chart .gauge-end, .chart .gauge-caption { fill: var(--muted); }
.chart .wf-group-label, .chart .wf-strong { font-weight: 700; }
.wf-internal { fill: var(--internal); }
.wf-public { fill: var(--public); }
.wf-sum { stroke: var(--fg); stroke-width: 1; }
.wf-connector { stroke: var(--muted); stroke-dasharray: 3 2; }
.wf-zero { stroke: var(--fg); stroke-width: 1.5; }
.wf-tick line { stroke: var(--line); }
.wf-tick text { font-size: 11px; }
.gauge-band { fill: none; stroke-width: 20; }
.gauge-public { stroke: var(--public); }
.gauge-middle { stroke: var(--middle); }
.gauge-internal { stroke: var(--internal); }
.gauge-needle { stroke: var(--fg); stroke-width: 4; stroke-linecap: round; }
.gauge-hub { fill: var(--fg); }
.chart .gauge-score { font-size: 26px; font-weight: 700; }
.gauge-track { fill: var(--line); }
.gauge-confidence { fill: var(--accent); }
.bar.s-high { fill: var(--high); } .bar.s-medium { fill: var(--medium); } .bar.s-low { fill: var(--low); } .bar.s-none { fill: var(--none); }
.legend { display: flex; gap: 1.2rem; flex-wrap: wrap; font-size: .88rem; color: var(--muted); }
.filter { margin: .3rem 0; }
.filter input { font: inherit; padding: .2rem .4rem; border: 1px solid var(--line); background: var(--bg); color: var(--fg); border-radius: 4px; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --panel: #f3f3f3; --code: #eee; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .filter, button.sort::after { display: none; }
  thead th { position: static; }
  h2, h3 { break-after: avoid-page; }
  tr, .chart, .verdict-panel, li { break-inside: avoid-page; }
  .file-card { border: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
