#!/usr/bin/env node
// npm run bench: generates (not committed) a mixed CSV and the same rows as NDJSON, then prints
// MB/s and peak RSS for `leaksift scan` next to bare csv-parse and bare line-split + JSON.parse
// on the same files in the same run. Size: BENCH_MB (default 200).
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse';

const MB = Number(process.env.BENCH_MB ?? 200);
const DIR = new URL('../bench-data/', import.meta.url);
mkdirSync(DIR, { recursive: true });
const csvPath = new URL(`mixed-${MB}mb.csv`, DIR).pathname;
const ndjsonPath = new URL(`mixed-${MB}mb.ndjson`, DIR).pathname;

let seed = 12345;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const int = (n) => Math.floor(rnd() * n);
const pick = (a) => a[int(a.length)];
const digits = (n) => Array.from({ length: n }, () => int(10)).join('');
function luhnCard() {
  const body = '4' + digits(14);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = +body[14 - i];
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  const full = body + ((10 - (sum % 10)) % 10);
  return full.replace(/(\d{4})(?=\d)/g, '$1 ');
}
const FIRST = ['Anna', 'Wei', 'José', 'Fatima', 'Ólafur', 'Chen', 'Priya', 'Mohammed', '张伟', 'Łukasz'];
const LAST = ['Smith', 'Müller', 'Wang', 'García', 'Nakamura', 'O\'Brien', 'Kowalski', '李'];
const HEADER = ['id', 'username', 'full_name', 'email', 'phone', 'card_number', 'iban', 'ip', 'ipv6', 'landing_url',
  'created_at', 'last_login', 'follower_count', 'amount', 'currency', 'country', 'user_agent', 'password_hash', 'note', 'status'];
function row(i) {
  const f = pick(FIRST), l = pick(LAST);
  return [
    i, `${f.toLowerCase()}_${int(9999)}`, `${f} ${l}`, `${f.toLowerCase()}.${int(99999)}@${pick(['gmail.com', 'yahoo.com', 'qq.com', 'example.org'])}`,
    pick([`+1 (415) ${digits(3)}-${digits(4)}`, `+44 20 ${digits(4)} ${digits(4)}`, `138${digits(8)}`, `+49 30 ${digits(8)}`, `(212) 555-${digits(4)}`, `+86 139 ${digits(4)} ${digits(4)}`]),
    luhnCard(), `DE89370400440532013${digits(3)}`, `${int(223) + 1}.${int(256)}.${int(256)}.${int(256)}`, `2001:db8:${int(65535).toString(16)}::${int(65535).toString(16)}`,
    `https://shop.example.com/p/${int(99999)}?utm_source=${pick(['tiktok', 'google', 'newsletter'])}&utm_campaign=c${int(50)}`,
    new Date(1.6e12 + int(1e11)).toISOString(), String(1.6e9 + int(1e8)), String(Math.floor(Math.exp(rnd() * 14))), (rnd() * 500).toFixed(2),
    pick(['USD', 'EUR', 'CNY']), pick(['US', 'DE', 'CN', 'BR']), 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    `$2b$10$${Array.from({ length: 53 }, () => pick('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')).join('')}`,
    pick(['plain note', 'said "hello", then left', 'multi\nline note', 'ok']), pick(['active', 'banned', 'pending']),
  ];
}
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

async function generate() {
  if (existsSync(csvPath) && existsSync(ndjsonPath)) return;
  console.log(`generating ~${MB} MB CSV and NDJSON in bench-data/ …`);
  const csv = createWriteStream(csvPath);
  const nd = createWriteStream(ndjsonPath);
  csv.write(HEADER.join(',') + '\n');
  let bytes = 0;
  for (let i = 0; bytes < MB * 1e6; i++) {
    const r = row(i);
    const line = r.map(csvCell).join(',') + '\n';
    bytes += line.length;
    const okA = csv.write(line);
    const okB = nd.write(JSON.stringify(Object.fromEntries(HEADER.map((h, k) => [h, r[k]]))) + '\n');
    if (!okA) await new Promise((res) => csv.once('drain', res));
    if (!okB) await new Promise((res) => nd.once('drain', res));
  }
  await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => nd.end(r))]);
}

async function bareCsv(path) {
  const t = process.hrtime.bigint();
  let rows = 0;
  for await (const _ of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }))) rows++;
  return { secs: Number(process.hrtime.bigint() - t) / 1e9, rows };
}

async function bareNdjson(path) {
  const t = process.hrtime.bigint();
  let rows = 0;
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      JSON.parse(buf.toString('utf8', start, nl));
      rows++;
      start = nl + 1;
    }
    rest = buf.subarray(start);
  }
  return { secs: Number(process.hrtime.bigint() - t) / 1e9, rows };
}

function leaksift(path) {
  const script = `import { main } from './dist/cli/main.js';
const t = process.hrtime.bigint();
const code = await main(['node', 'leaksift', 'scan', ${JSON.stringify(path)}, '--format', 'json', '--quiet', '--output', '/dev/null']);
process.stderr.write(JSON.stringify({ code, secs: Number(process.hrtime.bigint() - t) / 1e9, maxRssKb: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').pop();
  return JSON.parse(last);
}

await generate();
const rows = [];
for (const [name, path, bare] of [['CSV', csvPath, bareCsv], ['NDJSON', ndjsonPath, bareNdjson]]) {
  const size = statSync(path).size / 1e6;
  const b = await bare(path);
  const l = leaksift(path);
  rows.push({ input: `${name} ${size.toFixed(0)} MB`, bareMBs: size / b.secs, scanMBs: size / l.secs, ratio: b.secs / l.secs, rssMB: l.maxRssKb / 1024, code: l.code });
}
console.log('\ninput            bare parse MB/s   leaksift scan MB/s   scan/bare   scan peak RSS');
for (const r of rows) {
  console.log(`${r.input.padEnd(16)} ${r.bareMBs.toFixed(1).padStart(15)}   ${r.scanMBs.toFixed(1).padStart(18)}   ${r.ratio.toFixed(2).padStart(9)}   ${r.rssMB.toFixed(0).padStart(9)} MB`);
}
