// Runs detectors over one field: name hints once, value tests per value behind the cheap
// gate, then combines both into a confidence per candidate type (see docs/detection.md).
import type { TypeMatch } from '../report/schema.js';
import { categoryOf, type Detector, type FieldShape, type FieldSummary } from './detector.js';
import { computeFeatures, emptyFeatures, MAX_VALUE_LENGTH, numberFeatures, type ValueFeatures } from './features.js';
import { buildVocabulary, prepareName, scoreName, type NameEvidence, type Vocabulary } from './names.js';

/** After this many checked values with no hit at all, a detector without name support stops testing the field. */
const GIVE_UP_AFTER = 100;
/** After this many, a detector without name support whose hits stay under 2% stops too. */
const GIVE_UP_RARE_AFTER = 4096;
/** Expensive confirmations (`Detector.value.confirm`) run on this many candidates per field… */
const CONFIRM_CAP = 128;
/** …then on every Nth candidate; the rest are counted at the confirmed rate. */
const CONFIRM_EVERY = 256;
/** Types below this confidence are not listed. */
export const MIN_CONFIDENCE = 0.25;
/** A field's top type labels it (text report, eval) from this confidence on. */
export const LABEL_CONFIDENCE = 0.5;
const MAX_TYPES = 5;
/** How much a whole-name match adds: 1 − (1 − value)(1 − NAME_WEIGHT · name). */
const NAME_WEIGHT = 0.6;
/** Confidence of a detector without a value test, per unit of name score. */
const NAME_ONLY_WEIGHT = 0.85;
/** Value weight of name-led detectors (weight 0) once the name supports them. */
const CONFIRM_WEIGHT = 0.95;
/** Share of matching values at and above which the values fully back the name. */
const CONSISTENT_SHARE = 0.5;
/** Below this many checked values, a disagreement between name and values is not trusted. */
const MIN_CONTRADICTION_VALUES = 5;
/** Multiplier for a name that argues against the type (`order_id` for card numbers). */
const NEGATIVE_NAME = 0.25;

const scratch: ValueFeatures = emptyFeatures();
/** Only the counts observeShape reads (see numberFeatures). */
const numberScratch: ValueFeatures = emptyFeatures();
const NO_TAGS: ReadonlyMap<string, number> = new Map();
const vocabularies = new WeakMap<readonly Detector[], Vocabulary>();

function vocabularyOf(detectors: readonly Detector[]): Vocabulary {
  let v = vocabularies.get(detectors);
  if (!v) vocabularies.set(detectors, (v = buildVocabulary(detectors)));
  return v;
}

function newShape(): FieldShape {
  return {
    values: 0, integers: 0, longDigits: 0, leadingZeros: 0, negatives: 0, decimals: 0, intMin: NaN, intMax: NaN,
    steps: 0, digitLengths: 0,
  };
}

/**
 * A FieldClassifier's evidence as plain data (crosses a thread boundary): the per-detector
 * counters, tags, which detectors still test values, and the value-shape statistics.
 */
export interface FieldClassifierState {
  /** checked, matched, weak, testValues, checksumFailures, confirmed, confirmedMatches, deferred. */
  counters: Uint32Array[];
  tags: ([string, number][] | null)[];
  live: number[];
  shape: FieldShape;
  firstInt: number;
  lastInt: number;
}

/** Spellings of "no value" that exports write instead of leaving a cell empty. */
const NULL_MARKERS = new Set(['-', '--', '—', 'n/a', 'N/A', 'null', 'NULL', 'Null', 'none', 'None', 'NONE', 'nil', 'undefined', 'NaN', '(null)', '\\N', '#N/A']);
/** First characters of the markers: most values are ruled out without hashing them for the set. */
const NULL_MARKER_STARTS = new Set([...NULL_MARKERS].map((m) => m.charCodeAt(0)));
const MAX_NULL_MARKER = Math.max(...[...NULL_MARKERS].map((m) => m.length));

function isNullMarker(v: string): boolean {
  return v.length <= MAX_NULL_MARKER && NULL_MARKER_STARTS.has(v.charCodeAt(0)) && NULL_MARKERS.has(v);
}

