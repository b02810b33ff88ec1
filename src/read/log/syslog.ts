// Syslog headers: RFC 3164 (`<13>May 17 10:05:03 host app[pid]: msg`, PRI optional, also with an
// RFC 3339 timestamp as rsyslog writes it) and RFC 5424 (`<34>1 2003-10-11T22:14:15Z host app
// procid msgid [sd-id k="v"] msg`).

export interface SyslogLine {
  rfc: 3164 | 5424;
  timestamp: string;
  host: string | null;
  app: string | null;
  pid: string | null;
  msgid?: string | null;
  /** RFC 5424 structured data as [`sd-id.param`, value] pairs. */
  data?: [string, string][];
  message: string;
}

const BSD_HEAD = /^(?:<\d{1,3}>)?([A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d) /;
const ISO_HEAD = /^(?:<\d{1,3}>)?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?) /;
const IETF_HEAD = /^<\d{1,3}>\d{1,2} (\S+) (\S+) (\S+) (\S+) (\S+) /;
// `app[pid]: ` or `app: ` — the tag ends at the first ':' and holds no spaces or brackets.
const TAG = /^([^\s[\]:]{1,64})(?:\[([^\]\s]{0,32})\])?: ?/;

function nil(s: string): string | null {
  return s === '-' ? null : s;
}

/**
 * Parses a syslog line. With `strict` (used to decide what a line is) a 3164 line needs an
 * `app:` tag; without it, a line of a known syslog file is read even when the tag is missing.
 */
export function parseSyslog(line: string, strict: boolean): SyslogLine | null {
  const ietf = IETF_HEAD.exec(line);
  if (ietf) return rfc5424(line, ietf);
  const head = BSD_HEAD.exec(line) ?? ISO_HEAD.exec(line);
  if (!head) return null;
  let rest = line.slice(head[0].length);
  let host: string | null = null;
  // A tag has no spaces, so if the first token is `app[pid]:` there is no host field.
  let tag = TAG.exec(rest);
  if (!tag) {
    const sp = rest.indexOf(' ');
    if (sp > 0) {
      host = rest.slice(0, sp);
      rest = rest.slice(sp + 1);
      tag = TAG.exec(rest);
    }
  }
  if (!tag && strict) return null;
  return {
    rfc: 3164,
    timestamp: head[1],
    host,
    app: tag ? tag[1] : null,
    pid: tag ? (tag[2] ?? null) : null,
    message: tag ? rest.slice(tag[0].length) : rest,
  };
}

function rfc5424(line: string, m: RegExpExecArray): SyslogLine {
  let p = m[0].length;
  const data: [string, string][] = [];
  if (line.charCodeAt(p) === 91 /* [ */) p = structuredData(line, p, data);
  else if (line.charCodeAt(p) === 45 /* - */) p++;
  if (line.charCodeAt(p) === 32) p++;
  let message = line.slice(p);
  if (message.charCodeAt(0) === 0xfeff) message = message.slice(1);
  return { rfc: 5424, timestamp: m[1], host: nil(m[2]), app: nil(m[3]), pid: nil(m[4]), msgid: nil(m[5]), data, message };
}

/** `[id k="v" k2="v\"2"][id2 …]` from `p`; returns the position after the last element. */
function structuredData(line: string, p: number, out: [string, string][]): number {
  while (line.charCodeAt(p) === 91) {
    const idEnd = nextOf(line, p + 1, ' ]');
    const id = line.slice(p + 1, idEnd);
    p = idEnd;
    while (line.charCodeAt(p) === 32) {
      const eq = line.indexOf('="', p);
      if (eq < 0) return line.length;
      const name = line.slice(p + 1, eq);
      let value = '';
      let k = eq + 2;
      for (; k < line.length && line.charCodeAt(k) !== 34; k++) {
        if (line.charCodeAt(k) === 92 && k + 1 < line.length) k++;
        value += line[k];
      }
      out.push([`${id}.${name}`, value]);
      p = k + 1;
    }
    if (line.charCodeAt(p) !== 93) return p;
    p++;
  }
  return p;
}

function nextOf(line: string, p: number, chars: string): number {
  for (; p < line.length; p++) if (chars.indexOf(line[p]) >= 0) return p;
  return p;
}
