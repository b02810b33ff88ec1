// Regular expressions from a config file run on every value of a field: compile them once,
// match whole values only, and refuse the shapes that backtrack catastrophically.

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; message: string };

interface GroupFrame {
  start: number;
  /** An unbounded quantifier (`*`, `+`, `{n,}`) occurs somewhere inside the group. */
  unbounded: boolean;
}

interface Quantifier {
  length: number;
  /** Repeats without limit. */
  unbounded: boolean;
  /** Most repetitions allowed. */
  max: number;
}

/**
 * A group with an inner * or + may be repeated at most this many times: the ways to split a
 * value then grow polynomially with this degree (bounded by the value length cap) instead of
 * exponentially.
 */
export const MAX_NESTED_REPEAT = 4;

/** The quantifier starting at `i`, if any (`{` that is not a quantifier is a literal brace). */
function quantifierAt(src: string, i: number): Quantifier | null {
  const c = src[i];
  let q: Quantifier | null = null;
  if (c === '*' || c === '+') q = { length: 1, unbounded: true, max: Infinity };
  else if (c === '?') q = { length: 1, unbounded: false, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return null;
    const max = m[2] === undefined ? +m[1] : m[3] === '' ? Infinity : +m[3];
    q = { length: m[0].length, unbounded: max === Infinity, max };
  }
  // A lazy or possessive-looking suffix (`+?`) changes no backtracking bound.
  if (q && src[i + q.length] === '?') q.length++;
  return q;
}

/**
 * The first nested-quantifier shape in `src` (`(a+)+`, `(\w*)*`, `(?:x+){2,}`): a group that
 * contains an unbounded quantifier, repeated without bound (or more than MAX_NESTED_REPEAT
 * times), can match one string in exponentially many ways.
 */
export function findNestedQuantifier(src: string): string | null {
  const stack: GroupFrame[] = [{ start: 0, unbounded: false }];
  let lastGroup: { start: number; unbounded: boolean } | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      lastGroup = null;
      continue;
    }
    if (c === '[') {
      // Skip the character class; quantifiers inside it are literals.
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      lastGroup = null;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, unbounded: false });
      lastGroup = null;
      continue;
    }
    if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : { start: i, unbounded: false };
      const parent = stack[stack.length - 1];
      if (frame.unbounded) parent.unbounded = true;
      lastGroup = frame;
      continue;
    }
    const q = quantifierAt(src, i);
    if (q) {
      if (lastGroup && lastGroup.unbounded && q.max > MAX_NESTED_REPEAT) return src.slice(lastGroup.start, i + q.length);
      if (q.unbounded) stack[stack.length - 1].unbounded = true;
      i += q.length - 1;
    }
    lastGroup = null;
  }
  return null;
}

/**
 * Compiles a user pattern anchored to the whole value (`^(?:…)$`), or says what is wrong with
 * it in one line.
 */
export function compileValuePattern(src: string, ignoreCase = false): RegexCheck {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${src})$`, ignoreCase ? 'i' : '');
    // Also compile it alone: `a)|(b` only parses inside the wrapper.
    new RegExp(src);
  } catch (e) {
    return { ok: false, message: `invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
  const nested = findNestedQuantifier(src);
  if (nested) {
    return {
      ok: false,
      message: `nested quantifier "${nested}" can backtrack catastrophically: a group that contains * or + may repeat at most ${MAX_NESTED_REPEAT} times`,
    };
  }
  return { ok: true, regex };
}
