// Config values as defaults for `leaksift scan` options: a flag given on the command line wins,
// otherwise the config file's value, otherwise the built-in default. Paths written in the
// config file are relative to the file.
import type { LoadedConfig } from './load.js';

/** The scan options a config file can set, in the shape commander gives them (numbers as strings). */
export interface ConfigurableOptions {
  format: string;
  output?: string;
  maxRecords?: string;
  jobs?: string;
  maxBytes?: string;
  maxArchiveBytes?: string;
  sample?: string;
  seed?: string;
  include: string[];
  exclude: string[];
  showValues: boolean;
  classifyAll: boolean;
  color: boolean;
  quiet: boolean;
  failOn: string[];
  countTestValues: boolean;
  minConfidence?: string;
  baseline?: string;
}

/** The policy gate's options, which `scan` and `merge` both take. */
export type GateOptions = Pick<ConfigurableOptions, 'failOn' | 'countTestValues' | 'minConfidence'>;
type FromCli = (name: keyof ConfigurableOptions) => boolean;

/** An option's value: the command line's when given there, else the config file's when it sets one. */
function picker<T extends Partial<ConfigurableOptions>>(cli: T, fromCli: FromCli) {
  return <K extends keyof T & keyof ConfigurableOptions>(name: K, fromConfig: T[K] | undefined): T[K] =>
    fromCli(name) || fromConfig === undefined ? cli[name] : fromConfig;
}

const str = (n: number | string | undefined) => (n === undefined ? undefined : String(n));

/** `fromCli(name)`: was the option given on the command line (commander's value source 'cli')? */
export function gateWithConfigDefaults(cli: GateOptions, fromCli: FromCli, loaded: LoadedConfig): GateOptions {
  const c = loaded.config;
  const pick = picker(cli, fromCli);
  return {
    failOn: pick('failOn', c.failOn),
    countTestValues: pick('countTestValues', c.countTestValues),
    minConfidence: pick('minConfidence', str(c.minConfidence)),
  };
}

export function withConfigDefaults<T extends ConfigurableOptions>(cli: T, fromCli: FromCli, loaded: LoadedConfig): T {
  const c = loaded.config;
  const pick = picker(cli, fromCli);
  const path = (p: string | undefined) => (p === undefined ? undefined : loaded.resolvePath(p));
  return {
    ...cli,
    format: pick('format', c.format),
    output: pick('output', path(c.output)),
    maxRecords: pick('maxRecords', str(c.maxRecords)),
    jobs: pick('jobs', str(c.jobs)),
    maxBytes: pick('maxBytes', str(c.maxBytes)),
    maxArchiveBytes: pick('maxArchiveBytes', str(c.maxArchiveBytes)),
    sample: pick('sample', str(c.sample)),
    seed: pick('seed', str(c.seed)),
    include: pick('include', c.include),
    exclude: pick('exclude', c.exclude),
    showValues: pick('showValues', c.showValues),
    classifyAll: pick('classifyAll', c.classifyAll),
    color: pick('color', c.color),
    quiet: pick('quiet', c.quiet),
    ...gateWithConfigDefaults(cli, fromCli, loaded),
    baseline: pick('baseline', path(c.baseline)),
  };
}
