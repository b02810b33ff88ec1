import { MATCH, TEST_VALUE, WEAK, type Detector } from '../../detector.js';
import { isPersonNameShape } from '../../shapes/text.js';

/** Placeholder names used by test fixtures and processor docs. */
const TEST_NAMES = new Set(['john doe', 'jane doe', 'jenny rosen', 'test user', 'test', 'max mustermann', 'erika mustermann', 'john smith', 'foo bar', 'joe bloggs', 'john q public', 'test test', 'first last', 'firstname lastname', '张三', '李四', '王五', 'doe', 'john', 'jane']);

export const personName: Detector = {
  id: 'identity.person_name',
  category: 'identity',
  description: 'A person\'s real name: full, first, last, given, family name, cardholder, payer (name-led; values must be name-shaped, so ids and UUIDs fail)',
  mask: 'generic',
  names: {
    exact: ['name', 'fullname', 'firstname', 'lastname', 'surname', 'givenname', 'familyname', 'middlename', 'realname', 'legalname', 'customername', 'cardholder', 'cardholdername', 'holdername', 'payername', 'contactname', 'billingname', 'shippingname', 'recipientname', 'recipient', 'employeename', 'patientname', 'fio', '姓名', '名字', '真实姓名', '收货人', '联系人', '收件人', '持卡人'],
    tokens: [['full', 'name'], ['first', 'name'], ['last', 'name'], ['given', 'name'], ['family', 'name'], ['middle', 'name'], ['real', 'name'], ['legal', 'name'], ['customer', 'name'], ['cardholder', 'name'], ['card', 'holder', 'name'], ['holder', 'name'], ['account', 'holder'], ['account', 'holder', 'name'], ['payer', 'name'], ['contact', 'name'], ['billing', 'name'], ['shipping', 'name'], ['recipient', 'name'], ['employee', 'name'], ['patient', 'name'], ['merge', 'first', 'name'], ['merge', 'last', 'name'], ['person', 'name'], ['billing', 'details', 'name'], ['owner', 'name'], ['name', 'on', 'card'], ['maiden', 'name'], ['father', 'name'], ['mother', 'name'], ['spouse', 'name'], ['beneficiary', 'name']],
    negative: [['file'], ['host'], ['domain'], ['company'], ['business'], ['product'], ['campaign'], ['bank'], ['app'], ['device'], ['event'], ['music'], ['artist'], ['brand'], ['store'], ['city'], ['country'], ['street'], ['channel'], ['organization'], ['state'], ['region'], ['county'], ['continent'], ['category'], ['keyword'], ['topic'], ['tag'], ['provider'], ['type'], ['language'], ['plan'], ['product'], ['team'], ['group'], ['department'], ['industry'], ['hashtag'], ['album'], ['file'], ['table'], ['field'], ['column'], ['event'], ['segment'], ['audience'], ['browser'], ['os'], ['platform'], ['network'], ['carrier'], ['font'], ['price'], ['merchant'], ['store'], ['shop'], ['company'], ['bank'], ['price'], ['card', 'brand']],
  },
  value: {
    gate: (f) => f.length >= 2 && f.length <= 60 && f.digits <= 2 && f.at === 0 && f.slashes === 0,
    test(v, f) {
      if (isPersonNameShape(v, f)) return TEST_NAMES.has(v.toLowerCase()) ? TEST_VALUE : MATCH;
      // Other short labels (PARTNER1, ACME GmbH & Co) only under a name-like field; hashes and ids never.
      return f.digits <= 2 && f.other === 0 && f.slashes === 0 && f.underscores === 0 && f.letters >= 3 && f.length <= 60 && v.indexOf('\n') < 0 ? WEAK : null;
    },
    weight: 0,
  },
  examples: {
    valid: ['Jane Smith', "Seán O'Brien", 'María-José García', '王小明', 'Lorang', 'bart lorang'],
    invalid: ['550e8400-e29b-41d4-a716-446655440000', 'user_42', 'x', 'jane@x.com', 'WLcyudjLopZCAwVCG42LtA==', '5eb63bbbe01eeed093cb22bb8f5acdc3'],
    testValues: ['John Doe', 'Jenny Rosen', '张三'],
    validNames: ['name', 'full_name', 'first_name', 'lastName', 'fl_nm', 'given_name', 'merge_fname', 'cardholder_name', '姓名', 'billing_details.name', 'FirstName'],
    invalidNames: ['file_name', 'hostname', 'user_name', 'campaign_name', 'display_name', 'company_name', 'nickName'],
  },
};
