// Internal side, personal data no public page shows: app-scoped ids, government ids, private
// contact details, device ids, HR records — and the joins of public profiles with them.
import { typeOf, type FieldView, type FileContext } from '../context.js';
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths, pct, union } from './util.js';

const APP_SCOPED_NAMES = new PatternSet(['openid', 'open_id', 'unionid', 'union_id', 'wx_openid', 'mp_openid', 'wechat_openid', 'wx_unionid', 'tt_open_id', 'app_scoped_id', 'asid', 'wxid']);

export const appScopedIds: SignalDef = {
  id: 'app-scoped-ids',
  group: 'personal',
  direction: 'internal',
  weight: 2,
  description: 'App-scoped user ids (WeChat openid/unionid, TikTok open_id)',
  fires:
    'Fields named `openid`, `unionid`, `open_id`, `union_id`, … or typed `identity.platform_scoped_id` outside public catalogues (TikTok `secUid` is public and does not count). Only the operator of the app or official account holds them.',
  detect(ctx) {
    const fs = ctx.fields.filter((f) => {
      if (ctx.catalogue.fields.has(f.path)) return false;
      if (ctx.nameIn(f, APP_SCOPED_NAMES)) return true;
      const t = typeOf(f, 'identity.platform_scoped_id');
      return t !== undefined && !Object.keys(t.tags).some((k) => /sec/i.test(k));
    });
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `app-scoped ids ${listFields(fs)}` };
  },
};

const GOV_NAMES = new PatternSet([
  'ssn', 'social_security_number', 'national_id', 'national_id_number', 'id_card', 'id_card_number', 'idcard',
  'id_number', 'passport', 'passport_number', 'passport_no', 'tax_id', 'tin', 'nin', 'aadhaar', 'cpf', 'dni', 'nric',
  '身份证号', '身份证', '身份证号码', '证件号', '护照号',
]);

export const governmentIds: SignalDef = {
  id: 'government-ids',
  group: 'personal',
  direction: 'internal',
  weight: 2,
  description: 'Government identity numbers',
  fires: 'Fields typed `government_id.*` (US SSN, Chinese resident id with its check digit, passport) or named like them (`ssn`, `national_id`, `passport_number`, 身份证号, …) with values.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(GOV_NAMES, 'government_id.').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `government ids ${listFields(fs)}` };
  },
};

const CONTACT_NAMES = new PatternSet([
  'email', 'e_mail', 'email_address', 'emailaddress', 'mail', 'phone', 'phone_number', 'phonenumber', 'mobile',
  'mobile_phone', 'mobile_number', 'cellphone', 'cellphone_number', 'telephone', 'telephone_number', 'tel', 'fax',
  'address', 'street', 'street_address', 'address_line1', 'address_line_1', 'address1', 'home_address', 'birth_date',
  'birthdate', 'birthday', 'dob', 'date_of_birth', '手机号', '手机', '邮箱', '电话', '地址', '出生日期',
]);
const CONTACT_TYPES = ['contact.email', 'contact.phone', 'contact.postal_address', 'identity.birth_date'];

/** Non-empty contact details (email, phone, postal address, birth date) outside public catalogues. */
export function privateContactFields(ctx: FileContext): FieldView[] {
  return ctx.once('private-contact', () =>
    ctx.fields.filter((f) => {
      if (ctx.catalogue.fields.has(f.path) || f.report.stats.nonEmpty === 0) return false;
      if (ctx.nameIn(f, CONTACT_NAMES)) return true;
      // Types catch what names miss: chat `handle`s that are email addresses, 手机 columns.
      return CONTACT_TYPES.some((id) => typeOf(f, id) !== undefined);
    }),
  );
}

export const privateContactList: SignalDef = {
  id: 'private-contact-list',
  group: 'personal',
  direction: 'internal',
  weight: 1.5,
  description: 'Private contact details without public profiles',
  fires:
    'Emails, phones, postal addresses or birth dates (by type or name) at least 30% filled, in a file where public catalogues explain under 25% of the fields — a customer, member or contact list. Half the weight for one such field, 0.8 for two, full for three or more.',
  detect(ctx) {
    if (ctx.catalogue.share >= 0.25) return null;
    const fs = privateContactFields(ctx);
    if (!fs.some((f) => f.fill >= 0.3)) return null;
    return { fields: paths(fs), evidence: `contact details ${listFields(fs)}`, factor: fs.length >= 3 ? 1 : fs.length === 2 ? 0.8 : 0.5 };
  },
};

