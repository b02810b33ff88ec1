// Masking for samples: a report never carries a full sensitive value unless --show-values.
// Each style keeps just enough to recognise the kind of value (domain, brand, class).
import type { MaskStyle } from '../classify/detector.js';

const MAX_SHOWN = 80;

function stars(n: number): string {
  return '*'.repeat(Math.max(1, Math.min(n, 8)));
}

function maskWord(w: string): string {
  const chars = [...w];
  if (chars.length <= 1) return '*';
  if (chars.length <= 3) return chars[0] + stars(chars.length - 1);
  return chars[0] + stars(chars.length - 2) + chars[chars.length - 1];
}

function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at < 1) return maskGeneric(v);
  return `${v[0]}***${v.slice(at)}`;
}

function maskCard(v: string): string {
  const d = v.replace(/\D/g, '');
  if (d.length < 12) return maskDigits(v);
  const middle = d.length - 8;
  const groups = ['*'.repeat(middle).match(/.{1,4}/g)!.join(' ')];
  return `${d.slice(0, 4)} ${groups.join(' ')} ${d.slice(-4)}`;
}

/** Keeps separators, the first two and the last two digits. */
function maskDigits(v: string): string {
  const total = (v.match(/\d/g) ?? []).length;
  let seen = 0;
  let out = '';
  for (const ch of v) {
    if (/\d/.test(ch)) {
      seen++;
      out += total >= 8 && (seen <= 2 || seen > total - 2) ? ch : '*';
    } else if (/\p{L}/u.test(ch)) out += '*';
    else out += ch;
  }
  return out;
}

function maskPhone(v: string): string {
  const total = (v.match(/\d/g) ?? []).length;
  let seen = 0;
  let out = '';
  const keepLead = v.trim().startsWith('+') ? 2 : 0;
  for (const ch of v) {
    if (/\d/.test(ch)) {
      seen++;
      out += seen <= keepLead || seen > total - 2 ? ch : '*';
    } else if (/\p{L}/u.test(ch)) out += '*';
    else out += ch;
  }
  return out;
}

function maskIp(v: string): string {
  if (v.includes(':')) {
    const parts = v.split(':');
    return `${parts.slice(0, 2).join(':')}:*`;
  }
  const o = v.split('.');
  return o.length === 4 ? `${o[0]}.${o[1]}.*.*` : maskGeneric(v);
}

function maskSecret(v: string): string {
  // The scheme prefix ($2b$, $argon2id$, pbkdf2_sha256$) says what it is; nothing more is shown.
  const scheme = /^(\$[a-z0-9]+\$|[a-z0-9_]+\$)/i.exec(v)?.[1] ?? v.slice(0, 3);
  return `${scheme}…[${v.length} chars]`;
}

function maskGeneric(v: string): string {
  return v
    .split(/(\s+)/)
    .map((w) => (/^\s+$/.test(w) ? w : maskWord(w)))
    .join('')
    .slice(0, MAX_SHOWN);
}

export function maskValue(v: string, style: MaskStyle): string {
  switch (style) {
    case 'email': return maskEmail(v);
    case 'card': return maskCard(v);
    case 'digits': return maskDigits(v);
    case 'phone': return maskPhone(v);
    case 'ip': return maskIp(v);
    case 'secret': return maskSecret(v);
    case 'none': return v.length > MAX_SHOWN ? v.slice(0, MAX_SHOWN) + '…' : v;
    default: return maskGeneric(v);
  }
}
