// Past a file's first CLASSIFY_ALL records the detectors see a fixed 1-in-8 sample of records
// (chosen by position); --classify-all, a policy gate and a baseline make them see every value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const { CLASSIFY_ALL, CLASSIFY_STRIDE, inClassifySample } = await import(path.join(ROOT, 'dist/scan/field-table.js'));

const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-classify-'));
const ROWS = 20_000;
const TEST_CARD = '4111 1111 1111 1111';
const REAL_CARD = '4539 1488 0343 6467';

/** The first line after the prefix whose record the sample skips: a real card hidden there. */
function unsampledLine(): number {
  for (let line = CLASSIFY_ALL + 100; ; line++) if (!inClassifySample(line, 0)) return line;
}

const hiddenLine = unsampledLine();
const lines = ['id,email,card_number'];
for (let i = 1; i < ROWS + 1; i++) {
  const line = i + 1;
  lines.push(`${i},user${i}@gmail.com,${line === hiddenLine ? REAL_CARD : TEST_CARD}`);
}
const file = path.join(dir, 'cards.csv');
writeFileSync(file, lines.join('\n') + '\n');

function scan(...args: string[]) {
  const r = runCli(['scan', file, '--format', 'json', ...args]);
  return { ...r, report: JSON.parse(r.stdout) };
}

function cardType(report: { files: { fields: { path: string; types: { id: string; checked: number; matched: number; testValues: number }[] }[] }[] }) {
  return report.files[0].fields.find((f) => f.path === 'card_number')!.types.find((t) => t.id === 'payment.card_number')!;
}

describe('classify sample', () => {
  it('classifies the first records in full, then one record in eight, and says so', () => {
    const { code, report } = scan();
    expect(code).toBe(0);
    expect(report.options.classifyAll).toBe(false);
    const t = cardType(report);
    const rest = ROWS - CLASSIFY_ALL;
    // The sample is a fixed hash of positions: close to 1/8 of the rest, not exactly.
    expect(t.checked).toBeGreaterThan(CLASSIFY_ALL + (rest / CLASSIFY_STRIDE) * 0.9);
    expect(t.checked).toBeLessThan(CLASSIFY_ALL + (rest / CLASSIFY_STRIDE) * 1.1);
    expect(t.matched).toBe(t.checked);
    expect(report.files[0].fields.find((f: { path: string }) => f.path === 'card_number').stats.nonEmpty).toBe(ROWS);
    // The real card sits in a record the sample skips: only test cards were seen.
    expect(t.testValues).toBe(t.matched);
  });

  it('--classify-all runs the detectors on every value', () => {
    const { report } = scan('--classify-all');
    expect(report.options.classifyAll).toBe(true);
    const t = cardType(report);
    expect(t.checked).toBe(ROWS);
    expect(t.testValues).toBe(ROWS - 1);
  });

  it('a policy gate sees every value: the one real card among test cards trips it', () => {
    const { code, report, stderr } = scan('--fail-on', 'payment', '--quiet');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.options.classifyAll).toBe(true);
    expect(report.policy.findings).toEqual([expect.objectContaining({ field: 'card_number', values: 1 })]);
  });

  it('the config file can ask for it too', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'leaksift-classify-config-'));
    writeFileSync(path.join(cwd, 'leaksift.config.json'), JSON.stringify({ classifyAll: true }));
    const r = runCli(['scan', file, '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(cardType(JSON.parse(r.stdout)).checked).toBe(ROWS);
  });
});
