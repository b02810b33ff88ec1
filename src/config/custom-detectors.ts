// Custom detectors from the config file become ordinary Detector objects: name hints matched
// on word tokens like the built-in ones, a whole-value pattern behind a length gate, an
// optional checksum, and declared placeholder values.
import { CHECKSUM_FAIL, MATCH, TEST_VALUE, categoryOf, type Detector, type NameHints } from '../classify/detector.js';
import { normalizeName, tokenize } from '../classify/names.js';
import { mod97Valid } from '../classify/validators/iban.js';
import { luhnValid } from '../classify/validators/luhn.js';
import type { Category } from '../report/schema.js';
import { compileValuePattern } from './safe-regex.js';
import { DEFAULT_CUSTOM_CONFIDENCE, DEFAULT_CUSTOM_MAX_LENGTH, type CustomDetectorSpec } from './schema.js';

function checksumOf(validator: CustomDetectorSpec['validator']): ((v: string) => boolean) | null {
  switch (validator) {
    case 'luhn': return luhnValid;
    case 'mod97': return (v) => mod97Valid(v.replace(/[ -]/g, '').toUpperCase());
    default: return null;
  }
}

function nameHints(names: readonly string[]): NameHints {
  return {
    exact: names.map(normalizeName).filter((n) => n.length > 0),
    tokens: names.map((n) => tokenize(n)).filter((t) => t.length > 0),
  };
}

/** Builds the detector; the spec must already be validated (validate.ts checks the pattern). */
export function buildCustomDetector(spec: CustomDetectorSpec): Detector {
  const detector: Detector = {
    id: spec.id,
    category: (spec.category ?? categoryOf(spec.id)) as Category,
    description: spec.description ?? `Custom detector ${spec.id} (from the config file)`,
    mask: spec.mask ?? 'generic',
    examples: {
      valid: spec.examples ?? [],
      invalid: [],
      ...(spec.testValues ? { testValues: spec.testValues } : {}),
      ...(spec.names ? { validNames: spec.names } : {}),
    },
  };
  if (spec.validator && spec.validator !== 'none') detector.validator = spec.validator;
  if (spec.names && spec.names.length > 0) detector.names = nameHints(spec.names);
  if (spec.valuePattern) {
    const compiled = compileValuePattern(spec.valuePattern, spec.ignoreCase);
    if (!compiled.ok) throw new Error(`${spec.id}: ${compiled.message}`);
    const regex = compiled.regex;
    const maxLength = spec.maxLength ?? DEFAULT_CUSTOM_MAX_LENGTH;
    const checksum = checksumOf(spec.validator);
    const placeholders = new Set(spec.testValues ?? []);
    detector.value = {
      // Length first: the pattern only ever sees values short enough to bound its cost.
      gate: (f) => f.length <= maxLength,
      test(v) {
        if (!regex.test(v)) return null;
        if (checksum && !checksum(v)) return CHECKSUM_FAIL;
        return placeholders.has(v) ? TEST_VALUE : MATCH;
      },
      weight: spec.confidence ?? DEFAULT_CUSTOM_CONFIDENCE,
    };
  }
  return detector;
}
