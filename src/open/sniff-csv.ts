// Delimiter sniffing for delimited text: the candidate that splits the first lines into the
// same, largest number of columns wins. Quotes are respected so commas inside "…" don't count.

const CANDIDATES = [',', '\t', ';', '|'] as const;

/**
 * Per record of the head (newlines inside quotes do not end a record), how many times each
 * candidate delimiter occurs outside quotes. The last record may be cut off, so it is dropped.
 */
function countPerRecord(head: string, max = 30): Map<string, number[]> {
  const counts = new Map<string, number[]>(CANDIDATES.map((d) => [d, []]));
  const current = new Map<string, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let records = 0;
  let empty = true;
  for (let i = 0; i < head.length && records < max; i++) {
    const c = head[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (!empty) {
        for (const d of CANDIDATES) {
          counts.get(d)!.push(current.get(d)!);
          current.set(d, 0);
        }
        records++;
      }
      empty = true;
      continue;
    } else if (!quoted && current.has(c)) current.set(c, current.get(c)! + 1);
    empty = false;
  }
  // A first record longer than the head (100k columns): judge on the part that was read.
  if (records === 0 && !empty) for (const d of CANDIDATES) counts.get(d)!.push(current.get(d)!);
  return counts;
}

export interface DelimiterGuess {
  delimiter: string;
  columns: number;
  reason: string;
}

export function sniffDelimiter(head: string): DelimiterGuess | null {
  const perRecord = countPerRecord(head);
  const lines = perRecord.get(',')!;
  if (lines.length === 0) return null;
  let best: DelimiterGuess | null = null;
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = perRecord.get(d)!;
    const first = counts[0];
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    // Quoted newlines and ragged rows make some lines disagree; most must agree.
    if (consistent < 0.6) continue;
    const score = consistent * (first + 1);
    if (score > bestScore) {
      bestScore = score;
      const name = d === '\t' ? 'tab' : `'${d}'`;
      best = { delimiter: d, columns: first + 1, reason: `${name} splits ${Math.round(consistent * 100)}% of the first ${lines.length} records into ${first + 1} columns` };
    }
  }
  return best;
}
