// Decide a text input's format from its content (never from the extension alone) and say why.
import { sniffDelimiter } from './sniff-csv.js';

export type Format = 'csv' | 'json' | 'ndjson' | 'sql' | 'log';

export interface FormatGuess {
  format: Format;
  /** Sub-kind where useful (log flavours). */
  detail?: string;
  reason: string;
  delimiter?: string;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // The last line of the head may be cut off; judge on the complete ones.
  const complete = text.endsWith('\n') || lines.length <= 1 ? lines : lines.slice(0, -1);
  let ok = 0;
  const sample = complete.slice(0, 20);
  for (const l of sample) {
    if (!l.startsWith('{')) continue;
    try {
      JSON.parse(l);
      ok++;
    } catch {
      /* a garbage line in NDJSON is allowed; a multi-line document is not NDJSON */
    }
  }
  // Two lines at least (the second may be cut off at the end of the head), most of them objects.
  return lines.length >= 2 && ok >= 1 && ok * 2 >= sample.length;
}

export interface SniffPlugins {
  sniffSql?: (head: string) => string | null;
  sniffLog?: (head: string) => { kind: string; reason: string } | null;
}

export function sniffFormat(head: string, plugins: SniffPlugins): FormatGuess | null {
  const text = head.replace(/^\s+/, '');
  if (text.length === 0) return null;
  const c = text[0];
  if (c === '[') return { format: 'json', reason: "content starts with '['" };
  if (c === '{') {
    if (looksLikeJsonLines(text)) return { format: 'ndjson', reason: 'one JSON object per line' };
    return { format: 'json', reason: "content starts with '{' and spans lines" };
  }
  const sql = plugins.sniffSql?.(text);
  if (sql) return { format: 'sql', reason: sql };
  const log = plugins.sniffLog?.(text);
  if (log && log.kind !== 'text') return { format: 'log', detail: log.kind, reason: log.reason };
  const csv = sniffDelimiter(text);
  if (csv && csv.columns >= 2) return { format: 'csv', reason: csv.reason, delimiter: csv.delimiter };
  if (log) return { format: 'log', detail: log.kind, reason: log.reason };
  // Short lines without spaces are a one-column table; anything else is free text, read line
  // by line for the emails, IPs, URLs and tokens in it.
  const line = firstLine(text);
  if (line.length < 128 && !/\s\S+\s/.test(line)) return { format: 'csv', reason: 'one value per line (single column)', delimiter: ',' };
  return { format: 'log', detail: 'text', reason: 'free text: no delimiter, JSON, SQL or log structure found' };
}
