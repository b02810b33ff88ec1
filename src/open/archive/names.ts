// Member names are only ever display names: leaksift never extracts to disk. Names that would
// escape an extraction directory are still worth a warning: they say how the archive was made.

/** `../x`, `a/../../x`, `/etc/x`, `C:\x` or `\\host\x`: a name that points outside the archive root. */
export function escapesRoot(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) return true;
  let depth = 0;
  for (const part of n.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** `outer.zip` + `dir/a.csv` → `outer.zip!dir/a.csv`. */
export function memberPath(container: string, name: string): string {
  return `${container}!${name}`;
}
