// --sample: a seeded sample of each file's records. A fraction ("5%") keeps each record with
// that probability as it streams by; a count ("10000") keeps a uniform reservoir of that many
// records (memory grows with the count, never with the file) and profiles them at the end.
import type { FlatRecord } from '../read/types.js';
import { hash32 } from '../profile/hyperloglog.js';
import { Xorshift32 } from '../profile/random.js';

export type SampleSpec = { kind: 'fraction'; fraction: number; seed: number } | { kind: 'count'; count: number; seed: number };

export function parseSample(v: string, seed: number): SampleSpec | null {
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(v);
  if (pct) {
    const fraction = +pct[1] / 100;
    return fraction > 0 && fraction <= 1 ? { kind: 'fraction', fraction, seed } : null;
  }
  if (/^\d+$/.test(v) && +v >= 1) return { kind: 'count', count: +v, seed };
  return null;
}

export class RecordSampler {
  seen = 0;
  private readonly rng: Xorshift32;
  private readonly kept: FlatRecord[] = [];

  constructor(
    readonly spec: SampleSpec,
    path: string,
  ) {
    // Each file gets its own stream of random numbers, the same on every run with this seed.
    this.rng = new Xorshift32(hash32(`${spec.seed}:${path}`));
  }

  private random(): number {
    return this.rng.next();
  }

  /** Fraction mode: the record to profile now, or null. Count mode: always null (see drain). */
  offer(record: FlatRecord): FlatRecord | null {
    this.seen++;
    if (this.spec.kind === 'fraction') return this.random() < this.spec.fraction ? record : null;
    const copy = { fields: record.fields, values: record.values.slice(), line: record.line };
    if (this.kept.length < this.spec.count) this.kept.push(copy);
    else {
      const j = Math.floor(this.random() * this.seen);
      if (j < this.spec.count) this.kept[j] = copy;
    }
    return null;
  }

  /** Count mode: the reservoir, once the file has been read. */
  drain(): FlatRecord[] {
    return this.kept.splice(0);
  }
}

/** Wilson score interval (95%) for k successes in n trials. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, round3(centre - half)), Math.min(1, round3(centre + half))];
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
