// Stage 1: turn the command line's inputs (files, directories, globs, `-`) into a list of
// inputs to open. Problems (missing paths, unreadable directories) become entries too, so the
// report lists them instead of skipping them silently.
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

export type InputRef =
  | { kind: 'file'; path: string; display: string }
  | { kind: 'stdin'; display: '-' }
  /** Not scannable (missing, a symlink loop, a FIFO…): listed in the report with `message`. */
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

/** What a path is when it is neither a regular file nor a directory: never opened (a FIFO would block forever). */
function specialKind(st: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | null {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return null;
}

function notRegular(kind: string): string {
  return `not a regular file (${kind}); skipped${kind === 'a FIFO' ? ' (pipe data to `leaksift scan -` instead)' : ''}`;
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
  const skip = (file: string, message: string) => {
    const display = toPosix(file);
    if (matchesFilters(display)) out.push({ kind: 'missing', display, message });
  };
  // Inside a directory walk, a symlink to a file is followed (once per target), a symlink to a
  // directory is not (it could loop or leave the tree), and a dangling or looping link is listed.
  const addLink = async (file: string) => {
    let target: Stats;
    try {
      target = await stat(file);
    } catch (err) {
      skip(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : describeFsError(err));
      return;
    }
    if (target.isDirectory()) skip(file, 'symbolic link to a directory; not followed inside a directory walk');
    else if (target.isFile()) {
      if (!seen.has(await realpath(file))) add(file);
    } else skip(file, notRegular(specialKind(target) ?? 'unknown type'));
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
      const entries = await fg('**/*', {
        cwd: input, dot: true, onlyFiles: false, followSymbolicLinks: false, suppressErrors: true, objectMode: true,
      });
      const found = entries.filter((e) => !e.dirent.isDirectory()).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      if (found.length === 0) out.push({ kind: 'missing', display: input, message: 'directory contains no files' });
      for (const e of found) {
        const file = `${base}/${e.path}`;
        if (e.dirent.isFile()) add(file);
        else if (e.dirent.isSymbolicLink()) await addLink(file);
        else skip(file, notRegular(specialKind(e.dirent) ?? 'unknown type'));
      }
    } else if (st.isFile()) {
      add(input);
    } else {
      out.push({ kind: 'missing', display: input, message: notRegular(specialKind(st) ?? 'unknown type') });
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
