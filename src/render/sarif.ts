// SARIF 2.1.0 for code scanning: one rule per detector id, one result per finding (a field
// holding values of a type that are not recognised test values), located at the file with the
// field path as a logical location. Messages carry masked samples only, never raw values.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detector } from '../classify/detector.js';
import { CATEGORIES, type FileReport, type PolicyFinding, type Report } from '../report/schema.js';
import { DEFAULT_MIN_CONFIDENCE, evaluateGate, categoryCoverage } from '../policy/gate.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

/** A relative path stays relative (resolved against the checkout by code scanning); absolute paths become file: URLs. */
function artifactUri(p: string): string {
  if (path.isAbsolute(p)) return pathToFileURL(p).href;
  return p.split('/').map(encodeURIComponent).join('/');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings to report: the gate's when it ran, else every sensitive type at the default gate confidence. */
function findingsOf(report: Report, detectors: readonly Detector[]): { findings: PolicyFinding[]; level: Level } {
  if (report.policy) return { findings: report.policy.findings, level: 'error' };
  const all = evaluateGate(report, {
    failOn: CATEGORIES,
    minConfidence: DEFAULT_MIN_CONFIDENCE,
    countTestValues: false,
    coveredByCategory: categoryCoverage(detectors),
  });
  return { findings: all.findings, level: 'warning' };
}

/** Archive members are reported as `container!member`; code scanning can only point at the container. */
function locate(p: string, reported: ReadonlySet<string>): { artifact: string; member?: string } {
  for (let i = p.indexOf('!'); i > 0; i = p.indexOf('!', i + 1)) {
    if (reported.has(p.slice(0, i))) return { artifact: p.slice(0, i), member: p.slice(i + 1) };
  }
  return { artifact: p };
}

function lineOf(file: FileReport, member: string | undefined): { line: number; known: boolean } {
  // Columns of a plain CSV with a header are named on line 1; other fields' lines are not tracked.
  if (!member && file.format.startsWith('csv') && file.header === true && file.compression === 'none') return { line: 1, known: true };
  return { line: 1, known: false };
}

function message(f: PolicyFinding, file: FileReport, detector: Detector | undefined, masked: boolean, line: { known: boolean }, member?: string): string {
  const field = file.fields.find((x) => x.path === f.field);
  const parts = [
    f.basis === 'name'
      ? `Field "${f.field}" is named like ${f.type} (${detector?.description ?? f.type}) and holds ${plural(f.values, 'non-empty value')} (confidence ${f.confidence.toFixed(2)}).`
      : `Field "${f.field}" holds ${plural(f.values, 'value')} classified as ${f.type} (${detector?.description ?? f.type}), confidence ${f.confidence.toFixed(2)}` +
        (f.testValues > 0 ? `, besides ${plural(f.testValues, 'recognised test value')}.` : '.'),
  ];
  if (masked && field?.samples[0]) parts.push(`Masked sample: ${field.samples[0]}.`);
  if (member) parts.push(`The field is in archive member "${member}".`);
  parts.push(line.known ? 'The column is named in the header on line 1.' : "The field's line is not tracked; the result points at line 1 of the file.");
  if (f.baselined) parts.push('Listed in the baseline.');
  return parts.join(' ');
}

export function renderSarif(report: Report, detectors: readonly Detector[]): string {
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const rules = detectors.map((d) => ({
    id: d.id,
    shortDescription: { text: d.description },
    fullDescription: { text: `${d.description}${d.validator ? ` (validated with ${d.validator})` : ''}.` },
    help: {
      text: `A field whose name and values leaksift classifies as ${d.id}. Recognised test and placeholder values do not raise it; allowlist or baseline known fixtures in the leaksift config.`,
    },
    defaultConfiguration: { level: 'warning' as Level },
    properties: { category: d.category, tags: ['privacy', d.category] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const { findings, level } = findingsOf(report, detectors);
  const files = new Map(report.files.map((f) => [f.path, f]));
  const reported = new Set(files.keys());
  const masked = !report.options.showValues;
  const baselineUsed = report.policy?.baseline != null;
  const results = findings.map((f) => {
    const file = files.get(f.file)!;
    const { artifact, member } = locate(f.file, reported);
    const line = lineOf(file, member);
    const logicalLocations = [{ fullyQualifiedName: f.field, kind: 'member' }];
    const location =
      f.file === '-'
        ? { logicalLocations }
        : { physicalLocation: { artifactLocation: { uri: artifactUri(artifact) }, region: { startLine: line.line } }, logicalLocations };
    return {
      ruleId: f.type,
      ...(ruleIndex.has(f.type) ? { ruleIndex: ruleIndex.get(f.type)! } : {}),
      level,
      message: { text: message(f, file, byId.get(f.type), masked, line, member) },
      locations: [location],
      partialFingerprints: { 'leaksiftField/v1': createHash('sha256').update(`${f.file}\0${f.field}\0${f.type}`).digest('hex') },
      ...(baselineUsed ? { baselineState: f.baselined ? 'unchanged' : 'new' } : {}),
      ...(f.baselined ? { suppressions: [{ kind: 'external', justification: 'listed in the leaksift baseline' }] } : {}),
      properties: {
        category: f.category,
        confidence: f.confidence,
        values: f.values,
        testValues: f.testValues,
        basis: f.basis,
        lineKnown: line.known,
        ...(member ? { archiveMember: member } : {}),
      },
    };
  });
  const notifications = report.files.flatMap((f) =>
    f.errors.map((e) => ({
      level: 'error' as Level,
      message: { text: `${f.path}: ${e.message}` },
      ...(f.path !== '-'
        ? { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(locate(f.path, reported).artifact) }, ...(e.line && !locate(f.path, reported).member ? { region: { startLine: e.line } } : {}) } }] }
        : {}),
    })),
  );
  const sarif = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leaksift', version: report.tool.version, semanticVersion: report.tool.version, rules } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        properties: {
          verdict: report.provenance.verdict,
          internalScore: report.provenance.internalScore,
          ...(report.policy ? { policyTripped: report.policy.tripped, failOn: report.policy.failOn } : {}),
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
