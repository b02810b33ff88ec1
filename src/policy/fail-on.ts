// --fail-on entries: a category (`payment`) or a type id (`payment.card_number`).
import { CATEGORIES } from '../report/schema.js';
import { didYouMean } from '../config/suggest.js';

/** Why `entry` names nothing leaksift knows, or null when it is a category or a detector id. */
export function failOnProblem(entry: string, detectorIds: readonly string[]): string | null {
  if (entry.includes('.')) {
    if (detectorIds.includes(entry)) return null;
    return `unknown detector id "${entry}"${didYouMean(entry, detectorIds)}`;
  }
  if ((CATEGORIES as readonly string[]).includes(entry)) return null;
  return `unknown category "${entry}"${didYouMean(entry, CATEGORIES) || ` (categories: ${CATEGORIES.join(', ')})`}`;
}

/** Splits `payment, contact` lists (repeatable flags are joined first). */
export function splitFailOn(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
}
