// Seeded reservoir sample (Algorithm L: skips ahead, so the per-value cost is one compare):
// a fixed number of values whatever the field size, the same samples on every run.

export class Reservoir {
  readonly items: string[] = [];
  private seen = 0;
  private state: number;

  constructor(
    private readonly size = 5,
    seed = 0x9e3779b9,
  ) {
    this.state = seed >>> 0 || 1;
  }

  private random(): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
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
