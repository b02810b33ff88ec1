// `--format html` through the real binary: to stdout, to --output, and the same verdict as JSON.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeVerdict } from '../../src/provenance/index.js';
import { escapeHtml } from '../../src/render/html/markup.js';
import { ReportSchema } from '../../src/report/schema.js';
import { runCli } from '../helpers/cli.js';

describe('leaksift scan --format html', () => {
  const json = ReportSchema.parse(JSON.parse(runCli(['scan', 'fixtures/demo', '--format', 'json', '--quiet']).stdout));

  it('writes the page to stdout without --output', () => {
    const r = runCli(['scan', 'fixtures/demo', '--format', 'html', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect(r.stdout).toContain(`data-testid="verdict" data-verdict="${json.provenance.verdict}">${escapeHtml(describeVerdict(json.provenance))}</p>`);
  });

  it('writes the page to --output, masked by default', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'leaksift-html-')), 'report.html');
    const r = runCli(['scan', 'fixtures/demo', '--format', 'html', '--output', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('Samples (masked)');
    // The demo's users.csv holds full card numbers and emails: none reaches the page.
    const raw = ReportSchema.parse(JSON.parse(runCli(['scan', 'fixtures/demo', '--format', 'json', '--quiet', '--show-values']).stdout));
    const users = raw.files.find((f) => f.path.endsWith('users.csv'))!;
    const secrets = ['card_number', 'email', 'phone'].flatMap((p) => users.fields.find((f) => f.path === p)!.samples);
    expect(secrets.length).toBeGreaterThan(5);
    for (const s of secrets) expect(page).not.toContain(escapeHtml(s));
  });
});
