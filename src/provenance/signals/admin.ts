// Internal side, account administration: columns a service keeps about its own accounts —
// roles and flags, login history, verification and deletion state, row audit times.
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths } from './util.js';

const FLAG_NAMES = new PatternSet([
  'is_admin', 'is_staff', 'is_superuser', 'superuser', 'admin', 'is_moderator', 'moderator', 'role', 'roles', 'user_role',
  'user_type', 'permissions', 'is_banned', 'banned', 'is_deleted', 'deleted', 'is_blocked', 'blocked', 'is_active',
  'is_test', 'test_account', 'is_internal', 'account_status', 'user_status', 'kyc_status', 'risk_level', 'is_suspended',
  'suspended', 'group_id', 'groupid', 'is_vip', 'vip',
]);

export const adminFlags: SignalDef = {
  id: 'admin-flags',
  group: 'account-admin',
  direction: 'internal',
  weight: 1.5,
  description: 'Admin, role and account-state flags',
  fires:
    'Fields typed `internal_meta.flag` or named like account flags (`is_admin`, `is_staff`, `is_superuser`, `role`, `is_deleted`, `is_banned`, `test_account`, …) outside public catalogues; two thirds of the weight for one field, full for two or more.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(FLAG_NAMES, 'internal_meta.flag');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `account flags ${listFields(fs)}`, factor: fs.length >= 2 ? 1 : 2 / 3 };
  },
};

const LIFECYCLE_NAMES = new PatternSet([
  'last_login', 'last_login_at', 'last_login_ip', 'last_login_time', 'last_login_date', 'lastlogin', 'last_seen',
  'last_seen_at', 'last_active', 'last_active_at', 'last_activity', 'last_ip', 'email_verified_at', 'email_verified',
  'phone_verified', 'phone_verified_at', 'verified_at', 'deleted_at', 'banned_at', 'suspended_at', 'password_changed_at',
  'password_reset_token', 'reset_token', 'reset_password_token', 'reset_password_sent_at', 'failed_login_attempts',
  'login_count', 'login_attempts', 'sign_in_count', 'current_sign_in_ip', 'last_sign_in_ip', 'current_sign_in_at',
  'last_sign_in_at', 'date_joined', 'activated_at', 'confirmed_at', 'confirmation_token', 'confirmation_sent_at',
  'locked_at', 'lockout_end', 'unlock_token', 'mfa_enabled', 'two_factor_enabled', 'registration_ip', 'signup_ip',
]);

export const accountLifecycle: SignalDef = {
  id: 'account-lifecycle',
  group: 'account-admin',
  direction: 'internal',
  weight: 1.5,
  description: 'Account lifecycle columns (logins, verification, deletion)',
  fires:
    'Fields named like login history and account state (`last_login`, `last_login_ip`, `email_verified_at`, `deleted_at`, `date_joined`, `sign_in_count`, `confirmation_token`, …) outside public catalogues; two thirds of the weight for one field, full for two or more.',
  detect(ctx) {
    const fs = ctx.namedOrTyped(LIFECYCLE_NAMES);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `lifecycle columns ${listFields(fs)}`, factor: fs.length >= 2 ? 1 : 2 / 3 };
  },
};

const AUDIT_NAMES = new PatternSet([
  'created_at', 'updated_at', 'modified_at', 'last_update', 'last_updated', 'last_modified', 'create_date',
  'created_date', 'updated_date', 'modified_date', 'inserted_at', 'created_on', 'updated_on', 'modified_on', 'created_by',
  'updated_by', 'modified_by', 'create_time', 'update_time', 'gmt_create', 'gmt_modified', 'last_changed',
]);

export const auditTimestamps: SignalDef = {
  id: 'audit-timestamps',
  group: 'account-admin',
  direction: 'internal',
  weight: 0.5,
  description: 'Row audit timestamps',
  fires:
    'Fields typed `internal_meta.audit_timestamp` or named like row bookkeeping (`created_at`, `updated_at`, `last_update`, `gmt_modified`, `created_by`, …) outside public catalogues (a tweet\'s `created_at` is public and does not count).',
  detect(ctx) {
    const fs = ctx.namedOrTyped(AUDIT_NAMES, 'internal_meta.audit_timestamp');
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `audit timestamps ${listFields(fs)}` };
  },
};
