import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown.js';
import { runCli } from '../helpers/cli.js';

describe('escapeMarkdown', () => {
  it('neutralises table pipes, markup, HTML and line breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('**bold** [link](http://x) `code`')).toBe('\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) \\`code\\`');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
  });
});

describe('--format markdown', () => {
  it('has the verdict, the gate and a masked table of fields per file', () => {
    const r = runCli(['scan', 'fixtures/policy/real-card', '--format', 'markdown', '--fail-on', 'payment,contact', '--no-config', '--quiet']);
    expect(r.code).toBe(1);
    const md = r.stdout;
    expect(md).toMatch(/^## leaksift: /);
    expect(md).toContain('### Policy gate');
    expect(md).toContain('**Policy gate: failed** — 1 finding under `--fail-on payment,contact`');
    expect(md).toContain('| fixtures/policy/real\\-card/customers.csv | card\\_number | payment.card_number | 1 | 7 |');
    expect(md).toContain('### fixtures/policy/real\\-card/customers.csv');
    expect(md).toContain('| field | type | confidence | fill | sample (masked) |');
    expect(md).toMatch(/\| card\\_number \| payment\.card_number \| 0\.\d\d \| 100% \| 4111 \\\*\\\*\\\*\\\* \\\*\\\*\\\*\\\* 1111 \|/);
    expect(md).not.toContain('4539');
  });

  it('lists the top drivers of the verdict', () => {
    const md = runCli(['scan', 'fixtures/demo', '--format', 'markdown', '--no-config', '--quiet']).stdout;
    expect(md).toContain('### Top drivers');
    expect(md).toContain('| towards | weight | signal | fields |');
  });

  it('escapes field names from the data and leaves samples out under --show-values', () => {
    const r = runCli(['scan', '-', '--format', 'markdown', '--show-values', '--no-config', '--quiet'], {
      input: '{"e|mail":"j.doe@gmail.com","<b>x</b>":1}\n{"e|mail":"m.rossi@gmail.com","<b>x</b>":2}\n',
    });
    expect(r.stdout).toContain('| e\\|mail |');
    expect(r.stdout).toContain('&lt;b\\>x&lt;/b\\>');
    expect(r.stdout).toContain('_Samples omitted: the scan ran with --show-values');
    expect(r.stdout).not.toContain('j.doe@gmail.com');
  });
});
