// Command-line entry: commander wiring, usage errors as one line with exit 2, no stack traces.
import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
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
`;

const MERGE_EXAMPLES = `
Examples:
  $ leaksift scan dumps/ --shard 1/2 --partial part-1.json     # on machine 1
  $ leaksift scan dumps/ --shard 2/2 --partial part-2.json     # on machine 2
  $ leaksift merge part-1.json part-2.json --format json > report.json
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
    .option('--include <glob>', 'only scan files matching this glob (repeatable)', collect, [])
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('-j, --jobs <n>', 'worker threads over files (default: available cores)')
    .option('--shard <i/n>', 'scan only the i-th of n shares of the inputs (whole files; for many machines)')
    .option('--partial <file>', 'with --shard: write this shard\'s mergeable result to <file> for `leaksift merge`')
    .option('--show-values', 'show sample values unmasked (off by default; recorded in the report)', false)
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no progress or notes on stderr', false)
    .addHelpText('after', SCAN_EXAMPLES)
    .action(async (inputs: string[], opts: ScanCliOptions) => {
      program.setOptionValue('exitCode', await runScan(inputs, opts));
    });
  program
    .command('merge')
    .description('merge the --partial outputs of shards into the report one scan would have produced')
    .argument('[partials...]', 'files written by scan --shard i/n --partial <file>')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-color', 'no colours in the text report (NO_COLOR is honoured too)')
    .addHelpText('after', MERGE_EXAMPLES)
    .action(async (partials: string[], opts: MergeCliOptions) => {
      program.setOptionValue('exitCode', await runMerge(partials, opts));
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
      process.stderr.write(`leaksift: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`leaksift: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.LEAKSIFT_DEBUG) console.error(e);
    return 70;
  }
}
