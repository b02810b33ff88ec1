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
