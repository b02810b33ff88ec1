#!/usr/bin/env node
// Generates the labelled accuracy cases in fixtures/labelled/<case>/: one realistic data file
// per case plus expected.json (field path → expected type id, or null for fields that must not
// be labelled; mustNotFlag lists types a field must never be given, at any confidence).
// Deterministic: every case seeds faker and its own PRNG, and dates are relative to a fixed day.
// Run: node scripts/generate-labelled.js   (rewrites fixtures/labelled/*)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker, fakerZH_CN } from '@faker-js/faker';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'labelled');
const REF_DATE = '2024-06-01T00:00:00Z';
const ROWS = 200;

// ---------- deterministic helpers ----------

let rngState = 1;
function seed(n) {
  rngState = n >>> 0 || 1;
  faker.seed(n);
  faker.setDefaultRefDate(REF_DATE);
  fakerZH_CN.seed(n + 1);
  fakerZH_CN.setDefaultRefDate(REF_DATE);
}
/** xorshift32: the script's own randomness, independent of faker's internals. */
function rand() {
  rngState ^= rngState << 13; rngState >>>= 0;
  rngState ^= rngState >>> 17;
  rngState ^= rngState << 5; rngState >>>= 0;
  return rngState / 0x100000000;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rand() * a.length)];
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const pad = (n, w) => String(n).padStart(w, '0');
const chance = (p) => rand() < p;
const alnum = (n, chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') =>
  Array.from({ length: n }, () => chars[int(0, chars.length - 1)]).join('');
const hex = (n) => alnum(n, '0123456789abcdef');
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const md5 = (s) => createHash('md5').update(s).digest('hex');
const sha1 = (s) => createHash('sha1').update(s).digest('hex');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const BASE_MS = Date.parse('2023-01-01T00:00:00Z');
const epochS = () => Math.floor((BASE_MS + int(0, 500 * 86400) * 1000) / 1000);
const isoTime = (s = epochS()) => new Date(s * 1000).toISOString().replace('.000', '');
const sqlTime = (s = epochS()) => isoTime(s).replace('T', ' ').replace('Z', '');
const isoDate = (s = epochS()) => isoTime(s).slice(0, 10);

function luhnDigit(body) {
  let sum = 0;
  let dbl = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let d = +body[i];
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return String((10 - (sum % 10)) % 10);
}
function card(brand = pick(['visa', 'visa', 'mastercard', 'mastercard2', 'amex', 'discover', 'jcb', 'unionpay'])) {
  const [prefix, len] = {
    visa: ['4' + digits(5), 16], mastercard: [String(int(51, 55)) + digits(4), 16], mastercard2: [String(int(2221, 2720)) + digits(2), 16],
    amex: [pick(['34', '37']) + digits(4), 15], discover: ['6011' + digits(2), 16], jcb: [String(int(3528, 3589)) + digits(2), 16],
    unionpay: ['62' + pick(['2', '4', '5', '8']) + digits(3), 16],
  }[brand];
  const body = prefix + digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}
function groupCard(n) {
  if (n.length === 15) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  return n.match(/.{4}/g).join(pick([' ', '-']));
}
const IBAN_FORMATS = { DE: ['n', 18], GB: ['GB', 18], FR: ['n', 23], NL: ['NL', 14], ES: ['n', 20], IT: ['IT', 23], BE: ['n', 12], AT: ['n', 16] };
function iban(country = pick(Object.keys(IBAN_FORMATS))) {
  const [kind, len] = IBAN_FORMATS[country];
  let bban;
  if (kind === 'GB') bban = alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(14);
  else if (kind === 'NL') bban = alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(10);
  else if (kind === 'IT') bban = alnum(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(22);
  else bban = digits(len);
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + +ch) % 97;
  return country + pad(98 - rem, 2) + bban;
}
function aba() {
  const p = pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32', '26']);
  const body = p + digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += w[i] * +body[i];
  return body + String((10 - (s % 10)) % 10);
}
const US_AREAS = [212, 213, 214, 206, 303, 305, 310, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713, 718, 773, 818, 917, 619, 720, 971];
function usPhone(style = pick(['paren', 'dash', 'dot', 'e164'])) {
  const a = pick(US_AREAS);
  let ex = int(201, 989);
  if (ex === 555) ex = 556;
  const n = pad(int(0, 9999), 4);
  switch (style) {
    case 'paren': return `(${a}) ${ex}-${n}`;
    case 'dash': return `${a}-${ex}-${n}`;
    case 'dot': return `${a}.${ex}.${n}`;
    default: return `+1${a}${ex}${n}`;
  }
}
function intlPhone() {
  return pick([
    () => `+44 20 7${digits(3)} ${digits(4)}`,
    () => `+44 7${pick(['911', '700', '812', '956'])} ${digits(6)}`.replace('+44 7700', '+44 7701'),
    () => `+49 30 ${int(2000000, 9999999)}`,
    () => `+49 15${pick(['1', '2', '7'])} ${int(10000000, 99999999)}`,
    () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+81 90-${digits(4)}-${digits(4)}`,
    () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
    () => usPhone('e164'),
  ])();
}
const cnMobile = () => '1' + pick(['38', '39', '58', '59', '86', '87', '35', '36', '77', '88']) + digits(8);
const CN_REGIONS = ['110101', '110105', '310104', '310115', '440305', '440106', '320102', '330106', '510107', '420106', '610113', '370102'];
function cnResidentId() {
  const y = int(1955, 2004);
  const body = pick(CN_REGIONS) + y + pad(int(1, 12), 2) + pad(int(1, 28), 2) + pad(int(1, 999), 3);
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += +body[i] * W[i];
  return body + '10X98765432'[s % 11];
}
function ssn() {
  let area = int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
}
const paypalTxn = () => {
  const d = digits(17).split('');
  for (let k = int(1, 3); k > 0; k--) d[int(2, 16)] = alnum(1, 'ABCDEFGHJKLMNPRSTUVWXY');
  return d.join('');
};
const paypalPayer = () => alnum(13, '23456789ABCDEFGHJKLMNPQRSTUVWXYZ');
const stripeId = (p, n = 24) => `${p}_${alnum(n)}`;
/** Heavy-tailed counts: most accounts small, a few huge. */
const heavy = (scale = 1000) => Math.floor(Math.exp(rand() * Math.log(scale * 1000)) - 1);
const bcrypt = () => `$2b$${pick(['10', '12'])}$${alnum(53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
const handle = () => faker.internet.username().toLowerCase().replace(/[^a-z0-9_.]/g, '').slice(0, 20) || 'user' + digits(4);
const personName = () => `${faker.person.firstName()} ${faker.person.lastName()}`;
const sentence = () => faker.lorem.sentence({ min: 4, max: 14 });
const email = (name) => {
  const local = (name ?? personName()).toLowerCase().replace(/[^a-z]+/g, pick(['.', '_', ''])) + (chance(0.4) ? int(1, 99) : '');
  return `${local}@${pick(['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'proton.me', 'icloud.com', 'qq.com', 'gmx.de'])}`;
};
const publicIp = () => `${pick([23, 45, 66, 81, 91, 104, 142, 151, 176, 185, 203, 212])}.${int(1, 254)}.${int(0, 255)}.${int(1, 254)}`.replace(/^203\.0\.113/, '203.1.113');
const privateIp = () => pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 10)}.${int(2, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
const ua = () => faker.internet.userAgent();
const street = () => faker.location.streetAddress();
const money = () => (int(100, 50000) / 100).toFixed(2);

// ---------- writers ----------

function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csv(rows, sep = ',') {
  const cols = Object.keys(rows[0]);
  return [cols.map(csvCell).join(sep), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(sep))].join('\n') + '\n';
}
const ndjson = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const json = (v) => JSON.stringify(v, null, 1) + '\n';
const rows = (n, f) => Array.from({ length: n }, (_, i) => f(i));

// ---------- cases ----------
// Each case: [name, description, () => { file, content, fields, mustNotFlag? }]

const NOT_CARD = ['payment.card_number'];
const NOT_PHONE = ['contact.phone'];
const COUNTS = ['user_stats.follower_count', 'user_stats.following_count', 'user_stats.like_count', 'user_stats.view_count', 'user_stats.content_count', 'user_stats.engagement_count'];

const CASES = [
  ['shop_users_csv', 'E-commerce user table export (internal DB): contact, password hashes, admin flags, addresses', () => ({
    file: 'users.csv',
    content: csv(rows(ROWS, (i) => {
      const name = [faker.person.firstName(), faker.person.lastName()];
      const created = epochS();
      return {
        id: i + 1, first_name: name[0], last_name: name[1], email: email(name.join(' ')), phone: usPhone(),
        password: bcrypt(), street_address: street(), city: faker.location.city(), state: faker.location.state({ abbreviated: true }),
        zip: faker.location.zipCode('#####'), country: 'US', is_admin: i < 3 ? 1 : 0, last_login_ip: chance(0.8) ? publicIp() : privateIp(),
        created_at: sqlTime(created), updated_at: sqlTime(created + int(0, 9e6)),
      };
    })),
    fields: {
      id: 'internal_meta.record_id', first_name: 'identity.person_name', last_name: 'identity.person_name', email: 'contact.email',
      phone: 'contact.phone', password: 'credential.password_hash', street_address: 'contact.postal_address', city: 'location.city',
      state: 'location.region', zip: 'contact.postal_code', country: 'location.country', is_admin: 'internal_meta.flag',
      last_login_ip: 'network.ip_address', created_at: 'internal_meta.audit_timestamp', updated_at: 'internal_meta.audit_timestamp',
    },
    mustNotFlag: { id: COUNTS, zip: [...NOT_PHONE, ...COUNTS] },
  })],

  ['card_payments_csv', 'Merchant card payment log: PANs with separators, expiry, last4, amounts, and order/tracking numbers and ms timestamps that must not be cards', () => ({
    file: 'payments.csv',
    content: csv(rows(ROWS, () => {
      const pan = card();
      return {
        order_number: '10' + digits(14), card_number: chance(0.5) ? groupCard(pan) : pan, card_expiry: `${pad(int(1, 12), 2)}/${int(25, 31)}`,
        card_last4: pan.slice(-4), cardholder_name: personName().toUpperCase(), amount: money(), currency: pick(['USD', 'EUR', 'GBP']),
        status: pick(['succeeded', 'succeeded', 'succeeded', 'failed', 'refunded', 'pending']), tracking_number: pick(['1Z' + alnum(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + digits(10), '9400' + digits(18), digits(12)]),
        created_ms: BASE_MS + int(0, 4e10),
      };
    })),
    fields: {
      order_number: 'payment.order_id', card_number: 'payment.card_number', card_expiry: 'payment.card_expiry', card_last4: 'payment.card_last4',
      cardholder_name: 'identity.person_name', amount: 'payment.amount', currency: 'payment.currency', status: 'payment.status',
      tracking_number: 'payment.order_id', created_ms: 'temporal.timestamp',
    },
    mustNotFlag: { order_number: NOT_CARD, tracking_number: NOT_CARD, created_ms: [...NOT_CARD, ...NOT_PHONE, ...COUNTS], amount: NOT_CARD },
  })],

  ['paypal_ipn_ndjson', 'PayPal IPN messages logged by a merchant (NDJSON)', () => ({
    file: 'ipn.ndjson',
    content: ndjson(rows(ROWS, () => {
      const name = [faker.person.firstName(), faker.person.lastName()];
      const gross = money();
      return {
        txn_id: paypalTxn(), txn_type: pick(['web_accept', 'cart', 'subscr_payment']), payer_id: paypalPayer(), payer_email: email(name.join(' ')),
        payer_status: pick(['verified', 'unverified']), first_name: name[0], last_name: name[1], address_street: street(), address_zip: faker.location.zipCode('#####'),
        residence_country: pick(['US', 'GB', 'DE', 'CA', 'FR']), receiver_id: 'S8XGHLYDW9T3S', receiver_email: 'billing@acme-shop.com', mc_gross: gross,
        mc_fee: (gross * 0.029 + 0.3).toFixed(2), mc_currency: pick(['USD', 'EUR']), payment_status: pick(['Completed', 'Completed', 'Pending', 'Refunded']),
        payment_date: new Date(epochS() * 1000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$5 $3 $2, $4 PDT'), ipn_track_id: hex(13),
      };
    })),
    fields: {
      txn_id: 'payment.paypal_transaction_id', payer_id: 'payment.paypal_payer_id', payer_email: 'contact.email', first_name: 'identity.person_name',
      last_name: 'identity.person_name', address_street: 'contact.postal_address', address_zip: 'contact.postal_code', residence_country: 'location.country',
      receiver_id: 'payment.paypal_payer_id', receiver_email: 'contact.email', mc_gross: 'payment.amount', mc_fee: 'payment.amount', mc_currency: 'payment.currency',
      payment_status: 'payment.status', ipn_track_id: 'internal_meta.trace_id', txn_type: null, payer_status: null,
    },
  })],

  ['stripe_charges_json', 'Stripe charge objects as returned by the API (JSON array, nested)', () => ({
    file: 'charges.json',
    content: json(rows(120, () => {
      const pan = card(pick(['visa', 'mastercard', 'amex']));
      return {
        id: stripeId('ch'), object: 'charge', amount: int(500, 90000), currency: pick(['usd', 'eur']), customer: stripeId('cus', 14), payment_intent: stripeId('pi'),
        status: pick(['succeeded', 'succeeded', 'failed']), created: epochS(), livemode: chance(0.9),
        billing_details: { name: personName(), email: email(), phone: intlPhone(), address: { line1: street(), postal_code: faker.location.zipCode('#####'), country: pick(['US', 'GB', 'DE']) } },
        payment_method_details: { card: { brand: pick(['visa', 'mastercard', 'amex']), last4: pan.slice(-4), exp_month: int(1, 12), exp_year: int(2025, 2031), fingerprint: alnum(16) } },
        receipt_url: `https://pay.stripe.com/receipts/acct_${alnum(16)}/${stripeId('ch')}/rcpt_${alnum(32)}`,
      };
    })),
    fields: {
      id: 'payment.processor_id', amount: 'payment.amount', currency: 'payment.currency', customer: 'payment.processor_id', payment_intent: 'payment.processor_id',
      status: 'payment.status', created: 'temporal.timestamp', livemode: 'internal_meta.flag', 'billing_details.name': 'identity.person_name',
      'billing_details.email': 'contact.email', 'billing_details.phone': 'contact.phone', 'billing_details.address.line1': 'contact.postal_address',
      'billing_details.address.postal_code': 'contact.postal_code', 'billing_details.address.country': 'location.country',
      'payment_method_details.card.last4': 'payment.card_last4', 'payment_method_details.card.exp_month': 'payment.card_expiry',
      'payment_method_details.card.exp_year': 'payment.card_expiry', receipt_url: 'network.url', object: null, 'payment_method_details.card.brand': null,
    },
    mustNotFlag: { created: [...NOT_PHONE, ...COUNTS], amount: COUNTS },
  })],

  ['bank_transfers_csv', 'Bank transfer batch (semicolon CSV): IBAN, BIC, ABA routing and account numbers', () => ({
    file: 'transfers.csv',
    content: csv(rows(ROWS, () => ({
      transfer_id: uuid(), beneficiary_name: personName(), iban: chance(0.5) ? iban().replace(/(.{4})/g, '$1 ').trim() : iban(), bic: pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22', 'NWBKGB2L', 'CHASUS33', 'UNCRITMM']),
      routing_number: aba(), account_number: digits(int(8, 12)), amount: money(), currency: pick(['EUR', 'USD', 'GBP']), reference: `Invoice ${int(1000, 9999)} ${faker.commerce.productName()}`,
      value_date: isoDate(),
    })), ';'),
    fields: {
      transfer_id: 'internal_meta.record_id', beneficiary_name: 'identity.person_name', iban: 'payment.iban', bic: 'payment.bic', routing_number: 'payment.aba_routing',
      account_number: 'payment.bank_account', amount: 'payment.amount', currency: 'payment.currency', reference: 'content.free_text', value_date: 'temporal.date',
    },
    mustNotFlag: { transfer_id: ['identity.person_name'], account_number: NOT_CARD },
  })],

  ['tiktok_user_detail_json', 'TikTok web user-detail responses (one JSON object per user, as a top-level array)', () => ({
    file: 'user_detail.json',
    content: json(rows(80, () => {
      const h = handle();
      return {
        userInfo: {
          user: {
            id: '67' + digits(17), uniqueId: h, nickname: faker.person.fullName(), signature: chance(0.8) ? faker.person.bio() : '',
            avatarLarger: `https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${hex(32)}~c5_1080x1080.jpeg?x-expires=${1717300000 + int(0, 9999)}&x-signature=${alnum(27)}%3D`,
            secUid: 'MS4wLjABAAAA' + alnum(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), verified: chance(0.1), region: pick(['US', 'GB', 'DE', 'BR', 'ID']),
          },
          stats: { followerCount: heavy(1000), followingCount: int(0, 3000), heartCount: heavy(50000), videoCount: int(0, 900), diggCount: heavy(100) },
        },
      };
    })),
    fields: {
      'userInfo.user.uniqueId': 'identity.username', 'userInfo.user.nickname': 'identity.display_name', 'userInfo.user.signature': 'identity.bio',
      'userInfo.user.avatarLarger': 'identity.avatar_url', 'userInfo.user.secUid': 'identity.platform_scoped_id', 'userInfo.user.verified': 'identity.verified_flag',
      'userInfo.user.region': 'location.region', 'userInfo.stats.followerCount': 'user_stats.follower_count', 'userInfo.stats.followingCount': 'user_stats.following_count',
      'userInfo.stats.heartCount': 'user_stats.like_count', 'userInfo.stats.videoCount': 'user_stats.content_count', 'userInfo.stats.diggCount': 'user_stats.like_count',
      'userInfo.user.id': 'identity.user_id',
    },
    mustNotFlag: { 'userInfo.user.id': [...NOT_CARD, ...COUNTS, 'internal_meta.record_id'] },
  })],

  ['tiktok_item_list_json', 'TikTok item list wrapped in an API envelope (itemList[] with stats and music)', () => ({
    file: 'item_list.json',
    content: json({
      statusCode: 0, hasMore: true, cursor: '1717200000000',
      itemList: rows(120, () => {
        const created = epochS();
        return {
          id: String(BigInt(created) * 4294967296n + BigInt(int(0, 4e9))), desc: `${sentence()} #${faker.word.noun()} #fyp`, createTime: created,
          author: { uniqueId: handle(), nickname: faker.internet.displayName() },
          stats: { playCount: heavy(5000), diggCount: heavy(500), commentCount: heavy(20), shareCount: heavy(10), collectCount: heavy(30) },
          video: { playAddr: `https://v16-webapp.tiktok.com/${hex(32)}/${hex(8)}/video/tos/useast2a/tos-useast2a-pve-0068/${alnum(32)}/?a=1988&br=${int(500, 3000)}&x-expires=${created + 86400}&x-signature=${alnum(28)}`, duration: int(5, 180) },
          music: { id: '68' + digits(17), title: `original sound - ${handle()}` },
        };
      }),
    }),
    fields: {
      'itemList[].id': 'content.post_id', 'itemList[].desc': 'content.free_text', 'itemList[].createTime': 'temporal.timestamp',
      'itemList[].author.uniqueId': 'identity.username', 'itemList[].author.nickname': 'identity.display_name', 'itemList[].stats.playCount': 'user_stats.view_count',
      'itemList[].stats.diggCount': 'user_stats.like_count', 'itemList[].stats.commentCount': 'user_stats.engagement_count', 'itemList[].stats.shareCount': 'user_stats.engagement_count',
      'itemList[].stats.collectCount': 'user_stats.engagement_count', 'itemList[].video.playAddr': 'content.media_url', 'itemList[].music.id': 'content.post_id',
      'itemList[].video.duration': null,
    },
    mustNotFlag: { 'itemList[].id': [...NOT_CARD, ...COUNTS, 'internal_meta.record_id'], 'itemList[].createTime': [...NOT_PHONE, ...COUNTS], 'itemList[].video.duration': COUNTS },
  })],

  ['twitter_users_ndjson', 'Twitter v1.1 user objects, one per line', () => ({
    file: 'users.ndjson',
    content: ndjson(rows(ROWS, () => {
      const h = handle();
      const created = new Date((1.2e9 + int(0, 4e8)) * 1000);
      const d = created.toUTCString().split(' ');
      return {
        id_str: String(int(1e6, 1.5e18)), screen_name: h, name: faker.person.fullName(), description: chance(0.7) ? faker.person.bio() : '',
        location: chance(0.6) ? `${faker.location.city()}, ${faker.location.state({ abbreviated: true })}` : '', url: chance(0.3) ? `https://t.co/${alnum(10)}` : null,
        followers_count: heavy(500), friends_count: int(0, 5000), listed_count: heavy(2), favourites_count: heavy(20), statuses_count: heavy(30),
        created_at: `${d[0].replace(',', '')} ${d[2]} ${d[1]} ${d[4]} +0000 ${d[3]}`, verified: chance(0.05),
        profile_image_url_https: `https://pbs.twimg.com/profile_images/${digits(18)}/${alnum(8)}_normal.jpg`, lang: null,
      };
    })),
    fields: {
      screen_name: 'identity.username', name: 'identity.person_name', description: 'content.free_text', location: 'location.city', url: 'network.url',
      followers_count: 'user_stats.follower_count', friends_count: 'user_stats.following_count', listed_count: 'user_stats.engagement_count',
      favourites_count: 'user_stats.like_count', statuses_count: 'user_stats.content_count', created_at: 'internal_meta.audit_timestamp', verified: 'identity.verified_flag',
      profile_image_url_https: 'identity.avatar_url', id_str: null,
    },
    mustNotFlag: { id_str: [...NOT_CARD, ...NOT_PHONE, ...COUNTS] },
  })],

  ['instagram_profiles_json', 'Instagram public web profiles with business contact fields', () => ({
    file: 'profiles.json',
    content: json(rows(100, () => {
      const h = handle();
      return {
        username: h, full_name: faker.person.fullName(), biography: faker.person.bio(), external_url: chance(0.5) ? `https://linktr.ee/${h}` : '',
        is_private: chance(0.2), is_verified: chance(0.05), profile_pic_url_hd: `https://scontent-lax3-1.cdninstagram.com/v/t51.2885-19/${digits(9)}_${digits(15)}_n.jpg?stp=dst-jpg&_nc_ht=scontent&oh=${hex(32)}&oe=${hex(8).toUpperCase()}`,
        edge_followed_by: { count: heavy(800) }, edge_follow: { count: int(0, 7500) }, edge_owner_to_timeline_media: { count: int(0, 2000) },
        public_email: chance(0.4) ? email() : '', contact_phone_number: chance(0.3) ? intlPhone() : '', business_category_name: chance(0.4) ? pick(['Creators & Celebrities', 'Shopping & Retail', 'Personal Goods & General Merchandise Stores']) : '',
        city_name: chance(0.3) ? faker.location.city() : '',
      };
    })),
    fields: {
      username: 'identity.username', full_name: 'identity.person_name', biography: 'identity.bio', external_url: 'identity.profile_url', is_verified: 'identity.verified_flag',
      profile_pic_url_hd: 'identity.avatar_url', 'edge_followed_by.count': 'user_stats.follower_count', 'edge_follow.count': 'user_stats.following_count',
      'edge_owner_to_timeline_media.count': 'user_stats.content_count', public_email: 'contact.email', contact_phone_number: 'contact.phone', city_name: 'location.city',
      is_private: null, business_category_name: null,
    },
  })],

  ['tiktok_ads_report_csv', 'TikTok Ads Manager daily campaign report export', () => ({
    file: 'ads_report.csv',
    content: csv(rows(ROWS, () => {
      const imp = int(1000, 2e6);
      const clicks = Math.floor(imp * int(2, 40) / 1000);
      const spend = int(1000, 500000) / 100;
      return {
        advertiser_id: '7' + digits(18), campaign_id: '17' + digits(17), adgroup_id: '17' + digits(17), ad_id: '17' + digits(17),
        campaign_name: `${pick(['Spring', 'Summer', 'BlackFriday', 'Retarget'])}_${pick(['US', 'UK', 'DE'])}_${int(1, 20)}`, stat_time_day: isoDate() + ' 00:00:00',
        impressions: imp, clicks, ctr: (clicks / imp * 100).toFixed(2), cpc: (spend / Math.max(1, clicks)).toFixed(2), cpm: (spend / imp * 1000).toFixed(2), spend: spend.toFixed(2),
        reach: Math.floor(imp * 0.7), frequency: (1 + rand()).toFixed(2), conversion: int(0, 300), cost_per_conversion: (spend / int(1, 300)).toFixed(2),
        budget: pick([50, 100, 500, 1000]), objective_type: pick(['CONVERSIONS', 'TRAFFIC', 'REACH']),
      };
    })),
    fields: {
      advertiser_id: 'marketing.campaign_id', campaign_id: 'marketing.campaign_id', adgroup_id: 'marketing.campaign_id', ad_id: 'marketing.campaign_id',
      campaign_name: 'marketing.campaign_id', stat_time_day: 'temporal.timestamp', impressions: 'marketing.ad_metric', clicks: 'marketing.ad_metric', ctr: 'marketing.ad_metric',
      cpc: 'marketing.ad_metric', cpm: 'marketing.ad_metric', spend: 'marketing.ad_metric', reach: 'marketing.ad_metric', frequency: 'marketing.ad_metric',
      conversion: 'marketing.ad_metric', cost_per_conversion: 'marketing.ad_metric', budget: 'marketing.campaign_setting', objective_type: 'marketing.campaign_setting',
    },
    mustNotFlag: { campaign_id: [...NOT_CARD, ...COUNTS], ad_id: [...NOT_CARD, ...COUNTS] },
  })],

  ['web_events_ndjson', 'First-party web analytics events with UTM attribution, click ids and device data', () => ({
    file: 'events.ndjson',
    content: ndjson(rows(ROWS, () => {
      const src = pick(['google', 'facebook', 'tiktok', 'newsletter']);
      const med = pick(['cpc', 'social', 'email', 'paid_social']);
      const camp = pick(['spring_sale', 'brand_q2', 'retarget_cart']);
      const click = src === 'google' ? { gclid: 'Cj0KCQjw' + alnum(70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') } : src === 'facebook' ? { fbclid: 'IwAR' + alnum(56, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') } : {};
      const param = Object.entries(click).map(([k, v]) => `&${k}=${v}`).join('');
      return {
        event_id: uuid(), event_name: pick(['page_view', 'add_to_cart', 'purchase']), event_time: isoTime(), user_id: chance(0.5) ? String(int(1000, 99999)) : null,
        session_id: hex(32), page_url: `https://shop.acme.com/${pick(['p', 'c', 'landing'])}/${int(1, 999)}?utm_source=${src}&utm_medium=${med}&utm_campaign=${camp}${param}`,
        referrer: pick(['https://www.google.com/', 'https://l.facebook.com/', 'https://www.tiktok.com/', '']), utm_source: src, utm_medium: med, utm_campaign: camp,
        gclid: click.gclid ?? null, fbclid: click.fbclid ?? null, user_agent: ua(), ip: publicIp(), device_id: pick([uuid().toUpperCase(), uuid()]),
        screen_resolution: pick(['1920x1080', '390x844', '1440x900']),
      };
    })),
    fields: {
      event_id: 'internal_meta.trace_id', event_time: 'temporal.timestamp', user_id: 'identity.user_id', session_id: 'credential.session_token', page_url: 'marketing.utm',
      referrer: 'network.url', utm_source: 'marketing.utm', utm_medium: 'marketing.utm', utm_campaign: 'marketing.utm', gclid: 'marketing.click_id', fbclid: 'marketing.click_id',
      user_agent: 'device.user_agent', ip: 'network.ip_address', device_id: 'device.device_id', event_name: null, screen_resolution: null,
    },
  })],

  ['audience_upload_csv', 'Customer-match audience upload: SHA-256 hashed identifiers, consent states, segments', () => ({
    file: 'audience.csv',
    content: csv(rows(ROWS, () => {
      const e = email();
      return {
        em: sha256(e), ph: sha256('+1' + digits(10)), fn: sha256(faker.person.firstName().toLowerCase()), external_id: sha256('cust-' + digits(6)),
        country: pick(['us', 'gb', 'de']), ad_user_data: pick(['granted', 'granted', 'denied']), ad_personalization: pick(['granted', 'denied']),
        marketing_opt_in: pick(['true', 'false']), segment: pick(['high_value', 'lapsed_90d', 'cart_abandoners']), lifetime_value: money(),
      };
    })),
    fields: {
      em: 'marketing.hashed_identifier', ph: 'marketing.hashed_identifier', fn: 'marketing.hashed_identifier', external_id: 'marketing.hashed_identifier',
      country: 'location.country', ad_user_data: 'marketing.consent', ad_personalization: 'marketing.consent', marketing_opt_in: 'marketing.consent',
      segment: 'marketing.audience', lifetime_value: null,
    },
    mustNotFlag: { em: ['credential.password_hash', 'contact.email'], ph: ['credential.password_hash', ...NOT_PHONE] },
  })],

  ['cn_members_csv', 'Chinese member list with Chinese headers (手机号, 身份证号, 粉丝数 …)', () => ({
    file: 'members.csv',
    content: csv(rows(ROWS, (i) => ({
      '会员编号': 100000 + i, '姓名': fakerZH_CN.person.lastName() + fakerZH_CN.person.firstName(), '昵称': fakerZH_CN.person.firstName() + pick(['', '酱', '同学', '_']) + int(1, 999), '手机号': cnMobile(),
      '邮箱': `${digits(int(6, 10))}@qq.com`, '身份证号': cnResidentId(), '性别': pick(['男', '女']), '生日': isoDate(int(3e8, 1.1e9)),
      '地址': `${pick(['北京市朝阳区', '上海市浦东新区', '广州市天河区', '深圳市南山区'])}${pick(['建国路', '世纪大道', '天河路', '科技园路'])}${int(1, 300)}号`, '城市': pick(['北京', '上海', '广州', '深圳']),
      '粉丝数': heavy(200), '金额': money(), '订单号': 'DD' + digits(16), '注册时间': sqlTime(),
    }))),
    fields: {
      '会员编号': 'identity.user_id', '姓名': 'identity.person_name', '昵称': 'identity.display_name', '手机号': 'contact.phone', '邮箱': 'contact.email',
      '身份证号': 'government_id.cn_resident_id', '性别': 'identity.gender', '生日': 'identity.birth_date', '地址': 'contact.postal_address', '城市': 'location.city',
      '粉丝数': 'user_stats.follower_count', '金额': 'payment.amount', '订单号': 'payment.order_id', '注册时间': 'internal_meta.audit_timestamp',
    },
  })],

  ['app_logs_ndjson', 'Application JSON logs: levels, trace/span/request ids, internal hosts, private IPs, storage paths', () => ({
    file: 'app.log.ndjson',
    content: ndjson(rows(ROWS, () => ({
      ts: isoTime() .replace('Z', '.' + pad(int(0, 999), 3) + 'Z'), level: pick(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR']), msg: `${pick(['export finished for', 'cache miss on', 'retrying upload of', 'user login from'])} ${faker.word.noun()} ${int(1, 9999)}`,
      trace_id: hex(32), span_id: hex(16), request_id: uuid(), host: `${pick(['api', 'worker', 'db'])}-${int(1, 9)}.prod.acme.internal`, client_ip: privateIp(),
      path: `s3://acme-prod-exports/${pick(['users', 'orders', 'events'])}/dt=${isoDate()}/part-${pad(int(0, 99), 5)}.parquet`, duration_ms: int(1, 4000), status: pick([200, 200, 201, 404, 500]),
    }))),
    fields: {
      ts: 'temporal.timestamp', level: 'internal_meta.log_level', msg: 'content.free_text', trace_id: 'internal_meta.trace_id', span_id: 'internal_meta.trace_id',
      request_id: 'internal_meta.trace_id', host: 'network.hostname', client_ip: 'network.ip_address', path: 'internal_meta.storage_path', duration_ms: null, status: null,
    },
    mustNotFlag: { duration_ms: COUNTS, status: [...COUNTS, 'payment.status'] },
  })],

  ['credentials_dump_csv', 'Credential dump: logins with plaintext passwords, several hash schemes, API keys, tokens, JWTs', () => ({
    file: 'accounts.csv',
    content: csv(rows(ROWS, () => ({
      username: handle(), email: email(), password: faker.internet.password({ length: int(8, 14) }),
      password_hash: pick([bcrypt(), `$argon2id$v=19$m=65536,t=3,p=4$${alnum(22)}$${alnum(43)}`, `$6$${alnum(16)}$${alnum(86, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`, `pbkdf2_sha256$600000$${alnum(22)}$${alnum(43)}=`, `$P$B${alnum(30, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`]),
      api_key: pick([`sk_live_${alnum(24)}`, `AKIA${alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, `ghp_${alnum(36)}`, `xoxb-${digits(12)}-${digits(12)}-${alnum(24)}`]),
      remember_token: alnum(60), access_token: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: String(int(1, 99999)), exp: epochS() })).toString('base64url')}.${alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`,
      last_login: isoTime(),
    }))),
    fields: {
      username: 'identity.username', email: 'contact.email', password: 'credential.password_plain', password_hash: 'credential.password_hash', api_key: 'credential.api_key',
      remember_token: 'credential.session_token', access_token: 'credential.jwt', last_login: 'internal_meta.audit_timestamp',
    },
  })],

  ['device_inventory_csv', 'Mobile device inventory: advertising ids, Android ids, IMEIs, MAC addresses, user agents', () => ({
    file: 'devices.csv',
    content: csv(rows(ROWS, () => {
      const tac = pick(['35391805', '35875104', '86769103', '01332700', '35290611']);
      const body = tac + digits(6);
      return {
        idfa: uuid().toUpperCase(), android_id: hex(16), imei: body + luhnDigit(body), wifi_mac: faker.internet.mac(), user_agent: ua(),
        os_version: pick(['17.5.1', '14', '13', '16.7.8']), app_version: `${int(1, 9)}.${int(0, 20)}.${int(0, 9)}.${int(0, 300)}`, model: pick(['iPhone15,2', 'SM-G998N', 'Pixel 8', 'M2101K6G']),
        last_seen: isoTime(),
      };
    })),
    fields: {
      idfa: 'device.device_id', android_id: 'device.device_id', imei: 'device.device_id', wifi_mac: 'device.mac_address', user_agent: 'device.user_agent',
      os_version: null, app_version: null, model: null, last_seen: 'internal_meta.audit_timestamp',
    },
    mustNotFlag: { imei: NOT_CARD, app_version: ['network.ip_address'], android_id: ['credential.password_hash'] },
  })],

  ['hr_records_csv', 'HR records export: SSNs, passports, dates of birth, salaries, home addresses', () => ({
    file: 'employees.csv',
    content: csv(rows(ROWS, (i) => ({
      employee_id: 5000 + i, full_name: personName(), ssn: ssn(), passport_number: alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(8), date_of_birth: isoDate(int(0, 9.4e8)),
      gender: pick(['M', 'F', 'M', 'F', 'X']), hire_date: `${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(2005, 2023)}`, salary: `$${int(45, 220)},${pad(int(0, 999), 3)}.00`,
      department: pick(['Engineering', 'Sales', 'Finance', 'Support']), work_email: `${faker.person.firstName().toLowerCase()}.${faker.person.lastName().toLowerCase()}@acme-corp.com`,
      mobile: intlPhone(), home_address: street(), postcode: pick([`SW${int(1, 20)} ${int(1, 9)}${alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}`, `M${int(1, 99)} ${int(1, 9)}${alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}`, `K${int(1, 9)}${alnum(1, 'ABCEGHJKLMNPRSTVWXYZ')} ${int(0, 9)}${alnum(1, 'ABCEGHJKLMNPRSTVWXYZ')}${int(0, 9)}`]),
      is_active: pick(['true', 'true', 'false']),
    }))),
    fields: {
      employee_id: 'identity.user_id', full_name: 'identity.person_name', ssn: 'government_id.us_ssn', passport_number: 'government_id.passport', date_of_birth: 'identity.birth_date',
      gender: 'identity.gender', hire_date: 'temporal.date', salary: 'payment.amount', department: null, work_email: 'contact.email', mobile: 'contact.phone',
      home_address: 'contact.postal_address', postcode: 'contact.postal_code', is_active: 'internal_meta.flag',
    },
    mustNotFlag: { employee_id: COUNTS, ssn: NOT_PHONE },
  })],

  ['product_analytics_csv', 'Product analytics dashboard export: DAU/MAU, sessions, retention by day and region', () => ({
    file: 'daily_metrics.csv',
    content: csv(rows(180, (i) => {
      const dau = int(80000, 140000);
      return {
        date: isoDate(Date.parse('2023-06-01') / 1000 + i * 86400), region: pick(['NA', 'EU', 'APAC', 'LATAM']), dau, wau: Math.floor(dau * 3.1), mau: Math.floor(dau * 6.5),
        sessions: Math.floor(dau * 2.4), new_users: int(2000, 9000), retention_d7: (int(180, 320) / 1000).toFixed(3), engagement_rate: `${(int(300, 700) / 10).toFixed(1)}%`,
        avg_session_duration: int(90, 600),
      };
    })),
    fields: {
      date: 'temporal.date', region: 'location.region', dau: 'user_stats.activity_metric', wau: 'user_stats.activity_metric', mau: 'user_stats.activity_metric',
      sessions: 'user_stats.activity_metric', new_users: 'user_stats.activity_metric', retention_d7: 'user_stats.activity_metric', engagement_rate: 'user_stats.activity_metric',
      avg_session_duration: 'user_stats.activity_metric',
    },
    mustNotFlag: { sessions: ['credential.session_token'] },
  })],

  ['numeric_lookalikes_csv', 'Must-not-flag: numbers that look like cards/phones/counts by shape (epoch ms/s, decimals, UUIDs, digests, order ids, years, prices)', () => ({
    file: 'lookalikes.csv',
    content: csv(rows(ROWS, (i) => ({
      id: i + 1, event_ms: BASE_MS + int(0, 4e10), event_unix: epochS(), price: money(), ratio: rand().toFixed(16), score: (rand() * 100).toFixed(4),
      uuid: uuid(), etag: md5('obj' + i), checksum_sha256: sha256('file' + i), order_id: '4' + digits(15),
      tracking_no: '9400' + digits(18), birth_year: int(1950, 2005), sku: `${alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${digits(5)}`, quantity: int(1, 12),
      postal_weight_g: int(50, 30000),
    }))),
    fields: {
      id: 'internal_meta.record_id', event_ms: 'temporal.timestamp', event_unix: 'temporal.timestamp', price: 'payment.amount', ratio: null, score: null, uuid: 'internal_meta.record_id',
      etag: null, checksum_sha256: null, order_id: 'payment.order_id', tracking_no: 'payment.order_id', birth_year: 'identity.birth_date', sku: null, quantity: null, postal_weight_g: null,
    },
    mustNotFlag: {
      id: COUNTS, event_ms: [...NOT_CARD, ...NOT_PHONE, ...COUNTS], event_unix: [...NOT_PHONE, ...COUNTS], price: [...NOT_CARD, ...COUNTS], ratio: NOT_CARD, score: NOT_CARD,
      uuid: [...NOT_CARD, 'identity.person_name'], etag: ['credential.password_hash', 'marketing.hashed_identifier'], checksum_sha256: ['credential.password_hash', 'marketing.hashed_identifier'],
      order_id: NOT_CARD, tracking_no: NOT_CARD, birth_year: COUNTS, quantity: COUNTS,
    },
  })],

  ['headerless_numbers_csv', 'Must-not-flag without names: a headerless CSV of epoch ms, decimals, UUIDs, hex digests, 16-digit ids and 10-digit epoch seconds', () => ({
    file: 'export.csv',
    content: rows(ROWS, (i) => [BASE_MS + int(0, 4e10), money(), uuid(), sha1('x' + i), '3' + digits(15), epochS(), md5('y' + i), int(1900, 2024)].join(',')).join('\n') + '\n',
    fields: {
      column_1: 'temporal.timestamp', column_2: null, column_3: null, column_4: null, column_5: null, column_6: 'temporal.timestamp', column_7: null, column_8: null,
    },
    mustNotFlag: {
      column_1: [...NOT_CARD, ...NOT_PHONE], column_2: NOT_CARD, column_3: [...NOT_CARD, 'identity.person_name'], column_4: ['credential.password_hash'],
      column_5: NOT_CARD, column_6: NOT_PHONE, column_7: ['credential.password_hash'], column_8: COUNTS,
    },
  })],

  ['stray_values_csv', 'One stray value must not label a column: support notes with one email, a code column with one Luhn-valid card, ids with one phone', () => ({
    file: 'tickets.csv',
    content: csv(rows(ROWS, (i) => ({
      ticket_id: 'T-' + (10000 + i), notes: i === 57 ? 'contact me at ' + email() : faker.lorem.sentence({ min: 5, max: 16 }), ref_code: i === 99 ? card('visa') : alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
      batch: i === 120 ? '+14155550187'.replace('555', '867') : String(int(100000, 999999)), opened: isoTime(), priority: pick(['low', 'normal', 'high']),
    }))),
    fields: { ticket_id: 'internal_meta.record_id', notes: 'content.free_text', ref_code: null, batch: null, opened: 'temporal.timestamp', priority: null },
    mustNotFlag: { notes: ['contact.email'], ref_code: NOT_CARD, batch: [...NOT_PHONE, ...COUNTS] },
  })],

  ['crm_contacts_wrapped_json', 'CRM API response wrapping contacts in data.items[]: companies, social profiles, coordinates, time zones', () => ({
    file: 'contacts.json',
    content: json({
      data: {
        total: 150, items: rows(150, () => {
          const h = handle();
          return {
            contact_id: uuid(), name: personName(), company: faker.company.name(), job_title: faker.person.jobTitle(), email: email(), phone: intlPhone(),
            linkedin_url: `https://www.linkedin.com/in/${h}`, twitter: '@' + h, website: `https://${faker.internet.domainName()}`,
            geo: `${faker.location.latitude({ precision: 5 })},${faker.location.longitude({ precision: 5 })}`, timezone: faker.location.timeZone(), country: faker.location.country(),
            tags: pick(['lead', 'customer', 'vip']),
          };
        }),
      },
    }),
    fields: {
      'data.items[].contact_id': 'identity.user_id', 'data.items[].name': 'identity.person_name', 'data.items[].company': 'identity.organization', 'data.items[].email': 'contact.email',
      'data.items[].phone': 'contact.phone', 'data.items[].linkedin_url': 'identity.profile_url', 'data.items[].twitter': 'identity.username', 'data.items[].website': 'network.url',
      'data.items[].geo': 'location.coordinates', 'data.items[].timezone': 'location.timezone', 'data.items[].country': 'location.country', 'data.items[].job_title': 'identity.job_title',
    },
  })],

  ['wechat_oa_users_json', 'WeChat official-account follower records held by the account operator', () => ({
    file: 'wechat_users.json',
    content: json(rows(ROWS, () => ({
      subscribe: 1, openid: 'o6_bm' + alnum(23, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), unionid: 'oX' + alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
      nickname: fakerZH_CN.person.firstName() + pick(['', '小', '酱', '🌸']), sex: pick([0, 1, 2]), language: 'zh_CN', city: pick(['广州', '深圳', '杭州']), province: pick(['广东', '浙江']),
      country: '中国', headimgurl: `http://thirdwx.qlogo.cn/mmopen/${alnum(60)}/132`, subscribe_time: epochS(), remark: '', tagid_list: `[${int(100, 130)}]`,
    }))),
    fields: {
      subscribe: 'marketing.consent', openid: 'identity.platform_scoped_id', unionid: 'identity.platform_scoped_id', nickname: 'identity.display_name', sex: 'identity.gender',
      city: 'location.city', province: 'location.region', country: 'location.country', headimgurl: 'identity.avatar_url', subscribe_time: 'temporal.timestamp',
      tagid_list: 'marketing.audience', language: null,
    },
  })],

  ['object_storage_inventory_ndjson', 'Object-store inventory listing: bucket keys, etags, sizes, owners, signed URLs', () => ({
    file: 'inventory.ndjson',
    content: ndjson(rows(ROWS, (i) => ({
      key: pick(['s3://acme-backups/', 'gs://acme-analytics/', '/var/backups/']) + `${pick(['db', 'logs', 'exports'])}/${isoDate()}/${alnum(8).toLowerCase()}.${pick(['sql.gz', 'csv', 'json'])}`,
      etag: md5('o' + i), size: int(100, 5e9), storage_class: pick(['STANDARD', 'GLACIER']), owner_id: hex(64), last_modified: isoTime(),
      download_url: `https://acme-backups.s3.amazonaws.com/${alnum(12).toLowerCase()}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=${hex(64)}`,
    }))),
    fields: {
      key: 'internal_meta.storage_path', etag: null, size: null, storage_class: null, owner_id: 'identity.user_id', last_modified: 'internal_meta.audit_timestamp',
      download_url: 'network.url',
    },
    mustNotFlag: { etag: ['credential.password_hash', 'marketing.hashed_identifier'], size: COUNTS, owner_id: ['credential.password_hash'] },
  })],

  ['messy_contacts_csv', 'Hand-kept contact sheet: Title Case headers with punctuation, N/A markers, mixed phone and date formats, masked cards, euro amounts', () => ({
    file: 'contacts export (final).csv',
    content: csv(rows(ROWS, () => {
      const name = personName();
      const na = () => chance(0.12);
      return {
        'Cust Name': chance(0.3) ? name.toUpperCase() : name, 'E-Mail': na() ? 'N/A' : chance(0.3) ? email(name).toUpperCase() : email(name),
        'Mobile No.': na() ? '-' : pick([usPhone('paren'), usPhone('dash'), intlPhone(), intlPhone()]), 'Tel (home)': chance(0.5) ? '' : usPhone('dot'),
        DOB: na() ? 'n/a' : `${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${int(1950, 2004)}`, 'Zip/Postal': pick([faker.location.zipCode('#####'), `${faker.location.zipCode('#####')}-${digits(4)}`]),
        Country: pick(['United States', 'Germany', 'France', 'United Kingdom', 'Canada', 'Spain']), Card: `**** **** **** ${digits(4)}`,
        Balance: `€ ${int(0, 9)}.${pad(int(0, 999), 3)},${pad(int(0, 99), 2)}`, 'Member since': `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2010, 2023)}`,
        Status: pick(['active', 'inactive', 'prospect']), Notes: chance(0.6) ? faker.lorem.sentence({ min: 4, max: 12 }) : '',
      };
    })),
    fields: {
      'Cust Name': 'identity.person_name', 'E-Mail': 'contact.email', 'Mobile No.': 'contact.phone', 'Tel (home)': 'contact.phone', DOB: 'identity.birth_date',
      'Zip/Postal': 'contact.postal_code', Country: 'location.country', Card: 'payment.card_masked', Balance: 'payment.amount', 'Member since': 'temporal.date',
      Status: null, Notes: 'content.free_text',
    },
    mustNotFlag: { Status: ['payment.status'], Card: ['payment.card_number'] },
  })],

  ['mysqldump_members_sql', 'mysqldump of a members table with its CREATE TABLE (paths table.column)', () => {
    const esc = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
    const data = rows(150, (i) => {
      const name = [faker.person.firstName(), faker.person.lastName()];
      return [i + 1, handle(), email(name.join(' ')), sha1('pw' + i), name.join(' '), chance(0.7) ? usPhone('dash') : null, publicIp(), int(0, 1), sqlTime(), chance(0.2) ? sqlTime() : null];
    });
    const content = [
      '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
      '/*!40101 SET NAMES utf8mb4 */;',
      'DROP TABLE IF EXISTS `members`;',
      'CREATE TABLE `members` (',
      '  `id` int unsigned NOT NULL AUTO_INCREMENT,',
      '  `username` varchar(64) NOT NULL,',
      '  `email` varchar(255) NOT NULL,',
      '  `password` char(40) NOT NULL,',
      '  `full_name` varchar(128) DEFAULT NULL,',
      '  `phone` varchar(32) DEFAULT NULL,',
      '  `last_ip` varchar(45) DEFAULT NULL,',
      '  `is_banned` tinyint(1) NOT NULL DEFAULT 0,',
      '  `created_at` datetime NOT NULL,',
      '  `deleted_at` datetime DEFAULT NULL,',
      '  PRIMARY KEY (`id`),',
      '  UNIQUE KEY `uniq_email` (`email`)',
      ') ENGINE=InnoDB AUTO_INCREMENT=151 DEFAULT CHARSET=utf8mb4;',
      'LOCK TABLES `members` WRITE;',
      'INSERT INTO `members` VALUES ' + data.map((r) => `(${r.map(esc).join(',')})`).join(',') + ';',
      'UNLOCK TABLES;',
    ].join('\n') + '\n';
    return {
      file: 'members.sql', content,
      fields: {
        'members.id': 'internal_meta.record_id', 'members.username': 'identity.username', 'members.email': 'contact.email', 'members.password': 'credential.password_hash',
        'members.full_name': 'identity.person_name', 'members.phone': 'contact.phone', 'members.last_ip': 'network.ip_address', 'members.is_banned': 'internal_meta.flag',
        'members.created_at': 'internal_meta.audit_timestamp', 'members.deleted_at': 'internal_meta.audit_timestamp',
      },
    };
  }],

  ['nginx_access_log', 'Web server access log (combined format) with UTM and click-id query parameters', () => ({
    file: 'access.log',
    content: rows(300, () => {
      const t = new Date(epochS() * 1000);
      const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.getUTCMonth()];
      const stamp = `${pad(t.getUTCDate(), 2)}/${mon}/${t.getUTCFullYear()}:${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)} +0000`;
      const q = chance(0.5) ? `?utm_source=${pick(['google', 'newsletter', 'tiktok'])}&utm_medium=${pick(['cpc', 'email'])}&gclid=Cj0KCQjw${alnum(60)}` : '';
      const path = `/${pick(['products', 'blog', 'cart'])}/${faker.word.noun()}-${int(1, 999)}${q}`;
      const ref = pick(['-', 'https://www.google.com/', `https://shop.acme.com/${faker.word.noun()}`]);
      return `${chance(0.85) ? publicIp() : privateIp()} - - [${stamp}] "${pick(['GET', 'GET', 'POST'])} ${path} HTTP/1.1" ${pick([200, 200, 301, 404])} ${int(200, 90000)} "${ref}" "${ua()}"`;
    }).join('\n') + '\n',
    fields: {
      remote_addr: 'network.ip_address', time_local: 'temporal.timestamp', request_path: 'network.url', http_referer: 'network.url', http_user_agent: 'device.user_agent',
      'request_query.utm_source': 'marketing.utm', 'request_query.utm_medium': 'marketing.utm', 'request_query.gclid': 'marketing.click_id',
      request_method: null, status: null, body_bytes_sent: null,
    },
    mustNotFlag: { status: ['payment.status', ...COUNTS], body_bytes_sent: COUNTS },
  })],

  ['fixture_test_values_csv', 'CI fixture made of recognised test values only (test cards, example.com, 555-01xx, RFC 5737 IPs, registry IBANs)', () => ({
    file: 'fixture.csv',
    content: csv(rows(60, (i) => ({
      card: pick(['4111 1111 1111 1111', '4242424242424242', '5555555555554444', '378282246310005']), email: `user${i}@example.com`, phone: `+1-202-555-01${pad(int(0, 99), 2)}`,
      ip: pick(['192.0.2.', '198.51.100.', '203.0.113.']) + int(1, 254), iban: pick(['GB82WEST12345698765432', 'DE89370400440532013000']), ssn: pick(['078-05-1120', '666-12-3456', '900-45-6789']),
    }))),
    fields: { card: 'payment.card_number', email: 'contact.email', phone: 'contact.phone', ip: 'network.ip_address', iban: 'payment.iban', ssn: 'government_id.us_ssn' },
    allTestValues: ['card', 'email', 'phone', 'ip', 'iban', 'ssn'],
  })],
];

// ---------- write ----------

// Only the case directories are regenerated; other files here (corpus-real.json) are kept.
for (const e of existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }) : []) {
  if (e.isDirectory()) rmSync(join(ROOT, e.name), { recursive: true, force: true });
}
CASES.forEach(([name, description, build], i) => {
  seed(1000 + i * 7919);
  const c = build();
  const dir = join(ROOT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, c.file), c.content);
  const expected = { description, file: c.file, fields: c.fields, mustNotFlag: c.mustNotFlag ?? {}, ...(c.allTestValues ? { allTestValues: c.allTestValues } : {}) };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
});
console.log(`wrote ${CASES.length} cases to ${ROOT}`);
