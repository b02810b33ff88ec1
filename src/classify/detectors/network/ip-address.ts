import { isIPv6 } from 'node:net';
import { matchTag, type Detector } from '../../detector.js';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** RFC 1918 / 6598 / loopback / link-local / RFC 5737 documentation classes for IPv4. */
export function ipv4Class(a: number, b: number, c: number): string {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 0 || a >= 224) return 'reserved';
  return 'public';
}

function ipv6Class(v: string): string {
  const s = v.toLowerCase();
  if (s === '::1') return 'loopback';
  if (s.startsWith('2001:db8:') || s.startsWith('2001:0db8:')) return 'documentation';
  if (/^f[cd]/.test(s)) return 'private';
  if (/^fe[89ab]/.test(s)) return 'link-local';
  return 'public';
}

export const ipAddress: Detector = {
  id: 'network.ip_address',
  category: 'network',
  description: 'IPv4 or IPv6 address, classed public / private / loopback / documentation',
  mask: 'ip',
  names: {
    exact: ['ip', 'ipaddr', 'ipaddress', 'remoteaddr', 'clientip', 'lastloginip', 'registrationip', 'userip', 'srcip', 'dstip', 'ipv4', 'ipv6', 'ip地址'],
    tokens: [['ip'], ['ip', 'address'], ['remote', 'addr'], ['ipv4'], ['ipv6']],
  },
  value: {
    gate: (f) => (f.dots === 3 && f.digits >= 4 && f.length <= 15 && f.letters === 0) || (f.colons >= 2 && f.length <= 45 && f.spaces === 0),
    test(v, f) {
      if (f.dots === 3 && f.colons === 0) {
        const m = IPV4.exec(v);
        if (!m) return null;
        const cls = ipv4Class(+m[1], +m[2], +m[3]);
        return matchTag(cls, cls === 'documentation' ? 'test' : 'match');
      }
      if (!isIPv6(v)) return null;
      const cls = ipv6Class(v);
      return matchTag(cls, cls === 'documentation' ? 'test' : 'match');
    },
  },
  examples: {
    valid: ['8.8.8.8', '10.0.0.12', '192.0.2.1', '2001:db8::1', '2606:4700:4700::1111'],
    invalid: ['256.1.1.1', '1.2.3', '12:30:45', 'v1.2.3.4', '1.2.3.4.5'],
    validNames: ['ip', 'ip_address', 'last_login_ip', 'remote_addr'],
    invalidNames: ['zip', 'description', 'ship_date'],
  },
};
