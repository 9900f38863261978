import { createRequire } from 'node:module';
import { Command, CommanderError, Help } from 'commander';
import { reportError } from './errors.js';
import { ExitCode } from './exit.js';
import { SUMMARIES } from './summaries.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export { ExitCode };

/**
 * The subcommands as the root help lists them. Each module (and the sejajar packages it
 * imports: language data, lexicons) is loaded only when its command runs, so `sejajar
 * --version`, `--help` and one command's start-up do not pay for the others.
 */
const COMMANDS: readonly { name: string; term: string; description: string; load: () => Promise<Command> }[] = [
  {
    name: 'split',
    term: 'split [options] <file>',
    description: SUMMARIES.split,
    load: async () => (await import('./commands/split.js')).splitCommand(),
  },
  {
    name: 'detect',
    term: 'detect [options] <files...>',
    description: SUMMARIES.detect,
    load: async () => (await import('./commands/detect.js')).detectCommand(),
  },
  {
    name: 'align',
    term: 'align [options] [source] [target]',
    description: SUMMARIES.align,
    load: async () => (await import('./commands/align.js')).alignCommand(),
  },
  {
    name: 'garble',
    term: 'garble [options] <files...>',
    description: SUMMARIES.garble,
    load: async () => (await import('./commands/garble.js')).garbleCommand(),
  },
  {
    name: 'corpus',
    term: 'corpus [options] <dir...>',
    description: SUMMARIES.corpus,
    load: async () => (await import('./commands/corpus.js')).corpusCommand(),
  },
  {
    name: 'worker',
    term: 'worker [options]',
    description: SUMMARIES.worker,
    load: async () => (await import('./commands/worker.js')).workerCommand(),
  },
];

/**
 * A stand-in for a subcommand: it takes the arguments as they are (options and all, in order),
 * loads the real command and hands them over, so its own parsing, help and errors apply.
 */
function lazyCommand(root: Command, entry: (typeof COMMANDS)[number]): Command {
  const stub = new Command(entry.name)
    .description(entry.description)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .argument('[args...]');
  stub.action(async () => {
    const real = (await entry.load()).version(version, '-V, --version').showHelpAfterError('(run with --help for usage)').exitOverride();
    // The parent gives the real command's usage its "sejajar" prefix; it is not added twice.
    real.parent = root;
    await real.parseAsync(stub.args, { from: 'user' });
  });
  return stub;
}

/** Build the `sejajar` program; every command exits through {@link run}'s error handling. */
export function program(): Command {
  const root = new Command('sejajar')
    .description('line up news across languages: split, detect languages, align sentences, flag spun text, run a whole corpus')
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)');
  const terms = new Map(COMMANDS.map((c) => [c.name, c.term]));
  root.configureHelp({
    subcommandTerm(command) {
      return terms.get(command.name()) ?? Help.prototype.subcommandTerm.call(this, command);
    },
  });
  for (const entry of COMMANDS) root.addCommand(lazyCommand(root, entry));
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
    // `sejajar help CMD` is `sejajar CMD --help`, so the loaded command prints its own help.
    const [node = 'node', script = 'sejajar', first, second, ...rest] = argv;
    const known = COMMANDS.some((c) => c.name === second);
    await program().parseAsync(first === 'help' && known ? [node, script, second!, '--help', ...rest] : [...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the parse with exit code 0; every other commander error is usage.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    return reportError(error);
  }
}