export class FieldClassifier {
  private readonly names: NameEvidence[];
  private readonly checked: Uint32Array;
  private readonly matched: Uint32Array;
  private readonly weak: Uint32Array;
  private readonly testValues: Uint32Array;
  private readonly checksumFailures: Uint32Array;
  /** Candidates sent to `confirm`, the matches among them, and candidates counted at their rate. */
  private readonly confirmed: Uint32Array;
  private readonly confirmedMatches: Uint32Array;
  private readonly deferred: Uint32Array;
  private readonly tags: (Map<string, number> | undefined)[];
  /** Indexes of detectors still testing values; the first `live` entries are active. */
  private readonly order: Int32Array;
  private live = 0;
  /** Value tests by detector index (avoids a property chain per value). */
  private readonly tests: (NonNullable<Detector['value']> | undefined)[];
  private readonly shape: FieldShape = newShape();
  private prevInt = NaN;
  /** The first plain integer seen (joins the auto-increment count of merged byte ranges). */
  private firstInt = NaN;

  constructor(
    readonly path: string,
    private readonly detectors: readonly Detector[],
  ) {
    const prepared = prepareName(path, vocabularyOf(detectors));
    this.names = detectors.map((d) => scoreName(prepared, d.names));
    const n = detectors.length;
    this.checked = new Uint32Array(n);
    this.matched = new Uint32Array(n);
    this.weak = new Uint32Array(n);
    this.testValues = new Uint32Array(n);
    this.checksumFailures = new Uint32Array(n);
    this.confirmed = new Uint32Array(n);
    this.confirmedMatches = new Uint32Array(n);
    this.deferred = new Uint32Array(n);
    this.tags = new Array(n);
    this.order = new Int32Array(n);
    this.tests = detectors.map((d) => d.value);
    detectors.forEach((d, i) => {
      if (!d.value) return;
      // A value test with weight 0 only confirms a name: skip it when the name says nothing.
      if ((d.value.weight ?? 0.95) === 0 && this.names[i].score === 0) return;
      this.order[this.live++] = i;
    });
  }

  /**
   * Feed one non-empty value (already stringified). Null markers (`-`, `N/A`, `NULL` …) are skipped.
   * A value outside the classify sample (`sampled` false: see FieldTable) only counts in the shape.
   */
  observe(raw: string, sampled = true): void {
    if (isNullMarker(raw)) return;
    const value = raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw;
    if (!sampled) {
      if (numberFeatures(value, numberScratch)) this.observeShape(value, numberScratch);
      else this.shape.values++;
      return;
    }
    const f = computeFeatures(value, scratch);
    this.observeShape(value, f);
    const order = this.order;
    for (let k = 0; k < this.live; k++) {
      const i = order[k];
      const v = this.tests[i]!;
      const c = ++this.checked[i];
      let r = v.gate(f) ? v.test(value, f) : null;
      if (r !== null && r.kind === 'candidate') {
        const seen = this.confirmed[i] + this.deferred[i];
        if (this.confirmed[i] < CONFIRM_CAP || seen % CONFIRM_EVERY === 0) {
          this.confirmed[i]++;
          r = v.confirm ? v.confirm(value, f) : null;
          if (r !== null && (r.kind === 'match' || r.kind === 'test')) this.confirmedMatches[i]++;
        } else {
          this.deferred[i]++;
          continue;
        }
      }
      if (r === null || (r.kind === 'weak' && this.names[i].score === 0)) {
        // Swapping the last live detector into this slot: test slot k again.
        if (this.givesUp(i, c)) order[k--] = order[--this.live];
        continue;
      }
      switch (r.kind) {
        case 'checksum-fail': this.checksumFailures[i]++; break;
        case 'weak': this.weak[i]++; continue;
        case 'test': this.testValues[i]++; this.matched[i]++; break;
        default: this.matched[i]++;
      }
      if (r.tag !== undefined) {
        let m = this.tags[i];
        if (!m) this.tags[i] = m = new Map();
        m.set(r.tag, (m.get(r.tag) ?? 0) + 1);
      }
    }
  }

