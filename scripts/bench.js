#!/usr/bin/env node
// npm run bench: generates (not committed) a mixed CSV and the same rows as NDJSON and as a JSON
// array, then prints MB/s (wall and CPU) and peak RSS for `leaksift scan` (--jobs 1 and the
// default) next to bare csv-parse and bare line/record split + JSON.parse on the same files in the
// same run, then the CSV and NDJSON files together on one thread and on all cores. Size: BENCH_MB (default 200); BENCH_RUNS (default 2).
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parse } from 'csv-parse';

const MB = Number(process.env.BENCH_MB ?? 200);
const DIR = new URL('../bench-data/', import.meta.url);
mkdirSync(DIR, { recursive: true });
const csvPath = new URL(`mixed-${MB}mb.csv`, DIR).pathname;
const ndjsonPath = new URL(`mixed-${MB}mb.ndjson`, DIR).pathname;
const jsonPath = new URL(`mixed-${MB}mb.json`, DIR).pathname;

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
  if (!existsSync(csvPath) || !existsSync(ndjsonPath)) await generateRows();
  if (!existsSync(jsonPath)) await writeJsonArray();
}

/** The NDJSON rows as one top-level JSON array, one record per line (as exporters write it). */
async function writeJsonArray() {
  const out = createWriteStream(jsonPath);
  out.write('[\n');
  let first = true;
  let rest = '';
  for await (const chunk of createReadStream(ndjsonPath, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    const body = lines.filter((l) => l !== '').join(',\n');
    if (body === '') continue;
    if (!out.write((first ? '' : ',\n') + body)) await new Promise((r) => out.once('drain', r));
    first = false;
  }
  if (rest !== '') out.write((first ? '' : ',\n') + rest);
  await new Promise((r) => out.end('\n]\n', r));
}

async function generateRows() {
  console.log(`generating ~${MB} MB CSV and NDJSON in bench-data/ …`);
  const csv = createWriteStream(csvPath);
  const nd = createWriteStream(ndjsonPath);
  csv.write(HEADER.join(',') + '\n');
  let bytes = 0;
  for (let i = 0; bytes < MB * 1e6; i++) {
    const r = row(i);
    const line = r.map(csvCell).join(',') + '\n';
    bytes += line.length;
    csv.write(line);
    nd.write(JSON.stringify(Object.fromEntries(HEADER.map((h, k) => [h, r[k]]))) + '\n');
    // One stream may drain while we wait for the other: ask each whether it still needs to.
    if (csv.writableNeedDrain) await new Promise((res) => csv.once('drain', res));
    if (nd.writableNeedDrain) await new Promise((res) => nd.once('drain', res));
  }
  await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => nd.end(r))]);
}

// Bare parsers run in this process; CPU time (user + system) is measured with the wall time
// because the machine may be shared: the CPU ratio is the fair comparison under load.
async function timed(fn) {
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const rows = await fn();
  const c = process.cpuUsage(cpu);
  return { secs: Number(process.hrtime.bigint() - t) / 1e9, cpuSecs: (c.user + c.system) / 1e6, rows };
}

function bareCsv(path) {
  return timed(async () => {
    let rows = 0;
    for await (const _ of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }))) rows++;
    return rows;
  });
}

/** Splits the file at newlines and hands each line's bytes to `parse`, which returns the records it read. */
function bareLines(path, parse) {
  return timed(async () => {
    let rows = 0;
    let rest = Buffer.alloc(0);
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        rows += parse(buf, start, nl);
        start = nl + 1;
      }
      rest = buf.subarray(start);
    }
    return rows;
  });
}

function bareNdjson(path) {
  return bareLines(path, (buf, start, end) => {
    JSON.parse(buf.toString('utf8', start, end));
    return 1;
  });
}

