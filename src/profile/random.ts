/** Seeded xorshift32: fast, deterministic numbers in [0, 1) for sampling (not for secrets). */
export class Xorshift32 {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** The generator's state: `new Xorshift32(g.current())` continues where `g` is. */
  current(): number {
    return this.state;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }
}
