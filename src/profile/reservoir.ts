// Seeded reservoir sample (Algorithm L: skips ahead, so the per-value cost is one compare):
// a fixed number of values whatever the field size, the same samples on every run.
import { Xorshift32 } from './random.js';

export interface ReservoirState {
  items: string[];
  seen: number;
  rng: number;
  w: number;
  next: number;
}

export class Reservoir {
  readonly items: string[] = [];
  private seen = 0;
  private readonly rng: Xorshift32;
  private w = 1;
  private next = 0;

  constructor(
    private readonly size = 5,
    seed = 0x9e3779b9,
  ) {
    this.rng = new Xorshift32(seed);
  }

  private random(): number {
    return this.rng.next();
  }

  private advance(): void {
    this.w *= Math.exp(Math.log(this.random() || Number.MIN_VALUE) / this.size);
    this.next += Math.floor(Math.log(this.random() || Number.MIN_VALUE) / Math.log(1 - this.w)) + 1;
  }

  add(value: string): void {
    this.seen++;
    // Copy: a slice of a large chunk would pin the whole chunk in memory.
    if (this.items.length < this.size) {
      if (!this.items.includes(value)) this.items.push(copyString(value));
      if (this.items.length === this.size) {
        this.next = this.seen;
        this.advance();
      }
      return;
    }
    if (this.seen !== this.next) return;
    if (!this.items.includes(value)) this.items[Math.floor(this.random() * this.size)] = copyString(value);
    this.advance();
  }

  /**
   * Merges a reservoir over other values of the same field (a byte range of the same file): each
   * slot is drawn from one side with probability proportional to the values that side still
   * stands for, by this reservoir's seeded generator, so the result is a sample of both and the
   * same on every run. It is not the sample one pass would have kept (that depends on order).
   */
  merge(other: Reservoir): void {
    if (other.seen === 0) return;
    if (this.seen === 0) {
      this.items.push(...other.items);
      this.seen = other.seen;
      this.w = other.w;
      this.next = other.next;
      return;
    }
    const a = [...this.items];
    const b = [...other.items];
    let na = this.seen;
    let nb = other.seen;
    const out: string[] = [];
    while (out.length < this.size && (a.length > 0 || b.length > 0)) {
      const fromA = b.length === 0 || (a.length > 0 && this.random() * (na + nb) < na);
      const pool = fromA ? a : b;
      const v = pool.splice(Math.floor(this.random() * pool.length), 1)[0];
      if (fromA) na = Math.max(na - 1, 0);
      else nb = Math.max(nb - 1, 0);
      if (!out.includes(v)) out.push(v);
    }
    this.items.length = 0;
    this.items.push(...out);
    this.seen += other.seen;
    // Further values (none, in a byte-range merge) would continue the skip-ahead from here.
    this.w = 1;
    this.next = this.seen;
    if (this.items.length === this.size) this.advance();
  }

  exportState(): ReservoirState {
    return { items: [...this.items], seen: this.seen, rng: this.rng.current(), w: this.w, next: this.next };
  }

  static fromState(s: ReservoirState, size = 5): Reservoir {
    const r = new Reservoir(size, s.rng);
    r.items.push(...s.items);
    r.seen = s.seen;
    r.w = s.w;
    r.next = s.next;
    return r;
  }
}

/** Longest sample kept; masking shortens further. */
const MAX_SAMPLE_LENGTH = 200;

export function copyString(s: string): string {
  if (s.length > MAX_SAMPLE_LENGTH) return (' ' + s.slice(0, MAX_SAMPLE_LENGTH)).slice(1) + '…';
  return (' ' + s).slice(1);
}
