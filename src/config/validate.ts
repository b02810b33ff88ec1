// Validates a parsed config file: the zod schema first, then the checks that need to know the
// detectors and signals. Every problem is one line `path: message`, e.g.
// `failOn[2]: unknown category "pament" (did you mean "payment"?)`.
import { z } from 'zod';
import { categoryOf } from '../classify/detector.js';
import { computeFeatures, emptyFeatures } from '../classify/features.js';
import { CATEGORIES } from '../report/schema.js';
import { failOnProblem } from '../policy/fail-on.js';
import { buildCustomDetector } from './custom-detectors.js';
import { compileValuePattern } from './safe-regex.js';
import { AllowlistSchema, ConfigSchema, CustomDetectorSpecSchema, type Config } from './schema.js';
import { didYouMean } from './suggest.js';

export interface ValidationContext {
  builtinDetectorIds: readonly string[];
  /** Provenance signal ids that provenanceWeights may name. */
  signalIds: readonly string[];
}

export type ConfigCheck = { ok: true; config: Config } | { ok: false; errors: string[] };

type PathPart = string | number;

/** `['detectors', 0, 'valuePattern']` → `detectors[0].valuePattern`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += (out ? '.' : '') + p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(top level)';
}

/** Known keys of the object at a path, for suggestions on misspelt ones. */
function keysAt(path: readonly PathPart[]): string[] {
  const shape = path.filter((p) => typeof p === 'string').join('.');
  switch (shape) {
    case '': return Object.keys(ConfigSchema.shape);
    case 'allow': return Object.keys(AllowlistSchema.shape);
    case 'detectors': return Object.keys(CustomDetectorSpecSchema.shape);
    case 'allow.fields': return ['file', 'field'];
    default: return [];
  }
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PathPart, unknown>)[p] : undefined;
  return v;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string[] {
  const at = formatPath(issue.path as PathPart[]);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(issue.path as PathPart[]);
      return issue.keys.map((k) => `${formatPath([...(issue.path as PathPart[]), k])}: unknown option${didYouMean(k, known)}`);
    }
    case 'invalid_type': {
      const actual = valueAt(raw, issue.path as PathPart[]);
      const expected = issue.expected === 'int' ? 'an integer' : issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
      return [`${at}: expected ${expected}, got ${actual === undefined ? 'nothing' : describeValue(actual)}`];
    }
    case 'invalid_value':
      return [`${at}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(valueAt(raw, issue.path as PathPart[]))}`];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [`${at}: must not be empty`];
      return [`${at}: must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`];
    case 'too_big':
      return [`${at}: must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`];
    case 'invalid_union':
      return [`${at}: expected a field path or an object {"file": glob, "field": path}`];
    default:
      return [`${at}: ${issue.message}`];
  }
}

/** Checks beyond the schema; each error is `[path, message]`. */
function semanticProblems(config: Config, ctx: ValidationContext): [PathPart[], string][] {
  const problems: [PathPart[], string][] = [];
  const customIds: string[] = [];
  (config.detectors ?? []).forEach((d, i) => {
    const at: PathPart[] = ['detectors', i];
    const prefix = categoryOf(d.id);
    if (!(CATEGORIES as readonly string[]).includes(prefix)) {
      problems.push([[...at, 'id'], `"${prefix}" is not a category (use one of ${CATEGORIES.join(', ')}, e.g. "custom.${d.id.slice(prefix.length + 1)}")`]);
    } else if (d.category && d.category !== prefix) {
      problems.push([[...at, 'id'], `must start with "${d.category}." to match category "${d.category}"`]);
    }
    if (ctx.builtinDetectorIds.includes(d.id)) problems.push([[...at, 'id'], `"${d.id}" is a built-in detector id`]);
    const earlier = customIds.indexOf(d.id);
    if (earlier >= 0) problems.push([[...at, 'id'], `"${d.id}" is already defined by detectors[${earlier}]`]);
    customIds.push(d.id);
    if (!d.valuePattern && !(d.names && d.names.length > 0)) problems.push([at, 'needs "names", "valuePattern" or both']);
    if (!d.valuePattern) {
      for (const key of ['confidence', 'validator', 'ignoreCase', 'maxLength', 'examples'] as const) {
        if (d[key] !== undefined) problems.push([[...at, key], 'applies to valuePattern, which is missing']);
      }
      return;
    }
    const compiled = compileValuePattern(d.valuePattern, d.ignoreCase);
    if (!compiled.ok) {
      problems.push([[...at, 'valuePattern'], compiled.message]);
      return;
    }
    const detector = buildCustomDetector(d);
    (d.examples ?? []).forEach((example, j) => {
      const f = computeFeatures(example, emptyFeatures());
      const r = detector.value!.gate(f) ? detector.value!.test(example, f) : null;
      if (r === null) {
        problems.push([[...at, 'examples', j], `${JSON.stringify(example)} does not match valuePattern`]);
      } else if (r.kind === 'checksum-fail') {
        problems.push([[...at, 'examples', j], `${JSON.stringify(example)} fails the ${d.validator} check`]);
      }
    });
  });
  const ids = [...ctx.builtinDetectorIds, ...customIds];
  (config.failOn ?? []).forEach((entry, i) => {
    const problem = failOnProblem(entry, ids);
    if (problem) problems.push([['failOn', i], problem]);
  });
  (config.allow?.valuePatterns ?? []).forEach((p, i) => {
    const compiled = compileValuePattern(p);
    if (!compiled.ok) problems.push([['allow', 'valuePatterns', i], compiled.message]);
  });
  for (const id of Object.keys(config.provenanceWeights ?? {})) {
    if (!ctx.signalIds.includes(id)) problems.push([['provenanceWeights', id], `unknown provenance signal${didYouMean(id, ctx.signalIds)}`]);
  }
  return problems;
}

export function validateConfig(raw: unknown, ctx: ValidationContext): ConfigCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [`(top level): expected an object, got ${describeValue(raw)}`] };
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap((i) => describeIssue(i, raw)) };
  const problems = semanticProblems(parsed.data, ctx);
  if (problems.length > 0) return { ok: false, errors: problems.map(([p, m]) => `${formatPath(p)}: ${m}`) };
  return { ok: true, config: parsed.data };
}
