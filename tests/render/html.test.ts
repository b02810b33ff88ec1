// The HTML report: self-contained, in the documented order, semantic, and injection-proof.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeVerdict } from '../../src/provenance/index.js';
import { renderHtml } from '../../src/render/html/html.js';
import { escapeHtml } from '../../src/render/html/markup.js';
import { STYLES } from '../../src/render/html/styles.js';
import { TABLE_SCRIPT } from '../../src/render/html/table-script.js';
import { ReportSchema } from '../../src/report/schema.js';
import { field, makeReport } from './html-fixture.js';

const EVIL_NAME = '<script>window.__pwned=1</script>';
const EVIL_SAMPLE = '"onmouseover=alert(1) x="';

describe('renderHtml', () => {
  const report = makeReport();
  const page = renderHtml(report);

  it('is one self-contained document: no external resource of any kind', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/\b(src|srcset|action|formaction|poster|data)\s*=/i);
    expect(page).not.toMatch(/@import|url\(|<link\b|<iframe|<object|<embed|<img\b/i);
    expect(page).not.toMatch(/https?:\/\//i);
    // Every link is an in-page anchor.
    for (const m of page.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#[\w-]+$/);
  });

  it('locks itself down with a Content-Security-Policy that allows only its own style and script', () => {
    const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1].replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src '${hash(TABLE_SCRIPT)}'`);
    expect(csp).toContain(`style-src '${hash(STYLES)}'`);
    // The hashed text is exactly what the page carries.
    expect(page).toContain(`<script>${TABLE_SCRIPT}</script>`);
    expect(page).toContain(`<style>${STYLES}</style>`);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('shows the sections top to bottom as the issue lists them', () => {
    const order = ['id="verdict"', 'id="signals"', 'id="assessment"', 'id="fields"', 'id="files"', 'id="method"', 'id="parameters"'];
    const at = order.map((s) => page.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('states the verdict in words, with the gauge, the confidence and the waterfall', () => {
    expect(page).toContain(`data-testid="verdict" data-verdict="${report.provenance.verdict}">${escapeHtml(describeVerdict(report.provenance))}</p>`);
    expect(page).toContain(`data-score="${report.provenance.internalScore}"`);
    expect(page).toContain(`confidence ${report.provenance.confidence.toFixed(2)}`);
    expect(page).toContain('class="chart waterfall"');
    expect(page.match(/data-signal="/g)).toHaveLength(report.provenance.signals.length);
    expect(page).toContain('class="chart bar-chart"');
  });

  it('lists origin hints, authenticity notes, checks, and every signal with its fields', () => {
    expect(page).toContain('Database dump');
    expect(page).toContain('1 of 10 recognised sensitive values are test/placeholder values');
    expect(page).toContain('Ask the suspected owner whether the table and column names match their schema.');
    for (const s of report.provenance.signals) for (const f of s.fields) expect(page).toContain(`<code><bdi>${f}</bdi></code>`);
  });

  it('uses semantic markup: one h1, section headings, captioned tables with column headers', () => {
    expect(page.match(/<h1\b/g)).toHaveLength(1);
    const tables = page.match(/<table\b/g)!.length;
    expect(page.match(/<caption>/g)).toHaveLength(tables);
    expect(page).toContain('<th scope="col">Field path</th>');
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('@media print');
    expect(page).toContain('@media (prefers-color-scheme: dark)');
  });

  it('shows the per-file card: format, records, warnings and the field table', () => {
    expect(page).toContain('csv, utf-8, delimiter &quot;,&quot;, header row');
    expect(page).toContain('line 4: ragged row');
    expect(page).toContain('(×2)');
    expect(page).toContain('<td><code><bdi>password_hash</bdi></code></td>');
    expect(page).toContain('Samples (masked)');
    expect(page).toContain('aaaa99');
    expect(page).toContain('class="sortable filterable fields"');
  });

  it('carries the tool version and the scan parameters', () => {
    expect(page).toContain('leaksift 0.1.0-test');
    expect(page).toContain('none (every record read)');
    expect(page).toContain('2026-01-01T00:00:00.000Z');
  });
});

describe('notes that depend on the scan', () => {
  it('adds a sampling note when --max-records cut files short', () => {
    const page = renderHtml(makeReport({ maxRecords: 5, truncated: true }));
    expect(page).toContain('data-testid="sampling-note"');
    expect(page).toContain('<code>--max-records 5</code>');
    expect(renderHtml(makeReport())).not.toContain('data-testid="sampling-note"');
  });

  it('warns when samples are not masked', () => {
    const page = renderHtml(makeReport({ showValues: true }));
    expect(page).toContain('Samples are NOT masked');
    expect(page).toContain('Samples (NOT masked)');
  });

  it('says so when no signal fired, instead of drawing an empty chart', () => {
    const page = renderHtml(makeReport({ signals: [] }));
    expect(page).toContain('data-testid="no-signals"');
    expect(page).not.toContain('class="chart waterfall"');
    expect(page).toContain('Inconclusive');
  });
});

describe('attacker-controlled values', () => {
  const report = makeReport({
    path: 'dump/</title><script>alert(1)</script>.csv',
    showValues: true,
    fields: [field(EVIL_NAME, [EVIL_SAMPLE, "'><svg onload=alert(1)>", 'a\u202Egnp.exe'], { id: 'contact.email', category: 'contact' })],
    signals: [{ id: 'x', description: 'Evil <b>signal</b>', direction: 'internal', weight: 2, group: '<i>g</i>', fields: [EVIL_NAME], evidence: EVIL_SAMPLE }],
  });
  ReportSchema.parse(report);
  const page = renderHtml(report);

  it('never lets a value open a tag', () => {
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/<svg onload|<b>signal|<i>g<\/i>|<\/title><script/);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('never lets a value open or close an attribute', () => {
    // Every raw '<' outside our script and style starts a real tag (values have theirs escaped),
    // so reading the attribute names of every tag finds any injected handler.
    const markup = page.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '');
    const names = [...markup.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((t) => [...t[0].matchAll(/\s([^\s="'\/>]+)(?:="[^"]*")?/g)].map((a) => a[1].toLowerCase()));
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => n.startsWith('on'))).toEqual([]);
    expect(names.filter((n) => !/^[a-z]+(-[a-z]+)*\d?$/.test(n))).toEqual([]);
    expect(page).toContain('&quot;onmouseover=alert(1) x=&quot;');
    expect(page).toContain('&#39;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('shows direction overrides instead of obeying them', () => {
    expect(page).not.toContain('\u202E');
    expect(page).toContain('a\\u{202E}gnp.exe');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and replaces lone surrogates', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\uD800b')).toBe('a\uFFFDb');
    expect(escapeHtml('👨\u200D👩')).toBe('👨\u200D👩');
    expect(escapeHtml('x\u0000y\u200Bz')).toBe('x\\u{0000}y\\u{200B}z');
  });
});
