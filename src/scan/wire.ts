// Scan settings in a form that crosses a thread boundary: detectors are functions, so workers
// rebuild them from the built-in registry plus the data form of custom detectors.
import type { Detector } from '../classify/detector.js';
import { scanDetectors } from '../config/scan-detectors.js';
import type { CustomDetectorSpec } from '../config/schema.js';
import type { ValueAllowlist } from '../config/value-allowlist.js';
import type { ScanSettings } from './scan-file.js';

export interface WireSettings {
  maxRecords: number | null;
  maxBytes?: number;
  showValues: boolean;
  classifyAll?: boolean;
  provenanceWeights?: Record<string, number>;
  customDetectorSpecs: CustomDetectorSpec[];
  valueAllowlist?: ValueAllowlist;
  sample?: ScanSettings['sample'];
  archiveLimits?: ScanSettings['archiveLimits'];
}

export function toWire(s: ScanSettings): WireSettings {
  return {
    maxRecords: s.maxRecords,
    maxBytes: s.maxBytes,
    showValues: s.showValues,
    classifyAll: s.classifyAll,
    provenanceWeights: s.provenanceWeights,
    customDetectorSpecs: s.customDetectorSpecs ?? [],
    valueAllowlist: s.valueAllowlist,
    sample: s.sample,
    archiveLimits: s.archiveLimits,
  };
}

export function detectorsFor(specs: readonly CustomDetectorSpec[], allow?: ValueAllowlist): readonly Detector[] {
  return scanDetectors(specs, allow);
}

export function fromWire(w: WireSettings): ScanSettings {
  return { ...w, detectors: detectorsFor(w.customDetectorSpecs, w.valueAllowlist) };
}
