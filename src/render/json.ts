import type { FileReport, Report } from '../report/schema.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** One line per finished file; streamed by the CLI as files complete. */
export function renderNdjsonFile(file: FileReport): string {
  return JSON.stringify({ type: 'file', file }) + '\n';
}

/** The closing line: the report without its files. */
export function renderNdjsonSummary(report: Report): string {
  const { files: _files, ...rest } = report;
  return JSON.stringify({ type: 'summary', ...rest }) + '\n';
}
