// Never write outside --output (issue 8): a scan run in a scratch working directory, with a
// scratch HOME and TMPDIR, leaves every one of them exactly as it was except for the --output
// file — no caches, temp files, logs, partial reports or extracted archive members.
// Run `npm run build` first.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMeasured } from '../hostile/harness.js';
import { writeSensitiveFixtures } from '../privacy/sensitive-fixtures.js';

const work = mkdtempSync(path.join(tmpdir(), 'leaksift-nowrite-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every path under `dir` with its size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = statSync(p);
      out.set(path.relative(dir, p), e.isDirectory() ? 'dir' : `${st.size}:${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('a scan writes only its --output file', () => {
  it.each(['json', 'text'])('--format %s: cwd, inputs, HOME and TMPDIR are unchanged but for the report', (format) => {
    const root = path.join(work, format);
    const cwd = path.join(root, 'cwd');
    const home = path.join(root, 'home');
    const tmp = path.join(root, 'tmp');
    for (const d of [cwd, home, tmp]) mkdirSync(d, { recursive: true });
    writeSensitiveFixtures(path.join(cwd, 'samples'));
    // Archives and gzip too: members are read in memory, never extracted.
    const archives = fileURLToPath(new URL('../../fixtures/read/archive/', import.meta.url));
    for (const f of ['bundle.zip', 'bundle.tgz', 'traversal.zip', 'nested.zip']) copyFileSync(path.join(archives, f), path.join(cwd, 'samples', f));
    const before = [snapshot(cwd), snapshot(home), snapshot(tmp)];

    const r = runMeasured(['scan', 'samples', '--format', format, '--output', 'report.out'], {
      cwd,
      env: { HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, XDG_CACHE_HOME: path.join(home, '.cache') },
      timeoutMs: 120_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');

    const after = [snapshot(cwd), snapshot(home), snapshot(tmp)];
    const expectedCwd = new Map(before[0]);
    expect([...after[0].keys()].filter((k) => !expectedCwd.has(k))).toEqual(['report.out']);
    after[0].delete('report.out');
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(statSync(path.join(cwd, 'report.out')).size).toBeGreaterThan(0);
  });
});
