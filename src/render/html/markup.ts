// Markup built only through the `html` tag: every interpolated value is escaped unless it is
// already SafeHtml, so attacker-controlled text (field names, samples, paths) cannot become
// markup by accident. Invisible and direction-changing characters are shown as \u{…} so a
// value cannot reorder or hide the text around it.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Markup = SafeHtml | string | number | null | undefined | false | readonly Markup[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// C0/C1 controls (not tab/newline/CR), soft hyphen, Arabic letter mark, zero-width space,
// LRM/RLM, bidi embeddings/overrides/isolates, word joiners and invisible operators, BOM.
// ZWJ/ZWNJ stay: emoji sequences and several scripts need them.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeHtml(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`)
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function toHtml(value: Markup): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are trusted, interpolations are escaped (arrays joined). */
export function html(strings: TemplateStringsArray, ...values: Markup[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += toHtml(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Trusted constant markup (stylesheet, script); never pass report data here. */
export function trusted(constant: string): SafeHtml {
  return new SafeHtml(constant);
}

/** Truncates to at most `max` code points, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}
