// The whole scan: discover inputs, scan each, and assemble the one report object.
import { discover, type InputRef } from '../discover/discover.js';
import { judgeScan } from '../provenance/index.js';
import { SCHEMA_VERSION, type FileReport, type Report } from '../report/schema.js';
import { TOOL_VERSION } from '../version.js';
import { scanRef, type ScanSettings } from './scan-file.js';
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
  now?: () => Date;
}

export async function scan(req: ScanRequest): Promise<Report> {
  return assembleReport(req, (await scanFiles(req)).files);
}

/** The file reports of a scan, each with the discovery index of the input it came from (for merging shards). */
export async function scanFiles(req: ScanRequest): Promise<{ files: FileReport[]; order: number[] }> {
  const all = await discover(req.inputs, { include: req.include, exclude: req.exclude });
  // A shard takes every count-th input: whole files, so merged shards equal one scan exactly.
  const indexed = all.map((ref, index) => ({ ref, index })).filter(({ index }) => !req.shard || index % req.shard.count === req.shard.index);
  const refs = indexed.map((x) => x.ref);
  const jobs = Math.max(1, req.jobs ?? 1);
  // Threads pay off only with two or more files on disk; stdin stays in this thread.
  const onDisk = refs.filter((r) => r.kind === 'file');
  const perRef = new Map<InputRef, FileReport[]>();
  // Value digests (baselines) are collected in this thread.
  if (jobs > 1 && onDisk.length > 1 && !req.valueDigestKey) {
    const threaded = await scanWithWorkers(onDisk, req, jobs, req);
    onDisk.forEach((r, i) => perRef.set(r, threaded[i]));
  }
  const files: FileReport[] = [];
  const order: number[] = [];
  for (const { ref, index } of indexed) {
    const reports = perRef.get(ref) ?? (await collect(ref, req));
    for (const f of reports) {
      files.push(f);
      order.push(index);
    }
  }
  return { files, order };
}

async function collect(ref: InputRef, req: ScanRequest): Promise<FileReport[]> {
  req.onFileStart?.(ref.display);
  const out: FileReport[] = [];
  for await (const file of scanRef(ref, req)) {
    out.push(file);
    req.onFile?.(file);
  }
  return out;
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
    bytes: files.reduce((a, f) => a + f.bytes, 0),
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
    options: { showValues: req.showValues ?? false, maxRecords: req.maxRecords ?? null, include: req.include, exclude: req.exclude },
    summary: summarize(files),
    provenance: judgeScan(files, { weights: req.provenanceWeights }),
    files,
  };
}
