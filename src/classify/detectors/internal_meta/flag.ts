import { MATCH, type Detector } from '../../detector.js';
import { isBooleanValue } from '../../shapes/flags.js';

const ROLE = /^[A-Za-z_ -]{2,32}$/;

export const flag: Detector = {
  id: 'internal_meta.flag',
  category: 'internal_meta',
  description: 'Account-administration flag or role: is_admin, is_staff, is_superuser, is_deleted, is_active, banned, role, user_type, livemode/test_mode',
  mask: 'none',
  names: {
    flag: true,
    exact: ['isadmin', 'isstaff', 'issuperuser', 'isdeleted', 'isactive', 'active', 'deleted', 'disabled', 'banned', 'isbanned', 'suspended', 'issuspended', 'locked', 'islocked', 'role', 'roles', 'userrole', 'usertype', 'accounttype', 'permissions', 'istest', 'testmode', 'livemode', 'sandbox', 'isinternal', 'privilege', 'privileges', 'accesslevel', 'admin', 'staff', 'superuser', 'isbot', 'isblocked', 'blocked', 'enabled', 'isenabled', 'statusflag', 'accountstatus', 'userstatus', 'membershiplevel', '角色', '是否删除', '状态', '权限'],
    tokens: [['is', 'admin'], ['is', 'staff'], ['is', 'superuser'], ['is', 'deleted'], ['is', 'active'], ['is', 'banned'], ['is', 'suspended'], ['is', 'locked'], ['is', 'test'], ['is', 'internal'], ['is', 'bot'], ['is', 'blocked'], ['is', 'enabled'], ['is', 'disabled'], ['user', 'role'], ['user', 'type'], ['account', 'type'], ['account', 'status'], ['user', 'status'], ['test', 'mode'], ['live', 'mode'], ['access', 'level'], ['role'], ['roles'], ['permissions'], ['privilege'], ['membership', 'level'], ['vip', 'level']],
    negative: [['at'], ['date'], ['time'], ['by'], ['count'], ['id'], ['name'], ['description']],
  },
  value: {
    gate: (f) => f.length >= 1 && f.length <= 32,
    test: (v) => (isBooleanValue(v) || ROLE.test(v) ? MATCH : null),
    weight: 0,
  },
  examples: {
    valid: ['true', '0', 'admin', 'staff', 'f'],
    invalid: ['2024-01-01 10:00:00', '12345'],
    validNames: ['is_admin', 'is_staff', 'is_superuser', 'is_deleted', 'role', 'livemode', 'user_type', 'active'],
    invalidNames: ['deleted_at', 'role_id', 'role_name'],
  },
};
