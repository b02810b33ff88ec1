// Seeded reservoir sample (Algorithm R): a fixed number of values whatever the field size,
// and the same samples for the same input on every run.

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

  add(value: string): void {
    this.seen++;
    // Copy: a slice of a large chunk would pin the whole chunk in memory.
    if (this.items.length < this.size) {
      if (!this.items.includes(value)) this.items.push(copyString(value));
      return;
    }
    const j = Math.floor(this.random() * this.seen);
    if (j < this.size && !this.items.includes(value)) this.items[j] = copyString(value);
  }
}

/** Longest sample kept; masking shortens further. */
const MAX_SAMPLE_LENGTH = 200;

export function copyString(s: string): string {
  if (s.length > MAX_SAMPLE_LENGTH) return (' ' + s.slice(0, MAX_SAMPLE_LENGTH)).slice(1) + '…';
  return (' ' + s).slice(1);
}
