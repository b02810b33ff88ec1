import { ISO_COUNTRIES } from '../shapes/countries.js';

// SWIFT/BIC (ISO 9362): 4-letter institution, ISO 3166 country, 2-character location,
// optional 3-character branch. A '0' as the location's second character marks a test BIC.

const BIC = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export type BicCheck = 'valid' | 'test' | 'invalid';

export function checkBic(s: string): BicCheck {
  const m = BIC.exec(s);
  if (!m || !ISO_COUNTRIES.has(m[1])) return 'invalid';
  return s.charCodeAt(7) === 48 ? 'test' : 'valid';
}
