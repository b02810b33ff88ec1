// One log line → fields, by kind. Each parser either fills the record completely or adds nothing.
import { parseAccessLine } from './access.js';
import { addAuthFields } from './auth.js';
import { isLogfmt, parseLogfmt } from './logfmt.js';
import { numeric, type RecordBuilder } from './record.js';
import { parseSyslog } from './syslog.js';
import { addTextTokens } from './text-tokens.js';
import { addFormFields, isForm } from './url-form.js';

export type LogKind = 'access-log' | 'syslog' | 'logfmt' | 'text';

/** Structured kinds in the order a line is tried against them. */
export const STRUCTURED_KINDS: readonly LogKind[] = ['access-log', 'syslog', 'logfmt'];

/**
 * Reads `line` as `kind` into `rec`; false when it is not of that kind. `strict` asks syslog for
 * an `app:` tag (deciding what an unknown line is); a line of a known syslog file may lack it.
 */
export function readLineAs(kind: LogKind, line: string, rec: RecordBuilder, strict: boolean): boolean {
  switch (kind) {
    case 'access-log':
      return parseAccessLine(line, rec) !== null;
    case 'syslog':
      return syslogFields(line, rec, strict);
    case 'logfmt':
      return logfmtFields(line, rec);
    case 'text':
      addTextTokens(line, rec);
      return true;
  }
}

function syslogFields(line: string, rec: RecordBuilder, strict: boolean): boolean {
  const s = parseSyslog(line, strict);
  if (!s) return false;
  rec.add('timestamp', s.timestamp);
  rec.add('host', s.host);
  rec.add('app', s.app);
  rec.add('pid', s.pid === null ? null : numeric(s.pid));
  if (s.rfc === 5424) {
    rec.add('msgid', s.msgid ?? null);
    for (const [name, value] of s.data ?? []) rec.add(`sd.${name}`, value);
  }
  rec.add('message', s.message);
  addAuthFields(s.app, s.message, rec);
  addTextTokens(s.message, rec);
  return true;
}

function logfmtFields(line: string, rec: RecordBuilder): boolean {
  const parsed = parseLogfmt(line);
  if (!isLogfmt(parsed)) return false;
  for (const { key, value, quoted } of parsed.pairs) {
    // `body=a=1&b=2` → body.a, body.b
    if (isForm(value)) {
      addFormFields(value, key, rec);
      continue;
    }
    rec.add(key, quoted ? value : numeric(value));
    const qm = value.indexOf('?');
    if (qm > 0 && value.indexOf(' ') < 0 && isForm(value.slice(qm + 1))) addFormFields(value.slice(qm + 1), key, rec);
    else if (value.indexOf(' ') >= 0) addTextTokens(value, rec);
  }
  if (parsed.rest.length > 0) addTextTokens(parsed.rest, rec);
  return true;
}
