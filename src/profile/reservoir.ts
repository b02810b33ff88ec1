// Seeded reservoir sample (Algorithm L: skips ahead, so the per-value cost is one compare):
// a fixed number of values whatever the field size, the same samples on every run.
import { Xorshift32 } from './random.js';

export class Reservoir {
  readonly items: string[] = [];
  private seen = 0;
  private readonly rng: Xorshift32;

  constructor(
    private readonly size = 5,
    seed = 0x9e3779b9,
  ) {
    this.rng = new Xorshift32(seed);
  }

  private random(): number {
    return this.rng.next();
  }

  private w = 1;
  private next = 0;

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
}

/** Longest sample kept; masking shortens further. */
const MAX_SAMPLE_LENGTH = 200;

export function copyString(s: string): string {
  if (s.length > MAX_SAMPLE_LENGTH) return (' ' + s.slice(0, MAX_SAMPLE_LENGTH)).slice(1) + '…';
  return (' ' + s).slice(1);
}
