// Field paths as the judge compares them: segments normalised so `follower_count`,
// `followerCount` and `Follower Count` are one name, array steps and sheet prefixes dropped.

const ASCII_WORD = /^[a-z0-9]*$/;

/** Lower case with every separator removed: `From Email Address` → `fromemailaddress`. */
export function norm(name: string): string {
  const lower = name.toLowerCase();
  return ASCII_WORD.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Word tokens of one name: `last_login_ip` → last,login,ip; `followerCount` → follower,count. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Raw segments of a path: `itemList[].author.uniqueId` → itemList, author, uniqueId. */
export function rawSegments(path: string): string[] {
  const bang = path.lastIndexOf('!');
  const p = bang >= 0 ? path.slice(bang + 1) : path;
  return p
    .split('.')
    .map((s) => s.replace(/\[\]/g, ''))
    .filter((s) => s.length > 0);
}

/** Normalised segments of a path (or of its raw segments). */
export function segments(path: string | readonly string[]): string[] {
  return (typeof path === 'string' ? rawSegments(path) : path).map(norm).filter((s) => s.length > 0);
}

/** A catalogue entry `a.b` (suffix of the path), `a.*` (anything under a segment `a`) or `a` (the leaf). */
export interface PathPattern {
  segs: string[];
  under: boolean;
}

export function pattern(entry: string): PathPattern {
  const under = entry.endsWith('.*');
  const body = under ? entry.slice(0, -2) : entry;
  return { segs: body.split('.').map(norm), under };
}

export function matches(p: PathPattern, segs: readonly string[]): boolean {
  if (p.under) {
    // Some non-leaf segment starts the pattern: `authorMeta.*` covers `authorMeta.fans`.
    for (let i = 0; i + p.segs.length < segs.length; i++) {
      let ok = true;
      for (let j = 0; j < p.segs.length; j++) if (segs[i + j] !== p.segs[j]) ok = false;
      if (ok) return true;
    }
    return false;
  }
  if (p.segs.length > segs.length) return false;
  const off = segs.length - p.segs.length;
  for (let j = 0; j < p.segs.length; j++) if (segs[off + j] !== p.segs[j]) return false;
  return true;
}

/** A compiled list of patterns: `has(segs)` tells whether any matches, in O(path length). */
export class PatternSet {
  private readonly leaves = new Set<string>();
  /** Suffix patterns by their last segment. */
  private readonly suffixes = new Map<string, PathPattern[]>();
  /** `a.*` patterns by their first segment. */
  private readonly unders = new Map<string, PathPattern[]>();

  constructor(entries: readonly string[]) {
    for (const e of entries) {
      const p = pattern(e);
      if (!p.under && p.segs.length === 1) this.leaves.add(p.segs[0]);
      else {
        const [map, key] = p.under ? [this.unders, p.segs[0]] : [this.suffixes, p.segs[p.segs.length - 1]];
        const list = map.get(key);
        if (list) list.push(p);
        else map.set(key, [p]);
      }
    }
  }

  has(segs: readonly string[]): boolean {
    if (segs.length === 0) return false;
    const leaf = segs[segs.length - 1];
    if (this.leaves.has(leaf)) return true;
    const suffix = this.suffixes.get(leaf);
    if (suffix) for (const p of suffix) if (matches(p, segs)) return true;
    if (this.unders.size > 0) {
      for (let i = 0; i < segs.length - 1; i++) {
        const under = this.unders.get(segs[i]);
        if (under) for (const p of under) if (matches(p, segs)) return true;
      }
    }
    return false;
  }
}
