// The detector list a scan uses: the built-in registry, then the config's custom detectors,
// with the config's value allowlist applied to all of them. Apart from the config loader, so
// that worker threads rebuilding the list load no more than they need.
import type { Detector } from '../classify/detector.js';
import { DETECTORS } from '../classify/detectors/index.js';
import { buildCustomDetector } from './custom-detectors.js';
import type { CustomDetectorSpec } from './schema.js';
import { valueAllowlist, withValueAllowlist, type ValueAllowlist } from './value-allowlist.js';

export function scanDetectors(customSpecs: readonly CustomDetectorSpec[] = [], allow?: ValueAllowlist): readonly Detector[] {
  const all = customSpecs.length === 0 ? DETECTORS : [...DETECTORS, ...customSpecs.map(buildCustomDetector)];
  return withValueAllowlist(all, valueAllowlist(allow));
}
