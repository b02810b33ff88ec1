// Hand-built field reports modelled on the shapes in ../shared/corpus/real/SOURCES.md and on
// the well-known formats named in issue 4, one per verdict and origin hint. Types are what the
// detector catalogue is expected to give; several models carry none so the names must decide.
import type { FileFacts } from '../../src/provenance/types.js';
import { field, file, type FieldSpec, type TypeSpec } from './builder.js';

const num = (min: number, max: number, extra: FieldSpec = {}): FieldSpec => ({ numeric: [min, max], ...extra });
const t = (...types: (string | TypeSpec)[]): FieldSpec => ({ types });

/** Sakila: data-only positional INSERTs (`table.column_N`), five tables, no DDL. */
export function sakila(): FileFacts {
  const tables = [
    { name: 'address', records: 300, columns: Array.from({ length: 9 }, (_, i) => `column_${i + 1}`), facts: [] },
    { name: 'customer', records: 599, columns: Array.from({ length: 9 }, (_, i) => `column_${i + 1}`), facts: [] },
    { name: 'payment', records: 500, columns: Array.from({ length: 7 }, (_, i) => `column_${i + 1}`), facts: [] },
    { name: 'staff', records: 2, columns: Array.from({ length: 11 }, (_, i) => `column_${i + 1}`), facts: [] },
    { name: 'store', records: 2, columns: Array.from({ length: 4 }, (_, i) => `column_${i + 1}`), facts: [] },
  ];
  const fields = [
    field('address.column_1', num(1, 300), 300),
    field('address.column_2', {}, 300),
    field('address.column_7', t('contact.phone'), 300),
    field('customer.column_1', num(1, 599), 599),
    field('customer.column_2', num(1, 2, { distinct: 2 }), 599),
    field('customer.column_3', t({ id: 'identity.person_name', confidence: 0.6 }), 599),
    field('customer.column_5', t('contact.email'), 599),
    field('customer.column_8', t('temporal.timestamp'), 599),
    field('payment.column_1', num(1, 500), 500),
    field('payment.column_2', num(1, 599, { distinct: 300 }), 500),
    field('payment.column_5', num(0.99, 11.99, { distinct: 20 }), 500),
    field('staff.column_5', {}, 2),
    field('staff.column_10', {}, 2),
    field('store.column_1', num(1, 2), 2),
  ];
  return { path: 'sakila-data.excerpt.sql', format: 'sql', records: 1403, fields, tables };
}

/** Chinook: CREATE TABLE with named columns, four related tables. */
export function chinook(): FileFacts {
  const cols = {
    Customer: ['CustomerId', 'FirstName', 'LastName', 'Company', 'Address', 'City', 'State', 'Country', 'PostalCode', 'Phone', 'Fax', 'Email', 'SupportRepId'],
    Employee: ['EmployeeId', 'LastName', 'FirstName', 'Title', 'ReportsTo', 'BirthDate', 'HireDate', 'Address', 'City', 'Email'],
    Invoice: ['InvoiceId', 'CustomerId', 'InvoiceDate', 'BillingAddress', 'BillingCity', 'BillingCountry', 'Total'],
    InvoiceLine: ['InvoiceLineId', 'InvoiceId', 'TrackId', 'UnitPrice', 'Quantity'],
  };
  const records = { Customer: 59, Employee: 8, Invoice: 412, InvoiceLine: 400 };
  const tables = Object.entries(cols).map(([name, columns]) => ({ name, records: records[name as keyof typeof records], columns, facts: [`PRIMARY KEY (${columns[0]})`] }));
  const fields = Object.entries(cols).flatMap(([name, columns]) =>
    columns.map((c, i) => {
      const n = records[name as keyof typeof records];
      const spec: FieldSpec = i === 0 ? num(1, n) : c === 'Email' ? t('contact.email') : c === 'Phone' ? t('contact.phone') : {};
      return field(`${name}.${c}`, spec, n);
    }),
  );
  return { path: 'Chinook_MySql.excerpt.sql', format: 'sql', records: 879, fields, tables };
}

export function apacheAccessLog(): FileFacts {
  return file(
    [
      ['remote_addr', t({ id: 'network.ip_address', tags: { public: 1000 } })],
      ['remote_user', { nonEmpty: 0 }],
      ['time_local', t('temporal.timestamp')],
      'request_method',
      'request_path',
      ['request_query.q', { nonEmpty: 40 }],
      ['status', num(200, 404, { distinct: 5 })],
      ['body_bytes_sent', num(0, 100000)],
      'http_referer',
      ['http_user_agent', t('device.user_agent')],
    ],
    { path: 'apache_logs.first1000.log', format: 'log:access-log', records: 1000 },
  );
}

