// Finding and reading the config file: --config <path>, or leaksift.config.json /
// .leaksiftrc.json in the working directory or the nearest parent that has one.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Detector } from '../classify/detector.js';
import { UsageError } from '../cli/usage-error.js';
import { buildCustomDetector } from './custom-detectors.js';
import type { Config } from './schema.js';
import { validateConfig, type ValidationContext } from './validate.js';

/** Looked for in this order in each directory. */
export const CONFIG_FILE_NAMES = ['leaksift.config.json', '.leaksiftrc.json'] as const;

/** A config file that cannot be used: one line per problem, each naming the file. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  /** The file read, or null when none was found (or --no-config). */
  file: string | null;
  config: Config;
  /** Custom detectors from the file, in file order. */
  detectors: Detector[];
  /** Resolves a path written in the config file (relative to the file's directory). */
  resolvePath(p: string): string;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file from `dir` upwards, or null. */
export async function findConfigFile(dir: string): Promise<string | null> {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(d, name);
      if (await isFile(candidate)) return candidate;
    }
    const parent = path.dirname(d);
    if (parent === d) return null;
    d = parent;
  }
}

/** `… at position 11` → `line 3, column 1` (Node 20's JSON.parse gives only the offset). */
function describeJsonError(text: string, e: Error): string {
  const m = /at position (\d+)/.exec(e.message);
  const base = e.message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
  if (!m) return `not valid JSON: ${base}`;
  const before = text.slice(0, +m[1]);
  const line = before.split('\n').length;
  const column = +m[1] - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${base}`;
}

function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

export interface LoadOptions {
  /** --config <path>; false for --no-config; undefined to search from cwd upwards. */
  explicit: string | false | undefined;
  cwd: string;
  context: ValidationContext;
}

export async function loadConfig(opts: LoadOptions): Promise<LoadedConfig> {
  const none: LoadedConfig = { file: null, config: {}, detectors: [], resolvePath: (p) => path.resolve(opts.cwd, p) };
  if (opts.explicit === false) return none;
  const file = opts.explicit !== undefined ? path.resolve(opts.cwd, opts.explicit) : await findConfigFile(opts.cwd);
  if (file === null) return none;
  const shown = display(file, opts.cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(shown, [code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read: ${code ?? (e as Error).message}`]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(shown, [describeJsonError(text, e as Error)]);
  }
  const checked = validateConfig(raw, opts.context);
  if (!checked.ok) throw new ConfigError(shown, checked.errors);
  const dir = path.dirname(file);
  return {
    file,
    config: checked.config,
    detectors: (checked.config.detectors ?? []).map(buildCustomDetector),
    resolvePath: (p) => path.resolve(dir, p),
  };
}