  /** Bounded cost: a detector the values never support (and the name does not name) stops testing. */
  private givesUp(i: number, c: number): boolean {
    if (c < GIVE_UP_AFTER || this.names[i].score > 0) return false;
    const hits = this.matched[i] + this.checksumFailures[i] + this.deferred[i];
    return hits === 0 || (c >= GIVE_UP_RARE_AFTER && hits * 50 < c);
  }

  private observeShape(v: string, f: ValueFeatures): void {
    const s = this.shape;
    s.values++;
    const n = f.int;
    if (n === n) {
      s.integers++;
      if (f.length > 1 && v.charCodeAt(0) === 48) s.leadingZeros++;
      if (!(n >= s.intMin)) s.intMin = n;
      if (!(n <= s.intMax)) s.intMax = n;
      if (n === this.prevInt + 1) s.steps++;
      else if (this.prevInt !== this.prevInt) this.firstInt = n;
      this.prevInt = n;
      s.digitLengths |= 1 << f.length;
    } else if (f.digits === f.length && f.length > 15) {
      s.longDigits++;
    } else if (f.digits === f.length - 1 && f.length > 1) {
      const c0 = v.charCodeAt(0);
      if (c0 === 45 && f.dashes === 1) s.negatives++;
      else if (f.dots === 1 && c0 !== 46 && v.charCodeAt(f.length - 1) !== 46) s.decimals++;
    } else if (f.digits === f.length - 2 && f.dots === 1 && f.dashes === 1 && v.charCodeAt(0) === 45) {
      s.decimals++;
    }
  }

  private counters(): Uint32Array[] {
    return [this.checked, this.matched, this.weak, this.testValues, this.checksumFailures, this.confirmed, this.confirmedMatches, this.deferred];
  }

  exportState(): FieldClassifierState {
    return {
      counters: this.counters().map((a) => a.slice()),
      tags: Array.from(this.tags, (m) => (m ? [...m] : null)),
      live: Array.from(this.order.subarray(0, this.live)),
      shape: { ...this.shape },
      firstInt: this.firstInt,
      lastInt: this.prevInt,
    };
  }

  /**
   * Adds the evidence of the same field over the records that follow this one's in the file (the
   * next byte range, read on another thread). Counters, tags and shape counts add up; a detector
   * that had given up before those records ignores theirs, as one pass would never have tested
   * them, and one that gave up within them stays given up. What one pass decides by order is
   * approximated, so only the rarely-matching detectors' counts can differ from one pass:
   * - give-up points (GIVE_UP_AFTER misses, the GIVE_UP_RARE_AFTER share) are each range's own;
   * - the first CONFIRM_CAP candidates are confirmed in every range, so deferred candidates are
   *   scaled from a larger confirmed sample (`matched` may differ by rounding);
   * - auto-increment steps (`shape.steps`) are exact: the step across the cut is counted here.
   */
  mergeState(o: FieldClassifierState): void {
    const n = this.detectors.length;
    const liveHere = new Uint8Array(n);
    for (let k = 0; k < this.live; k++) liveHere[this.order[k]] = 1;
    const liveThere = new Uint8Array(n);
    for (const i of o.live) liveThere[i] = 1;
    const mine = this.counters();
    for (let i = 0; i < n; i++) {
      if (!liveHere[i]) continue;
      for (let c = 0; c < mine.length; c++) mine[c][i] += o.counters[c][i];
      const tags = o.tags[i];
      if (!tags) continue;
      let m = this.tags[i];
      if (!m) this.tags[i] = m = new Map();
      for (const [tag, k] of tags) m.set(tag, (m.get(tag) ?? 0) + k);
    }
    this.live = 0;
    for (let i = 0; i < n; i++) if (liveHere[i] && liveThere[i]) this.order[this.live++] = i;
    this.mergeShape(o);
  }

  private mergeShape(o: FieldClassifierState): void {
    const s = this.shape;
    const t = o.shape;
    const step = o.firstInt === this.prevInt + 1 ? 1 : 0;
    for (const key of Object.keys(s) as (keyof FieldShape)[]) {
      if (key === 'intMin') { if (!(t.intMin >= s.intMin)) s.intMin = t.intMin === t.intMin ? t.intMin : s.intMin; }
      else if (key === 'intMax') { if (!(t.intMax <= s.intMax)) s.intMax = t.intMax === t.intMax ? t.intMax : s.intMax; }
      else if (key === 'digitLengths') s.digitLengths |= t.digitLengths;
      else s[key] += t[key];
    }
    s.steps += step;
    if (this.firstInt !== this.firstInt) this.firstInt = o.firstInt;
    if (o.lastInt === o.lastInt) this.prevInt = o.lastInt;
  }

