import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/read/log/reader.js';
import { sniffLog } from '../../src/read/log/sniff.js';
import type { Scalar } from '../../src/read/types.js';
import { chunked, fixture } from '../helpers/read-all.js';

const log = (name: string): Buffer => fixture(`read/log/${name}`);
const CORPUS = new URL('../../../shared/corpus/real/', import.meta.url);

function corpus(path: string): Buffer | null {
  const url = new URL(path, CORPUS);
  return existsSync(url) ? readFileSync(url) : null;
}

interface LogResult {
  /** Field/value pairs in order: a field may repeat within a line. */
  records: [string, Scalar][][];
  lines: (number | undefined)[];
  warnings: { message: string; line?: number }[];
}

async function readLines(input: Buffer | string, sizes?: number[]): Promise<LogResult> {
  const buf = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const out: LogResult = { records: [], lines: [], warnings: [] };
  for await (const r of readLog(chunked(buf, sizes), {
    path: 'test',
    warn: (message, line) => out.warnings.push({ message, line }),
    setFact: () => undefined,
  })) {
    out.records.push(r.fields.map((f, i) => [f, r.values[i]]));
    out.lines.push(r.line);
  }
  return out;
}

const obj = (pairs: [string, Scalar][]) => Object.fromEntries(pairs);
const fieldsOf = (r: LogResult) => [...new Set(r.records.flatMap((rec) => rec.map(([f]) => f)))];
const valuesOf = (pairs: [string, Scalar][], field: string) => pairs.filter(([f]) => f === field).map(([, v]) => v);

function randomSizes(seed: number, count: number, max: number): number[] {
  let s = seed;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out.push(1 + (s % max));
  }
  return out;
}

