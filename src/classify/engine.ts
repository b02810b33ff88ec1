// Runs detectors over one field: name hints once, value tests per value behind the cheap
// gate, then combines both into a confidence per candidate type (see docs/detection.md).
import type { TypeMatch } from '../report/schema.js';
import { categoryOf, type Detector, type FieldSummary } from './detector.js';
import { computeFeatures, emptyFeatures, MAX_VALUE_LENGTH } from './features.js';
import { prepareName, scoreName, type NameEvidence } from './names.js';

/** After this many checked values with no hit at all, a detector stops testing the field. */
const GIVE_UP_AFTER = 256;
/** Types below this confidence are not listed. */
export const MIN_CONFIDENCE = 0.25;
const MAX_TYPES = 5;
const NAME_WEIGHT = 0.6;
const NAME_ONLY_WEIGHT = 0.85;

const scratch = emptyFeatures();
const NO_TAGS: ReadonlyMap<string, number> = new Map();

export class FieldClassifier {
  private readonly names: NameEvidence[];
  private readonly checked: Uint32Array;
  private readonly matched: Uint32Array;
  private readonly testValues: Uint32Array;
  private readonly checksumFailures: Uint32Array;
  private readonly active: Uint8Array;
  private readonly tags: (Map<string, number> | undefined)[];
  private readonly valueIdx: number[];

  constructor(
    readonly path: string,
    private readonly detectors: readonly Detector[],
  ) {
    const prepared = prepareName(path);
    this.names = detectors.map((d) => scoreName(prepared, d.names));
    const n = detectors.length;
    this.checked = new Uint32Array(n);
    this.matched = new Uint32Array(n);
    this.testValues = new Uint32Array(n);
    this.checksumFailures = new Uint32Array(n);
    this.active = new Uint8Array(n);
    this.tags = new Array(n);
    this.valueIdx = [];
    detectors.forEach((d, i) => {
      if (!d.value) return;
      // A value test with weight 0 only confirms a name: skip it when the name says nothing.
      if ((d.value.weight ?? 0.95) === 0 && this.names[i].score === 0) return;
      this.active[i] = 1;
      this.valueIdx.push(i);
    });
  }

  /** Feed one non-empty value (already stringified). */
  observe(raw: string): void {
    const value = raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw;
    const f = computeFeatures(value, scratch);
    const idx = this.valueIdx;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k];
      if (this.active[i] === 0) continue;
      const v = this.detectors[i].value!;
      const c = ++this.checked[i];
      const r = v.gate(f) ? v.test(value, f) : null;
      if (r === null) {
        if (c >= GIVE_UP_AFTER && this.matched[i] === 0 && this.checksumFailures[i] === 0 && this.names[i].score === 0) {
          this.active[i] = 0;
        }
        continue;
      }
      if (r.kind === 'checksum-fail') this.checksumFailures[i]++;
      else {
        this.matched[i]++;
        if (r.kind === 'test') this.testValues[i]++;
      }
      if (r.tag !== undefined) {
        let m = this.tags[i];
        if (!m) this.tags[i] = m = new Map();
        m.set(r.tag, (m.get(r.tag) ?? 0) + 1);
      }
    }
  }

  /** Combine name and value evidence into the field's candidate types, best first. */
  finish(summary: FieldSummary): TypeMatch[] {
    const out: TypeMatch[] = [];
    this.detectors.forEach((d, i) => {
      const conf = this.confidence(d, i, summary);
      if (conf < MIN_CONFIDENCE) return;
      const basis: ('name' | 'value')[] = [];
      if (this.names[i].score > 0) basis.push('name');
      if (this.matched[i] > 0) basis.push('value');
      out.push({
        id: d.id,
        category: categoryOf(d.id) as TypeMatch['category'],
        confidence: Math.round(conf * 1000) / 1000,
        matched: this.matched[i],
        checked: this.checked[i],
        testValues: this.testValues[i],
        checksumFailures: this.checksumFailures[i],
        basis,
        tags: Object.fromEntries([...(this.tags[i] ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])),
      });
    });
    out.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    return out.slice(0, MAX_TYPES);
  }

  private confidence(d: Detector, i: number, s: FieldSummary): number {
    const name = this.names[i];
    const fieldFit = d.field
      ? clamp01(d.field(s, { nameScore: name.score, matched: this.matched[i], checked: this.checked[i], tags: this.tags[i] ?? NO_TAGS }))
      : 1;
    let conf: number;
    if (!d.value) {
      conf = NAME_ONLY_WEIGHT * name.score;
    } else {
      const checked = this.checked[i];
      const share = checked > 0 ? this.matched[i] / checked : 0;
      const weight = d.value.weight ?? 0.95;
      // A handful of values is weaker evidence than a full column.
      const support = Math.min(1, checked / 3);
      const v = share * support;
      if (name.score > 0 && checked >= 5 && share < 0.2) {
        // The name says one thing and the values another: trust neither much.
        conf = 0.4 * name.score * (weight === 0 ? 0 : 1);
      } else if (weight === 0) {
        conf = name.score > 0 ? 1 - (1 - 0.95 * v) * (1 - NAME_WEIGHT * name.score) : 0;
        if (v === 0) conf = 0;
      } else {
        conf = 1 - (1 - weight * v) * (1 - NAME_WEIGHT * name.score);
      }
    }
    if (name.negative) conf *= 0.4;
    return clamp01(conf * fieldFit);
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
