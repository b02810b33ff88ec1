// One file as the signals read it: every field with its normalised name, fill and counted
// types, the public-catalogue match computed once, and memos for facts several signals share.
import type { FieldReport, TypeMatch } from '../report/schema.js';
import { matchCatalogue, type CatalogueMatch } from './catalogue/match.js';
import { rawSegments, segments, words, type PatternSet } from './paths.js';
import type { FileFacts } from './types.js';

export interface FieldView {
  path: string;
  report: FieldReport;
  /** Normalised path segments (`itemList[].author.uniqueId` → itemlist, author, uniqueid). */
  segs: string[];
  /** Normalised last segment. */
  leaf: string;
  /** Word tokens of the last segment. */
  tokens: string[];
  /** Share of the field's occurrences that are non-empty. */
  fill: number;
  /** The types that count for the field (see `counts`), best first. */
  counted: TypeMatch[];
}

/** A type counts for a field when it is the best type at ≥ 0.5, or any listed type at ≥ 0.75. */
const TOP_TYPE_MIN = 0.5;
export const ANY_TYPE_MIN = 0.75;

function counts(t: TypeMatch, i: number): boolean {
  return t.confidence >= ANY_TYPE_MIN || (i === 0 && t.confidence >= TOP_TYPE_MIN);
}

function typeMatches(t: TypeMatch, id: string): boolean {
  // 'payment' matches the whole category, 'government_id.' every id under it, otherwise the exact id.
  if (!id.includes('.')) return t.category === id;
  if (id.endsWith('.')) return t.id.startsWith(id);
  return t.id === id;
}

/** The field's type for `id` (exact id, `category.` prefix, or bare category), if it counts. */
export function typeOf(f: FieldView, id: string): TypeMatch | undefined {
  for (const t of f.counted) if (typeMatches(t, id)) return t;
  return undefined;
}

export function hasType(f: FieldView, ...ids: string[]): boolean {
  return hasAnyType(f, ids);
}

function hasAnyType(f: FieldView, ids: readonly string[]): boolean {
  if (f.counted.length === 0) return false;
  for (const id of ids) if (typeOf(f, id) !== undefined) return true;
  return false;
}

export class FileContext {
  readonly base: string;
  readonly detail: string;
  readonly fields: FieldView[];
  readonly catalogue: CatalogueMatch;
  private readonly memo = new Map<string, unknown>();
  private readonly byName = new Map<PatternSet, Set<FieldView>>();

  constructor(readonly facts: FileFacts) {
    const colon = facts.format.indexOf(':');
    this.base = colon >= 0 ? facts.format.slice(0, colon) : facts.format;
    this.detail = colon >= 0 ? facts.format.slice(colon + 1) : '';
    this.fields = facts.fields.map((report) => {
      const raw = rawSegments(report.path);
      const segs = segments(raw);
      const count = report.stats.count;
      return {
        path: report.path,
        report,
        segs,
        leaf: segs[segs.length - 1] ?? '',
        tokens: words(raw[raw.length - 1] ?? ''),
        fill: count > 0 ? report.stats.nonEmpty / count : 0,
        counted: report.types.filter(counts),
      };
    });
    this.catalogue = matchCatalogue(this.fields, this.jsonLike);
  }

  /** JSON and NDJSON keep API envelopes; CSV, SQL and logs cannot. */
  get jsonLike(): boolean {
    return this.base === 'json' || this.base === 'ndjson';
  }

  /** Computes a shared fact once per file. */
  once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  private namedSet(set: PatternSet): Set<FieldView> {
    let s = this.byName.get(set);
    if (!s) {
      // A log's `text.*` pseudo-fields are named by the reader after token kinds (`text.token`,
      // `text.email`), not by the data: their names are no evidence.
      const log = this.base === 'log';
      s = new Set(this.fields.filter((f) => !(log && f.segs[0] === 'text') && set.has(f.segs)));
      this.byName.set(set, s);
    }
    return s;
  }

  /** Fields whose own name is in a vocabulary. */
  named(set: PatternSet): FieldView[] {
    return [...this.namedSet(set)];
  }

  /** True when the field's own name is in a vocabulary (see `named`). */
  nameIn(f: FieldView, set: PatternSet): boolean {
    return this.namedSet(set).has(f);
  }

  /** Fields matched by name or by type, outside the public catalogues. */
  namedOrTyped(set: PatternSet, ...ids: string[]): FieldView[] {
    const names = this.namedSet(set);
    return this.fields.filter((f) => !this.catalogue.fields.has(f.path) && (names.has(f) || hasAnyType(f, ids)));
  }
}
