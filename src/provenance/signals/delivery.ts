// Public side, delivery: traces of how public data was collected — an API response envelope,
// a scraper's output schema, signed CDN links, collection timestamps.
import { envelopeKey } from '../catalogue/envelope.js';
import { PatternSet } from '../paths.js';
import type { SignalDef } from '../types.js';
import { listFields, paths } from './util.js';

export const apiEnvelope: SignalDef = {
  id: 'api-envelope',
  group: 'delivery',
  direction: 'public',
  weight: 2,
  description: 'Platform API response envelope around public records',
  fires:
    'A JSON sample keeps root-level envelope keys (`statusCode`, `statusMsg`, `hasMore`, `maxCursor`, `itemList`, `userInfo`, `log_pb`, `paging`, `next_token`, …) and its records match a public catalogue. Half weight for a single strong key without a second one.',
  detect(ctx) {
    if (!ctx.jsonLike || ctx.catalogue.families.length === 0) return null;
    const strong = new Set<string>();
    const fields: string[] = [];
    let weak = 0;
    for (const f of ctx.fields) {
      const k = envelopeKey(f.segs);
      if (!k) continue;
      if (k.strong) strong.add(k.key);
      else weak++;
      if (!k.container) fields.push(f.path);
    }
    if (strong.size === 0) return null;
    const keys = [...strong].join(', ');
    return {
      fields,
      evidence: `API envelope keys at the root: ${keys}${weak > 0 ? ` (+${weak} weaker leftovers)` : ''}`,
      factor: strong.size >= 2 || weak > 0 ? 1 : 0.5,
    };
  },
};

/** Output fields of scraping tools that no platform API returns. */
const SCRAPER_MARKERS = new PatternSet([
  'downloaded', 'repeated', 'fetchedAt', 'fetched_at', 'scrapedAt', 'scraped_at', 'crawledAt', 'crawled_at', 'crawl_time',
  'collectedAt', 'collected_at', 'retrievedAt', 'inputUrl', 'input_url', 'createTimeISO', 'searchHashtag', 'scrape_time',
]);

export const scraperSchema: SignalDef = {
  id: 'scraper-schema',
  group: 'delivery',
  direction: 'public',
  weight: 2,
  description: "A scraping tool's output schema",
  fires:
    'A scraper family of the catalogue is recognised (drawrowfly/tiktok-scraper `authorMeta.*`, `musicMeta.*`, `webVideoUrl`, `videoUrlNoWaterMark`; twint/snscrape), or scraper bookkeeping fields (`downloaded`, `fetchedAt`, `scraped_at`, `inputUrl`) sit next to public-catalogue fields.',
  detect(ctx) {
    const families = ctx.catalogue.families.filter((m) => m.family.kind === 'scraper');
    const markers = ctx.catalogue.families.length > 0 ? ctx.named(SCRAPER_MARKERS) : [];
    if (families.length === 0 && markers.length === 0) return null;
    const fields = new Set<string>([...families.flatMap((m) => m.distinctive), ...paths(markers)]);
    const what = families.map((m) => m.family.label);
    if (markers.length > 0) what.push(`scraper bookkeeping ${listFields(markers)}`);
    return { fields: [...fields], evidence: what.join('; '), factor: families.length > 0 ? 1 : 0.5 };
  },
};

/** Query parameters of time-limited signed CDN links (TikTok, Meta, older musical.ly CDN). */
const SIGNED_URL = /[?&](x-expires|x-signature|VExpiration|VSignature|oe|_nc_sid)=/i;

export const signedCdnUrls: SignalDef = {
  id: 'signed-cdn-urls',
  group: 'delivery',
  direction: 'public',
  weight: 1,
  description: 'Signed, expiring CDN media links as a page or API hands them out',
  fires:
    'A URL field carries a `signed`/`expires` tag from the URL detectors, or one of its samples still shows `x-expires=`, `x-signature=`, `VExpiration=` or `oe=` (samples are masked, so this fires only when masking keeps the query).',
  detect(ctx) {
    const fs = ctx.fields.filter(
      (f) =>
        f.report.types.some((t) => Object.keys(t.tags).some((k) => /sign|expir/i.test(k))) ||
        f.report.samples.some((s) => SIGNED_URL.test(s)),
    );
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `signed CDN links in ${listFields(fs)}` };
  },
};

const COLLECTION_TIME = new PatternSet([
  'fetchedAt', 'fetched_at', 'scrapedAt', 'scraped_at', 'crawledAt', 'crawled_at', 'crawl_time', 'collectedAt',
  'collected_at', 'retrievedAt', 'retrieved_at', 'downloadedAt', 'downloaded_at', 'capturedAt', 'captured_at', 'scrape_time',
]);
const WEEK_S = 7 * 86400;

export const collectionTimestamps: SignalDef = {
  id: 'collection-timestamps',
  group: 'delivery',
  direction: 'public',
  weight: 1,
  description: 'Collection timestamps added by a scraper',
  fires:
    'A field named like a collection time (`fetchedAt`, `scraped_at`, `crawled_at`, …); full weight when its numeric epoch values span at most 7 days (bunched), half weight on the name alone.',
  detect(ctx) {
    const fs = ctx.named(COLLECTION_TIME);
    if (fs.length === 0) return null;
    const bunched = fs.filter((f) => {
      const n = f.report.stats.numeric;
      if (!n || n.min < 1e9) return false;
      const span = n.max > 1e12 ? (n.max - n.min) / 1000 : n.max - n.min;
      return span <= WEEK_S;
    });
    return {
      fields: paths(fs),
      evidence: bunched.length > 0 ? `collection times within 7 days in ${listFields(bunched)}` : `collection-time fields ${listFields(fs)}`,
      factor: bunched.length > 0 ? 1 : 0.5,
    };
  },
};
