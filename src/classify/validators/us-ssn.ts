// US Social Security number rules (SSA): area 001–899 except 666, group 01–99, serial 0001–9999.
// Numbers outside these ranges were never issued; a few were published in advertising.

/** Widely published numbers (the Woolworth wallet card, the Social Security card ad, 123-45-6789). */
const ADVERTISED = new Set(['078051120', '219099999', '123456789', '457555462']);

export type SsnClass = 'valid' | 'never-issued' | 'advertised';

/** `d`: 9 digits. */
export function classifySsn(d: string): SsnClass {
  if (ADVERTISED.has(d)) return 'advertised';
  const area = +d.slice(0, 3);
  const group = +d.slice(3, 5);
  const serial = +d.slice(5, 9);
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return 'never-issued';
  return 'valid';
}
