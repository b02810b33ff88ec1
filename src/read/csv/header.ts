// Is the first row of a delimited file a header? Headers are short, unique, identifier-like
// labels whose shape differs from the data under them in at least one column.

const IDENTIFIER_LIKE = /^[\p{L}_#][\p{L}\p{N} _\-./()#%?:&'*]{0,99}$/u;

function shapeClass(v: string): string {
  // Letters, digits and the rest collapsed to runs: "Alice" → "Aa", "2024-01-05" → "9-9-9".
  let out = '';
  let last = '';
  for (const ch of v.trim()) {
    const k = /\p{Lu}/u.test(ch) ? 'A' : /\p{L}/u.test(ch) ? 'a' : /\d/.test(ch) ? '9' : ch;
    if (k !== last || (k !== 'a' && k !== '9' && k !== 'A')) out += k;
    last = k;
  }
  return out;
}

export function looksLikeHeader(rows: string[][]): boolean {
  if (rows.length === 0) return false;
  const head = rows[0].map((c) => c.trim());
  if (head.some((c) => c.length === 0 || !IDENTIFIER_LIKE.test(c))) return false;
  if (new Set(head).size !== head.length) return false;
  if (rows.length === 1) return true;
  const data = rows.slice(1);
  let anyValues = false;
  for (let col = 0; col < head.length; col++) {
    const shapes = new Set<string>();
    let values = 0;
    for (const r of data) {
      const v = r[col];
      if (v === undefined || v.trim() === '') continue;
      values++;
      shapes.add(shapeClass(v));
      if (v.trim() === head[col]) return false; // a "header" repeated as data is data
    }
    if (values > 0 && !shapes.has(shapeClass(head[col]))) return true;
    if (values > 0) anyValues = true;
  }
  // Labels above blank rows: nothing to compare against, so the labels decide.
  return !anyValues;
}

/** Trimmed, unique header names; blanks become `column_N`, repeats get `_2`, `_3`. */
export function headerNames(row: string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((raw, i) => {
    let name = raw.trim() || `column_${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name}_${n}`;
    return name;
  });
}

export function positionalNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column_${i + 1}`);
}
