// A fixture set full of known sensitive values, written to a directory at test time: cards,
// emails, phones, SSNs, IBANs, password hashes, IPs and tokens, in every input format, plus
// malformed files whose broken rows hold such values. Every value is synthetic or a published
// documentation example (IBAN examples, TEST-NET IPs, voided SSNs); token-shaped values are
// assembled here instead of being written out, so no secret-scanner trips over the source.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Luhn check digit appended to `body`. */
function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i];
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Deterministic filler from a seed (not random: the fixture must be the same on every run). */
function chars(seed: number, n: number, alphabet = ALNUM): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

export const SENSITIVE = {
  cards: [luhn('453914880343646'), luhn('542523343010990'), luhn('37424545540012'), luhn('601100099990001')],
  emails: ['maria.gonzalez.1987@gmail.com', 'j.okafor@outlook.com', 'wei.zhang@qq.com', 'h.schmidt@web.de'],
  phones: ['+1 646-555-0198', '+44 20 7946 0958', '+49 30 12345678', '+86 138 0013 8000'],
  ssns: ['078-05-1120', '219-09-9999', '123-45-6789'],
  ibans: ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606'],
  hashes: [
    `$2b$12$${chars(11, 53, './' + ALNUM)}`,
    `$argon2id$v=19$m=65536,t=3,p=4$${chars(12, 22)}$${chars(13, 43)}`,
    chars(14, 32, '0123456789abcdef'),
  ],
  ips: ['203.0.113.45', '198.51.100.77', '2001:db8:85a3::8a2e:370:7334'],
  // Identifiers no detector knows (a bank's internal account numbers): the numeric range must not print them.
  accounts: ['48201937', '73920184', '50938271', '61827364'],
  tokens: [
    `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"1234567890","name":"Maria Gonzalez"}')}.${chars(15, 43)}`,
    ['sk', 'live', chars(16, 24)].join('_'),
    ['ghp', chars(17, 36)].join('_'),
    chars(18, 40, '0123456789abcdef'),
  ],
};

/** Every value, for "appears nowhere" assertions. */
export const ALL_VALUES: string[] = Object.values(SENSITIVE).flat();

/**
 * The forms a value could leak in besides verbatim: digits only (cards, SSNs, phones written
 * without separators) — anything of 8+ digits that is not a prefix shared with masks.
 */
export function leakForms(v: string): string[] {
  const forms = new Set([v]);
  const digits = v.replace(/\D/g, '');
  if (digits.length >= 9 && /^[\d\s()+-]+$/.test(v)) forms.add(digits);
  return [...forms];
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes the fixture set into `dir` (created) and returns it. */
export function writeSensitiveFixtures(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const s = SENSITIVE;
  const rows = s.cards.map((card, i) => ({
    id: i + 1,
    email: s.emails[i % s.emails.length],
    phone: s.phones[i % s.phones.length],
    ssn: s.ssns[i % s.ssns.length],
    card_number: card,
    iban: s.ibans[i % s.ibans.length],
    password_hash: s.hashes[i % s.hashes.length],
    last_login_ip: s.ips[i % s.ips.length],
    api_token: s.tokens[i % s.tokens.length],
    ref: s.accounts[i % s.accounts.length],
  }));
  const header = Object.keys(rows[0]);
  const csv = [header.join(','), ...rows.map((r) => header.map((h) => csvCell(String(r[h as keyof typeof r]))).join(','))].join('\n') + '\n';
  writeFileSync(path.join(dir, 'customers.csv'), csv);
  writeFileSync(path.join(dir, 'customers.json'), JSON.stringify({ data: { items: rows } }, null, 2));
  writeFileSync(path.join(dir, 'events.ndjson'), rows.map((r) => JSON.stringify({ event: 'login', user: r })).join('\n') + '\n');
  writeFileSync(path.join(dir, 'customers.csv.gz'), gzipSync(csv));
  const sqlRows = rows.map((r) => `(${r.id},'${r.email}','${r.card_number}','${r.ssn}','${r.iban}','${r.password_hash}')`).join(',');
  writeFileSync(path.join(dir, 'dump.sql'), [
    'CREATE TABLE `users` (`id` int, `email` varchar(255), `card_number` varchar(19), `ssn` varchar(11), `iban` varchar(34), `password_hash` varchar(255));',
    `INSERT INTO \`users\` VALUES ${sqlRows};`,
    '',
  ].join('\n'));
  writeFileSync(path.join(dir, 'app.log'), rows.map((r, i) =>
    `2024-05-0${i + 1}T10:00:00Z level=info msg="login ok" email=${r.email} ip=${r.last_login_ip} token=${r.api_token} card=${r.card_number}`).join('\n') + '\n');
  // Broken inputs whose faults sit on sensitive values: messages must not quote them.
  writeFileSync(path.join(dir, 'broken-quotes.csv'), `id,card_number,email\n1,${s.cards[0]}"x,${s.emails[0]}\n2,${s.cards[1]},"${s.emails[1]}\n`);
  writeFileSync(path.join(dir, 'broken.ndjson'), `{"email":"${s.emails[2]}"}\n{"email":"${s.emails[3]}", card: ${s.cards[2]}}\n{"ssn":"${s.ssns[0]}"\n`);
  writeFileSync(path.join(dir, 'broken.json'), `[{"card":"${s.cards[3]}"},{"email":"${s.emails[0]}" "ssn":"${s.ssns[1]}"}]`);
  writeFileSync(path.join(dir, 'broken.sql'), `INSERT INTO t VALUES (1,'${s.emails[1]}'),(2,'${s.tokens[1]});\n`);
  return dir;
}
