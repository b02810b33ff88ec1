// The per-file table of fields: each field's profile and classifier, fed value by value.
// Bounded: at most MAX_FIELDS fields per file (documents keyed by ids would grow without end).
// Byte ranges of one file scanned on several threads each fill a table; `exportState` and
// `mergeState` (in file order) combine them into the table one pass would have built.
import type { Detector } from '../classify/detector.js';
import { FieldClassifier, type FieldClassifierState } from '../classify/engine.js';
import { FieldProfile, SHAPE_ALL, type FieldProfileState } from '../profile/field-profile.js';
import { HyperLogLog } from '../profile/hyperloglog.js';
import type { FlatRecord } from '../read/types.js';
import { ValueDigest } from './value-digest.js';

export const MAX_FIELDS = 5000;
/**
 * The detectors see every value of a file's first CLASSIFY_ALL records, then the values of one
 * record in CLASSIFY_STRIDE (the others count in the fields' profiles and shapes only). The
 * verdict rests on match shares, and a share from thousands of values plus a 1-in-8 record
 * sample moves by less than its own interval, at an eighth of the cost.
 */
export const CLASSIFY_ALL = 4096;
export const CLASSIFY_STRIDE = 8;

export interface FieldTableOptions {
  /** Key for per-field value digests (baselines); without it none are computed. */
  digestKey?: Buffer;
  /** Classify every value, not a file's first CLASSIFY_ALL records then a record sample. */
  classifyAll?: boolean;
  /**
   * The records come after others of the same file (a byte range after the first): the
   * prefixes one pass has already passed (the first records all classified, each field's first
   * shapes all counted) are skipped, so the ranges together sample what one pass samples.
   */
  continuation?: boolean;
}

/**
 * Whether a record is in the classify sample, by its position: its 1-based line (0 without one)
 * and its ordinal among the records starting on that line (SQL extended inserts, minified JSON).
 * A hash of the position, not of the values: a share estimated from the sample is unbiased
 * however often a value repeats, and the byte ranges of a file pick the records one pass picks.
 */
export function inClassifySample(line: number, ordinal: number): boolean {
  let h = Math.imul(line ^ Math.imul(ordinal, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & (CLASSIFY_STRIDE - 1)) === 0;
}

export interface FieldState {
  path: string;
  profile: FieldProfile;
  classifier: FieldClassifier;
  /** Keyed digest of the field's values; only when the table was given a digest key (baselines). */
  digest?: ValueDigest;
}

/** A FieldTable as plain data (crosses a thread boundary). Value digests are not part of it. */
export interface FieldTableState {
  records: number;
  droppedFields: number;
  distinctRecords: Uint8Array;
  fields: { path: string; profile: FieldProfileState; classifier: FieldClassifierState }[];
}

export class FieldTable {
  readonly fields = new Map<string, FieldState>();
  readonly distinctRecords = new HyperLogLog();
  records = 0;
  droppedFields = 0;
  private lastFields: readonly string[] | null = null;
  private lastStates: (FieldState | undefined)[] = [];

  private readonly digestKey?: Buffer;
  /** Records classified in full before sampling starts (Infinity: all of them). */
  private readonly classifyPrefix: number;
  private readonly shapePrefix: number;
  /** Line of the last record and how many records started on it before this one. */
  private lastLine = -1;
  private ordinal = 0;

  constructor(
    private readonly detectors: readonly Detector[],
    options: FieldTableOptions = {},
  ) {
    this.digestKey = options.digestKey;
    this.classifyPrefix = options.classifyAll ? Infinity : options.continuation ? 0 : CLASSIFY_ALL;
    this.shapePrefix = options.continuation ? 0 : SHAPE_ALL;
  }

  private state(path: string): FieldState | undefined {
    let s = this.fields.get(path);
    if (s) return s;
    if (this.fields.size >= MAX_FIELDS) {
      this.droppedFields++;
      return undefined;
    }
    s = { path, profile: new FieldProfile(this.shapePrefix), classifier: new FieldClassifier(path, this.detectors) };
    if (this.digestKey) s.digest = new ValueDigest(this.digestKey);
    this.fields.set(path, s);
    return s;
  }

  add(record: FlatRecord): void {
    this.records++;
    const { fields, values } = record;
    // Records with the fields of the one before (one array reused by CSV and SQL readers, equal
    // keys in NDJSON) skip the map lookups.
    let states = this.lastStates;
    if (fields !== this.lastFields) {
      if (!sameFields(fields, this.lastFields)) {
        states = fields.map((f) => this.state(f));
        this.lastStates = states;
      }
      this.lastFields = fields;
    }
    // A fingerprint of the record (field positions and value hashes) for the distinct-record count.
    let rh = 0x2545f491;
    const digesting = this.digestKey !== undefined;
    const line = record.line ?? 0;
    if (line === this.lastLine) this.ordinal++;
    else {
      this.lastLine = line;
      this.ordinal = 0;
    }
    const sampled = this.records <= this.classifyPrefix || inClassifySample(line, this.ordinal);
    const n = Math.min(fields.length, values.length);
    for (let i = 0; i < n; i++) {
      const st = states[i];
      if (st === undefined) continue;
      const s = st.profile.observe(values[i]);
      if (s === null) {
        rh = Math.imul(rh ^ i, 0x9e3779b1);
        continue;
      }
      st.classifier.observe(s, sampled);
      if (digesting) st.digest!.add(s);
      rh = Math.imul(rh ^ (st.profile.lastHash + i), 0x9e3779b1);
      rh ^= rh >>> 15;
    }
    // murmur3 finaliser: spreads the bits the sketch's register index is taken from.
    rh ^= rh >>> 16;
    rh = Math.imul(rh, 0x85ebca6b);
    rh ^= rh >>> 13;
    rh = Math.imul(rh, 0xc2b2ae35);
    rh ^= rh >>> 16;
    this.distinctRecords.addHash(rh >>> 0);
  }

  /** Each field's value digest (empty without a digest key). */
  valueDigests(): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const [path, s] of this.fields) if (s.digest) out.set(path, s.digest.digest());
    return out;
  }

  exportState(): FieldTableState {
    return {
      records: this.records,
      droppedFields: this.droppedFields,
      distinctRecords: this.distinctRecords.registers,
      fields: [...this.fields.values()].map((s) => ({ path: s.path, profile: s.profile.exportState(), classifier: s.classifier.exportState() })),
    };
  }

  /**
   * Adds a table built over the records that follow this one's in the file: fields keep the order
   * of first appearance, as in one pass. Not for tables with value digests (they stay in one thread).
   */
  mergeState(o: FieldTableState): void {
    this.records += o.records;
    this.droppedFields += o.droppedFields;
    this.distinctRecords.merge(HyperLogLog.fromRegisters(o.distinctRecords));
    for (const f of o.fields) {
      const s = this.state(f.path);
      if (s === undefined) continue;
      s.profile.merge(FieldProfile.fromState(f.profile));
      s.classifier.mergeState(f.classifier);
    }
    this.lastFields = null;
  }
}

function sameFields(a: readonly string[], b: readonly string[] | null): boolean {
  if (b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
