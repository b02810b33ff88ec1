// Value shapes: `2024-01-05` → `9999-99-99`, `John` → `Aaaa`. Long values are cut so the
// shape table stays small; runs longer than 12 are written with a count (`a{40}`).

const MAX_SHAPE_INPUT = 48;
const NINE = 57;
const LOWER_A = 97;
const UPPER_A = 65;
const HAN = 0x6c49; // 汉
const OTHER_LETTER = 0xfc; // ü

/** The class a character stands for in a shape, as a char code. */
function classOf(c: number): number {
  if (c >= 48 && c <= 57) return NINE;
  if (c >= 97 && c <= 122) return LOWER_A;
  if (c >= 65 && c <= 90) return UPPER_A;
  if (c > 127) return c >= 0x4e00 && c <= 0x9fff ? HAN : OTHER_LETTER;
  return c;
}

export function shapeOf(v: string): string {
  let out = '';
  let run = -1;
  let runLen = 0;
  const n = Math.min(v.length, MAX_SHAPE_INPUT);
  for (let i = 0; i <= n; i++) {
    const k = i < n ? classOf(v.charCodeAt(i)) : -2;
    if (k === run) {
      runLen++;
      continue;
    }
    if (runLen > 0) {
      const ch = String.fromCharCode(run);
      out += runLen > 12 ? `${ch}{${runLen}}` : ch.repeat(runLen);
    }
    run = k;
    runLen = 1;
  }
  return v.length > MAX_SHAPE_INPUT ? out + '…' : out;
}

/**
 * A 53-bit key of `shapeOf(v)` without building the string: two 32-bit hashes of the class
 * sequence (which determines the shape). Equal shapes have equal keys; a collision between
 * different shapes among a field's few dozen is negligible (~2^-40).
 */
export function shapeKey(v: string): number {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  const n = Math.min(v.length, MAX_SHAPE_INPUT);
  for (let i = 0; i < n; i++) {
    const k = classOf(v.charCodeAt(i));
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x5bd1e995);
  }
  if (v.length > MAX_SHAPE_INPUT) a = Math.imul(a ^ 0x2026, 0x01000193);
  b ^= b >>> 15;
  return (a >>> 0) * 0x200000 + (b & 0x1fffff);
}

export interface ShapeCount {
  shape: string;
  count: number;
}

/**
 * Space-saving top-k counter of value shapes: bounded to `capacity` shapes whatever the input;
 * counts of the heavy hitters are exact or over-estimated by at most the evicted minimum. Keyed
 * by `shapeKey`, so the shape string is built only for a shape not already counted.
 */
export class ShapeCounts {
  readonly entries = new Map<number, ShapeCount>();
  constructor(private readonly capacity = 32) {}

  add(value: string, n = 1): void {
    const key = shapeKey(value);
    const e = this.entries.get(key);
    if (e !== undefined) e.count += n;
    else this.insert(key, shapeOf(value), n);
  }

  /** Adds another counter's shapes (shard or byte-range results); the sum stays within capacity. */
  merge(other: ShapeCounts): void {
    for (const [key, o] of other.entries) {
      const e = this.entries.get(key);
      if (e !== undefined) e.count += o.count;
      else this.insert(key, o.shape, o.count);
    }
  }

  private insert(key: number, shape: string, n: number): void {
    if (this.entries.size < this.capacity) {
      this.entries.set(key, { shape, count: n });
      return;
    }
    let minKey = 0;
    let min = Infinity;
    for (const [k, e] of this.entries) if (e.count < min) { min = e.count; minKey = k; }
    this.entries.delete(minKey);
    this.entries.set(key, { shape, count: min + n });
  }

  top(k: number): ShapeCount[] {
    return [...this.entries.values()]
      .sort((a, b) => b.count - a.count || (a.shape < b.shape ? -1 : 1))
      .slice(0, k)
      .map(({ shape, count }) => ({ shape, count }));
  }

  exportState(): [number, string, number][] {
    return [...this.entries].map(([key, e]) => [key, e.shape, e.count]);
  }

  static fromState(state: [number, string, number][], capacity = 32): ShapeCounts {
    const s = new ShapeCounts(capacity);
    for (const [key, shape, count] of state) s.entries.set(key, { shape, count });
    return s;
  }
}
