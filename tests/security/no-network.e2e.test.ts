// No network (issue 8): leaksift opens no sockets and verifies nothing live. The CLI runs with
// every networking entry point trapped (tests/security/net-trap.mjs, preloaded into the main
// thread and every worker); the trap records any attempt, and the test proves none was made,
// on inputs that are full of URLs, hosts, IPs and emails a "verifier" would be tempted to contact.
// Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { listedFormats, runMeasured } from '../hostile/harness.js';
import { writeSensitiveFixtures } from '../privacy/sensitive-fixtures.js';

const TRAP = fileURLToPath(new URL('./net-trap.mjs', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'leaksift-nonet-'));
const samples = writeSensitiveFixtures(path.join(work, 'samples'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function attempts(log: string): { api: string; target: string; thread: string }[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
}

describe('the network trap', () => {
  it('catches every kind of attempt it claims to (positive control)', () => {
    const log = path.join(work, 'control.log');
    const script = `
      const net = require('node:net'), tls = require('node:tls'), dgram = require('node:dgram'), dns = require('node:dns');
      const http = require('node:http'), https = require('node:https'), http2 = require('node:http2');
      const tries = [
        () => net.connect(443, 'example.com'), () => new net.Socket().connect(443, 'example.com'), () => tls.connect(443, 'example.com'),
        () => dgram.createSocket('udp4'), () => dns.lookup('example.com', () => {}), () => dns.promises.resolve4('example.com'),
        () => http.get('http://example.com'), () => https.request('https://example.com'), () => http2.connect('https://example.com'),
        () => fetch('https://example.com'), () => net.createServer().listen(0),
      ];
      for (const t of tries) { try { t(); } catch {} }
    `;
    const r = spawnSync(process.execPath, ['--import', TRAP, '-e', script], { env: { ...process.env, LEAKSIFT_NET_TRAP_LOG: log }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(attempts(log).map((a) => a.api)).toEqual([
      'net.connect', 'net.Socket#connect', 'tls.connect', 'dgram.createSocket', 'dns.lookup', 'dns.promises.resolve4',
      'http.get', 'https.request', 'http2.connect', 'fetch', 'net.Server#listen',
    ]);
  });
});

describe('a scan', () => {
  const formats = listedFormats();
  const inputs = [samples, path.join(ROOT, 'fixtures/demo')];

  it.each(formats)('in --format %s attempts no connection, lookup or listen (main thread and workers)', (format) => {
    const log = path.join(work, `scan-${format}.log`);
    const r = runMeasured(['scan', ...inputs, '--format', format, '--jobs', '2'], {
      preloads: [TRAP],
      env: { LEAKSIFT_NET_TRAP_LOG: log },
      timeoutMs: 120_000,
    });
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(attempts(log)).toEqual([]);
  });

  it('renders an HTML report that loads nothing from the network', () => {
    if (!listedFormats().includes('html')) return;
    const r = runMeasured(['scan', ...inputs, '--format', 'html'], { timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    // External scripts, styles, images, fonts or frames would make a viewer's browser fetch.
    expect(r.stdout).not.toMatch(/<(?:script|img|iframe|link|source|video|audio|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(r.stdout).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(r.stdout).not.toMatch(/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i);
  });
});