/** A JSON array written one record per line: drop the separating comma, skip the brackets' lines, parse. */
function bareJsonArray(path) {
  return bareLines(path, (buf, start, nl) => {
    const end = buf[nl - 1] === 44 ? nl - 1 : nl;
    if (end - start <= 1) return 0;
    JSON.parse(buf.toString('utf8', start, end));
    return 1;
  });
}

/** `leaksift scan` in a child process (start-up included): wall and CPU seconds (all threads), peak RSS. */
function leaksift(paths, jobs) {
  const args = ['scan', ...paths, '--format', 'json', '--quiet', '--output', '/dev/null', ...(jobs ? ['--jobs', String(jobs)] : [])];
  // The launcher itself (bin/leaksift.js sets V8 flags before loading the CLI), as users run it.
  const script = `const t = process.hrtime.bigint();
process.argv = ['node', 'leaksift', ...${JSON.stringify(args)}];
await import('./bin/leaksift.js');
const code = process.exitCode ?? 0;
const u = process.resourceUsage();
process.stderr.write('\\n' + JSON.stringify({ code, secs: Number(process.hrtime.bigint() - t) / 1e9, cpuSecs: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssKb: u.maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').pop();
  const result = JSON.parse(last);
  // A failed scan is fast: never let it pass for a measurement.
  if (result.code !== 0) throw new Error(`leaksift ${args.join(' ')} exited ${result.code}: ${r.stderr.trim().slice(0, 500)}`);
  return result;
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
/** Best of RUNS (the least disturbed run), by CPU time. */
async function best(fn) {
  let out = null;
  for (let i = 0; i < RUNS; i++) {
    const r = await fn();
    if (out === null || r.cpuSecs < out.cpuSecs) out = { ...r, secs: Math.min(r.secs, out?.secs ?? Infinity) };
    else out.secs = Math.min(out.secs, r.secs);
  }
  return out;
}

await generate();
const cores = availableParallelism();
console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}; best of ${RUNS} runs; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const rows = [];
for (const [name, path, bare] of [['CSV', csvPath, bareCsv], ['NDJSON', ndjsonPath, bareNdjson], ['JSON array', jsonPath, bareJsonArray]]) {
  const size = statSync(path).size / 1e6;
  const b = await best(() => bare(path));
  for (const jobs of [1, null]) {
    const l = await best(async () => leaksift([path], jobs));
    rows.push({
      input: `${name} ${size.toFixed(0)} MB`, jobs: jobs ?? cores, bareMBs: size / b.secs, bareCpuMBs: size / b.cpuSecs,
      scanMBs: size / l.secs, scanCpuMBs: size / l.cpuSecs, ratio: b.secs / l.secs, cpuRatio: b.cpuSecs / l.cpuSecs, rssMB: l.maxRssKb / 1024,
    });
  }
}
const both = [csvPath, ndjsonPath];
const one = await best(async () => leaksift(both, 1));
const many = await best(async () => leaksift(both, null));

const f = (x, w, d = 1) => x.toFixed(d).padStart(w);
console.log('\ninput              jobs   bare MB/s (CPU)    scan MB/s (CPU)    scan/bare wall   scan/bare CPU   peak RSS');
for (const r of rows) {
  console.log(`${r.input.padEnd(18)} ${String(r.jobs).padStart(4)}   ${f(r.bareMBs, 6)} (${f(r.bareCpuMBs, 6)})   ${f(r.scanMBs, 6)} (${f(r.scanCpuMBs, 6)})   ${f(r.ratio, 14, 2)}   ${f(r.cpuRatio, 13, 2)}   ${f(r.rssMB, 5, 0)} MB`);
}
console.log(`\nboth files, --jobs 1 vs --jobs ${cores}: ${f(one.secs, 0)} s vs ${f(many.secs, 0)} s wall (×${(one.secs / many.secs).toFixed(2)}); CPU ${f(one.cpuSecs, 0)} s vs ${f(many.cpuSecs, 0)} s; peak RSS ${f(one.maxRssKb / 1024, 0, 0)} / ${f(many.maxRssKb / 1024, 0, 0)} MB`);