export function sshAuthLog(): FileFacts {
  return file(
    [
      ['host', { distinct: 1 }],
      ['app', { distinct: 5 }],
      ['pid', num(100, 30000)],
      'message',
      ['ssh.user', { nonEmpty: 600 }],
      ['ssh.ip', { nonEmpty: 600, types: [{ id: 'network.ip_address', tags: { public: 600 } }] }],
      ['ssh.port', { nonEmpty: 600, numeric: [1024, 65535] }],
    ],
    { path: 'auth.first1500.log', format: 'log:syslog', records: 1500 },
  );
}

/** A JSON application log with private upstream addresses. */
export function appLog(): FileFacts {
  return file(
    [
      ['ts', t('temporal.timestamp')],
      ['level', t('internal_meta.log_level')],
      'msg',
      ['trace_id', t('internal_meta.trace_id')],
      ['user_id', num(1, 90000, { distinct: 80 })],
      ['upstream', t({ id: 'network.ip_address', tags: { private: 100 } })],
    ],
    { path: 'app.ndjson', format: 'ndjson', records: 100 },
  );
}

export function tiktokScraperPosts(): FileFacts {
  return file(
    [
      ['id', num(6855804017474342000, 6911379416308305000)],
      'secretID', 'text', ['createTime', num(1596241265, 1609180933)],
      'authorMeta.id', 'authorMeta.secUid', 'authorMeta.name', 'authorMeta.nickName', 'authorMeta.verified', 'authorMeta.signature',
      'authorMeta.avatar', 'authorMeta.following', 'authorMeta.fans', 'authorMeta.heart', 'authorMeta.video', 'authorMeta.digg',
      'musicMeta.musicId', 'musicMeta.musicName', 'musicMeta.playUrl', 'covers.default', 'webVideoUrl', 'videoUrl',
      'videoUrlNoWaterMark', 'videoMeta.height', 'videoMeta.width', 'videoMeta.duration', 'diggCount', 'shareCount', 'playCount',
      'commentCount', ['downloaded', { booleans: true }], 'mentions[]', 'hashtags[].name',
    ],
    { path: 'thebigbradwolf.json', format: 'json', records: 65 },
  );
}

export function tiktokHashtagCsv(): FileFacts {
  return file(['id', 'text', 'createTime', 'authorId', 'musicId', 'videoUrl', 'diggCount', 'shareCount', 'commentCount'], {
    path: 'hashtag.csv',
    records: 10,
  });
}

export function tiktokWebApi(): FileFacts {
  return file(
    [
      'statusCode', 'statusMsg', 'hasMore', 'cursor', 'itemList[].id', 'itemList[].desc', 'itemList[].createTime',
      'itemList[].author.uniqueId', 'itemList[].author.secUid', 'itemList[].author.nickname', 'itemList[].author.avatarLarger',
      'itemList[].stats.diggCount', 'itemList[].stats.playCount', 'itemList[].stats.shareCount', 'itemList[].stats.commentCount',
      'itemList[].authorStats.followerCount', 'itemList[].authorStats.heartCount',
    ],
    { path: 'item_list.json', format: 'json', records: 30 },
  );
}

export function twitterUsers(): FileFacts {
  return file(
    [
      'id', 'id_str', 'name', 'screen_name', 'location', 'description', 'url', 'protected', 'followers_count', 'friends_count',
      'listed_count', 'created_at', 'favourites_count', 'verified', 'statuses_count', 'lang', 'profile_image_url_https',
      'profile_banner_url', 'default_profile', 'following', 'notifications', 'status.id', 'status.text', 'status.retweet_count',
    ],
    { path: 'users_search.json', format: 'json', records: 20 },
  );
}

/** Twitter 2022-style enumeration: public profile plus an email for every row. */
export function twitterEnumeration(): FileFacts {
  return file(
    [['email', t('contact.email')], 'screen_name', 'name', 'followers_count', 'friends_count', 'statuses_count', 'created_at'],
    { path: 'twitter-emails.json', format: 'json', records: 5000 },
  );
}

