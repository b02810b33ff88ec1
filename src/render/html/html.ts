// `--format html`: one self-contained page (inline CSS and SVG, one small hashed script for
// sorting and filtering) from the same report object as every other format. Everything from
// the report is escaped by the `html` tag, and the Content-Security-Policy forbids any
// network request and any script but ours.
import { describeVerdict } from '../../provenance/index.js';
import type { Report } from '../../report/schema.js';
import { html, trusted } from './markup.js';
import { assessmentSection } from './sections/assessment.js';
import { fieldsSection } from './sections/fields.js';
import { methodSection } from './sections/method.js';
import { signalsSection } from './sections/signals.js';
import { verdictSection } from './sections/verdict.js';
import { STYLES } from './styles.js';
import { TABLE_SCRIPT, cspHash } from './table-script.js';

const CSP = [
  "default-src 'none'",
  `style-src ${cspHash(STYLES)}`,
  `script-src ${cspHash(TABLE_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function subject(report: Report): string {
  if (report.inputs.length === 1) return report.inputs[0];
  return `${report.inputs.length} inputs`;
}

export function renderHtml(report: Report): string {
  const verdict = describeVerdict(report.provenance);
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${report.tool.name} ${report.tool.version}">
<title>${verdict} — leaksift report on ${subject(report)}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<main>
<header>
<h1>leaksift report</h1>
<p class="meta">On <bdi>${subject(report)}</bdi> · generated ${report.generatedAt} by ${report.tool.name} ${report.tool.version}</p>
<nav aria-label="Sections"><a href="#verdict">Verdict</a> · <a href="#signals">Signals</a> · <a href="#assessment">Origin and checks</a> · <a href="#fields">Fields</a> · <a href="#files">Files</a> · <a href="#method">Method</a></nav>
</header>
${verdictSection(report)}
${signalsSection(report.provenance, report.files.map((f) => f.path))}
${assessmentSection(report.provenance)}
${fieldsSection(report)}
${methodSection(report)}
<footer>This file is self-contained: it loads nothing from the network. ${report.options.showValues ? 'Samples are NOT masked.' : 'Samples are masked.'}</footer>
</main>
<script>${trusted(TABLE_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}
