// The whole scan: discover inputs, scan each, and assemble the one report object.
import { stat } from 'node:fs/promises';
import { discover, type InputRef } from '../discover/discover.js';
import { judgeScan } from '../provenance/index.js';
import { SCHEMA_VERSION, type FileReport, type Report } from '../report/schema.js';
import { TOOL_VERSION } from '../version.js';
import type { ScanSettings } from './scan-file.js';
import { scanRef } from './scan-source.js';
import { startHeapTrim } from './heap-trim.js';
import { scanWithWorkers } from './worker-pool.js';

export interface ScanRequest extends ScanSettings {
  inputs: string[];
  /** Worker threads over files; 1 scans in this thread. */
  jobs?: number;
  /** Scan only inputs index % count === index (0-based) of the discovered list. */
  shard?: { index: number; count: number };
  include: string[];
  exclude: string[];
  /** Called as each file finishes (ndjson streaming, progress). */
  onFile?: (file: FileReport) => void;
  onFileStart?: (path: string) => void;
  /** Called once after discovery with the total size of the files to read (for an ETA). */
  onPlan?: (plan: { files: number; bytes: number }) => void;
  now?: () => Date;
}

export async function scan(req: ScanRequest): Promise<Report> {
  return assembleReport(req, (await scanFiles(req)).files);
}

/** The file reports of a scan, each with the discovery index of the input it came from (for merging shards). */
export async function scanFiles(req: ScanRequest): Promise<{ files: FileReport[]; order: number[] }> {
  const stopTrim = startHeapTrim();
  try {
    return await scanInputs(req);
  } finally {
    stopTrim();
  }
}

async function scanInputs(req: ScanRequest): Promise<{ files: FileReport[]; order: number[] }> {
  const all = await discover(req.inputs, { include: req.include, exclude: req.exclude });
  // A shard takes every count-th input: whole files, so merged shards equal one scan exactly.
  const indexed = all.map((ref, index) => ({ ref, index })).filter(({ index }) => !req.shard || index % req.shard.count === req.shard.index);
  const refs = indexed.map((x) => x.ref);
  const jobs = Math.max(1, req.jobs ?? 1);
  // Files on disk go to the pool (large ones in byte ranges); stdin stays in this thread.
  const onDisk = refs.filter((r) => r.kind === 'file');
  const perRef = new Map<InputRef, FileReport[]>();
  if (req.onPlan) req.onPlan({ files: refs.length, bytes: await totalSize(onDisk) });
  // Value digests (baselines) are collected in this thread.
  if (jobs > 1 && onDisk.length > 0 && !req.valueDigestKey) {
    const threaded = await scanWithWorkers(onDisk, req, jobs, req);
    onDisk.forEach((r, i) => perRef.set(r, threaded[i]));
  }
  const files: FileReport[] = [];
  const order: number[] = [];
  const done = { bytes: 0 };
  for (const { ref, index } of indexed) {
    const reports = perRef.get(ref) ?? (await collect(ref, req, done));
    for (const f of reports) {
      files.push(f);
      order.push(index);
    }
  }
  return { files, order };
}

/** Scans one input in this thread; progress counts the bytes of the files already done too. */
async function collect(ref: InputRef, req: ScanRequest, done: { bytes: number }): Promise<FileReport[]> {
  req.onFileStart?.(ref.display);
  const out: FileReport[] = [];
  const onProgress = req.onProgress;
  const settings = onProgress ? { ...req, onProgress: (p: Parameters<typeof onProgress>[0]) => onProgress({ ...p, bytes: done.bytes + p.bytes }) } : req;
  for await (const file of scanRef(ref, settings)) {
    out.push(file);
    done.bytes += file.bytes;
    req.onFile?.(file);
  }
  return out;
}

async function totalSize(refs: InputRef[]): Promise<number> {
  let total = 0;
  for (const r of refs) {
    if (r.kind !== 'file') continue;
    try {
      total += (await stat(r.path)).size;
    } catch {
      /* unreadable files are reported when scanned */
    }
  }
  return total;
}

export function summarize(files: FileReport[]): Report['summary'] {
  const fieldsByCategory: Record<string, number> = {};
  let fields = 0;
  for (const f of files) {
    for (const field of f.fields) {
      fields++;
      const top = field.types[0];
      if (top) fieldsByCategory[top.category] = (fieldsByCategory[top.category] ?? 0) + 1;
    }
  }
  return {
    files: files.length,
    records: files.reduce((a, f) => a + f.records, 0),
    // Archive members (`a.zip!b.csv`) are inside their archive's bytes: count what was on disk once.
    bytes: files.reduce((a, f) => a + (f.path.includes('!') ? 0 : f.bytes), 0),
    fields,
    fieldsByCategory: Object.fromEntries(Object.entries(fieldsByCategory).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    errors: files.reduce((a, f) => a + f.errors.length, 0),
    warnings: files.reduce((a, f) => a + f.warnings.length, 0),
    unreadable: files.filter((f) => f.errors.length > 0).map((f) => ({ path: f.path, message: f.errors[0].message })),
  };
}

export function assembleReport(req: Omit<ScanRequest, 'detectors'> & Partial<ScanSettings>, files: FileReport[]): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'leaksift', version: TOOL_VERSION },
    generatedAt: (req.now?.() ?? new Date()).toISOString(),
    inputs: req.inputs,
    options: { showValues: req.showValues ?? false, classifyAll: req.classifyAll ?? false, maxRecords: req.maxRecords ?? null, include: req.include, exclude: req.exclude },
    summary: summarize(files),
    provenance: judgeScan(files, { weights: req.provenanceWeights, now: req.now }),
    files,
  };
}
