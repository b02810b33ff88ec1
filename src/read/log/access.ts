// Apache/nginx access logs, common and combined formats:
//   host ident authuser [time] "request" status bytes ["referer" "user-agent"] [anything else]
// Parsed by hand (no backtracking): each field is found by its delimiter in order.
import { numeric, type RecordBuilder } from './record.js';
import { addFormFields } from './url-form.js';

/** A quoted field from `line[p]` (which must be '"'); handles \" escapes. Returns [value, next]. */
function quoted(line: string, p: number): [string, number] | null {
  if (line.charCodeAt(p) !== 34) return null;
  let out = '';
  let from = p + 1;
  for (;;) {
    const q = line.indexOf('"', from);
    if (q < 0) return null;
    let bs = 0;
    for (let k = q - 1; k > p && line.charCodeAt(k) === 92; k--) bs++;
    if (bs % 2 === 0) {
      out += line.slice(from, q);
      return [out.replace(/\\(["\\])/g, '$1'), q + 1];
    }
    out += line.slice(from, q + 1);
    from = q + 1;
  }
}

function token(line: string, p: number): [string, number] | null {
  const sp = line.indexOf(' ', p);
  const end = sp < 0 ? line.length : sp;
  return end > p ? [line.slice(p, end), end] : null;
}

function dash(s: string): string | null {
  return s === '-' ? null : s;
}

const STATUS = /^(?:\d{3}|-)$/;
const BYTES = /^(?:\d+|-)$/;
const METHOD = /^[A-Z][A-Z_-]{1,15}$/;

export interface AccessShape {
  combined: boolean;
}

/** Adds the named fields of an access-log line; false (and nothing added) when it is not one. */
export function parseAccessLine(line: string, rec: RecordBuilder): AccessShape | null {
  const addr = token(line, 0);
  if (!addr || addr[0].charCodeAt(0) === 91 || addr[0].charCodeAt(0) === 34) return null;
  const ident = token(line, addr[1] + 1);
  if (!ident) return null;
  const user = token(line, ident[1] + 1);
  if (!user) return null;
  let p = user[1] + 1;
  if (line.charCodeAt(p) !== 91 /* [ */) return null;
  const close = line.indexOf(']', p);
  if (close < 0) return null;
  const time = line.slice(p + 1, close);
  if (time.indexOf(':') < 0 || time.indexOf('/') < 0) return null;
  p = close + 2;
  const request = quoted(line, p);
  if (!request) return null;
  const status = token(line, request[1] + 1);
  if (!status || !STATUS.test(status[0])) return null;
  const bytes = token(line, status[1] + 1);
  if (!bytes || !BYTES.test(bytes[0])) return null;
  const referer = line.charCodeAt(bytes[1]) === 32 ? quoted(line, bytes[1] + 1) : null;
  const agent = referer && line.charCodeAt(referer[1]) === 32 ? quoted(line, referer[1] + 1) : null;

  rec.add('remote_addr', addr[0]);
  rec.add('remote_user', dash(user[0]));
  rec.add('time_local', time);
  addRequest(request[0], rec);
  rec.add('status', status[0] === '-' ? null : Number(status[0]));
  rec.add('body_bytes_sent', bytes[0] === '-' ? null : numeric(bytes[0]));
  const combined = referer !== null && agent !== null;
  if (combined) {
    rec.add('http_referer', dash(referer[0]));
    rec.add('http_user_agent', dash(agent[0]));
  }
  return { combined };
}

/** `GET /path?a=1 HTTP/1.1` → method, path, query parameters; anything else kept as the path. */
function addRequest(request: string, rec: RecordBuilder): void {
  const sp1 = request.indexOf(' ');
  const method = sp1 > 0 ? request.slice(0, sp1) : '';
  if (!METHOD.test(method)) {
    rec.add('request_method', null);
    rec.add('request_path', dash(request));
    return;
  }
  const sp2 = request.lastIndexOf(' ');
  const target = sp2 > sp1 && request.startsWith('HTTP/', sp2 + 1) ? request.slice(sp1 + 1, sp2) : request.slice(sp1 + 1);
  const qm = target.indexOf('?');
  rec.add('request_method', method);
  rec.add('request_path', qm < 0 ? target : target.slice(0, qm));
  if (qm >= 0) addFormFields(target.slice(qm + 1), 'request_query', rec);
}
