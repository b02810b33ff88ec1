// The terminal report: totals and verdict panel first, then one field table per file.
import { Chalk, type ChalkInstance } from 'chalk';
import { describeVerdict } from '../provenance/index.js';
import type { FileReport, Provenance, Report } from '../report/schema.js';
import { formatBytes, formatCount, percent, plural } from './format.js';
import { renderTable } from './table.js';

export interface TextOptions {
  color: boolean;
}

function categoryColor(c: ChalkInstance, category: string): (s: string) => string {
  switch (category) {
    case 'payment':
    case 'credential':
    case 'government_id': return c.red;
    case 'contact': return c.yellow;
    case 'identity': return c.cyan;
    case 'marketing': return c.magenta;
    case 'user_stats': return c.green;
    case 'network':
    case 'device': return c.blue;
    case 'internal_meta': return c.magentaBright;
    default: return c.gray;
  }
}

function verdictColor(c: ChalkInstance, v: Provenance['verdict']): (s: string) => string {
  return v === 'internal' ? c.red.bold : v === 'public' ? c.green.bold : v === 'mixed' ? c.yellow.bold : c.bold;
}

function signedWeight(w: number): string {
  return (w >= 0 ? '+' : '') + w.toFixed(2);
}

function renderProvenancePanel(c: ChalkInstance, p: Provenance, indent: string): string[] {
  const out: string[] = [];
  out.push(`${indent}${verdictColor(c, p.verdict)(describeVerdict(p))}  ${c.dim(`confidence ${p.confidence.toFixed(2)}`)}`);
  if (p.internalScoreInterval) {
    const [lo, hi] = p.internalScoreInterval;
    out.push(`${indent}${c.dim(`sampled: internal score ${lo.toFixed(2)}–${hi.toFixed(2)} across the 95% intervals of the match shares`)}`);
  }
  const drivers = (dir: 'internal' | 'public') =>
    p.signals.filter((s) => s.direction === dir).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 4);
  for (const dir of ['internal', 'public'] as const) {
    const list = drivers(dir);
    if (list.length === 0) continue;
    out.push(`${indent}${c.bold(dir === 'internal' ? 'Towards internal:' : 'Towards public:')}`);
    for (const s of list) {
      const fields = s.fields.length > 0 ? c.dim(` [${s.fields.slice(0, 4).join(', ')}${s.fields.length > 4 ? ', …' : ''}]`) : '';
      out.push(`${indent}  ${signedWeight(s.weight)}  ${s.description}${fields}`);
    }
  }
  if (p.origin.length > 0) {
    out.push(`${indent}${c.bold('Looks like:')} ${p.origin.slice(0, 3).map((o) => `${o.id} (${o.confidence.toFixed(2)})`).join(', ')}`);
  }
  const a = p.authenticity;
  const auth: string[] = [];
  if (a.testDataShare > 0) auth.push(`${percent(a.testDataShare * 1000, 1000)} of matched values are test/placeholder values`);
  if (a.checksumFailureShare > 0) auth.push(`${percent(a.checksumFailureShare * 1000, 1000)} checksum failures among card/IBAN/ID candidates`);
  if (a.duplicateShare > 0.01) auth.push(`${percent(a.duplicateShare * 1000, 1000)} duplicate records`);
  auth.push(...a.notes);
  if (auth.length > 0) {
    out.push(`${indent}${c.bold('Authenticity:')}`);
    for (const n of auth) out.push(`${indent}  - ${n}`);
  }
  if (p.recommendedChecks.length > 0) {
    out.push(`${indent}${c.bold('Check out of band:')}`);
    for (const r of p.recommendedChecks.slice(0, 5)) out.push(`${indent}  - ${r}`);
  }
  return out;
}

