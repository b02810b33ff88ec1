import { luhnValid } from './luhn.js';

// IMEI: 14-digit body (8-digit type allocation code + 6-digit serial) and a Luhn check digit.

/** `d`: exactly 15 digits. The reporting-body prefix (first two digits) must be allocated (01–99 except 00). */
export function imeiValid(d: string): boolean {
  if (d.length !== 15 || d.charCodeAt(0) === 48 && d.charCodeAt(1) === 48) return false;
  return luhnValid(d);
}
