// Progress on stderr with ora: only on a TTY and never with --quiet, so pipes stay clean.
// Bytes are cumulative over the scan; with the planned total they give an ETA.
import ora, { type Ora } from 'ora';
import { formatBytes, formatCount } from '../render/format.js';

export interface Progress {
  plan(p: { files: number; bytes: number }): void;
  fileStarted(path: string): void;
  update(p: { path: string; records: number; bytes: number }): void;
  stop(): void;
}

const SILENT: Progress = { plan() {}, fileStarted() {}, update() {}, stop() {} };

function formatDuration(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}:${String(r).padStart(2, '0')}`;
}

export function createProgress(enabled: boolean, color: boolean): Progress {
  // A terminal that reports no width (some pseudo-terminals) would make the spinner's line
  // arithmetic divide by zero: no progress there.
  if (!enabled || !process.stderr.isTTY || !(process.stderr.columns > 0)) return SILENT;
  const spinner: Ora = ora({ stream: process.stderr, color: color ? 'cyan' : (false as never), discardStdin: false });
  const started = Date.now();
  let total = 0;
  return {
    plan(p) {
      total = p.bytes;
    },
    fileStarted(path) {
      if (!spinner.isSpinning) spinner.start();
      spinner.text = `Scanning ${path}`;
    },
    update({ path, records, bytes }) {
      const secs = Math.max(0.001, (Date.now() - started) / 1000);
      const rate = bytes / secs;
      let text = `Scanning ${path} — ${formatCount(records)} records, ${formatBytes(bytes)}`;
      if (total > 0) text += ` of ${formatBytes(total)}`;
      text += `, ${(rate / 1e6).toFixed(1)} MB/s`;
      if (total > bytes && rate > 0 && secs > 2) text += `, ETA ${formatDuration((total - bytes) / rate)}`;
      spinner.text = text;
    },
    stop() {
      spinner.stop();
    },
  };
}
