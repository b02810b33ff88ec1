// Is this text a log, and which kind? Judged on the first complete lines of the head.
// JSON lines are not ours (the NDJSON reader takes them); plain prose is not a log.
import { parseAccessLine } from './access.js';
import { isLogfmt, parseLogfmt } from './logfmt.js';
import { RecordBuilder } from './record.js';
import { parseSyslog } from './syslog.js';

const SAMPLE_LINES = 50;
const SHARE = 0.6;
// ISO / nginx error log / access-log time / syslog / Apache error log (`[Fri May 17 10:05:03.1 2024]`).
const TIMESTAMP_START =
  /^\[?(?:\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d|\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:|(?:[A-Z][a-z]{2} )?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)/;

export interface LogGuess {
  kind: 'access-log' | 'syslog' | 'logfmt' | 'text';
  reason: string;
}

function sampleLines(head: string): string[] {
  const lines = head.split('\n');
  if (lines.length > 1) lines.pop(); // may be cut off
  const out: string[] = [];
  for (const l of lines) {
    const t = l.endsWith('\r') ? l.slice(0, -1) : l;
    if (t.trim().length > 0) out.push(t);
    if (out.length >= SAMPLE_LINES) break;
  }
  return out;
}

export function sniffLog(head: string): LogGuess | null {
  const lines = sampleLines(head);
  if (lines.length === 0) return null;
  const first = lines[0].trimStart().charCodeAt(0);
  if (first === 123 /* { */ || first === 91 /* [ */ && !TIMESTAMP_START.test(lines[0])) return null;
  let combined = 0;
  let common = 0;
  let bsd = 0;
  let ietf = 0;
  let logfmt = 0;
  let timestamped = 0;
  const scratch = new RecordBuilder();
  for (const line of lines) {
    const access = parseAccessLine(line, scratch);
    if (access) {
      if (access.combined) combined++;
      else common++;
    } else {
      const s = parseSyslog(line, true);
      if (s?.rfc === 5424) ietf++;
      else if (s) bsd++;
      else if (isLogfmt(parseLogfmt(line))) logfmt++;
    }
    if (TIMESTAMP_START.test(line)) timestamped++;
    scratch.take(0);
  }
  const need = Math.max(1, Math.ceil(lines.length * SHARE));
  const of = `${lines.length} line${lines.length === 1 ? '' : 's'}`;
  if (combined + common >= need) {
    return { kind: 'access-log', reason: `${combined >= common ? 'combined' : 'common'} access log (${combined + common}/${of})` };
  }
  if (bsd + ietf >= need) {
    return { kind: 'syslog', reason: `syslog RFC ${ietf > bsd ? 5424 : 3164} (${bsd + ietf}/${of})` };
  }
  if (logfmt >= need) return { kind: 'logfmt', reason: `logfmt key=value pairs (${logfmt}/${of})` };
  if (timestamped >= need) return { kind: 'text', reason: `timestamped text lines (${timestamped}/${of})` };
  return null;
}
