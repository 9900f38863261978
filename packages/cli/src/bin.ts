#!/usr/bin/env node
import { reportError } from './errors.js';
import { ExitCode } from './exit.js';
import { run } from './program.js';

// A reader that stops early (`sejajar split big.txt | head`) is not an error. Any other failed
// write to stdout (a full disk, `> /dev/full`) arrives here, not in run(): it is reported in one
// line like every error, naming standard output since the error carries no path.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? ExitCode.ok : reportError(error, 'standard output'));
});
// What escapes run() (thrown in a stream or timer callback) is one line too, never a stack trace.
process.on('uncaughtException', (error) => process.exit(reportError(error)));
process.on('unhandledRejection', (error) => process.exit(reportError(error)));

process.exitCode = await run(process.argv);
