import { WEAK, matchTag, type Detector } from '../../detector.js';

const FQDN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24})\.?$/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Suffixes that only resolve inside an organisation's network. */
const INTERNAL = /(?:^|\.)(?:internal|local|localdomain|corp|lan|intranet|intra|home\.arpa|home|private|priv|cluster\.local|svc|consul|ec2\.internal|compute\.internal)\.?$/i;
const EC2_NAME = /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.|$)/i;
const RESERVED = /(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:test|example|invalid|localhost))\.?$|^localhost$/i;
/** Common TLDs (and internal suffixes) a hostname may end in; file extensions are not among them. */
const TLDS = new Set(('com net org edu gov mil int io co ai app dev info biz me tv us uk de cn ru jp fr it es nl br au ca in ch se no dk fi pl cz at be ie nz za kr tw hk sg my id th vn ph tr gr pt hu ro il ae sa mx ar cl pe ve ua by kz xyz top site online club shop store tech cloud page blog news live ' +
  'local internal corp lan intranet intra arpa localdomain home private priv test example invalid localhost svc consul eu asia mobi name pro aero jobs travel tk ml ga cf gq ly fm gg sh to ws cc su ir pk bd ng ke eg ma tn lk np lt lv ee si sk hr rs bg md ge am az uz is lu li mt cy mc ad').split(' '));

export const hostname: Detector = {
  id: 'network.hostname',
  category: 'network',
  description: 'Host or domain name; internal suffixes (.internal, .local, .corp, .lan, ip-10-… EC2 names) tagged internal, reserved example/test domains count as test values',
  mask: 'generic',
  names: {
    exact: ['host', 'hostname', 'domain', 'domainname', 'fqdn', 'server', 'servername', 'httphost', 'vhost', 'node', 'nodename', 'machine', 'machinename', 'computername', 'urlhost', 'pageurlhost', 'refrurlhost', '主机名', '域名'],
    tokens: [['host'], ['host', 'name'], ['domain'], ['domain', 'name'], ['fqdn'], ['server', 'name'], ['http', 'host'], ['url', 'host'], ['node', 'name'], ['machine', 'name'], ['computer', 'name'], ['vhost']],
    negative: [['id'], ['count'], ['port'], ['type'], ['user'], ['session']],
  },
  value: {
    gate: (f) => f.length >= 3 && f.length <= 253 && f.spaces === 0 && f.at === 0 && f.slashes === 0 && f.colons === 0 && f.letters >= 1 && f.underscores === 0 && f.other === 0,
    test(v, f) {
      if (f.dots === 0) {
        if (v === 'localhost') return matchTag('reserved', 'test');
        if (EC2_NAME.test(v)) return matchTag('internal');
        return LABEL.test(v) ? WEAK : null;
      }
      const m = FQDN.exec(v);
      if (!m || !TLDS.has(m[1].toLowerCase())) return null;
      if (RESERVED.test(v)) return matchTag('reserved', 'test');
      return matchTag(INTERNAL.test(v) || EC2_NAME.test(v) ? 'internal' : 'public');
    },
    weight: 0.6,
  },
  examples: {
    valid: ['api.tiktok.com', 'ip-10-77-20-248.ec2.internal', 'db01.corp', 'ip-10-77-20-248', 'www.semicomplete.com', 'printer.local'],
    invalid: ['photo.jpg', 'St.Louis Blues', 'com.zhiliaoapp.musically', '10.0.0.1', 'https://a.com/x'],
    testValues: ['example.com', 'api.shop.test', 'localhost'],
    validNames: ['host', 'hostname', 'domain', 'server_name', 'http_host', 'page_urlhost'],
    invalidNames: ['host_id', 'domain_userid', 'port'],
  },
};
