#!/usr/bin/env node
// Accuracy harness: scans every labelled case in fixtures/labelled/ with the built CLI and
// compares each field's label (its top type when confidence ≥ the label threshold, else none)
// with expected.json. Prints per-type precision/recall, per-category accuracy and every
// false flag. `--json` prints the summary as JSON (tests/eval.test.ts gates on it).
//
//   npm run eval                       labelled cases
//   node scripts/eval.js --json        machine-readable summary
//   node scripts/eval.js --direct      classifier only (dist/classify + a minimal CSV/JSON reader, no CLI)
//   node scripts/eval.js --corpus ../shared/corpus/real --expect fixtures/labelled/corpus-real.json
//                                      category-level check of a real corpus (see that file)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LABELLED = join(ROOT, 'fixtures', 'labelled');
const BIN = join(ROOT, 'bin', 'leaksift.js');
/** Must match LABEL_CONFIDENCE in src/classify/engine.ts (read from dist when built). */
let LABEL = 0.5;

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const asJson = process.argv.includes('--json');

/** One scan of all the given files; returns report.files keyed by absolute path. */
function scan(files) {
  return direct ? scanDirect(files) : scanCli(files);
}

function scanCli(files) {
  const r = spawnSync(process.execPath, [BIN, 'scan', ...files, '--format', 'json', '--quiet', '--no-color'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0 && !r.stdout) throw new Error(`leaksift scan failed (exit ${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  const report = JSON.parse(r.stdout);
  const byPath = new Map();
  for (const f of report.files) byPath.set(resolve(ROOT, f.path), f);
  return byPath;
}

// ---------- --direct: the classifier alone, with a minimal reader (no CLI) ----------

let classifier = null;
const DIRECT_FORMATS = /\.(csv|json|ndjson)$/;

/** Records of a JSON document: a top-level array, the largest array of objects inside a wrapper, or one object. */
function jsonRecords(doc) {
  if (Array.isArray(doc)) return doc.map((r) => ['', r]);
  let best = null;
  const walk = (v, path) => {
    if (Array.isArray(v)) {
      if (v.length && v.every((x) => x && typeof x === 'object' && !Array.isArray(x)) && (!best || v.length > best[1].length)) best = [path + '[]', v];
      return;
    }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(doc, '');
  return best ? best[1].map((r) => [best[0], r]) : [['', doc]];
}

function flatten(v, path, out) {
  if (Array.isArray(v)) for (const x of v) flatten(x, path + '[]', out);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
  else out.push([path, v]);
}

function* readRecords(file) {
  const text = readFileSync(file, 'utf8');
  const t = text.trimStart();
  if (t.startsWith('[') || (t.startsWith('{') && !/\}\s*\n\s*\{/.test(text.slice(0, 100000)))) {
    for (const [prefix, r] of jsonRecords(JSON.parse(text))) {
      const out = [];
      flatten(r, prefix, out);
      yield out;
    }
    return;
  }
  if (t.startsWith('{')) {
    for (const line of text.split('\n')) if (line.trim()) { const out = []; flatten(JSON.parse(line), '', out); yield out; }
    return;
  }
  const first = text.slice(0, text.indexOf('\n'));
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rowsOut = classifier.parseCsv(text, { delimiter, relax_column_count: true });
  const header = rowsOut[0].some((c) => /^-?[\d.]+$/.test(c)) ? rowsOut[0].map((_, i) => `column_${i + 1}`) : rowsOut.shift();
  for (const row of rowsOut) yield row.map((v, i) => [header[i], v]);
}

function scanDirect(files) {
  const byPath = new Map();
  for (const file of files) {
    const fields = new Map();
    for (const rec of readRecords(file)) {
      for (const [path, raw] of rec) {
        let f = fields.get(path);
        if (!f) fields.set(path, (f = { c: new classifier.FieldClassifier(path, classifier.DETECTORS), nonEmpty: 0, distinct: new Set(), min: Infinity, max: -Infinity, nums: 0, minLength: null, maxLength: null }));
        if (raw === null || raw === undefined || raw === '') continue;
        const v = String(raw);
        f.c.observe(v);
        f.nonEmpty++;
        if (f.distinct.size < 100000) f.distinct.add(v);
        const n = Number(v);
        if (v.trim() !== '' && Number.isFinite(n)) { f.nums++; f.min = Math.min(f.min, n); f.max = Math.max(f.max, n); }
        f.minLength = f.minLength === null ? v.length : Math.min(f.minLength, v.length);
        f.maxLength = f.maxLength === null ? v.length : Math.max(f.maxLength, v.length);
      }
    }
    const out = [];
    for (const [path, f] of fields) {
      const summary = { path, nonEmpty: f.nonEmpty, distinct: f.distinct.size, numeric: f.nums ? { count: f.nums, min: f.min, max: f.max } : null, minLength: f.minLength, maxLength: f.maxLength };
      out.push({ path, stats: { nonEmpty: f.nonEmpty }, types: f.c.finish(summary) });
    }
    byPath.set(resolve(file), { path: file, fields: out });
  }
  return byPath;
}

/** The label a field gets: its top type when confident enough. */
function labelOf(field) {
  const t = field?.types?.[0];
  return t && t.confidence >= LABEL ? t : null;
}
const catOf = (id) => (id ? id.split('.')[0] : null);

const direct = process.argv.includes('--direct');
if (direct) {
  const dist = join(ROOT, 'dist', 'classify');
  const [engine, registry, csvParse] = await Promise.all([
    import(join(dist, 'engine.js')), import(join(dist, 'detectors', 'index.js')), import('csv-parse/sync'),
  ]);
  classifier = { FieldClassifier: engine.FieldClassifier, DETECTORS: registry.DETECTORS, parseCsv: csvParse.parse };
}

async function loadLabelThreshold() {
  const engine = join(ROOT, 'dist', 'classify', 'engine.js');
  if (existsSync(engine)) {
    const m = await import(engine);
    if (typeof m.LABEL_CONFIDENCE === 'number') LABEL = m.LABEL_CONFIDENCE;
  }
}

function evalLabelled() {
  const cases = readdirSync(LABELLED).filter((d) => statSync(join(LABELLED, d)).isDirectory()).sort();
  let specs = cases.map((c) => ({ name: c, ...JSON.parse(readFileSync(join(LABELLED, c, 'expected.json'), 'utf8')) }));
  if (direct) {
    const skipped = specs.filter((s) => !DIRECT_FORMATS.test(s.file));
    if (skipped.length && !asJson) console.log(`--direct reads CSV/JSON/NDJSON only; skipped: ${skipped.map((s) => s.name).join(', ')}`);
    specs = specs.filter((s) => DIRECT_FORMATS.test(s.file));
  }
  const files = specs.map((s) => join(LABELLED, s.name, s.file));
  const reports = scan(files);
  const rows = [];
  const mustNot = [];
  const testValueProblems = [];
  let mustNotChecks = 0;
  for (const s of specs) {
    const rep = reports.get(join(LABELLED, s.name, s.file));
    if (!rep) throw new Error(`no report for ${s.name}/${s.file}`);
    const fields = new Map(rep.fields.map((f) => [f.path, f]));
    for (const [path, expected] of Object.entries(s.fields)) {
      const field = fields.get(path);
      const got = labelOf(field);
      rows.push({ case: s.name, path, expected, got: got?.id ?? null, confidence: got?.confidence ?? field?.types?.[0]?.confidence ?? 0, missing: !field });
    }
    for (const [path, ids] of Object.entries(s.mustNotFlag ?? {})) {
      const field = fields.get(path);
      for (const id of ids) {
        mustNotChecks++;
        const t = field?.types?.find((x) => x.id === id);
        if (t) mustNot.push({ case: s.name, path, type: id, confidence: t.confidence });
      }
    }
    for (const path of s.allTestValues ?? []) {
      const t = labelOf(fields.get(path));
      if (!t || t.testValues !== t.matched) testValueProblems.push({ case: s.name, path, matched: t?.matched ?? 0, testValues: t?.testValues ?? 0 });
    }
  }
  return summarise(rows, mustNot, mustNotChecks, testValueProblems, specs.length);
}

function summarise(rows, mustNot, mustNotChecks, testValueProblems, caseCount) {
  const types = new Map();
  const bump = (id, k) => {
    if (!id) return;
    const t = types.get(id) ?? { id, support: 0, predicted: 0, tp: 0 };
    t[k]++;
    types.set(id, t);
  };
  const cats = new Map();
  const falseFlags = [];
  for (const r of rows) {
    bump(r.expected, 'support');
    bump(r.got, 'predicted');
    if (r.expected && r.got === r.expected) bump(r.expected, 'tp');
    const cat = r.expected ? catOf(r.expected) : 'must-not-flag (null)';
    const c = cats.get(cat) ?? { category: cat, fields: 0, typeCorrect: 0, categoryCorrect: 0 };
    c.fields++;
    if (r.got === r.expected) c.typeCorrect++;
    if (catOf(r.got) === catOf(r.expected)) c.categoryCorrect++;
    cats.set(cat, c);
    if (r.got !== r.expected) falseFlags.push(r);
  }
  const perType = [...types.values()].sort((a, b) => a.id.localeCompare(b.id)).map((t) => ({
    ...t, precision: t.predicted ? t.tp / t.predicted : null, recall: t.support ? t.tp / t.support : null,
  }));
  const perCategory = [...cats.values()].sort((a, b) => a.category.localeCompare(b.category)).map((c) => ({
    ...c, typeAccuracy: c.typeCorrect / c.fields, categoryAccuracy: c.categoryCorrect / c.fields,
  }));
  const correct = rows.filter((r) => r.got === r.expected).length;
  return {
    labelThreshold: LABEL, cases: caseCount, fields: rows.length, accuracy: correct / rows.length,
    nullFieldsLabelled: rows.filter((r) => r.expected === null && r.got !== null).length,
    mustNotChecks, mustNotViolations: mustNot, testValueProblems, perType, perCategory,
    misses: falseFlags,
  };
}

// ---------- real corpus (category level) ----------

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (!/^(SOURCES\.md|labels\.json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/**
 * `expect` maps "<case>/<file>" → { "<field path>": category | [categories] | null }.
 * null: the field is not sensitive and may stay unlabelled or get any non-sensitive label.
 */
function evalCorpus(corpus, expectPath) {
  const expect = JSON.parse(readFileSync(expectPath, 'utf8'));
  const files = listFiles(corpus);
  const reports = scan(files);
  const rows = [];
  for (const [key, fields] of Object.entries(expect)) {
    if (key.startsWith('$')) continue;
    const rep = reports.get(join(corpus, key));
    if (!rep) { rows.push({ file: key, path: '*', expected: 'file', got: 'not scanned', ok: false }); continue; }
    const byPath = new Map(rep.fields.map((f) => [f.path, f]));
    for (const [path, want] of Object.entries(fields)) {
      const field = byPath.get(path);
      // Fields without values say nothing about the classifier (the names alone decide nothing).
      if (field && field.stats && field.stats.nonEmpty === 0) continue;
      const got = labelOf(field);
      const gotCat = got ? catOf(got.id) : null;
      const wants = want === null ? [null] : Array.isArray(want) ? want : [want];
      const ok = field !== undefined && (wants.includes(gotCat) || (wants.includes(null) && NON_SENSITIVE.has(gotCat)));
      rows.push({ file: key, path, expected: wants.map((w) => w ?? 'none').join('|'), got: got ? `${got.id} ${got.confidence}` : field ? 'none' : 'field not found', ok });
    }
  }
  const ok = rows.filter((r) => r.ok).length;
  return { fields: rows.length, correct: ok, accuracy: rows.length ? ok / rows.length : 0, misses: rows.filter((r) => !r.ok) };
}
const NON_SENSITIVE = new Set([null, 'temporal', 'content', 'internal_meta', 'location']);

// ---------- printing ----------

const pct = (x) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printLabelled(s) {
  console.log(`Labelled cases: ${s.cases}, fields: ${s.fields}, label threshold ${s.labelThreshold}`);
  console.log(`Overall type accuracy: ${pct(s.accuracy)}\n`);
  console.log('Per category            fields  type acc  category acc');
  for (const c of s.perCategory) console.log(`  ${c.category.padEnd(22)}${String(c.fields).padStart(6)}  ${pct(c.typeAccuracy)}   ${pct(c.categoryAccuracy)}`);
  console.log('\nPer type                              support  predicted  precision  recall');
  for (const t of s.perType) console.log(`  ${t.id.padEnd(36)}${String(t.support).padStart(7)}  ${String(t.predicted).padStart(9)}  ${pct(t.precision)}    ${pct(t.recall)}`);
  console.log(`\nMust-not-flag checks: ${s.mustNotChecks}, violations: ${s.mustNotViolations.length}`);
  for (const v of s.mustNotViolations) console.log(`  ✗ ${v.case} ${v.path}: listed as ${v.type} (${v.confidence})`);
  console.log(`Fields expected unlabelled but labelled: ${s.nullFieldsLabelled}`);
  if (s.testValueProblems.length) for (const p of s.testValueProblems) console.log(`  ✗ test values not recognised: ${p.case} ${p.path} (${p.testValues}/${p.matched})`);
  console.log(`\nMisses (${s.misses.length}):`);
  for (const m of s.misses) console.log(`  ${m.case} ${m.path}: expected ${m.expected ?? 'none'}, got ${m.got ?? 'none'} (${m.confidence})${m.missing ? ' [field not found]' : ''}`);
}

function printCorpus(s, corpus) {
  console.log(`Corpus ${relative(process.cwd(), corpus) || corpus}: ${s.correct}/${s.fields} fields with the expected category (${pct(s.accuracy)})`);
  for (const m of s.misses) console.log(`  ✗ ${m.file} ${m.path}: expected ${m.expected}, got ${m.got}`);
}

await loadLabelThreshold();
const corpus = arg('--corpus');
if (corpus) {
  const expectPath = arg('--expect') ?? join(LABELLED, 'corpus-real.json');
  const s = evalCorpus(resolve(corpus), resolve(expectPath));
  if (asJson) console.log(JSON.stringify(s, null, 2));
  else printCorpus(s, corpus);
} else {
  const s = evalLabelled();
  if (asJson) console.log(JSON.stringify(s, null, 2));
  else printLabelled(s);
}
