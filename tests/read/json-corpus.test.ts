// Real public API responses from the shared corpus (read in place, never copied into the repo).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/read/json/reader.js';
import { chunked, readAll, seededSizes, valueAt, type PlainRecord } from './json-helpers.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const present = existsSync(corpus);

async function readCorpus(dir: string, file: string, size?: () => number) {
  return readAll(readJson, chunked(readFileSync(`${corpus}${dir}/${file}`), size));
}

const paths = (records: PlainRecord[]) => new Set(records.flatMap((r) => r.pairs.map(([p]) => p)));

describe.skipIf(!present)(`real JSON corpus${present ? '' : ' (skipped: ../shared/corpus/real not found)'}`, () => {
  it('Twitter users/search: one record per user rooted at the user', async () => {
    const { records, error, warnings } = await readCorpus('twitter_api_users_search', 'users_search_q_twitter.json');
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(20);
    expect(valueAt(records[0], 'screen_name')).toBe('Twitter');
    expect(valueAt(records[0], 'followers_count')).toBe(56335783);
    expect(paths(records)).toContain('entities.url.urls[].expanded_url');
    expect(paths(records)).toContain('status.entities.user_mentions[].screen_name');
  });

  it('TikTok scraper posts: authorMeta.* and hashtags[] per post', async () => {
    const { records, error } = await readCorpus('tiktok_scraper_user_posts', 'thebigbradwolf_1609948309033.json');
    expect(error).toBeUndefined();
    expect(records).toHaveLength(65);
    expect(records.every((r) => valueAt(r, 'authorMeta.name') === 'thebigbradwolf')).toBe(true);
    expect(typeof valueAt(records[0], 'authorMeta.fans')).toBe('number');
    expect(paths(records)).toContain('hashtags[].name');
  });

  it('Stripe fixtures: nested list data[] become records, the resources envelope one record', async () => {
    const { records, error, warnings } = await readCorpus('stripe_api_fixtures', 'fixtures3.payment_subset.json');
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    const envelope = records[records.length - 1];
    expect(envelope.line).toBe(1);
    expect(valueAt(envelope, 'resources.payment_method.billing_details.email')).toBe('jenny@example.com');
    expect(valueAt(envelope, 'resources.card.last4')).toBe('4242');
    expect(paths(records)).toContain('resources.invoice.lines.data[].amount');
  });

  it('FullContact enrichment: profile arrays as records, contact fields in the envelope', async () => {
    const { records, error } = await readCorpus('fullcontact_person_enrichment', 'lorangb@gmail.com.json');
    expect(error).toBeUndefined();
    const all = paths(records);
    expect(all).toContain('socialProfiles[].username');
    expect(all).toContain('contactInfo.fullName');
    const envelope = records[records.length - 1];
    expect(valueAt(envelope, 'contactInfo.fullName')).toBe('Bart Lorang');
    expect(valueAt(envelope, 'demographics.locationGeneral')).toBe('Boulder, Colorado');
  });

  it('reads every corpus JSON file the same in small random chunks', async () => {
    for (const dir of ['twitter_api_users_search', 'tiktok_scraper_user_posts', 'stripe_api_fixtures', 'fullcontact_person_enrichment']) {
      for (const file of readdirSync(`${corpus}${dir}`).filter((f) => f.endsWith('.json'))) {
        const whole = await readCorpus(dir, file);
        expect(whole.error).toBeUndefined();
        expect(await readCorpus(dir, file, seededSizes(7, 300))).toEqual(whole);
      }
    }
  });
});
