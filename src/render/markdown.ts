// Markdown for pull-request comments and write-ups: the verdict, its top drivers, the policy
// gate when it ran, and a table of fields per file. Samples appear masked or not at all; field
// names come from the data, so every cell is escaped.
import { describeVerdict } from '../provenance/index.js';
import type { FileReport, Policy, Report } from '../report/schema.js';
import { formatBytes, percent, plural } from './format.js';

const MAX_DRIVERS = 5;

/** Escapes text for a table cell or a line: markdown punctuation, HTML and line breaks. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n|\r/g, ' ');
}

function drivers(report: Report): string[] {
  const signals = [...report.provenance.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, MAX_DRIVERS);
  if (signals.length === 0) return [];
  const out = ['### Top drivers', '', '| towards | weight | signal | fields |', '|---|---:|---|---|'];
  for (const s of signals) {
    const fields = s.fields.slice(0, 4).map(escapeMarkdown).join(', ') + (s.fields.length > 4 ? ', …' : '');
    out.push(`| ${s.direction} | ${(s.weight >= 0 ? '+' : '') + s.weight.toFixed(2)} | ${escapeMarkdown(s.description)} | ${fields} |`);
  }
  return [...out, ''];
}

function gate(policy: Policy): string[] {
  const tripping = policy.findings.filter((f) => !f.baselined);
  const head = policy.tripped
    ? `**Policy gate: failed** — ${tripping.length} finding${tripping.length === 1 ? '' : 's'} under \`--fail-on ${policy.failOn.join(',')}\``
    : `**Policy gate: passed** — nothing but recognised test values under \`--fail-on ${policy.failOn.join(',')}\``;
  const out = ['### Policy gate', '', head, ''];
  if (tripping.length > 0) {
    out.push('| file | field | type | values | test values |', '|---|---|---|---:|---:|');
    for (const f of tripping) {
      out.push(`| ${escapeMarkdown(f.file)} | ${escapeMarkdown(f.field)} | ${f.type} | ${f.values}${f.basis === 'name' ? ' (by name)' : ''} | ${f.testValues} |`);
    }
    out.push('');
  }
  const baselined = policy.findings.length - tripping.length;
  if (baselined > 0) out.push(`${baselined} finding${baselined === 1 ? '' : 's'} suppressed by the baseline.`, '');
  return out;
}

function fileSection(f: FileReport, showSamples: boolean): string[] {
  const facts = [f.format + (f.compression !== 'none' ? `+${f.compression}` : ''), plural(f.records, 'record'), formatBytes(f.bytes)];
  const out = [`### ${escapeMarkdown(f.path)}`, '', `${facts.join(' · ')} — ${escapeMarkdown(describeVerdict(f.provenance))}`, ''];
  for (const e of f.errors) out.push(`- **error**${e.line ? ` line ${e.line}` : ''}: ${escapeMarkdown(e.message)}`);
  if (f.errors.length > 0) out.push('');
  if (f.fields.length === 0) return out;
  out.push(`| field | type | confidence | fill |${showSamples ? ' sample (masked) |' : ''}`, `|---|---|---:|---:|${showSamples ? '---|' : ''}`);
  for (const field of f.fields) {
    const top = field.types[0];
    const cells = [
      escapeMarkdown(field.path),
      top ? top.id : '—',
      top ? top.confidence.toFixed(2) : '',
      percent(field.stats.nonEmpty, field.stats.count),
    ];
    if (showSamples) cells.push(field.samples[0] ? escapeMarkdown(field.samples[0]) : '');
    out.push(`| ${cells.join(' | ')} |`);
  }
  return [...out, ''];
}

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  // Markdown goes to shared places (PR comments): unmasked samples never do.
  const showSamples = !report.options.showValues;
  const out = [
    `## leaksift: ${escapeMarkdown(describeVerdict(report.provenance))}`,
    '',
    `${plural(s.files, 'file')} · ${plural(s.records, 'record')} · ${formatBytes(s.bytes)} · ${plural(s.fields, 'field')}` +
      (s.errors > 0 ? ` · ${plural(s.errors, 'error')}` : '') +
      ` — confidence ${report.provenance.confidence.toFixed(2)}, leaksift ${report.tool.version}`,
    '',
  ];
  if (!showSamples) out.push('_Samples omitted: the scan ran with --show-values and Markdown never carries unmasked values._', '');
  out.push(...drivers(report));
  if (report.policy) out.push(...gate(report.policy));
  for (const f of report.files) out.push(...fileSection(f, showSamples));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