  /** Combine name and value evidence into the field's candidate types, best first. */
  finish(summary: FieldSummary): TypeMatch[] {
    const out: { t: TypeMatch; specificity: number }[] = [];
    this.detectors.forEach((d, i) => {
      const matched = this.matchedCount(i);
      const conf = this.confidence(d, i, matched, summary);
      if (conf < MIN_CONFIDENCE) return;
      const basis: ('name' | 'value')[] = [];
      if (this.names[i].score > 0) basis.push('name');
      if (matched > 0) basis.push('value');
      out.push({
        specificity: this.names[i].specificity,
        t: {
          id: d.id,
          category: categoryOf(d.id) as TypeMatch['category'],
          confidence: Math.round(conf * 1000) / 1000,
          matched,
          checked: this.checked[i],
          testValues: this.testValues[i],
          checksumFailures: this.checksumFailures[i],
          basis,
          tags: Object.fromEntries([...this.scaledTags(i)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
        },
      });
    });
    out.sort((a, b) => b.t.confidence - a.t.confidence || b.specificity - a.specificity || a.t.id.localeCompare(b.t.id));
    return out.slice(0, MAX_TYPES).map((o) => o.t);
  }

  /** Matches, with weak ones when the name supports the type and deferred candidates at the confirmed rate. */
  private matchedCount(i: number): number {
    let m = this.matched[i];
    if (this.names[i].score > 0) m += this.weak[i];
    if (this.deferred[i] > 0 && this.confirmed[i] > 0) {
      m += Math.round((this.deferred[i] * this.confirmedMatches[i]) / this.confirmed[i]);
    }
    return Math.min(m, this.checked[i]);
  }

  private scaledTags(i: number): Map<string, number> {
    const t = this.tags[i];
    if (!t) return new Map();
    if (this.deferred[i] === 0 || this.confirmed[i] === 0) return t;
    const k = (this.confirmed[i] + this.deferred[i]) / this.confirmed[i];
    return new Map([...t].map(([tag, n]) => [tag, Math.round(n * k)]));
  }

  private confidence(d: Detector, i: number, matched: number, s: FieldSummary): number {
    const name = this.names[i];
    const checked = this.checked[i];
    let conf: number;
    if (!d.value) {
      conf = NAME_ONLY_WEIGHT * name.score;
    } else {
      const w = d.value.weight ?? 0.95;
      const share = checked > 0 ? matched / checked : 0;
      // Weak matches exist only because the name supports them: they weigh like a name-led
      // detector's confirmations, strong matches with the detector's own weight.
      const weak = name.score > 0 ? Math.min(this.weak[i], matched) : 0;
      const strong = matched - weak;
      const valueStrength = checked > 0 ? ((w > 0 ? w : name.score > 0 ? CONFIRM_WEIGHT : 0) * strong + (name.score > 0 ? CONFIRM_WEIGHT : 0) * weak) / checked : 0;
      // A handful of values is weaker evidence than a full column.
      const support = Math.min(1, (checked + 2) / 5);
      // The name counts in proportion to how far the values agree with it. With too few values
      // to tell it counts half, or a quarter when none of them agrees.
      let consistency = Math.min(1, share / CONSISTENT_SHARE);
      if (checked < MIN_CONTRADICTION_VALUES) consistency = Math.max(consistency, checked > 0 && matched === 0 ? 0.25 : 0.5);
      conf = 1 - (1 - valueStrength * support) * (1 - NAME_WEIGHT * name.score * consistency);
    }
    if (name.negative) conf *= NEGATIVE_NAME;
    if (conf > 0 && d.field) {
      conf *= clamp01(d.field(s, {
        nameScore: name.score,
        matched,
        checked,
        testValues: this.testValues[i],
        checksumFailures: this.checksumFailures[i],
        tags: this.tags[i] ?? NO_TAGS,
        shape: this.shape,
      }));
    }
    return clamp01(conf);
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
