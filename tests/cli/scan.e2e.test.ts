// End to end through the real binary: formats, stdin, exit codes, bad inputs, clean stdout.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

function json(args: string[], input?: string): Report {
  const r = runCli([...args, '--format', 'json'], { input });
  expect(r.stderr).toBe('');
  return ReportSchema.parse(JSON.parse(r.stdout));
}

describe('leaksift scan fixtures/demo', () => {
  const report = json(['scan', 'fixtures/demo']);

  it('reads every demo file with its format', () => {
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f]));
    expect(byName['users.csv']).toMatchObject({ format: 'csv', compression: 'none', header: true, records: 120, errors: [] });
    expect(byName['app_events.ndjson']).toMatchObject({ format: 'ndjson', records: 200, errors: [] });
    expect(byName['tiktok_user_list.json']).toMatchObject({ format: 'json', errors: [] });
    expect(byName['paypal_transactions.csv.gz']).toMatchObject({ format: 'csv', compression: 'gzip', records: 80, errors: [] });
    expect(report.summary.files).toBe(4);
    expect(report.summary.errors).toBe(0);
  });

  it('follows the field path conventions', () => {
    const paths = report.files.flatMap((f) => f.fields.map((x) => x.path));
    expect(paths).toContain('email');
    expect(paths).toContain('userList[].user.uniqueId');
    expect(paths).toContain('userList[].stats.followerCount');
    expect(paths).toContain('statusCode');
    expect(paths).toContain('page_url');
  });

  it('classifies the core field types', () => {
    const users = report.files.find((f) => f.path.endsWith('users.csv'))!;
    const top = (p: string) => users.fields.find((f) => f.path === p)?.types[0]?.id;
    expect(top('email')).toBe('contact.email');
    expect(top('card_number')).toBe('payment.card_number');
    expect(top('password_hash')).toBe('credential.password_hash');
    expect(top('last_login_ip')).toBe('network.ip_address');
    expect(top('username')).toBe('identity.username');
    const tiktok = report.files.find((f) => f.path.endsWith('tiktok_user_list.json'))!;
    expect(tiktok.fields.find((f) => f.path === 'userList[].stats.followerCount')?.types[0]?.id).toBe('user_stats.follower_count');
    const events = report.files.find((f) => f.path.endsWith('app_events.ndjson'))!;
    expect(events.fields.find((f) => f.path === 'page_url')?.types.map((t) => t.id)).toContain('marketing.utm');
  });

  it('masks samples by default and shows them only with --show-values', () => {
    const users = report.files.find((f) => f.path.endsWith('users.csv'))!;
    const raw = readFileSync(path.join(ROOT, 'fixtures/demo/users.csv'), 'utf8');
    const emails = new Set(raw.split('\n').slice(1).map((l) => l.split(',')[2]).filter(Boolean));
    const sample = users.fields.find((f) => f.path === 'email')!.samples;
    expect(sample.length).toBeGreaterThan(0);
    for (const s of sample) {
      expect(emails.has(s)).toBe(false);
      expect(s).toMatch(/^.\*\*\*@/);
    }
    expect(report.options.showValues).toBe(false);
    const shown = json(['scan', 'fixtures/demo/users.csv', '--show-values']);
    expect(shown.options.showValues).toBe(true);
    expect(emails.has(shown.files[0].fields.find((f) => f.path === 'email')!.samples[0])).toBe(true);
  });
});

