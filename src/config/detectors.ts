// The config file as the commands load it (checked against the built-in detector and signal
// ids), and the detectors `leaksift detectors` lists: the built-in ones and the config file's.
import type { Detector } from '../classify/detector.js';
import { DETECTORS } from '../classify/detectors/index.js';
import { SIGNAL_IDS } from '../provenance/index.js';
import { loadConfig, type LoadedConfig } from './load.js';

/**
 * `explicit` is --config <path>, false for --no-config, undefined to search from `cwd` upwards.
 * Throws ConfigError (a usage error) on a bad config file.
 */
export function loadCommandConfig(explicit: string | false | undefined, cwd: string): Promise<LoadedConfig> {
  return loadConfig({ explicit, cwd, context: { builtinDetectorIds: DETECTORS.map((d) => d.id), signalIds: SIGNAL_IDS } });
}

/** The built-in and config-file detectors, grouped by category, for commands that list them (`leaksift detectors`). */
export async function configuredDetectors(explicit: string | false | undefined, cwd: string): Promise<readonly Detector[]> {
  const loaded = await loadCommandConfig(explicit, cwd);
  if (loaded.detectors.length === 0) return DETECTORS;
  // Listed with their category (the built-in order of categories first, then new ones).
  const all = [...DETECTORS, ...loaded.detectors];
  const rank = new Map<string, number>();
  for (const d of all) if (!rank.has(d.category)) rank.set(d.category, rank.size);
  return all.map((d, i) => ({ d, i })).sort((a, b) => rank.get(a.d.category)! - rank.get(b.d.category)! || a.i - b.i).map((x) => x.d);
}
