// Stage 1: turn the command line's inputs (files, directories, globs, `-`) into a list of
// inputs to open. Problems (missing paths, unreadable directories) become entries too, so the
// report lists them instead of skipping them silently.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

export type InputRef =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'stdin'; display: '-' }
  | { kind: 'missing'; display: string; message: string };

export interface DiscoverOptions {
  include: string[];
  exclude: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

type Filter = (rel: string) => boolean;

/** A glob without a slash matches the base name anywhere (`*.csv`), as in .gitignore. */
function compileFilter(opts: DiscoverOptions): Filter {
  const compile = (globs: string[]) => {
    const ms = globs.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
    return (rel: string) => ms.some((m) => m(rel));
  };
  const inc = compile(opts.include);
  const exc = compile(opts.exclude);
  return (rel) => (opts.include.length === 0 || inc(rel)) && !exc(rel);
}

/** Expands inputs in order, each file once; directories are walked recursively (dotfiles too). */
export async function discover(inputs: string[], opts: DiscoverOptions): Promise<InputRef[]> {
  const out: InputRef[] = [];
  const seen = new Set<string>();
  const matchesFilters = compileFilter(opts);
  const add = (file: string) => {
    const abs = path.resolve(file);
    if (seen.has(abs)) return;
    seen.add(abs);
    const display = toPosix(file);
    if (!matchesFilters(display)) return;
    out.push({ kind: 'file', path: abs, display });
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin', display: '-' });
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (err) {
      if (GLOB_CHARS.test(input)) {
        // The shell did not expand it (quoted, or no match there): expand it ourselves.
        const matches = await fg(toPosix(input), { dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
        if (matches.length === 0) out.push({ kind: 'missing', display: input, message: 'no files match this pattern' });
        for (const m of matches.sort()) add(m);
        continue;
      }
      out.push({ kind: 'missing', display: input, message: describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) {
      const base = toPosix(input).replace(/\/+$/, '');
      const files = await fg('**/*', {
        cwd: input, dot: true, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true,
      });
      if (files.length === 0) out.push({ kind: 'missing', display: input, message: 'directory contains no files' });
      for (const f of files.sort()) add(`${base}/${f}`);
    } else {
      add(input);
    }
  }
  return out;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'a path component is not a directory';
    default: return (err as Error)?.message ?? String(err);
  }
}
