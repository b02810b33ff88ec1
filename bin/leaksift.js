#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI.
import { setFlagsFromString } from 'node:v8';

// `gc` for the periodic collection of a one-thread scan (src/scan/heap-trim.ts). Set before the
// CLI is loaded: V8 flags set later may cost every thread its compiled code.
setFlagsFromString('--expose-gc');

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
