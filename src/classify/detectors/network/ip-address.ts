import { isIPv6 } from 'node:net';
import { WEAK, matchTag, type Detector } from '../../detector.js';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** RFC 1918 / 6598 private, loopback, link-local, RFC 5737 documentation, reserved, public. */
export function ipv4Class(a: number, b: number, c: number): string {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 0 || a >= 224) return 'reserved';
  return 'public';
}

/** Loopback, RFC 3849 documentation (2001:db8::/32), unique-local (fc00::/7), link-local, public. */
export function ipv6Class(v: string): string {
  const s = v.toLowerCase();
  if (s === '::1') return 'loopback';
  if (s === '::') return 'reserved';
  if (s.startsWith('2001:db8:') || s.startsWith('2001:0db8:') || s === '2001:db8::') return 'documentation';
  if (/^f[cd]/.test(s)) return 'private';
  if (/^fe[89ab]/.test(s)) return 'link-local';
  if (s.startsWith('::ffff:')) {
    const m = IPV4.exec(s.slice(7));
    if (m) return ipv4Class(+m[1], +m[2], +m[3]);
  }
  return 'public';
}

export const ipAddress: Detector = {
  id: 'network.ip_address',
  category: 'network',
  description: 'IPv4 or IPv6 address; classes in tags: public / private (RFC 1918) / loopback / link-local / documentation (RFC 5737, 3849; test values)',
  mask: 'ip',
  names: {
    exact: ['ip', 'ipaddr', 'ipaddress', 'remoteaddr', 'remoteip', 'clientip', 'clientipaddress', 'lastloginip', 'registrationip', 'signupip', 'userip', 'useripaddress', 'srcip', 'dstip', 'sourceip', 'destinationip', 'ipv4', 'ipv6', 'xforwardedfor', 'realip', 'ip地址'],
    tokens: [['ip'], ['ip', 'address'], ['remote', 'addr'], ['remote', 'address'], ['ipv4'], ['ipv6'], ['x', 'forwarded', 'for'], ['forwarded', 'for'], ['client', 'addr'], ['peer', 'addr']],
    negative: [['version'], ['ver'], ['count'], ['country'], ['city'], ['region'], ['hash'], ['hashed'], ['range'], ['mask'], ['netmask'], ['subnet']],
  },
  value: {
    gate: (f) => (f.dots === 3 && f.digits >= 4 && f.length <= 15 && f.letters === 0) || (f.colons >= 2 && f.length <= 45 && f.spaces === 0 && f.dots <= 3 && f.slashes === 0),
    test(v, f) {
      if (f.dots === 3 && f.colons === 0) {
        const m = IPV4.exec(v);
        // Dotted quads out of range (68.1.21.555) are placeholders: only an ip-like name counts them.
        if (!m) return /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v) ? WEAK : null;
        const cls = ipv4Class(+m[1], +m[2], +m[3]);
        return matchTag(cls, cls === 'documentation' ? 'test' : 'match');
      }
      if (!isIPv6(v)) return null;
      const cls = ipv6Class(v);
      return matchTag(cls, cls === 'documentation' ? 'test' : 'match');
    },
  },
  examples: {
    valid: ['8.8.8.8', '10.0.0.12', '68.1.21.555', '2606:4700:4700::1111', '::1', 'fe80::1ff:fe23:4567:890a'],
    invalid: ['1.2.3', '12:30:45', 'v1.2.3.4', '1.2.3.4.5', '3c:22:fb:12:ab:9e'],
    testValues: ['192.0.2.1', '203.0.113.9', '2001:db8::1'],
    validNames: ['ip', 'ip_address', 'last_login_ip', 'remote_addr', 'user_ipaddress', 'ip_signup', 'client_ip_address', 'IP地址'],
    invalidNames: ['zip', 'description', 'ship_date', 'ip_country', 'app_version'],
  },
};
