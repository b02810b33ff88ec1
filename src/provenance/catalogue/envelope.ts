// API response envelopes: the wrapper a platform API puts around its records. Their leftovers
// (status codes, paging cursors) in a sample show it was collected by calling the API.
// Sources: drawrowfly/tiktok-scraper src/types/TikTokApi.ts; Twitter v2 `meta`; Graph API `paging`.
import { norm } from '../paths.js';

/** Root-level scalars and small objects an API response carries besides its records. */
const LEFTOVERS_STRONG = ['statusCode', 'status_code', 'statusMsg', 'status_msg', 'hasMore', 'maxCursor', 'minCursor', 'log_pb', 'logPb', 'shareMeta', 'paging', 'nextCursor', 'next_token', 'nextPageToken', 'pageInfo', 'result_count', 'hasMoreBefore'];
const LEFTOVERS_WEAK = ['cursor', 'extra', 'meta', 'pagination', 'errors', 'total', 'kind', 'etag', 'requestId', 'request_id'];
/** Root-level containers that hold the records themselves. */
const CONTAINERS_STRONG = ['itemList', 'item_list', 'userInfo', 'user_info', 'aweme_list', 'awemeList', 'userList', 'user_list', 'includes'];

const strong = new Set([...LEFTOVERS_STRONG, ...CONTAINERS_STRONG].map(norm));
const weak = new Set(LEFTOVERS_WEAK.map(norm));
const containers = new Set(CONTAINERS_STRONG.map(norm));

export interface EnvelopeKey {
  key: string;
  strong: boolean;
  container: boolean;
}

/** The envelope key a field sits under (its root segment), if any. */
export function envelopeKey(segs: readonly string[]): EnvelopeKey | null {
  const root = segs[0];
  if (root === undefined) return null;
  if (containers.has(root)) return segs.length > 1 ? { key: root, strong: true, container: true } : null;
  if (strong.has(root)) return { key: root, strong: true, container: false };
  if (weak.has(root)) return { key: root, strong: false, container: false };
  return null;
}

/** True for envelope leftovers (not records): they are left out of catalogue shares. */
export function isEnvelopeLeftover(segs: readonly string[]): boolean {
  const k = envelopeKey(segs);
  return k !== null && !k.container;
}
