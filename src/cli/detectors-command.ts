// `leaksift detectors`: the catalogue as a table or JSON (id, category, description, validator,
// one example). Examples are the detectors' own synthetic vectors, never scanned data.
import type { Detector } from '../classify/detector.js';

export interface DetectorListing {
  id: string;
  category: string;
  description: string;
  validator: string | null;
  /** `value` when the detector tests values, `name` when only field names decide. */
  decidedBy: 'value' | 'name';
  example: string | null;
  exampleName: string | null;
}

export function listDetectors(detectors: readonly Detector[]): DetectorListing[] {
  return detectors.map((d) => ({
    id: d.id,
    category: d.category,
    description: d.description,
    validator: d.validator ?? null,
    decidedBy: d.value && (d.value.weight ?? 0.95) > 0 ? 'value' : 'name',
    example: d.examples.valid[0] ?? d.examples.testValues?.[0] ?? null,
    exampleName: d.examples.validNames?.[0] ?? null,
  }));
}

const MAX_EXAMPLE = 40;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

export function renderDetectorList(detectors: readonly Detector[], format: 'text' | 'json'): string {
  const rows = listDetectors(detectors);
  if (format === 'json') return JSON.stringify({ detectors: rows }, null, 2) + '\n';
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  const valWidth = Math.max(9, ...rows.map((r) => (r.validator ?? '–').length));
  const lines = [
    `${rows.length} detectors (value-led types decide from values alone; name-led ones need a field name that says so)`,
    '',
  ];
  let category = '';
  for (const r of rows) {
    if (r.category !== category) {
      category = r.category;
      lines.push(`${category}`);
    }
    const example = r.example !== null ? `e.g. ${clip(r.example, MAX_EXAMPLE)}` : `field ${r.exampleName ?? ''}`;
    lines.push(`  ${pad(r.id, idWidth)}  ${pad(r.decidedBy, 5)}  ${pad(r.validator ?? '–', valWidth)}  ${example}`);
    lines.push(`  ${' '.repeat(idWidth)}  ${clip(r.description, 110)}`);
  }
  return lines.join('\n') + '\n';
}
