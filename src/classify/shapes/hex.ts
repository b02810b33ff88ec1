// Hex digests and UUIDs.
import type { ValueFeatures } from '../features.js';

/** Only hex digits (given the features: no other characters at all). */
export function isHexOnly(f: ValueFeatures): boolean {
  return f.digits + f.hexLetters === f.length && f.letters === f.hexLetters && f.length > 0;
}

/** Lower- or upper-case hex of a digest length (MD5 32, SHA-1 40, SHA-256 64, SHA-512 128). */
export function digestBits(f: ValueFeatures): number {
  if (!isHexOnly(f) || (f.upper > 0 && f.lower > 0)) return 0;
  switch (f.length) {
    case 32: return 128;
    case 40: return 160;
    case 64: return 256;
    case 128: return 512;
    default: return 0;
  }
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isUuid(v: string, f: ValueFeatures): boolean {
  return f.length === 36 && f.dashes === 4 && UUID.test(v);
}