export function paypalActivity(): FileFacts {
  return file(
    [
      'Date', 'Time', 'TimeZone', 'Name', 'Type', 'Status', 'Currency', 'Gross', 'Fee', 'Net',
      ['From Email Address', t('contact.email')], ['To Email Address', t('contact.email')], 'Transaction ID', 'Address Status',
      'Sales Tax', 'Reference Txn ID', 'Invoice Number', 'Receipt ID', 'Balance', 'Contact Phone Number', 'Subject', 'Note',
    ],
    { path: 'activity.csv', records: 76 },
  );
}

export function paypalIpn(): FileFacts {
  return file(
    ['txn_id', 'txn_type', 'payer_id', 'payer_email', 'payer_status', 'receiver_id', 'receiver_email', 'mc_gross', 'mc_fee', 'mc_currency', 'payment_status', 'payment_date', 'verify_sign', 'ipn_track_id'],
    { path: 'ipn.ndjson', format: 'ndjson', records: 50 },
  );
}

export function tiktokAdsReport(): FileFacts {
  return file(
    ['ADVERTISER_ID', 'CAMPAIGN_ID', 'ADGROUP_ID', 'AD_ID', 'STAT_TIME_DAY', 'SPEND', 'IMPRESSIONS', 'CLICKS', 'CTR', 'CPC', 'CPM', 'REACH', 'CONVERSION', 'LIKES', 'SHARES', 'COMMENTS', 'FOLLOWS', 'PROFILE_VISITS'],
    { path: 'tiktok_ad_report.csv', records: 40 },
  );
}

export function mailchimpMembers(): FileFacts {
  return file(
    [
      'id', 'list_id', ['email_address', t({ id: 'contact.email', testValues: 10 })], 'merge_fname', 'merge_lname', 'member_rating',
      ['ip_signup', t({ id: 'network.ip_address', tags: { public: 10 } })], 'timestamp_signup', 'timestamp_opt', 'status', 'latitude', 'longitude',
    ],
    { path: 'member.csv', records: 10 },
  );
}

export function snowplowEvents(): FileFacts {
  return file(
    ['app_id', 'platform', 'collector_tstamp', 'dvce_created_tstamp', 'event', 'event_id', 'user_id', 'user_ipaddress', 'domain_userid',
      'domain_sessionidx', 'network_userid', 'geo_country', 'page_url', 'page_urlquery', 'refr_medium', 'mkt_medium', 'mkt_source',
      'mkt_campaign', 'useragent', 'br_name', 'os_family', 'dvce_type'],
    { path: 'events.csv', records: 160 },
  );
}

export function wechatFollowers(): FileFacts {
  return file(
    ['subscribe', ['openid', t('identity.platform_scoped_id')], ['unionid', t('identity.platform_scoped_id')], 'nickname', 'sex', 'language', 'city', 'province', 'country', 'headimgurl', 'subscribe_time', 'remark', 'groupid', 'tagid_list'],
    { path: 'followers.json', format: 'json', records: 200 },
  );
}

export function crmCustomers(): FileFacts {
  return file(
    [['first_name', t('identity.person_name')], ['last_name', t('identity.person_name')], ['email', t('contact.email')], ['phone', t('contact.phone')], ['address', t('contact.postal_address')], 'city', 'postal_code', 'customer_since'],
    { path: 'customers.csv', records: 300 },
  );
}

export function djangoUsers(): FileFacts {
  return file(
    [['id', num(1, 500)], ['password', t({ id: 'credential.password_hash', tags: { 'django-pbkdf2': 500 } })], 'last_login', 'is_superuser', 'username', 'first_name', 'last_name', ['email', t('contact.email')], 'is_staff', 'is_active', 'date_joined'],
    { path: 'auth_user.csv', records: 500 },
  );
}

export function fullcontactPerson(): FileFacts {
  return file(
    [
      'status', 'requestId', 'likelihood', 'photos[].url', 'photos[].typeId', 'contactInfo.fullName', 'contactInfo.givenName',
      ['contactInfo.chats[].handle', t('contact.email')], 'contactInfo.websites[].url', 'organizations[].name', 'organizations[].title',
      'demographics.gender', 'demographics.locationGeneral', 'demographics.locationDeduced.city.name', 'socialProfiles[].typeId',
      'socialProfiles[].url', 'socialProfiles[].username', 'socialProfiles[].bio', 'socialProfiles[].followers', 'socialProfiles[].following',
      'digitalFootprint.topics[].value',
    ],
    { path: 'person.json', format: 'json', records: 12 },
  );
}

/** Too little to say anything: two anonymous columns. */
export function anonymous(): FileFacts {
  return file(['a', ['b', num(1, 9, { distinct: 3 })]], { path: 'tiny.csv', records: 3 });
}
