// Value shapes: `2024-01-05` → `9999-99-99`, `John` → `Aaaa`. Long values are cut so the
// shape table stays small; runs longer than 12 are written with a count (`a{40}`).

const MAX_SHAPE_INPUT = 48;

export function shapeOf(v: string): string {
  let out = '';
  let run = '';
  let runLen = 0;
  const flush = () => {
    if (runLen === 0) return;
    out += runLen > 12 ? `${run}{${runLen}}` : run.repeat(runLen);
    runLen = 0;
  };
  const n = Math.min(v.length, MAX_SHAPE_INPUT);
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = '9';
    else if (c >= 97 && c <= 122) k = 'a';
    else if (c >= 65 && c <= 90) k = 'A';
    else if (c > 127) k = c >= 0x4e00 && c <= 0x9fff ? '汉' : 'ü';
    else k = v[i];
    if (k === run) runLen++;
    else {
      flush();
      run = k;
      runLen = 1;
    }
  }
  flush();
  return v.length > MAX_SHAPE_INPUT ? out + '…' : out;
}

/**
 * Space-saving top-k counter: bounded to `capacity` keys whatever the input; counts of the
 * heavy hitters are exact or over-estimated by at most the evicted minimum.
 */
export class TopK {
  readonly counts = new Map<string, number>();
  constructor(private readonly capacity = 32) {}

  add(key: string, n = 1): void {
    const c = this.counts.get(key);
    if (c !== undefined) {
      this.counts.set(key, c + n);
      return;
    }
    if (this.counts.size < this.capacity) {
      this.counts.set(key, n);
      return;
    }
    let minKey = '';
    let min = Infinity;
    for (const [k, v] of this.counts) if (v < min) { min = v; minKey = k; }
    this.counts.delete(minKey);
    this.counts.set(key, min + n);
  }

  top(k: number): { shape: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([shape, count]) => ({ shape, count }));
  }
}
