// Collects a file's errors and warnings; identical messages are folded into one entry with a
// count so a million ragged rows stay a small report.
import type { Problem } from '../report/schema.js';

const MAX_ENTRIES = 50;

export interface ProblemLogState {
  entries: Problem[];
  overflow: number;
}

export class ProblemLog {
  private readonly entries: Problem[] = [];
  private readonly byMessage = new Map<string, Problem>();
  private overflow = 0;

  add(message: string, line?: number, offset?: number): void {
    // Fold "row has 7 fields, header has 9" at different lines into one counted entry.
    const key = message;
    const existing = this.byMessage.get(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      return;
    }
    if (this.entries.length >= MAX_ENTRIES) {
      this.overflow++;
      return;
    }
    const p: Problem = { message };
    if (line !== undefined && line > 0) p.line = line;
    if (offset !== undefined) p.offset = offset;
    this.entries.push(p);
    this.byMessage.set(key, p);
  }

  /** The log as plain data, for `merge` in another thread. */
  exportState(): ProblemLogState {
    return { entries: this.entries, overflow: this.overflow };
  }

  /** Adds another log (of a later byte range of the same file): counts add up, first lines stay. */
  merge(state: ProblemLogState): void {
    for (const p of state.entries) {
      const existing = this.byMessage.get(p.message);
      if (existing) existing.count = (existing.count ?? 1) + (p.count ?? 1);
      else if (this.entries.length >= MAX_ENTRIES) this.overflow += p.count ?? 1;
      else {
        const copy = { ...p };
        this.entries.push(copy);
        this.byMessage.set(p.message, copy);
      }
    }
    this.overflow += state.overflow;
  }

  list(): Problem[] {
    if (this.overflow === 0) return this.entries;
    return [...this.entries, { message: `${this.overflow} more distinct problems not listed`, count: this.overflow }];
  }

  get size(): number {
    return this.entries.length + this.overflow;
  }
}
