// HyperLogLog distinct-count sketch (p = 12: 4 KiB per field, ~1.6% standard error),
// mergeable by taking register maxima so shard results combine exactly.

const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/** 32-bit FNV-1a followed by a murmur3 finaliser for good bit spread. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class HyperLogLog {
  readonly registers = new Uint8Array(M);

  add(value: string): void {
    this.addHash(hash32(value));
  }

  addHash(h: number): void {
    const idx = h >>> (32 - P);
    const w = (h << P) | (1 << (P - 1)); // guard bit bounds the rank
    const rank = Math.clz32(w) + 1;
    if (rank > this.registers[idx]) this.registers[idx] = rank;
  }

  merge(other: HyperLogLog): void {
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < M; i++) if (o[i] > r[i]) r[i] = o[i];
  }

  static fromRegisters(registers: Uint8Array): HyperLogLog {
    const h = new HyperLogLog();
    h.registers.set(registers);
    return h;
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -this.registers[i];
      if (this.registers[i] === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    // Small-range correction (linear counting) while many registers are still empty.
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }
}
