#!/usr/bin/env node
// Regenerates fixtures/read/archive/ deterministically: zips, tars and tar.gz bundles (nested,
// truncated, encrypted, with hostile names) and a two-sheet .xlsx. Every value is synthetic.
// Run: npm run fixtures:archive
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import tarStream from 'tar-stream';
import yauzl from 'yauzl';
import { zipBytes } from './zip-writer.js';

const OUT = new URL('../fixtures/read/archive/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const write = (name, bytes) => writeFileSync(new URL(name, OUT), bytes);

const USERS_CSV = [
  'id,email,phone,signup_ip',
  '1,marta.kowalska@gmail.com,+48 512 345 678,83.24.117.9',
  '2,j.huang88@outlook.com,+1 415 555 0142,73.162.20.11',
  '3,oskar.lind@yahoo.se,+46 70 123 45 67,90.229.4.201',
  '4,priya.n@rediffmail.com,+91 98450 12345,49.207.61.3',
  '',
].join('\n');
const EVENTS_JSON = JSON.stringify([
  { event: 'login', user: { email: 'marta.kowalska@gmail.com' }, ip: '83.24.117.9' },
  { event: 'logout', user: { email: 'j.huang88@outlook.com' }, ip: '73.162.20.11' },
], null, 2) + '\n';
const DEEP_CSV = 'username,password_hash\nmkowalska,$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\n';

/** A tar with fixed metadata; entries: { name, data } or { name, type: 'symlink', linkname } or { name, type: 'directory' }. */
async function tarBytes(entries) {
  const pack = tarStream.pack();
  const chunks = [];
  pack.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => pack.on('end', resolve));
  for (const e of entries) {
    const header = { name: e.name, mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644, type: e.type ?? 'file', linkname: e.linkname };
    await new Promise((resolve, reject) => pack.entry(header, e.data ?? undefined, (err) => (err ? reject(err) : resolve())));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

// A plain bundle: CSV and JSON members, a directory entry.
write('bundle.zip', zipBytes([
  { name: 'exports/', data: '', method: 0 },
  { name: 'exports/users.csv', data: USERS_CSV },
  { name: 'exports/events.json', data: EVENTS_JSON },
]));

// tar and tar.gz: the same members plus a symlink and a directory.
const tarEntries = [
  { name: 'exports', type: 'directory' },
  { name: 'exports/users.csv', data: USERS_CSV },
  { name: 'exports/events.json', data: EVENTS_JSON },
  { name: 'exports/latest.csv', type: 'symlink', linkname: 'users.csv' },
];
const bundleTar = await tarBytes(tarEntries);
write('bundle.tar', bundleTar);
write('bundle.tgz', gzipSync(bundleTar));

// Nested three deep: nested.zip!data.tar.gz!inner.zip!deep.csv (all opened).
const inner = zipBytes([{ name: 'deep.csv', data: DEEP_CSV }]);
const midTgz = gzipSync(await tarBytes([{ name: 'inner.zip', data: inner }, { name: 'users.csv', data: USERS_CSV }]));
write('nested.zip', zipBytes([{ name: 'data.tar.gz', data: midTgz, method: 0 }]));

// Four deep: the fourth archive is reported, not opened.
const level4 = zipBytes([{ name: 'four.csv', data: DEEP_CSV }]);
const level3 = zipBytes([{ name: 'level4.zip', data: level4, method: 0 }, { name: 'three.csv', data: DEEP_CSV }]);
const level2 = gzipSync(await tarBytes([{ name: 'level3.zip', data: level3 }]));
write('too-deep.zip', zipBytes([{ name: 'level2.tgz', data: level2, method: 0 }]));

// Truncated: the download stopped inside the third member (the central directory is lost).
const threeMembers = zipBytes([
  { name: 'a.csv', data: USERS_CSV },
  { name: 'b.json', data: EVENTS_JSON },
  { name: 'c.csv', data: USERS_CSV.repeat(40), method: 0 },
]);
write('truncated.zip', threeMembers.subarray(0, threeMembers.indexOf('c.csv') + 5 + 600));
const twoMembersTar = await tarBytes([
  { name: 'a.csv', data: USERS_CSV },
  { name: 'b.csv', data: USERS_CSV.repeat(40) },
]);
write('truncated.tar', twoMembersTar.subarray(0, 512 * 3 + 1000));

// One readable member and one password-protected member.
write('encrypted.zip', zipBytes([
  { name: 'readme.csv', data: 'id,note\n1,ask for the password\n' },
  { name: 'secret/users.csv', data: USERS_CSV, encrypted: true },
]));

// Hostile names (never extracted, only shown) and a symlink.
write('traversal.zip', zipBytes([
  { name: '../../etc/cron.d/users.csv', data: USERS_CSV },
  { name: '/tmp/absolute.csv', data: USERS_CSV },
  { name: 'link-to-passwd', data: '/etc/passwd', unixMode: 0o120777, method: 0 },
]));

// A two-sheet workbook written by exceljs, then repacked with fixed timestamps (deterministic
// bytes) with the worksheets before the shared strings, as Excel orders them.
const wb = new ExcelJS.Workbook();
wb.creator = 'leaksift fixtures';
wb.created = wb.modified = new Date('2024-06-01T00:00:00Z');
const customers = wb.addWorksheet('Sheet1');
customers.addRow(['Email', 'Full Name', 'Phone', 'Signup Date', 'Lifetime Value']);
const people = [
  ['marta.kowalska@gmail.com', 'Marta Kowalska', '+48 512 345 678', '2021-03-14', 412.5],
  ['j.huang88@outlook.com', 'Jun Huang', '+1 415 555 0142', '2022-11-02', 88],
  ['oskar.lind@yahoo.se', 'Oskar Lind', '+46 70 123 45 67', '2020-07-30', 1290.75],
  ['zoë.müller@web.de', 'Zoë Müller', '+49 151 23456789', '2023-01-09', 57.2],
  ['priya.n@rediffmail.com', 'Priya Nair', '+91 98450 12345', '2019-05-21', 301],
];
for (const [email, name, phone, date, ltv] of people) customers.addRow([email, name, phone, new Date(`${date}T00:00:00Z`), ltv]);
customers.getColumn(4).numFmt = 'yyyy-mm-dd';
const orders = wb.addWorksheet('Orders');
orders.addRow(['Order ID', 'Customer Email', 'Card Last4', 'Amount', 'Shipping Address']);
orders.addRow(['ORD-10021', 'marta.kowalska@gmail.com', '4242', 129.99, 'ul. Długa 5, 00-238 Warszawa']);
orders.addRow(['ORD-10022', 'oskar.lind@yahoo.se', '1881', 54.0, 'Storgatan 12, 111 23 Stockholm']);
orders.addRow(['ORD-10023', 'j.huang88@outlook.com', '0005', 310.4, '1200 Market St, San Francisco, CA 94102']);
const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

const zip = await yauzl.fromBufferPromise(xlsx, { lazyEntries: true });
const parts = [];
for (;;) {
  const entry = await new Promise((resolve, reject) => {
    zip.once('entry', resolve);
    zip.once('end', () => resolve(null));
    zip.once('error', reject);
    zip.readEntry();
  });
  if (!entry) break;
  zip.removeAllListeners('entry');
  zip.removeAllListeners('end');
  zip.removeAllListeners('error');
  const stream = await zip.openReadStreamPromise(entry);
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
}
const rank = (n) => (n === 'xl/sharedStrings.xml' ? 2 : n.startsWith('xl/worksheets/') ? 1 : 0);
parts.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
write('people.xlsx', zipBytes(parts));
console.log(`wrote ${new URL('.', OUT).pathname}`);