describe('readLog: access logs', () => {
  it('combined format: named fields, numbers, "-" as null, query parameters, escaped quotes', async () => {
    const r = await readLines(log('access_combined.log'));
    expect(r.records).toHaveLength(7);
    expect(obj(r.records[0])).toEqual({
      remote_addr: '203.0.113.7',
      remote_user: null,
      time_local: '17/May/2024:10:05:03 +0000',
      request_method: 'GET',
      request_path: '/search',
      'request_query.q': 'red shoes',
      'request_query.utm_source': 'newsletter',
      'request_query.utm_medium': 'email',
      'request_query.email': 'ana@example.org',
      status: 200,
      body_bytes_sent: 5120,
      http_referer: 'https://shop.example/?ref=home',
      http_user_agent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    });
    expect(obj(r.records[1])).toMatchObject({ remote_user: 'alice', request_method: 'POST', status: 302, body_bytes_sent: null, http_referer: null });
    expect(obj(r.records[2])).toMatchObject({ remote_addr: '2001:db8::1', http_user_agent: 'Agent with "quotes" inside' });
    // A TLS handshake sent to a plain-HTTP port: no method, the raw request kept as the path.
    expect(obj(r.records[3])).toMatchObject({ request_method: null, request_path: '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03', status: 400 });
    expect(obj(r.records[4])).toMatchObject({ request_method: null, request_path: null, status: 408 });
    expect(r.records[5]).toEqual([['text.ipv4', '10.9.8.7']]);
    expect(r.warnings).toEqual([{ message: "line does not match the file's access-log format; read as text", line: 6 }]);
    expect(r.lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('common format has no referer/user-agent fields', async () => {
    const r = await readLines(log('access_common.log'));
    expect(r.records.map(obj)).toEqual([
      { remote_addr: '127.0.0.1', remote_user: 'frank', time_local: '10/Oct/2000:13:55:36 -0700', request_method: 'GET', request_path: '/apache_pb.gif', status: 200, body_bytes_sent: 2326 },
      { remote_addr: '10.1.2.3', remote_user: null, time_local: '10/Oct/2000:13:55:37 -0700', request_method: 'GET', request_path: '/index.html', 'request_query.lang': 'en', status: 304, body_bytes_sent: null },
    ]);
  });
});

describe('readLog: syslog and auth shapes', () => {
  it('RFC 3164 header fields plus sshd / sudo / pam fields and message tokens', async () => {
    const r = await readLines(log('auth.log'));
    expect(r.warnings).toEqual([]);
    expect(obj(r.records[0])).toEqual({
      timestamp: 'May 17 10:05:01',
      host: 'web-01',
      app: 'sshd',
      pid: 2201,
      message: 'Accepted publickey for deploy from 198.51.100.23 port 50122 ssh2: ED25519 SHA256:3fQm9yT6n0pLkVb2WcXe8RzA1sD4fG7hJ5kL9mN2bV0',
      'ssh.event': 'accepted',
      'ssh.method': 'publickey',
      'ssh.user': 'deploy',
      'ssh.source_ip': '198.51.100.23',
      'ssh.source_port': 50122,
      'ssh.key_type': 'ED25519',
      'ssh.key_fingerprint': 'SHA256:3fQm9yT6n0pLkVb2WcXe8RzA1sD4fG7hJ5kL9mN2bV0',
      'text.ipv4': '198.51.100.23',
      'text.token': '3fQm9yT6n0pLkVb2WcXe8RzA1sD4fG7hJ5kL9mN2bV0',
    });
    expect(obj(r.records[1])).toMatchObject({ 'ssh.event': 'failed', 'ssh.user': 'oracle', 'ssh.source_port': 41022 });
    expect(obj(r.records[2])).toMatchObject({ 'ssh.event': 'invalid_user', 'ssh.user': 'oracle', 'ssh.source_ip': '203.0.113.99' });
    expect(obj(r.records[4])).toMatchObject({ 'ssh.event': 'disconnected', 'ssh.user': 'root' });
    expect(obj(r.records[5])).toMatchObject({
      app: 'sudo',
      pid: null,
      'sudo.user': 'deploy',
      'sudo.tty': 'pts/1',
      'sudo.pwd': '/srv/app',
      'sudo.run_as': 'root',
      'sudo.command': '/usr/bin/systemctl restart app ; echo done',
    });
    expect(obj(r.records[6])).toMatchObject({ 'pam.user': 'root' });
    expect(obj(r.records[7])).toMatchObject({ 'pam.rhost': '203.0.113.99', 'pam.user': 'root' });
    expect(valuesOf(r.records[9], 'text.ipv4')).toEqual(['192.0.2.200', '10.0.0.5']);
    expect(obj(r.records[10])).toMatchObject({ app: 'app', pid: 77, 'text.email': 'bob@example.org', 'text.ipv4': '192.0.2.10' });
    // In a syslog file, a line without a tag is still read with its header.
    expect(obj(r.records[11])).toEqual({ timestamp: 'May 17 10:05:11', host: 'web-01', app: null, pid: null, message: 'this line has a host but no tag' });
  });

  it('RFC 5424 with structured data and a BOM before the message', async () => {
    const r = await readLines(log('rfc5424.log'));
    expect(obj(r.records[0])).toEqual({
      timestamp: '2024-05-17T10:05:03.003Z',
      host: 'mymachine.example.com',
      app: 'evntslog',
      pid: 4242,
      msgid: 'ID47',
      'sd.exampleSDID@32473.iut': '3',
      'sd.exampleSDID@32473.eventSource': 'Application',
      'sd.exampleSDID@32473.eventID': '1011',
      'sd.meta.ip': '192.0.2.1',
      message: 'An application event log entry for ana@example.org',
      'text.email': 'ana@example.org',
    });
    expect(obj(r.records[1])).toMatchObject({ app: 'su', pid: null, msgid: 'ID48', message: "'su root' failed for lonvick on /dev/pts/8" });
  });
});

describe('readLog: logfmt', () => {
  it('reads pairs, quoted values, numbers, URL-encoded bodies and query strings', async () => {
    const r = await readLines(log('app.logfmt.log'));
    expect(r.warnings).toEqual([]);
    expect(r.records.map(obj)).toEqual([
      { ts: '2024-05-17T10:05:03Z', level: 'info', msg: 'user signed in', user_id: 4821, email: 'ana@example.org', ip: '203.0.113.7', duration_ms: 12.5 },
      { ts: '2024-05-17T10:05:04Z', level: 'warn', msg: 'payment declined for card 4111 1111 1111 1111', 'text.card_like': '4111 1111 1111 1111', amount: 19.99, currency: 'USD', zip: '02134' },
      { ts: '2024-05-17T10:05:05Z', level: 'info', method: 'POST', path: '/signup', 'body.name': "Ana O'Neil", 'body.email': 'ana@example.org', 'body.plan': 'pro' },
      {
        ts: '2024-05-17T10:05:06Z',
        level: 'info',
        url: 'https://shop.example/cart?utm_source=google&utm_campaign=spring',
        'url.utm_source': 'google',
        'url.utm_campaign': 'spring',
        session: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlX2hlcmU',
      },
      { worker: 3, job: 'reindex', status: 'done' },
    ]);
  });
});

describe('readLog: free text tokens', () => {
  it('extracts emails, IPs, URLs, UUIDs, card shapes and tokens; not paths, versions or timestamps', async () => {
    const r = await readLines(log('app.text.log'));
    expect(r.records).toEqual([
      [['text.ipv4', '0.0.0.0']],
      [['text.email', 'ana@example.org'], ['text.ipv4', '203.0.113.7'], ['text.url', 'https://shop.example/login?next=%2Faccount']],
      [['text.token', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'], ['text.uuid', '6f1c2f4e-8a51-4c3b-9d3e-1b2c3d4e5f60'], ['text.card_like', '4111-1111-1111-1111']],
      [['text.ipv6', 'fe80::1ff:fe23:4567:890a']],
      [['text.token', '9e107d9d372bb6826bd81d3542a419d6']],
    ]);
  });

  it('a line without tokens is still a record; blank lines are not', async () => {
    const r = await readLines('nothing to see here\n\n   \nmail me: a.b+tag@mail.example.com, or not\n');
    expect(r.records).toEqual([[], [['text.email', 'a.b+tag@mail.example.com']]]);
    expect(r.lines).toEqual([1, 4]);
  });

  it('repeats a field once per token, capped per kind', async () => {
    const ips = Array.from({ length: 30 }, (_, i) => `10.0.0.${i}`).join(' ');
    const r = await readLines(`${ips}\n`);
    expect(valuesOf(r.records[0], 'text.ipv4')).toHaveLength(16);
  });
});

describe('readLog: main kind', () => {
  it('a free-text log with occasional key=value lines has no main kind and gives no warnings', async () => {
    const lines = ['starting up', 'user=ana action=login', 'all good here', 'still fine', 'shutting down'];
    const r = await readLines(`${lines.join('\n')}\n`);
    expect(r.warnings).toEqual([]);
    expect(r.records[1]).toEqual([['user', 'ana'], ['action', 'login']]);
  });

  it('the main kind comes from most of the first lines, not just the first one', async () => {
    const access = '10.0.0.1 - - [17/May/2024:10:05:03 +0000] "GET / HTTP/1.1" 200 5 "-" "x"';
    const r = await readLines(`a=1 b=2\n${access}\n${access}\n${access}\nplain words\n`);
    expect(r.records[0]).toEqual([['a', 1], ['b', 2]]);
    expect(r.warnings).toEqual([
      { message: "line does not match the file's access-log format; read as logfmt", line: 1 },
      { message: "line does not match the file's access-log format; read as text", line: 5 },
    ]);
  });
});

describe('readLog: robustness', () => {
  it('caps long lines with a warning and keeps reading', async () => {
    const long = `start a@b.org ${'x'.repeat(100_000)} end c@d.org`;
    const r = await readLines(`${long}\nnext e@f.org\n`);
    expect(r.records).toEqual([[['text.email', 'a@b.org']], [['text.email', 'e@f.org']]]);
    expect(r.warnings).toEqual([{ message: 'line longer than 64 KiB: only its start was read', line: 1 }]);
  });

  it('handles CRLF, a missing final newline and binary garbage', async () => {
    const r = await readLines(Buffer.concat([Buffer.from('a@b.org\r\n\x00\x01\xff\xfe garbage\r\nlast 10.0.0.1', 'latin1')]));
    expect(r.records).toEqual([[['text.email', 'a@b.org']], [], [['text.ipv4', '10.0.0.1']]]);
  });

  it('stays linear on pathological lines (no catastrophic backtracking)', async () => {
    const lines = [
      'a'.repeat(60_000),
      `${'a.'.repeat(30_000)}@`,
      `${'1 '.repeat(30_000)}`,
      `k=${'='.repeat(60_000)}`,
      `<1>1 ${'x '.repeat(30_000)}`,
      `May 17 10:05:03 ${'h'.repeat(60_000)}`,
      `1.2.3.4 - - [${'/:'.repeat(30_000)}`,
    ];
    const r = await readLines(`${lines.join('\n')}\n`);
    expect(r.records).toHaveLength(lines.length);
  });

  for (const name of ['access_combined.log', 'auth.log', 'rfc5424.log', 'app.logfmt.log', 'app.text.log']) {
    it(`${name}: 1-byte and random chunks give the same records`, async () => {
      const bytes = log(name);
      const whole = await readLines(bytes);
      expect(await readLines(bytes, [1])).toEqual(whole);
      expect(await readLines(bytes, randomSizes(5, 300, 29))).toEqual(whole);
    });
  }

  it('reads any bytes without failing', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const r = await readLines(bytes);
    expect(r.records.length).toBeGreaterThan(0);
  });
});

describe('readLog: real corpus', () => {
  const apache = corpus('apache_access_log/apache_logs.first1000.log');
  const auth = corpus('ssh_auth_log/auth.first1500.log');

  it.skipIf(!apache)('Apache combined log: every line gives the named access-log fields', async () => {
    const r = await readLines(apache!);
    expect(r.records).toHaveLength(1000);
    expect(r.warnings).toEqual([]);
    const named = ['remote_addr', 'remote_user', 'time_local', 'request_method', 'request_path', 'status', 'body_bytes_sent', 'http_referer', 'http_user_agent'];
    for (const rec of r.records) expect(rec.map(([f]) => f)).toEqual(expect.arrayContaining(named));
    expect(fieldsOf(r)).toEqual(expect.arrayContaining(['request_query.utm_source', 'request_query.utm_medium', 'request_query.utm_campaign']));
    expect(obj(r.records[0])).toMatchObject({ remote_addr: '83.149.9.216', status: 200, body_bytes_sent: 203023 });
  });

  it.skipIf(!apache || !auth)('both corpus logs are sniffed by content', () => {
    expect(sniffLog(apache!.subarray(0, 65536).toString('utf8'))).toEqual({ kind: 'access-log', reason: 'combined access log (50/50 lines)' });
    expect(sniffLog(auth!.subarray(0, 65536).toString('utf8'))).toEqual({ kind: 'syslog', reason: 'syslog RFC 3164 (50/50 lines)' });
  });

  it.skipIf(!auth)('SSH auth.log: syslog fields plus ssh/sudo/pam fields', async () => {
    const r = await readLines(auth!);
    expect(r.records).toHaveLength(1500);
    expect(r.warnings).toEqual([]);
    expect(fieldsOf(r)).toEqual(
      expect.arrayContaining([
        'timestamp', 'host', 'app', 'pid', 'message',
        'ssh.event', 'ssh.user', 'ssh.source_ip', 'ssh.source_port', 'ssh.key_type', 'ssh.key_fingerprint',
        'sudo.user', 'sudo.command', 'pam.user', 'text.ipv4',
      ]),
    );
    const accepted = r.records.map(obj).find((x) => x['ssh.event'] === 'accepted')!;
    expect(accepted).toMatchObject({ host: 'ip-10-77-20-248', app: 'sshd', 'ssh.user': 'ubuntu', 'ssh.source_ip': '85.245.107.41', 'ssh.source_port': 54259, 'ssh.key_type': 'RSA' });
    expect(accepted['ssh.key_fingerprint']).toMatch(/^SHA256:/);
  });
});

describe('sniffLog', () => {
  it('recognises each log kind with a reason', () => {
    const head = (name: string) => log(name).toString('utf8');
    expect(sniffLog(head('access_combined.log'))).toEqual({ kind: 'access-log', reason: 'combined access log (6/7 lines)' });
    expect(sniffLog(head('access_common.log'))).toEqual({ kind: 'access-log', reason: 'common access log (2/2 lines)' });
    expect(sniffLog(head('auth.log'))).toEqual({ kind: 'syslog', reason: 'syslog RFC 3164 (11/12 lines)' });
    expect(sniffLog(head('rfc5424.log'))).toEqual({ kind: 'syslog', reason: 'syslog RFC 5424 (2/2 lines)' });
    expect(sniffLog(head('app.logfmt.log'))).toEqual({ kind: 'logfmt', reason: 'logfmt key=value pairs (5/5 lines)' });
    expect(sniffLog(head('app.text.log'))).toEqual({ kind: 'text', reason: 'timestamped text lines (5/5 lines)' });
  });

  it('calls other timestamped logs text logs', () => {
    const nginxError = '2024/05/17 10:05:03 [error] 1234#0: *1 open() "/srv/x" failed, client: 192.0.2.1, server: x\n';
    const apacheError = '[Fri May 17 10:05:03.123456 2024] [core:error] [pid 42] [client 192.0.2.1:5050] AH00126: bad URI\n';
    expect(sniffLog(nginxError.repeat(3))?.kind).toBe('text');
    expect(sniffLog(apacheError.repeat(3))?.kind).toBe('text');
  });

  it('returns null for JSON lines, CSV and prose', () => {
    expect(sniffLog('{"a":1}\n{"a":2}\n')).toBeNull();
    expect(sniffLog('id,email,name\n1,a@b.org,Ana\n2,c@d.org,Bo\n')).toBeNull();
    expect(sniffLog('Dear team,\nplease find the report attached.\nThanks\n')).toBeNull();
    expect(sniffLog('')).toBeNull();
  });
});
