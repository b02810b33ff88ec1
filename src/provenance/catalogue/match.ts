// Which fields of a file belong to a public platform catalogue, per platform family.
import type { FieldView } from '../context.js';
import { norm, PatternSet } from '../paths.js';
import { isEnvelopeLeftover } from './envelope.js';
import { PLATFORM_FAMILIES, type PlatformFamily } from './platforms.js';

/** Leaves a generic catalogue entry never claims: they are not on public profiles. */
const NEVER_PUBLIC = new Set(
  ['email', 'email_address', 'phone', 'phone_number', 'mobile', 'password', 'password_hash', 'ip', 'ip_address', 'last_login_ip',
    'token', 'access_token', 'session_id', 'ssn', 'birth_date', 'birthdate', 'dob', 'address', 'openid', 'unionid', 'open_id', 'union_id'].map(norm),
);

interface CompiledFamily {
  family: PlatformFamily;
  distinctive: PatternSet;
  generic: PatternSet;
}

const COMPILED: CompiledFamily[] = PLATFORM_FAMILIES.map((family) => ({
  family,
  distinctive: new PatternSet(family.distinctive),
  generic: new PatternSet(family.generic),
}));

export interface FamilyMatch {
  family: PlatformFamily;
  /** Paths matched by distinctive entries. */
  distinctive: string[];
  /** All matched paths (distinctive and generic). */
  fields: string[];
}

export interface CatalogueMatch {
  /** Recognised families, most matched fields first. */
  families: FamilyMatch[];
  /** Every path some recognised family claims. */
  fields: Set<string>;
  /** Fields considered for the share (envelope leftovers of JSON responses excluded). */
  considered: number;
  /** fields.size / considered. */
  share: number;
}

export function matchCatalogue(fields: readonly FieldView[], jsonLike: boolean): CatalogueMatch {
  const considered = fields.filter((f) => !(jsonLike && isEnvelopeLeftover(f.segs)));
  const families: FamilyMatch[] = [];
  const claimed = new Set<string>();
  for (const c of COMPILED) {
    const distinctive = considered.filter((f) => c.distinctive.has(f.segs)).map((f) => f.path);
    if (distinctive.length < (c.family.minDistinctive ?? 2)) continue;
    const seen = new Set(distinctive);
    for (const f of considered) {
      if (!seen.has(f.path) && !NEVER_PUBLIC.has(f.leaf) && c.generic.has(f.segs)) seen.add(f.path);
    }
    const list = [...seen];
    families.push({ family: c.family, distinctive, fields: list });
    for (const p of list) claimed.add(p);
  }
  families.sort((a, b) => b.fields.length - a.fields.length || a.family.id.localeCompare(b.family.id));
  return {
    families,
    fields: claimed,
    considered: considered.length,
    share: considered.length > 0 ? claimed.size / considered.length : 0,
  };
}