describe('inputs', () => {
  it('reads stdin with -', () => {
    const input = '{"email":"a@gmail.com","n":1}\n{"email":"b@gmail.com","n":2}\n';
    const r = json(['scan', '-'], input);
    expect(r.files[0]).toMatchObject({ path: '-', format: 'ndjson', records: 2 });
  });

  it('expands globs the shell did not expand, and applies --include/--exclude', () => {
    const r = json(['scan', 'fixtures/demo/*.csv']);
    expect(r.files.map((f) => path.basename(f.path))).toEqual(['users.csv']);
    const ex = json(['scan', 'fixtures/demo', '--exclude', '*.json', '--exclude', '*.gz']);
    expect(ex.files.map((f) => path.basename(f.path)).sort()).toEqual(['app_events.ndjson', 'users.csv']);
    const inc = json(['scan', 'fixtures/demo', '--include', '*.ndjson']);
    expect(inc.files.map((f) => path.basename(f.path))).toEqual(['app_events.ndjson']);
  });

  it('stops at --max-records and says so', () => {
    const r = json(['scan', 'fixtures/demo/users.csv', '--max-records', '10']);
    expect(r.files[0]).toMatchObject({ records: 10, truncated: true });
  });

  it('writes --output and keeps stdout empty', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-out-'));
    const out = path.join(dir, 'r.json');
    const r = runCli(['scan', 'fixtures/demo/users.csv', '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).files).toHaveLength(1);
  });

  it('runs its worker threads under node flags a worker may not be given explicitly (V8 heap flags)', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=2048', '--max-semi-space-size=32', BIN, 'scan', 'fixtures/demo', '--jobs', '2', '--format', 'json', '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files.length).toBeGreaterThan(3);
  });
});

describe('bad inputs', () => {
  it('reports each bad file clearly and still scans the good ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leaksift-bad-'));
    mkdirSync(path.join(dir, 'junk'));
    for (const f of ['truncated.csv.gz', 'random.bin', 'image.png', 'broken.json', 'empty.csv']) {
      copyFileSync(path.join(ROOT, 'fixtures/bad', f), path.join(dir, 'junk', f));
    }
    copyFileSync(path.join(ROOT, 'fixtures/demo/users.csv'), path.join(dir, 'junk', 'good.csv'));
    writeFileSync(path.join(dir, 'junk', 'broken-mid.json'), '[{"email":"a@gmail.com"},{"email":"b@gmail.com"},{"email": nope}]');
    const r = runCli(['scan', path.join(dir, 'junk'), path.join(dir, 'missing.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    const by = (name: string) => report.files.find((f) => path.basename(f.path) === name)!;
    expect(by('good.csv')).toMatchObject({ records: 120, errors: [] });
    expect(by('missing.csv').errors[0].message).toMatch(/no such file/);
    expect(by('random.bin').errors[0].message).toMatch(/binary|not valid|unrecognised/);
    expect(by('image.png').errors[0].message).toMatch(/PNG image/);
    expect(by('empty.csv').errors[0].message).toMatch(/empty file/);
    expect(by('truncated.csv.gz').errors[0].message).toMatch(/truncated gzip/);
    expect(by('broken.json').errors.length).toBe(1);
    const mid = by('broken-mid.json');
    expect(mid.records).toBe(2);
    expect(mid.errors[0].line).toBe(1);
    expect(report.summary.unreadable.map((u) => path.basename(u.path)).sort()).toEqual(
      ['broken-mid.json', 'broken.json', 'empty.csv', 'image.png', 'missing.csv', 'random.bin', 'truncated.csv.gz'].sort(),
    );
    // The text report names each file too, without a stack trace.
    const text = runCli(['scan', path.join(dir, 'junk')]);
    expect(text.stdout).toMatch(/image\.png/);
    expect(text.stdout + text.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('exits 2 when nothing could be read', () => {
    const r = runCli(['scan', 'no/such/file.csv', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files[0].errors[0].message).toMatch(/no such file/);
  });
});

describe('usage', () => {
  it.each([
    [['scan', '--bogus', 'x']],
    [['scan']],
    [['scan', 'fixtures/demo', '--format', 'yaml']],
    [['scan', 'fixtures/demo', '--max-records', 'lots']],
    [['frobnicate']],
  ])('%j is a one-line usage error with exit 2', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^leaksift: /);
  });

  it('prints help with examples and the version', () => {
    const help = runCli(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/--show-values/);
    const v = runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('output formats', () => {
  it('streams NDJSON: one line per file, then a summary line', () => {
    const r = runCli(['scan', 'fixtures/demo', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'file')).toHaveLength(4);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', schemaVersion: 1 });
    expect(lines.at(-1).files).toBeUndefined();
  });

  it('renders a text report without colour when NO_COLOR is set', () => {
    const r = runCli(['scan', 'fixtures/demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/users\.csv/);
    expect(r.stdout).toMatch(/contact\.email/);
    expect(r.stderr).toBe('');
    const forced = runCli(['scan', 'fixtures/demo/users.csv'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const off = runCli(['scan', 'fixtures/demo/users.csv', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });
});
