// URL shape: scheme, host, path. Cheap: one anchored regex, no URL object.
import type { ValueFeatures } from '../features.js';

const URL_RE = /^(https?|ftp|wss?):\/\/([^\s/?#@]+@)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?([/?#][^\s]*)?$/i;

export interface UrlParts {
  scheme: string;
  host: string;
  /** Path, query and fragment ('' when none). */
  rest: string;
}

export function urlGate(f: ValueFeatures): boolean {
  return f.colons >= 1 && f.slashes >= 2 && f.length >= 10 && f.spaces === 0;
}

export function parseUrl(v: string): UrlParts | null {
  const m = URL_RE.exec(v);
  if (!m) return null;
  return { scheme: m[1].toLowerCase(), host: m[3].toLowerCase(), rest: m[4] ?? '' };
}

/** RFC 2606 / 6761 reserved names: example.com/.net/.org and the .test, .example, .invalid, .localhost TLDs. */
export function isReservedHost(host: string): boolean {
  return /(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:test|example|invalid|localhost)|localhost)$/i.test(host);
}
