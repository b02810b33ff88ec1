#!/usr/bin/env node
// Regenerates fixtures/demo/ deterministically (seeded faker): a public-profile API response,
// an internal user table, an application event log and a gzipped merchant payment export.
// Every value is synthetic. Run: npm run fixtures
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { faker } from '@faker-js/faker';

const OUT = new URL('../fixtures/demo/', import.meta.url);
mkdirSync(OUT, { recursive: true });
faker.seed(20220905);
faker.setDefaultRefDate('2024-06-01T00:00:00Z');

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM_UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PAYER = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[faker.number.int(alphabet.length - 1)]).join('');
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (header, rows) => [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

// 1. Public: the shape of a TikTok web API user list, with its envelope.
const users = Array.from({ length: 40 }, () => {
  const handle = faker.internet.username().toLowerCase().replace(/[^a-z0-9_.]/g, '');
  const followers = Math.round(Math.exp(faker.number.float({ min: 3, max: 15 })));
  return {
    user: {
      id: faker.string.numeric(19),
      uniqueId: handle,
      nickname: faker.person.fullName(),
      avatarLarger: `https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}~c5_1080x1080.jpeg?x-expires=1717286400&x-signature=${faker.string.alphanumeric(28)}`,
      signature: faker.person.bio(),
      verified: faker.datatype.boolean({ probability: 0.1 }),
      secUid: 'MS4wLjABAAAA' + faker.string.alphanumeric(52),
      privateAccount: false,
    },
    stats: {
      followerCount: followers,
      followingCount: faker.number.int({ min: 0, max: 2000 }),
      heartCount: followers * faker.number.int({ min: 2, max: 40 }),
      videoCount: faker.number.int({ min: 0, max: 900 }),
      diggCount: faker.number.int({ min: 0, max: 50000 }),
    },
  };
});
writeFileSync(
  new URL('tiktok_user_list.json', OUT),
  JSON.stringify({ statusCode: 0, statusMsg: '', userList: users, hasMore: true, cursor: faker.string.numeric(13) }, null, 2) + '\n',
);

// 2. Internal: a user table out of an application database.
const userRows = Array.from({ length: 120 }, (_, i) => {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  return [
    1000 + i,
    faker.internet.username({ firstName: first, lastName: last }).toLowerCase(),
    faker.internet.email({ firstName: first, lastName: last }).toLowerCase(),
    faker.phone.number({ style: 'international' }),
    `$2b$10$${pick(BCRYPT, 53)}`,
    faker.finance.creditCardNumber({ issuer: faker.helpers.arrayElement(['visa', 'mastercard', 'amex']) }),
    faker.date.past({ years: 3 }).toISOString(),
    faker.internet.ipv4({ network: faker.helpers.arrayElement(['private-a', 'private-c', 'any']) }),
    faker.datatype.boolean({ probability: 0.05 }) ? 1 : 0,
  ];
});
writeFileSync(
  new URL('users.csv', OUT),
  csv(['id', 'username', 'email', 'phone', 'password_hash', 'card_number', 'created_at', 'last_login_ip', 'is_admin'], userRows),
);

// 3. Internal: an application's JSON event log.
const events = Array.from({ length: 200 }, () => {
  const campaign = faker.helpers.arrayElement(['spring_sale', 'retarget_q2', 'brand']);
  return JSON.stringify({
    ts: faker.date.recent({ days: 2 }).toISOString(),
    level: faker.helpers.arrayElement(['info', 'info', 'info', 'warn', 'error']),
    event: faker.helpers.arrayElement(['page_view', 'add_to_cart', 'checkout', 'login']),
    user_id: faker.number.int({ min: 1000, max: 1119 }),
    request_id: faker.string.uuid(),
    client_ip: faker.internet.ipv4(),
    user_agent: faker.internet.userAgent(),
    page_url: `https://shop.example.net/p/${faker.string.numeric(5)}?utm_source=tiktok&utm_medium=paid_social&utm_campaign=${campaign}`,
    ttclid: 'E.C.P.' + faker.string.alphanumeric(40),
  });
});
writeFileSync(new URL('app_events.ndjson', OUT), events.join('\n') + '\n');

// 4. Internal: a merchant's PayPal transaction export, gzipped.
const txns = Array.from({ length: 80 }, () => {
  const gross = faker.number.float({ min: 5, max: 400, fractionDigits: 2 });
  return [
    pick(ALNUM_UP, 17).replace(/^(.)/, (c) => (/\d/.test(c) ? 'A' : c)),
    pick(PAYER, 13),
    faker.internet.email().toLowerCase(),
    faker.person.fullName(),
    gross.toFixed(2),
    (gross * 0.029 + 0.3).toFixed(2),
    faker.finance.currencyCode(),
    faker.helpers.arrayElement(['Completed', 'Completed', 'Pending', 'Refunded']),
    faker.date.past({ years: 1 }).toISOString(),
  ];
});
writeFileSync(
  new URL('paypal_transactions.csv.gz', OUT),
  gzipSync(Buffer.from(csv(['txn_id', 'payer_id', 'payer_email', 'payer_name', 'mc_gross', 'mc_fee', 'mc_currency', 'payment_status', 'payment_date'], txns)), { level: 9, mtime: 0 }),
);
console.log('wrote fixtures/demo/');
