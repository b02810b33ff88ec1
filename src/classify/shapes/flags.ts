// Yes/no values as they appear in dumps and API responses.

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f', '0', '1', 'on', 'off', '是', '否']);

/** true/false, yes/no, y/n, t/f, 0/1, on/off, 是/否 in any case. */
export function isBooleanValue(v: string): boolean {
  return v.length <= 5 && BOOLEAN_WORDS.has(v.toLowerCase());
}
