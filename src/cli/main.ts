// Command-line entry: commander wiring, usage errors as one line with exit 2, no stack traces.
import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { configuredDetectors } from '../config/detectors.js';
import { renderDetectorList } from './detectors-command.js';
import { runScan, FORMATS, type ScanCliOptions } from './scan-command.js';
import { UsageError } from './usage-error.js';
import { runMerge, type MergeCliOptions } from './merge-run.js';

const SCAN_EXAMPLES = `
Examples:
  Researchers — a readable report with masked samples:
    $ leaksift scan fixtures/demo
    $ leaksift scan dump.sql.gz users.csv --max-records 100000

  Pipelines — JSON for jq, NDJSON streamed one line per file:
    $ leaksift scan 'dumps/**/*.csv' --format json | jq '.files[].fields[].path'
    $ cat sample.ndjson | leaksift scan - --format ndjson

  CI jobs — a report file; exit 0 scanned, 2 usage error or nothing readable:
    $ leaksift scan fixtures/ --exclude '*.md' --format json --output leaksift.json --quiet

  CI gate — exit 1 when fixtures hold real-looking data, not just test values:
    $ leaksift scan fixtures/ --fail-on payment,contact,credential,government_id
    $ leaksift scan fixtures/ --fail-on payment --format sarif --output leaksift.sarif
    $ leaksift scan fixtures/ --fail-on contact --baseline-write .leaksift-baseline.json
    $ leaksift scan fixtures/ --fail-on contact --baseline .leaksift-baseline.json

  Options not given here come from leaksift.config.json or .leaksiftrc.json (this directory
  or the nearest parent), or from --config <path>.
`;

const MERGE_EXAMPLES = `
Examples:
  $ leaksift scan dumps/ --shard 1/2 --partial part-1.json     # on machine 1
  $ leaksift scan dumps/ --shard 2/2 --partial part-2.json     # on machine 2
  $ leaksift merge part-1.json part-2.json --format json > report.json
  $ leaksift scan dumps/ --shard 1/2 --classify-all --partial part-1.json   # shards for a gate …
  $ leaksift merge part-*.json --fail-on payment,credential                 # … exit 1 if it trips
`;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('leaksift')
    .description('Judge a leaked-data sample fast: classify every field and estimate whether it looks publicly scraped or internally sourced.')
    .version(TOOL_VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'leaksift: ').split('\n')[0] + '\n') });

  program
    .command('scan')
    .description('scan files, directories (recursive), globs, or - for stdin, and report on every field')
    .argument('[inputs...]', 'files, directories, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-records <n>', 'stop reading each file after n records')
    .option('--max-archive-bytes <size>', 'stop reading an archive after this much uncompressed data (default 10G)')
    .option('--include <glob>', 'only scan files matching this glob (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('-j, --jobs <n>', 'threads over files and byte ranges of large CSV/NDJSON files (default: available cores)')
    .option('--max-bytes <size>', 'stop reading each file after this many bytes (e.g. 500M, 2G)')
    .option('--sample <n|p%>', 'profile a seeded sample of each file: a record count (10000) or a share (5%)')
    .option('--seed <n>', 'seed for --sample (default 1): the same seed gives the same sample')
    .option('--shard <i/n>', 'scan only the i-th of n shares of the inputs (whole files; for many machines)')
    .option('--partial <file>', 'with --shard: write this shard\'s mergeable result to <file> for `leaksift merge`')
    .option('--classify-all', 'run the detectors on every value (default: each field\'s first 4,096, then 1 record in 8; always on with --fail-on or a baseline)', false)
    .option('--show-values', 'show sample values unmasked (off by default; recorded in the report)', false)
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no progress or notes on stderr', false)
    .option('--fail-on <list>', 'exit 1 when fields of these categories or type ids hold values other than test values (comma-separated, repeatable)', collect, [])
    .option('--count-test-values', 'with --fail-on: recognised test values count too', false)
    .option('--min-confidence <x>', 'with --fail-on: ignore types below this confidence (0..1, default 0.5)')
    .option('--baseline <file>', 'with --fail-on: findings in this baseline do not fail the gate')
    .option('--baseline-write <file>', 'write every finding of this scan to a baseline file')
    .option('--config <path>', 'config file (default: leaksift.config.json or .leaksiftrc.json, searched upwards)')
    .option('--no-config', 'ignore config files')
    .addHelpText('after', SCAN_EXAMPLES)
    .action(async (inputs: string[], opts: ScanCliOptions, cmd: Command) => {
      program.setOptionValue('exitCode', await runScan(inputs, opts, (name) => cmd.getOptionValueSource(name) === 'cli'));
    });
  program
    .command('detectors')
    .description('list the detectors (id, category, description, validator, an example), custom ones from the config file included')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--config <path>', 'config file (default: leaksift.config.json or .leaksiftrc.json, searched upwards)')
    .option('--no-config', 'ignore config files')
    .action(async (opts: { format: 'text' | 'json'; config?: string | false }) => {
      const detectors = await configuredDetectors(opts.config, process.cwd());
      process.stdout.write(renderDetectorList(detectors, opts.format));
    });
  program
    .command('merge')
    .description('merge the --partial outputs of shards into the report one scan would have produced')
    .argument('[partials...]', 'files written by scan --shard i/n --partial <file>')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no notes on stderr', false)
    .option('--fail-on <list>', 'exit 1 when fields of these categories or type ids hold values other than test values (shards scanned with --classify-all)', collect, [])
    .option('--count-test-values', 'with --fail-on: recognised test values count too', false)
    .option('--min-confidence <x>', 'with --fail-on: ignore types below this confidence (0..1, default 0.5)')
    .option('--config <path>', 'config file for the gate: custom detectors, allowlisted fields, failOn (default: searched upwards)')
    .option('--no-config', 'ignore config files')
    .addHelpText('after', MERGE_EXAMPLES)
    .action(async (partials: string[], opts: MergeCliOptions, cmd: Command) => {
      program.setOptionValue('exitCode', await runMerge(partials, opts, (name) => cmd.getOptionValueSource(name) === 'cli'));
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv);
    return (program.getOptionValue('exitCode') as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      // Config errors carry one line per problem.
      process.stderr.write(e.message.split('\n').map((l) => `leaksift: ${l}\n`).join(''));
      return 2;
    }
    process.stderr.write(`leaksift: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.LEAKSIFT_DEBUG) console.error(e);
    return 70;
  }
}
