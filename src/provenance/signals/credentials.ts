// Internal side, credentials: what a service keeps to authenticate people — never public.
import { ANY_TYPE_MIN, typeOf, type FieldView } from '../context.js';
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths } from './util.js';

const PASSWORD_NAMES = new PatternSet([
  // `pwd` and `pass` are left to the detector's value test: `sudo.pwd` is a working directory.
  'password', 'passwd', 'password_hash', 'passwordhash', 'hashed_password', 'encrypted_password',
  'pass_hash', 'pwhash', 'pw_hash', 'user_pass', 'user_password', 'passwordsalt', 'password_digest', '密码',
]);
const SALT_NAMES = new PatternSet(['salt', 'password_salt', 'passwordsalt', 'pw_salt', 'user_salt']);

/**
 * A plaintext password has no shape of its own, so the type only counts when no other type
 * explains the values (`sudo.pwd` holds directories, typed as storage paths too).
 */
function plainPassword(f: FieldView): boolean {
  const t = typeOf(f, 'credential.password_plain');
  return t !== undefined && !f.report.types.some((x) => x !== t && x.confidence >= ANY_TYPE_MIN);
}

export const passwordHashes: SignalDef = {
  id: 'password-hashes',
  group: 'credentials',
  direction: 'internal',
  weight: 2,
  description: 'Password hashes or passwords',
  fires:
    'A field typed `credential.password_hash`, or `credential.password_plain` with no other confident type, or named like a password column (`password`, `passwd`, `password_hash`, `encrypted_password`, 密码) with non-boolean values; salt columns are named in the evidence.',
  detect(ctx) {
    const fs = ctx.fields.filter(
      (f) => f.report.stats.nonEmpty > f.report.stats.valueKinds.boolean && (typeOf(f, 'credential.password_hash') || plainPassword(f) || ctx.nameIn(f, PASSWORD_NAMES)),
    );
    if (fs.length === 0) return null;
    const schemes = new Set<string>();
    for (const f of fs) for (const k of Object.keys(typeOf(f, 'credential.password_hash')?.tags ?? {})) schemes.add(k);
    const salts = ctx.named(SALT_NAMES);
    const parts = [`password columns ${listFields(fs)}`];
    if (schemes.size > 0) parts.push(`schemes: ${[...schemes].join(', ')}`);
    if (salts.length > 0) parts.push(`salts in ${listFields(salts)}`);
    return { fields: [...paths(fs), ...paths(salts)], evidence: parts.join('; ') };
  },
};

const SECRET_NAMES = new PatternSet([
  'session_id', 'sessionid', 'session_token', 'session_key', 'access_token', 'refresh_token', 'auth_token', 'authtoken',
  'api_key', 'apikey', 'api_secret', 'client_secret', 'secret_key', 'private_key', 'remember_token', 'cookie', 'cookies',
  'csrf_token', 'xsrf_token', 'oauth_token', 'oauth_token_secret', 'bearer_token', 'id_token', 'sid', 'ssid', 'sessid',
  'phpsessid', 'jsessionid', 'secret', 'token', 'two_factor_secret', 'otp_secret', 'totp_secret',
]);

export const secretsAndTokens: SignalDef = {
  id: 'secrets-and-tokens',
  group: 'credentials',
  direction: 'internal',
  weight: 2,
  description: 'Session tokens, API keys or cookies',
  fires:
    'A field typed `credential.session_token`, `credential.api_key` or `credential.jwt`, or named like one (`session_id`, `access_token`, `api_key`, `client_secret`, `remember_token`, `cookie`, …) with non-boolean values.',
  detect(ctx) {
    const fs = ctx
      .namedOrTyped(SECRET_NAMES, 'credential.session_token', 'credential.api_key', 'credential.jwt')
      .filter((f) => f.report.stats.nonEmpty > f.report.stats.valueKinds.boolean);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `secrets in ${listFields(fs)}` };
  },
};

export const cardNumbers: SignalDef = {
  id: 'card-numbers',
  group: 'credentials',
  direction: 'internal',
  weight: 2,
  description: 'Full payment card numbers',
  fires:
    'A field typed `payment.card_number` (Luhn-valid PANs). Half weight when every match is a well-known test card.',
  detect(ctx) {
    const fs = ctx.fields.filter((f) => typeOf(f, 'payment.card_number'));
    if (fs.length === 0) return null;
    let matched = 0;
    let test = 0;
    for (const f of fs) {
      const t = typeOf(f, 'payment.card_number')!;
      matched += t.matched;
      test += t.testValues;
    }
    const onlyTest = matched > 0 && test >= matched;
    return {
      fields: paths(fs),
      evidence: `card numbers in ${listFields(fs)}${onlyTest ? ' (all well-known test cards)' : ''}`,
      factor: onlyTest ? 0.5 : 1,
    };
  },
};
