// Fields allowlisted in the config: their findings never trip the policy gate.
import picomatch from 'picomatch';
import type { FieldAllow } from '../config/schema.js';

/** `*` matches any run of characters; everything else literally. */
function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** A file glob without a slash matches the base name anywhere, as --include/--exclude do. */
function fileGlob(glob: string): (file: string) => boolean {
  return picomatch(glob, { dot: true, basename: !glob.includes('/') });
}

export function fieldAllowlist(entries: readonly FieldAllow[] | undefined): (file: string, field: string) => boolean {
  const matchers = (entries ?? []).map((e) => {
    if (typeof e === 'string') {
      const f = wildcard(e);
      return (_file: string, field: string) => f.test(field);
    }
    const file = fileGlob(e.file);
    const f = wildcard(e.field);
    return (fp: string, field: string) => file(fp) && f.test(field);
  });
  return (file, field) => matchers.some((m) => m(file, field));
}
