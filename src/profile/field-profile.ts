// Per-field state: counters, a distinct-count sketch, top value shapes and a bounded sample.
// Memory is O(1) per field whatever the number of records. Mergeable (byte ranges of one file
// scanned on several threads): counters add, the sketch takes register maxima, shapes add up,
// samples are drawn from both sides.
import type { FieldStats } from '../report/schema.js';
import type { Scalar } from '../read/types.js';
import { hash32, HyperLogLog } from './hyperloglog.js';
import { Reservoir, type ReservoirState } from './reservoir.js';
import { ShapeCounts } from './shape.js';

/** Plain decimal numbers (`-12`, `3.50`, `.5`); no exponents, hex or padding, no regex on the hot path. */
function isDecimal(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}
/** Shapes are taken from every value up to this many, then from one value in SHAPE_STRIDE (chosen by hash):
 * fields with more distinct shapes than the table holds churn it, and every new entry is garbage later. */
export const SHAPE_ALL = 4096;
const SHAPE_STRIDE = 64;
/** Longer values are not kept for the repeated-value shortcut (its copy would cost more than it saves). */
const MAX_REPEATED_LENGTH = 512;

/** A FieldProfile as plain data (crosses a thread boundary). */
export interface FieldProfileState {
  counts: number[];
  distinct: Uint8Array;
  shapes: [number, string, number][];
  samples: ReservoirState;
}

export class FieldProfile {
  count = 0;
  empty = 0;
  minLength = Infinity;
  maxLength = 0;
  numCount = 0;
  numMin = Infinity;
  numMax = -Infinity;
  strings = 0;
  numbers = 0;
  booleans = 0;
  distinct = new HyperLogLog();
  shapes = new ShapeCounts(32);
  samples = new Reservoir(5);
  /** Hash of the last non-empty value observed (lets callers fingerprint records cheaply). */
  lastHash = 0;
  private repeated = '';
  private repeatedHash = 0;

  /**
   * @param shapePrefix values whose shapes are all counted before the hash-chosen sample takes
   * over: SHAPE_ALL, or 0 for a byte range after a file's first (one pass is past its prefix).
   */
  constructor(private readonly shapePrefix = SHAPE_ALL) {}

  /**
   * Records one value and returns its string form for the classifier, or null when the value
   * is empty (null, '', whitespace) and should not be classified.
   */
  observe(value: Scalar): string | null {
    this.count++;
    let s: string;
    if (typeof value === 'string') {
      s = value;
      if (s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim().length === 0)) {
        this.empty++;
        return null;
      }
      this.strings++;
      const c = s.charCodeAt(0);
      if (s.length <= 32 && ((c >= 48 && c <= 57) || c === 45 || c === 46) && isDecimal(s)) this.numeric(+s);
    } else if (typeof value === 'number') {
      this.numbers++;
      s = String(value);
      this.numeric(value);
    } else if (typeof value === 'boolean') {
      this.booleans++;
      s = value ? 'true' : 'false';
    } else {
      this.empty++;
      return null;
    }
    const len = s.length;
    if (len < this.minLength) this.minLength = len;
    if (len > this.maxLength) this.maxLength = len;
    let h: number;
    if (s === this.repeated) h = this.repeatedHash;
    else {
      h = hash32(s);
      // A value seen twice in a row is likely to come again (status codes, constant columns): keep
      // a copy (never a slice pinning a reader's chunk) so equal values skip the hash loop.
      if (h === this.lastHash && s.length <= MAX_REPEATED_LENGTH) {
        this.repeated = (' ' + s).slice(1);
        this.repeatedHash = h;
      }
    }
    this.lastHash = h;
    this.distinct.addHash(h);
    // Shapes are a summary, not evidence: a systematic sample keeps their cost off the hot path.
    // Past the first values the sample is chosen by hash, not position, so that shards agree.
    const n = this.count - this.empty;
    if (n <= this.shapePrefix) this.shapes.add(s);
    else if ((h & (SHAPE_STRIDE - 1)) === 0) this.shapes.add(s, SHAPE_STRIDE);
    this.samples.add(s);
    return s;
  }

  private numeric(n: number): void {
    if (!Number.isFinite(n)) return;
    this.numCount++;
    if (n < this.numMin) this.numMin = n;
    if (n > this.numMax) this.numMax = n;
  }

  get nonEmpty(): number {
    return this.count - this.empty;
  }

  /** Adds the state of the same field over other records (another byte range of the file, in file order). */
  merge(o: FieldProfile): void {
    this.count += o.count;
    this.empty += o.empty;
    this.minLength = Math.min(this.minLength, o.minLength);
    this.maxLength = Math.max(this.maxLength, o.maxLength);
    this.numCount += o.numCount;
    this.numMin = Math.min(this.numMin, o.numMin);
    this.numMax = Math.max(this.numMax, o.numMax);
    this.strings += o.strings;
    this.numbers += o.numbers;
    this.booleans += o.booleans;
    this.distinct.merge(o.distinct);
    this.shapes.merge(o.shapes);
    this.samples.merge(o.samples);
    this.lastHash = o.lastHash;
  }

  exportState(): FieldProfileState {
    return {
      counts: [this.count, this.empty, this.minLength, this.maxLength, this.numCount, this.numMin, this.numMax, this.strings, this.numbers, this.booleans],
      distinct: this.distinct.registers,
      shapes: this.shapes.exportState(),
      samples: this.samples.exportState(),
    };
  }

  static fromState(s: FieldProfileState): FieldProfile {
    const p = new FieldProfile();
    [p.count, p.empty, p.minLength, p.maxLength, p.numCount, p.numMin, p.numMax, p.strings, p.numbers, p.booleans] = s.counts;
    p.distinct = HyperLogLog.fromRegisters(s.distinct);
    p.shapes = ShapeCounts.fromState(s.shapes, 32);
    p.samples = Reservoir.fromState(s.samples, 5);
    return p;
  }

  stats(): FieldStats {
    const nonEmpty = this.nonEmpty;
    return {
      count: this.count,
      nonEmpty,
      empty: this.empty,
      distinct: nonEmpty === 0 ? 0 : Math.min(nonEmpty, Math.max(1, this.distinct.estimate())),
      minLength: nonEmpty === 0 ? null : this.minLength,
      maxLength: nonEmpty === 0 ? null : this.maxLength,
      numeric: this.numCount === 0 ? null : { count: this.numCount, min: this.numMin, max: this.numMax },
      valueKinds: { string: this.strings, number: this.numbers, boolean: this.booleans },
      shapes: this.shapes.top(5),
    };
  }
}
