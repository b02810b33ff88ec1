// Turns a parsed JSON value into the flat { path -> scalar } form every reader yields.
// Objects become dotted paths, arrays an `[]` step (`tags[]`, `items[].id`); empty objects
// and arrays produce nothing. Values stay as JSON.parse produced them (huge integers included).
import type { Scalar } from './types.js';

/** Most field entries one record may contribute; the rest of the record is dropped. */
export const MAX_RECORD_FIELDS = 10_000;
/** Deeper nesting is dropped: no real record nests this deep, and recursion must stay bounded. */
export const MAX_FLATTEN_DEPTH = 256;

/** `prefix.key`, or `key` at the root. */
export function childPath(prefix: string, key: string): string {
  return prefix === '' ? key : prefix + '.' + key;
}

/** `prefix[]`: the path of an array's elements. */
export function elementPath(prefix: string): string {
  return prefix + '[]';
}

/**
 * Appends the leaves of `value` under `prefix` to the parallel `fields`/`values` arrays.
 * Returns true when something was dropped (more than MAX_RECORD_FIELDS entries from this call,
 * or nesting deeper than MAX_FLATTEN_DEPTH) so the caller can warn once.
 */
export function flattenInto(value: unknown, prefix: string, fields: string[], values: Scalar[]): boolean {
  return walk(value, prefix, fields, values, fields.length + MAX_RECORD_FIELDS, 0);
}

function walk(value: unknown, path: string, fields: string[], values: Scalar[], limit: number, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return push(path, value, fields, values, limit);
    case 'bigint':
      // What JSON.parse would have produced for the same digits.
      return push(path, Number(value), fields, values, limit);
    case 'object':
      break;
    default:
      return false; // undefined, functions, symbols: JSON has no such values
  }
  if (value === null) return push(path, null, fields, values, limit);
  if (depth >= MAX_FLATTEN_DEPTH) return true;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    const inner = elementPath(path);
    for (let i = 0; i < value.length; i++) {
      if (walk(value[i], inner, fields, values, limit, depth + 1)) return true;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (walk(record[key], childPath(path, key), fields, values, limit, depth + 1)) return true;
  }
  return false;
}

function push(path: string, value: Scalar, fields: string[], values: Scalar[], limit: number): boolean {
  if (fields.length >= limit) return true;
  fields.push(path);
  values.push(value);
  return false;
}

/**
 * Flattens one record at a time, cheaply when it repeats the flat shape of the record before
 * (most exports write every record with the same keys): its values are read in key order and the
 * fields array is shared, so no path is built and the profiler's identity check skips its lookups.
 */
export class RecordFlattener {
  private prefix = '';
  private keys: string[] = [];
  private fields: readonly string[] = [];

  /**
   * `value` as flattenInto flattens it: an object under `prefix`, anything else under
   * `otherPrefix`. `dropped` as flattenInto returns it (more than MAX_RECORD_FIELDS entries or
   * nesting deeper than MAX_FLATTEN_DEPTH).
   */
  flatten(value: unknown, prefix: string, otherPrefix: string): { fields: readonly string[]; values: Scalar[]; dropped: boolean } {
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (isObject) {
      const values = this.sameShapeValues(value as Record<string, unknown>, prefix);
      if (values !== undefined) return { fields: this.fields, values, dropped: false };
    }
    const fields: string[] = [];
    const values: Scalar[] = [];
    const dropped = flattenInto(value, isObject ? prefix : otherPrefix, fields, values);
    if (isObject) this.remember(value as Record<string, unknown>, prefix, fields);
    return { fields, values, dropped };
  }

  /** The values of `obj` when its keys are those of the last remembered record, in order, all scalar. */
  private sameShapeValues(obj: Record<string, unknown>, prefix: string): Scalar[] | undefined {
    const keys = this.keys;
    if (keys.length === 0 || prefix !== this.prefix) return undefined;
    const values: Scalar[] = [];
    let i = 0;
    for (const key in obj) {
      const v = obj[key];
      if (i === keys.length || keys[i] !== key || (typeof v === 'object' && v !== null)) return undefined;
      values.push(v as Scalar);
      i++;
    }
    return i === keys.length ? values : undefined;
  }

  /** Remembers a record flattened in full if it is flat: only scalar values. */
  private remember(obj: Record<string, unknown>, prefix: string, fields: readonly string[]): void {
    const keys: string[] = [];
    for (const key in obj) {
      const v = obj[key];
      if (typeof v === 'object' && v !== null) {
        this.keys = [];
        return;
      }
      keys.push(key);
    }
    // A record cut at MAX_RECORD_FIELDS has fewer fields than keys: not a shape to repeat.
    this.keys = keys.length === fields.length ? keys : [];
    this.prefix = prefix;
    this.fields = fields;
  }
}
