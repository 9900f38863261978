import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { splitCommand } from './commands/split.js';
import { detectCommand } from './commands/detect.js';
import { garbleCommand } from './commands/garble.js';
import { alignCommand } from './commands/align.js';
import { corpusCommand } from './commands/corpus.js';
import { reportError } from './errors.js';
import { ExitCode } from './exit.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export { ExitCode };

/** The subcommands, each with its own `--help` and `--version`. */
function commands(): Command[] {
  return [splitCommand(), detectCommand(), alignCommand(), garbleCommand(), corpusCommand()];
}

/** Build the `sejajar` program; every command exits through {@link run}'s error handling. */
export function program(): Command {
  const root = new Command('sejajar')
    .description('line up news across languages: split, detect languages, align sentences, flag spun text, run a whole corpus')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)');
  for (const command of commands()) {
    root.addCommand(command.version(version, '-V, --version').showHelpAfterError('(run with --help for usage)'));
  }
  root.exitOverride();
  for (const command of root.commands) command.exitOverride();
  return root;
}

/**
 * Run the CLI on `argv` (as in `process.argv`) and return the exit code. Messages go to stderr,
 * data to stdout. Every error is reported in one line, never as a stack trace: bad input (a
 * `SejajarError`) and a refused read or write (`out/x.jsonl: no such folder (ENOENT)`) exit 2,
 * anything else is an internal error and exits 3 (`SEJAJAR_DEBUG=1` adds the stack trace).
 */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the parse with exit code 0; every other commander error is usage.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    return reportError(error);
  }
}