function renderFile(c: ChalkInstance, f: FileReport): string[] {
  const out: string[] = [];
  const facts = [
    f.format + (f.compression !== 'none' ? `+${f.compression}` : ''),
    plural(f.records, 'record'),
    formatBytes(f.bytes),
  ];
  if (f.truncated) facts.push('stopped early (--max-records/--max-bytes)');
  if (f.sampling) facts.push(`sampled ${f.sampling.requested}: ${formatCount(f.sampling.recordsSampled)} of ${formatCount(f.sampling.recordsSeen)} records, seed ${f.sampling.seed}`);
  out.push(`${c.bold.underline(f.path)}  ${c.dim(facts.join(' · '))}`);
  // Containers (archives) and unreadable files have no records to judge.
  if (f.format !== 'unknown' && f.records > 0) {
    const p = f.provenance;
    out.push(`  ${verdictColor(c, p.verdict)(describeVerdict(p))}${p.origin[0] ? c.dim(` · looks like ${p.origin[0].id}`) : ''}`);
  }
  const judged = (f.tables ?? []).filter((t) => t.provenance);
  if (judged.length > 0) {
    out.push(`  ${c.dim('tables:')} ${judged.map((t) => `${t.name} ${verdictColor(c, t.provenance!.verdict)(t.provenance!.verdict)} ${t.provenance!.internalScore.toFixed(2)} (${formatCount(t.records)})`).join(c.dim(' · '))}`);
  }
  for (const e of f.errors) out.push(`  ${c.red('error')}${e.line ? ` line ${e.line}` : ''}${e.offset !== undefined && !e.line ? ` at byte ${e.offset}` : ''}: ${e.message}`);
  for (const w of f.warnings.slice(0, 8)) {
    out.push(`  ${c.yellow('warning')}${w.line ? ` line ${w.line}` : ''}: ${w.message}${w.count && w.count > 1 ? c.dim(` (×${formatCount(w.count)})`) : ''}`);
  }
  if (f.warnings.length > 8) out.push(c.dim(`  … ${f.warnings.length - 8} more warnings (see --format json)`));
  if (f.fields.length > 0) {
    const rows = f.fields.map((field) => {
      const top = field.types[0];
      const color = top ? categoryColor(c, top.category) : c.dim;
      return [
        field.path,
        top ? color(top.id) : c.dim('—'),
        top ? top.confidence.toFixed(2) : '',
        percent(field.stats.nonEmpty, field.stats.count),
        field.samples[0] ?? '',
      ];
    });
    out.push(
      renderTable(
        [
          { header: c.dim('field'), max: 48 },
          { header: c.dim('type'), max: 32 },
          { header: c.dim('conf'), align: 'right' },
          { header: c.dim('fill'), align: 'right' },
          { header: c.dim('sample'), max: 40 },
        ],
        rows,
      ),
    );
  }
  return out;
}

export function renderText(report: Report, opts: TextOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const s = report.summary;
  const out: string[] = [];
  out.push(
    `${c.bold('leaksift')} ${report.tool.version} — ${plural(s.files, 'file')}, ${plural(s.records, 'record')}, ${formatBytes(s.bytes)}, ${plural(s.fields, 'field')}${s.errors > 0 ? c.red(`, ${plural(s.errors, 'error')}`) : ''}`,
  );
  out.push('');
  out.push(...renderProvenancePanel(c, report.provenance, ''));
  const cats = Object.entries(s.fieldsByCategory);
  if (cats.length > 0) {
    out.push('');
    out.push(`${c.bold('Fields by category:')} ${cats.map(([k, v]) => `${categoryColor(c, k)(k)} ${v}`).join(' · ')}`);
  }
  if (report.options.showValues) out.push(c.red.bold('Samples are NOT masked (--show-values).'));
  for (const f of report.files) {
    out.push('');
    out.push(...renderFile(c, f));
  }
  if (s.unreadable.length > 0) {
    out.push('');
    out.push(c.bold('Could not be read (fully or in part):'));
    for (const u of s.unreadable) out.push(`  ${u.path}: ${u.message}`);
  }
  return out.join('\n') + '\n';
}
