// What the judge sees of a file, what a signal is, and what it returns when it fires.
import type { FieldReport } from '../report/schema.js';
import type { FileContext } from './context.js';

/** The facts of one file the provenance judge works from (a FileReport without its verdict). */
export interface FileFacts {
  path: string;
  /** 'csv' | 'json' | 'ndjson' | 'sql' | 'log' | 'unknown', optionally with detail: 'log:access-log'. */
  format: string;
  records: number;
  fields: FieldReport[];
  tables?: { name: string; records: number; columns: string[]; facts: string[] }[];
  /** Estimated distinct records (for the duplicate share); absent when not measured. */
  distinctRecords?: number;
}

export interface JudgeOptions {
  /** Base weight (nats, ≥ 0) per signal id, replacing the documented default; 0 disables a signal. */
  weights?: Record<string, number>;
  /** Clock for impossible-date checks (defaults to the current time). */
  now?: () => Date;
}

export type Direction = 'public' | 'internal';

/** The signal groups; each group's total per direction is capped (see score.ts). */
export type SignalGroup =
  | 'catalogue'
  | 'delivery'
  | 'structure'
  | 'credentials'
  | 'account-admin'
  | 'infrastructure'
  | 'commerce'
  | 'personal';

/** A signal that fired: the fields it is about, evidence in words, and how much of its weight applies. */
export interface Firing {
  fields: string[];
  evidence: string;
  /** Share of the base weight that applies, in (0, 1]; 1 unless the signal scales with a share. */
  factor?: number;
}

export interface SignalDef {
  id: string;
  group: SignalGroup;
  direction: Direction;
  /** Default base weight in nats (log-odds), ≥ 0; the direction gives the sign. */
  weight: number;
  /** Short description shown in reports. */
  description: string;
  /** What fires it, for docs/provenance.md. */
  fires: string;
  detect(ctx: FileContext): Firing | null;
}

