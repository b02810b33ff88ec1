// One input → its reports. A text file gives one; a zip/tar gives one for the archive itself
// (format, limits hit, problems) followed by one per member, nested archives opened in place
// (`outer.zip!inner.tar.gz!a.csv`) down to the depth limit; an xlsx gives one with a field set
// per sheet.
import { stat } from 'node:fs/promises';
import type { InputRef } from '../discover/discover.js';
import { archiveEntries, openContainer, openZipParts, type ArchiveProblems } from '../open/archive/archive.js';
import { ArchiveBudget, DEFAULT_ARCHIVE_LIMITS } from '../open/archive/limits.js';
import { memberPath } from '../open/archive/names.js';
import type { ZipAccess } from '../open/archive/zip.js';
import { openInput, type OpenedArchive, type OpenSource } from '../open/open.js';
import { emptyProvenance } from '../provenance/index.js';
import type { FileReport, Problem } from '../report/schema.js';
import { ProblemLog } from './problems.js';
import { SNIFF_PLUGINS } from './readers.js';
import { describeError, scanRecords, textSource, unreadable, type ScanSettings } from './scan-file.js';

/** Where a source sits: the archive nesting level it would open at, and its top archive's budget. */
interface Nesting {
  depth: number;
  budget: ArchiveBudget | null;
}

/** Every report an input produces, the archive's own before its members. */
export async function* scanRef(ref: InputRef, settings: ScanSettings): AsyncIterable<FileReport> {
  if (ref.kind === 'missing') {
    yield unreadable(ref, ref.message);
    return;
  }
  const source: OpenSource = ref.kind === 'stdin' ? { stdin: settings.stdin ?? process.stdin } : { path: ref.path };
  // Reports of an archive are collected so its own entry, complete with the limits hit while
  // reading its members, can come first.
  const reports: FileReport[] = [];
  await scanSource(source, ref.display, settings, { depth: 1, budget: null }, reports);
  yield* reports;
}

async function scanSource(source: OpenSource, display: string, settings: ScanSettings, nesting: Nesting, out: FileReport[]): Promise<void> {
  let opened;
  try {
    opened = await openInput(source, SNIFF_PLUGINS);
  } catch (e) {
    const d = describeError(e);
    out.push(unreadable({ display }, d.message, d.line, d.offset));
    return;
  }
  if (!('archive' in opened)) {
    out.push(await scanRecords(display, textSource(opened), settings));
    return;
  }
  const limits = settings.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS;
  if (nesting.depth > limits.maxDepth) {
    opened.close();
    const message = `archive nested deeper than the depth limit of ${limits.maxDepth}: not opened`;
    out.push(containerReport(display, opened, opened.archive, 0, [], [{ message }]));
    return;
  }
  // The top archive's compressed size is what every expansion below it is measured against.
  const fileSize = 'path' in source ? await stat(source.path).then((s) => s.size, () => null) : null;
  const budget = nesting.budget ?? new ArchiveBudget(limits, () => fileSize ?? opened.bytesRead());
  await scanContainer(source, display, opened, settings, { depth: nesting.depth, budget, owner: nesting.budget === null }, fileSize, out);
}

function containerReport(
  display: string, opened: OpenedArchive, format: string, members: number, warnings: Problem[], errors: Problem[],
  bytes = opened.bytesRead(),
): FileReport {
  return {
    path: display,
    format,
    formatReason: members > 0 ? `${opened.reason}; ${members} member${members === 1 ? '' : 's'}` : opened.reason,
    compression: opened.compression,
    encoding: 'binary',
    records: 0,
    bytes,
    truncated: false,
    errors,
    warnings,
    provenance: emptyProvenance(),
    fields: [],
  };
}

async function scanContainer(
  source: OpenSource, display: string, opened: OpenedArchive, settings: ScanSettings,
  nesting: { depth: number; budget: ArchiveBudget; owner: boolean }, fileSize: number | null, out: FileReport[],
): Promise<void> {
  const warnings = new ProblemLog();
  const errors = new ProblemLog();
  const errorsSeen = new Set<string>();
  const problems: ArchiveProblems = {
    warn: (m) => warnings.add(m),
    error: (m) => {
      errorsSeen.add(m);
      errors.add(m);
    },
  };
  const bytes = () => fileSize ?? opened.bytesRead();
  let container;
  try {
    container = await openContainer(opened, source, nesting.budget.limits, problems);
  } catch (e) {
    errors.add(describeError(e).message);
    out.push(containerReport(display, opened, opened.archive, 0, warnings.list(), errors.list(), bytes()));
    return;
  }
  if (container.kind === 'xlsx') {
    out.push(await scanWorkbook(display, container.zip, opened, nesting.budget, bytes, settings));
    return;
  }
  const slot = out.length;
  let members = 0;
  for await (const entry of archiveEntries(container.members(), nesting.budget, problems)) {
    members++;
    const path = memberPath(display, entry.name);
    if ('skipped' in entry) out.push(unreadable({ display: path }, entry.skipped));
    else await scanSource({ stream: entry.stream }, path, settings, { depth: nesting.depth + 1, budget: nesting.budget }, out);
  }
  if (nesting.owner) {
    // Limits hit inside a nested archive stop this one too: say so on the input's own entry.
    const stop = nesting.budget.stoppedBy;
    if (stop && !errorsSeen.has(stop)) errors.add(stop);
    const expansion = nesting.budget.ratioWarning();
    if (expansion) warnings.add(expansion);
  }
  out.splice(slot, 0, containerReport(display, opened, container.kind, members, warnings.list(), errors.list(), bytes()));
}

async function scanWorkbook(
  display: string, zip: ZipAccess, opened: OpenedArchive, budget: ArchiveBudget, bytes: () => number, settings: ScanSettings,
): Promise<FileReport> {
  let parts;
  try {
    parts = await openZipParts(zip, budget);
  } catch (e) {
    return unreadable({ display }, describeError(e).message);
  }
  try {
    // Loaded on first use: exceljs is a third of the CLI's start-up time, and most scans have no workbook.
    const { readXlsx } = await import('../read/xlsx/reader.js');
    return await scanRecords(display, {
      format: 'xlsx',
      formatReason: 'zip package with xl/workbook.xml (Excel workbook); one field set per sheet',
      compression: opened.compression,
      encoding: 'utf-8',
      warnings: [],
      bytesRead: bytes,
      read: (ctx) => readXlsx(parts, ctx),
    }, settings);
  } finally {
    parts.close();
  }
}
