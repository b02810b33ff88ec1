// Small helpers the signal modules share for evidence text.
import type { FieldView } from '../context.js';

/** `a`, `b`, `c` and 4 more */
export function listFields(fields: readonly FieldView[] | readonly string[], shown = 4): string {
  const paths = fields.map((f) => (typeof f === 'string' ? f : f.path));
  const head = paths.slice(0, shown).map((p) => '`' + p + '`').join(', ');
  return paths.length > shown ? `${head} and ${paths.length - shown} more` : head;
}

export function paths(fields: readonly FieldView[]): string[] {
  return fields.map((f) => f.path);
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Union of field lists without duplicates, in first-seen order. */
export function union(...lists: readonly FieldView[][]): FieldView[] {
  const seen = new Set<string>();
  const out: FieldView[] = [];
  for (const list of lists) {
    for (const f of list) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      out.push(f);
    }
  }
  return out;
}
