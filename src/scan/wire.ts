// Scan settings in a form that crosses a thread boundary: detectors are functions, so workers
// rebuild them from the built-in registry plus the data form of custom detectors.
import type { Detector } from '../classify/detector.js';
import { DETECTORS } from '../classify/detectors/index.js';
import { buildCustomDetector } from '../config/custom-detectors.js';
import type { CustomDetectorSpec } from '../config/schema.js';
import type { ScanSettings } from './scan-file.js';

export interface WireSettings {
  maxRecords: number | null;
  showValues: boolean;
  provenanceWeights?: Record<string, number>;
  customDetectorSpecs: CustomDetectorSpec[];
}

export function toWire(s: ScanSettings): WireSettings {
  return {
    maxRecords: s.maxRecords,
    showValues: s.showValues,
    provenanceWeights: s.provenanceWeights,
    customDetectorSpecs: s.customDetectorSpecs ?? [],
  };
}

export function detectorsFor(specs: readonly CustomDetectorSpec[]): readonly Detector[] {
  return specs.length === 0 ? DETECTORS : [...DETECTORS, ...specs.map(buildCustomDetector)];
}

export function fromWire(w: WireSettings): ScanSettings {
  return { ...w, detectors: detectorsFor(w.customDetectorSpecs) };
}
