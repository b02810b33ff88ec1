// Runs the built CLI in a child process with a preload that reports the child's own resource
// usage (peak RSS) when it exits, optionally as another user and always under a hang guard.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, ROOT } from '../helpers/cli.js';

const RUSAGE_PRELOAD = fileURLToPath(new URL('./rusage-preload.mjs', import.meta.url));
const MARKER = /\n?@@leaksift-rusage (\{.*\})\n?/;

export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stderr without the preload's report line. */
  stderr: string;
  /** Peak resident set size of the child, in bytes (null when it died before reporting). */
  maxRssBytes: number | null;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this uid/gid (root only): to test permission errors when the suite runs as root. */
  user?: { uid: number; gid: number };
  /** Hang guard only — never an assertion on speed. */
  timeoutMs?: number;
  /** Extra `--import` preloads (e.g. the network trap). */
  preloads?: string[];
  input?: string | Buffer;
}

export function runMeasured(args: string[], opts: RunOptions = {}): MeasuredRun {
  const imports = [RUSAGE_PRELOAD, ...(opts.preloads ?? [])].flatMap((p) => ['--import', p]);
  const r = spawnSync(process.execPath, [...imports, BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
    encoding: 'utf8',
    input: opts.input,
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 300_000,
    killSignal: 'SIGKILL',
    ...(opts.user ? { uid: opts.user.uid, gid: opts.user.gid } : {}),
  });
  const m = MARKER.exec(r.stderr ?? '');
  const usage = m ? (JSON.parse(m[1]) as { maxRSS: number }) : null;
  return {
    code: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(MARKER, ''),
    maxRssBytes: usage ? usage.maxRSS * 1024 : null,
    timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
  };
}

/** True when running as root, where chmod 000 does not stop reads. */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** `nobody`, to drop root for the permission case; null where uids do not exist (Windows). */
export const UNPRIVILEGED = process.platform === 'win32' ? null : { uid: 65534, gid: 65534 };

/** Whether `user` can be switched to here and can read every one of `files` (and the CLI itself). */
export function canRunAs(user: { uid: number; gid: number }, files: string[]): boolean {
  const script = `for (const f of JSON.parse(process.argv[1])) require('node:fs').accessSync(f, require('node:fs').constants.R_OK)`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify([BIN, ...files])], { uid: user.uid, gid: user.gid, encoding: 'utf8' });
  return r.status === 0;
}

/** Output formats the built CLI offers, read from `leaksift scan --help` so new ones are covered. */
export function listedFormats(): string[] {
  const help = spawnSync(process.execPath, [BIN, 'scan', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  const m = /--format <format>[\s\S]*?\(choices: ([^)]*)\)/.exec(help);
  if (!m) throw new Error('could not find the --format choices in `leaksift scan --help`');
  return [...m[1].split('default:')[0].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

/** True when `leaksift scan --help` lists this option (options added by other work appear here). */
export function hasOption(flag: string): boolean {
  const help = spawnSync(process.execPath, [BIN, 'scan', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  return help.includes(flag);
}

/** A stack trace or a raw Node error in the CLI's stderr: never acceptable for bad input. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$|Error: .*\n\s+at /m;
