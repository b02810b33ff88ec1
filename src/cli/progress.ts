// Progress on stderr with ora: only on a TTY and never with --quiet, so pipes stay clean.
import ora, { type Ora } from 'ora';
import { formatBytes, formatCount } from '../render/format.js';

export interface Progress {
  fileStarted(path: string): void;
  update(p: { path: string; records: number; bytes: number }): void;
  stop(): void;
}

const SILENT: Progress = { fileStarted() {}, update() {}, stop() {} };

export function createProgress(enabled: boolean, color: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const spinner: Ora = ora({ stream: process.stderr, color: color ? 'cyan' : false as never, discardStdin: false });
  let started = Date.now();
  return {
    fileStarted(path) {
      started = Date.now();
      spinner.start(`Scanning ${path}`);
    },
    update({ path, records, bytes }) {
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      spinner.text = `Scanning ${path} — ${formatCount(records)} records, ${formatBytes(bytes)}, ${(bytes / 1e6 / secs).toFixed(1)} MB/s`;
    },
    stop() {
      spinner.stop();
    },
  };
}
