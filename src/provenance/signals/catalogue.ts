// Public side, field catalogues: the fields are what a platform shows anyone.
import { hasType, type FieldView, type FileContext } from '../context.js';
import type { SignalDef } from '../types.js';
import { adFields } from './commerce.js';
import { listFields, paths, pct } from './util.js';

/** Detector types that describe public profile content. */
const PROFILE_TYPES = [
  'identity.username', 'identity.display_name', 'identity.bio', 'identity.avatar_url', 'identity.profile_url',
  'identity.verified_flag', 'content.media_url',
];
const PUBLIC_COUNTER_TYPES = [
  'user_stats.follower_count', 'user_stats.following_count', 'user_stats.like_count', 'user_stats.view_count',
  'user_stats.content_count', 'user_stats.engagement_count',
];

/** Counter fields: typed as public counters, or catalogue fields named like counters. */
function counterFields(ctx: FileContext): FieldView[] {
  return ctx.once('counters', () =>
    ctx.fields.filter(
      (f) => hasType(f, ...PUBLIC_COUNTER_TYPES) || (ctx.catalogue.fields.has(f.path) && /count$|^fans$|^heart$|^digg$|^following$/.test(f.leaf)),
    ),
  );
}

export const publicCatalogue: SignalDef = {
  id: 'public-catalogue',
  group: 'catalogue',
  direction: 'public',
  weight: 2,
  description: 'Fields match public platform catalogues',
  fires:
    'At least 3 fields and more than 20% of the fields (envelope leftovers excluded) belong to a recognised public platform catalogue; full weight at 80% and above, linear in between.',
  detect(ctx) {
    const c = ctx.catalogue;
    if (c.fields.size < 3) return null;
    const factor = Math.min(1, (c.share - 0.2) / 0.6);
    if (factor <= 0) return null;
    const by = c.families.map((m) => `${m.family.label} (${m.fields.length})`).join('; ');
    return {
      fields: [...c.fields],
      evidence: `${c.fields.size} of ${c.considered} fields (${pct(c.share)}) are public platform fields: ${by}`,
      factor,
    };
  },
};

export const publicProfileTypes: SignalDef = {
  id: 'public-profile-types',
  group: 'catalogue',
  direction: 'public',
  weight: 1,
  description: 'Fields classified as public profile content',
  fires:
    'At least 3 fields whose detected type is profile content (username, display name, bio, avatar/profile/media URL, verified flag, public counters) making up at least 30% of the fields, and no ad-account metrics; full weight at 60%.',
  detect(ctx) {
    if (adFields(ctx).length > 0) return null;
    const fs = ctx.fields.filter((f) => hasType(f, ...PROFILE_TYPES, ...PUBLIC_COUNTER_TYPES));
    const share = ctx.fields.length > 0 ? fs.length / ctx.fields.length : 0;
    if (fs.length < 3 || share < 0.3) return null;
    return {
      fields: paths(fs),
      evidence: `${fs.length} fields (${pct(share)}) carry profile-content types: ${listFields(fs)}`,
      factor: Math.min(1, share / 0.6),
    };
  },
};

export const publicCountersOnly: SignalDef = {
  id: 'public-counters-only',
  group: 'catalogue',
  direction: 'public',
  weight: 1,
  description: 'Only per-account public counters, no private metrics',
  fires:
    'At least 2 per-entity public counters (followers, following, likes, views, posts, shares) and no platform aggregates, ad metrics or payment fields.',
  detect(ctx) {
    const counters = counterFields(ctx);
    if (counters.length < 2) return null;
    const privateMetrics = ctx.fields.some((f) => hasType(f, 'user_stats.activity_metric', 'marketing.ad_metric', 'payment.amount'));
    if (privateMetrics || adFields(ctx).length > 0) return null;
    return {
      fields: paths(counters),
      evidence: `public counters only: ${listFields(counters)}`,
    };
  },
};

export const overflowedCounters: SignalDef = {
  id: 'overflowed-counters',
  group: 'catalogue',
  direction: 'public',
  weight: 1,
  description: 'Negative like/view counters (32-bit overflow of legacy public stats)',
  fires: 'A counter field has a negative minimum, as TikTok\'s legacy 32-bit `stats` object shows for very popular items.',
  detect(ctx) {
    const fs = counterFields(ctx).filter((f) => (f.report.stats.numeric?.min ?? 0) < 0);
    if (fs.length === 0) return null;
    return { fields: paths(fs), evidence: `negative counter values in ${listFields(fs)}` };
  },
};