export const enumerationJoin: SignalDef = {
  id: 'enumeration-join',
  group: 'personal',
  direction: 'internal',
  weight: 2,
  description: 'Public profiles joined with one near-complete private contact column',
  fires:
    'Public catalogues explain at least 40% of the fields, and 1–3 private contact fields sit beside them, one of them at least 80% filled — the shape of the Facebook 2021 and Twitter 2022 enumeration datasets.',
  detect(ctx) {
    if (ctx.catalogue.share < 0.4) return null;
    const fs = privateContactFields(ctx);
    const full = fs.filter((f) => f.fill >= 0.8);
    if (fs.length === 0 || fs.length > 3 || full.length === 0) return null;
    return {
      fields: paths(fs),
      evidence: `public profile fields (${pct(ctx.catalogue.share)}) joined with ${listFields(full)} (${pct(full[0].fill)} filled)`,
    };
  },
};

const INFERRED = new PatternSet(['demographics.*', 'likelihood', 'ageRange', 'age_range', 'interests', 'scores.*', 'locationDeduced.*', 'inferred_salary']);

export const enrichmentJoin: SignalDef = {
  id: 'enrichment-join',
  group: 'personal',
  direction: 'internal',
  weight: 2,
  description: 'Aggregated social profiles joined with contact details or inferred attributes',
  fires:
    'Aggregator-style social profiles (`socialProfiles[]`, `linkedin_url`, `twitter_url`, `job_title`…) in the same record as private contact details or inferred attributes (`demographics.*`, `likelihood`, `interests`) — a third-party enrichment/aggregator record.',
  detect(ctx) {
    const agg = ctx.catalogue.families.find((m) => m.family.id === 'social-aggregate');
    if (!agg) return null;
    const joined = union(privateContactFields(ctx), ctx.named(INFERRED).filter((f) => !ctx.catalogue.fields.has(f.path)));
    if (joined.length === 0) return null;
    return { fields: paths(joined), evidence: `${agg.fields.length} aggregated profile fields joined with ${listFields(joined)}` };
  },
};

const HR_NAMES = new PatternSet([
  'hire_date', 'hiredate', 'salary', 'employee_id', 'employeeid', 'employee_number', 'reports_to', 'department',
  'job_grade', 'manager_id', 'termination_date', 'employment_status', 'payroll', 'wage', '入职日期', '工资', '部门',
]);

export const employeeRecords: SignalDef = {
  id: 'employee-records',
  group: 'personal',
  direction: 'internal',
  weight: 1.5,
  description: 'Employee/HR records',
  fires: 'At least 2 fields named like HR data (`hire_date`, `salary`, `employee_id`, `reports_to`, `department`, …).',
  detect(ctx) {
    const fs = ctx.namedOrTyped(HR_NAMES);
    if (fs.length < 2) return null;
    return { fields: paths(fs), evidence: `HR fields ${listFields(fs)}` };
  },
};

const DEVICE_NAMES = new PatternSet([
  'idfa', 'idfv', 'gaid', 'android_id', 'imei', 'device_id', 'deviceid', 'mac', 'mac_address', 'user_fingerprint',
  'domain_userid', 'network_userid', 'anonymous_id', 'anonymousId', 'cookie_id', 'fbp', 'fbc', 'ga_client_id', 'user_pseudo_id',
  'distinct_id', 'amplitude_id',
]);

export const deviceIdentifiers: SignalDef = {
  id: 'device-identifiers',
  group: 'personal',
  direction: 'internal',
  weight: 1,
  description: 'Device and cookie identifiers',
  fires: 'Fields typed `device.device_id` or `device.mac_address`, or named like advertising/device/cookie ids (`idfa`, `gaid`, `imei`, `device_id`, `domain_userid`, `anonymous_id`, `fbp`, …).',
  detect(ctx) {
    const fs = ctx.namedOrTyped(DEVICE_NAMES, 'device.device_id', 'device.mac_address').filter((f) => f.report.stats.nonEmpty > 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `device/cookie ids ${listFields(fs)}` };
  },
};
