import { MATCH, WEAK, type Detector } from '../../detector.js';

// House number + street words + a street suffix, in either order ("123 Main St", "Baker Street 221b").
// `\p{L}{0,30}` before a joined suffix (Hauptstraße), not `\p{L}*`: unbounded, it backtracks quadratically.
const STREET_SUFFIX = '(?:st|street|str|strasse|straße|ave|avenue|av|rd|road|ln|lane|blvd|boulevard|dr|drive|ct|court|pl|place|way|sq|square|ter|terrace|pkwy|parkway|hwy|highway|cir|circle|trl|trail|row|close|crescent|cres|gardens|gdns|rue|via|calle|weg|gasse|platz|laan|straat|vej|gatan|utca|ulica)';
const STREET = new RegExp(`^(?:\\d{1,6}[A-Za-z]?[ ,]+(?:[\\p{L}.'-]+ ){0,5}${STREET_SUFFIX}\\.?(?:\\b|$)|(?:[\\p{L}.'-]+ ){0,4}\\p{L}{0,30}${STREET_SUFFIX}\\.? \\d{1,5}[a-z]?\\b)`, 'iu');
const CN_ADDRESS = /[省市区县镇乡村路街道巷弄号楼室栋]/;
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|postfach|apartado)\s*\d+/i;

export const postalAddress: Detector = {
  id: 'contact.postal_address',
  category: 'contact',
  description: 'Street / postal address (street lines, billing and shipping addresses, 地址)',
  mask: 'generic',
  names: {
    exact: ['address', 'addr', 'street', 'streetaddress', 'address1', 'address2', 'addressline1', 'addressline2', 'billingaddress', 'shippingaddress', 'homeaddress', 'mailingaddress', 'line1', 'line2', '地址', '收货地址', '详细地址', '家庭住址', '住址', '通讯地址'],
    tokens: [['address'], ['street'], ['street', 'address'], ['address', 'line'], ['address', 'street'], ['billing', 'address'], ['shipping', 'address'], ['home', 'address'], ['mailing', 'address'], ['postal', 'address'], ['address', 'line', '1'], ['address', 'line', '2'], ['address', 'line1'], ['line', '1'], ['line', '2'], ['street', 'line']],
    negative: [['email'], ['ip'], ['mac'], ['wallet'], ['web'], ['url'], ['bitcoin'], ['btc'], ['eth'], ['memory'], ['contract'], ['server'], ['host'], ['remote'], ['client'], ['id'], ['city'], ['country'], ['state'], ['zip'], ['postal', 'code'], ['verification'], ['status'], ['type']],
  },
  value: {
    gate: (f) => f.length >= 4 && f.length <= 300 && (f.letters > 0 || f.nonAscii > 0) && f.at === 0,
    test(v, f) {
      if (f.nonAscii >= 4 && f.digits >= 1 && CN_ADDRESS.test(v)) return MATCH;
      if (f.digits >= 1 && f.spaces >= 1 && (STREET.test(v) || PO_BOX.test(v))) return MATCH;
      return f.slashes < 2 && v.indexOf('\n') < 0 ? WEAK : null;
    },
    weight: 0.85,
  },
  examples: {
    valid: ['123 Main St', '1600 Amphitheatre Parkway', 'Baker Street 221b', '北京市朝阳区建国路88号', 'PO Box 1234', '47 MySakila Drive', 'Flat 2, High Road'],
    invalid: ['jane@x.com', 'https://a.b/c/d'],
    validNames: ['address', 'street_address', 'address_line1', 'billing_address', 'shipping_address', 'Address', 'address.line1', '地址', 'BillingAddress'],
    invalidNames: ['email_address', 'ip_address', 'mac_address', 'address_id', 'wallet_address', 'Address Status', 'remote_addr'],
  },
};
