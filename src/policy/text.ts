// The gate section appended to the text report: passed or failed, and which fields tripped it
// with how many values.
import { Chalk } from 'chalk';
import type { Policy } from '../report/schema.js';

const MAX_LISTED = 50;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export function renderGateText(policy: Policy, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tripping = policy.findings.filter((f) => !f.baselined);
  const baselined = policy.findings.length - tripping.length;
  const settings = `--fail-on ${policy.failOn.join(',')}, min confidence ${policy.minConfidence.toFixed(2)}${policy.countTestValues ? ', test values counted' : ''}`;
  const out: string[] = [''];
  if (policy.tripped) {
    const fields = new Set(tripping.map((f) => `${f.file}\0${f.field}`)).size;
    out.push(`${c.red.bold('Policy gate: FAILED')} — ${plural(fields, 'field')} ${fields === 1 ? 'holds' : 'hold'} values that are not recognised test values ${c.dim(`(${settings})`)}`);
    for (const f of tripping.slice(0, MAX_LISTED)) {
      const what = f.basis === 'name' ? `${plural(f.values, 'non-empty value')} (name-led type)` : plural(f.values, 'value');
      const tests = f.testValues > 0 ? c.dim(` + ${plural(f.testValues, 'test value')}`) : '';
      out.push(`  ${f.file}  ${c.bold(f.field)}  ${f.type}  ${what}${tests}  ${c.dim(`conf ${f.confidence.toFixed(2)}`)}`);
    }
    if (tripping.length > MAX_LISTED) out.push(c.dim(`  … ${tripping.length - MAX_LISTED} more (see --format json: .policy.findings)`));
  } else {
    out.push(`${c.green.bold('Policy gate: passed')} — no field of these kinds holds values other than recognised test values ${c.dim(`(${settings})`)}`);
  }
  const notes: string[] = [];
  if (baselined > 0) notes.push(`${plural(baselined, 'finding')} suppressed by the baseline ${policy.baseline}`);
  if (policy.testOnlyFields > 0) notes.push(`${plural(policy.testOnlyFields, 'field')} held only test or placeholder values`);
  if (policy.allowlistedFields > 0) notes.push(`${plural(policy.allowlistedFields, 'field')} allowlisted in the config`);
  if (notes.length > 0) out.push(c.dim(`  ${notes.join('; ')}.`));
  return out.join('\n') + '\n';
}
