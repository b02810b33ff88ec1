// The detector list a scan uses: the built-in registry, then the config's custom detectors,
// with the config's value allowlist applied to all of them.
import type { Detector } from '../classify/detector.js';
import { DETECTORS } from '../classify/detectors/index.js';
import { SIGNAL_IDS } from '../provenance/index.js';
import { buildCustomDetector } from './custom-detectors.js';
import { loadConfig } from './load.js';
import type { CustomDetectorSpec } from './schema.js';
import { valueAllowlist, withValueAllowlist, type ValueAllowlist } from './value-allowlist.js';

export function scanDetectors(customSpecs: readonly CustomDetectorSpec[] = [], allow?: ValueAllowlist): readonly Detector[] {
  const all = customSpecs.length === 0 ? DETECTORS : [...DETECTORS, ...customSpecs.map(buildCustomDetector)];
  return withValueAllowlist(all, valueAllowlist(allow));
}

/**
 * The built-in and config-file detectors, grouped by category, for commands that list them (`leaksift detectors`):
 * `explicit` is --config <path>, false for --no-config, undefined to search from `cwd` upwards.
 * Throws ConfigError (a usage error) on a bad config file.
 */
export async function configuredDetectors(explicit: string | false | undefined, cwd: string): Promise<readonly Detector[]> {
  const loaded = await loadConfig({ explicit, cwd, context: { builtinDetectorIds: DETECTORS.map((d) => d.id), signalIds: SIGNAL_IDS } });
  if (loaded.detectors.length === 0) return DETECTORS;
  // Listed with their category (the built-in order of categories first, then new ones).
  const all = [...DETECTORS, ...loaded.detectors];
  const rank = new Map<string, number>();
  for (const d of all) if (!rank.has(d.category)) rank.set(d.category, rank.size);
  return all.map((d, i) => ({ d, i })).sort((a, b) => rank.get(a.d.category)! - rank.get(b.d.category)! || a.i - b.i).map((x) => x.d);
}
