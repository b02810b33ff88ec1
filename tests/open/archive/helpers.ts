// Scans one path through scanRef (the real open → archive → read path) and returns its reports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DETECTORS } from '../../../src/classify/detectors/index.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../../../src/open/archive/limits.js';
import type { FileReport } from '../../../src/report/schema.js';
import { scanRef } from '../../../src/scan/scan-source.js';

export const FIXTURES = new URL('../../../fixtures/read/archive/', import.meta.url);

export async function scanPath(file: string, limits: Partial<ArchiveLimits> = {}, showValues = false): Promise<FileReport[]> {
  const out: FileReport[] = [];
  const display = path.basename(file);
  const settings = { maxRecords: null, showValues, detectors: DETECTORS, archiveLimits: { ...DEFAULT_ARCHIVE_LIMITS, ...limits } };
  for await (const r of scanRef({ kind: 'file', path: file, display }, settings)) out.push(r);
  return out;
}

export function fixture(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-archive-'));
export function tmpFile(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function byPath(reports: FileReport[]): Map<string, FileReport> {
  return new Map(reports.map((r) => [r.path, r]));
}

export const messages = (ps: { message: string }[]) => ps.map((p) => p.message);
