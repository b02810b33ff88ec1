// Delimiter sniffing for delimited text: the candidate that splits the first lines into the
// same, largest number of columns wins. Quotes are respected so commas inside "…" don't count.

const CANDIDATES = [',', '\t', ';', '|'] as const;

function countOutsideQuotes(line: string, delim: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delim && !quoted) n++;
  }
  return n;
}

/** Complete lines of the head (the last one may be cut off), skipping lines inside quoted newlines crudely. */
function sampleLines(head: string, max = 30): string[] {
  const lines = head.split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  return lines.filter((l) => l.length > 0).slice(0, max);
}

export interface DelimiterGuess {
  delimiter: string;
  columns: number;
  reason: string;
}

export function sniffDelimiter(head: string): DelimiterGuess | null {
  const lines = sampleLines(head);
  if (lines.length === 0) return null;
  let best: DelimiterGuess | null = null;
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0];
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    // Quoted newlines and ragged rows make some lines disagree; most must agree.
    if (consistent < 0.6) continue;
    const score = consistent * (first + 1);
    if (score > bestScore) {
      bestScore = score;
      const name = d === '\t' ? 'tab' : `'${d}'`;
      best = { delimiter: d, columns: first + 1, reason: `${name} splits ${Math.round(consistent * 100)}% of the first ${lines.length} lines into ${first + 1} columns` };
    }
  }
  return best;
}
