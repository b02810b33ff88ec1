import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/classify/detectors/index.js';
import { ConfigError, findConfigFile, loadConfig } from '../../src/config/load.js';
import { SIGNAL_IDS } from '../../src/provenance/index.js';

const context = { builtinDetectorIds: DETECTORS.map((d) => d.id), signalIds: SIGNAL_IDS };

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'leaksift-config-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function loadError(opts: Parameters<typeof loadConfig>[0]): Promise<ConfigError> {
  try {
    await loadConfig(opts);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('config discovery', () => {
  it('finds the nearest config file from the working directory upwards', async () => {
    const root = tree({ '.leaksiftrc.json': '{}', 'a/b/c/.keep': '' });
    expect(await findConfigFile(path.join(root, 'a/b/c'))).toBe(path.join(root, '.leaksiftrc.json'));
  });

  it('prefers leaksift.config.json over .leaksiftrc.json in the same directory, and a nearer one over a parent', async () => {
    const root = tree({ 'leaksift.config.json': '{}', '.leaksiftrc.json': '{}', 'sub/.leaksiftrc.json': '{}' });
    expect(await findConfigFile(root)).toBe(path.join(root, 'leaksift.config.json'));
    expect(await findConfigFile(path.join(root, 'sub'))).toBe(path.join(root, 'sub/.leaksiftrc.json'));
  });

  it('reads nothing with --no-config, and resolves paths in the file against its directory', async () => {
    const root = tree({ 'leaksift.config.json': '{"baseline": "ci/baseline.json", "maxRecords": 5}', 'sub/.keep': '' });
    const none = await loadConfig({ explicit: false, cwd: root, context });
    expect(none.file).toBeNull();
    expect(none.config).toEqual({});
    const found = await loadConfig({ explicit: undefined, cwd: path.join(root, 'sub'), context });
    expect(found.file).toBe(path.join(root, 'leaksift.config.json'));
    expect(found.config.maxRecords).toBe(5);
    expect(found.resolvePath(found.config.baseline!)).toBe(path.join(root, 'ci/baseline.json'));
  });

  it('builds the custom detectors', async () => {
    const root = tree({
      'x.json': JSON.stringify({ detectors: [{ id: 'custom.employee_id', names: ['employee id'], valuePattern: 'EMP-\\d{6}', testValues: ['EMP-000000'] }] }),
    });
    const loaded = await loadConfig({ explicit: 'x.json', cwd: root, context });
    expect(loaded.detectors.map((d) => [d.id, d.category])).toEqual([['custom.employee_id', 'custom']]);
  });
});

describe('config errors', () => {
  it('say where a JSON syntax error is', async () => {
    const root = tree({ 'leaksift.config.json': '{\n  "format": "json",\n}\n' });
    const e = await loadError({ explicit: undefined, cwd: root, context });
    expect(e.problems).toEqual(['not valid JSON at line 3, column 1: Expected double-quoted property name']);
    expect(e.message).toBe('leaksift.config.json: not valid JSON at line 3, column 1: Expected double-quoted property name');
  });

  it('name a missing --config file', async () => {
    const root = tree({});
    const e = await loadError({ explicit: 'nope.json', cwd: root, context });
    expect(e.message).toBe('nope.json: no such file');
  });

  it('give one line per problem, each naming the file', async () => {
    const root = tree({ 'leaksift.config.json': JSON.stringify({ failOn: ['payment', 'contact', 'pament', 'contakt'] }) });
    const e = await loadError({ explicit: undefined, cwd: root, context });
    expect(e.message.split('\n')).toEqual([
      'leaksift.config.json: failOn[2]: unknown category "pament" (did you mean "payment"?)',
      'leaksift.config.json: failOn[3]: unknown category "contakt" (did you mean "contact"?)',
    ]);
  });

  it('report schema problems before the checks that need a valid shape', async () => {
    const root = tree({ 'leaksift.config.json': JSON.stringify({ failOn: ['pament'], quiet: 'yes' }) });
    const e = await loadError({ explicit: undefined, cwd: root, context });
    expect(e.problems).toEqual(['quiet: expected a boolean, got the string "yes"']);
  });
});
