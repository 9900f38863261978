import { Command, InvalidArgumentError, Option } from 'commander';
import { runCorpus, type CorpusResult } from '@sejajar/corpus';
import { checkLanguageTag } from '@sejajar/langid';
import { progressBar } from '../progress.js';
import { ExitCode } from '../exit.js';
import { SUMMARIES } from '../summaries.js';
import { positiveInteger } from './arguments.js';

const unitInterval = (value: string): number => {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
};

interface CorpusFlags {
  output?: string | undefined;
  /** The old name of --output, still accepted. */
  out?: string | undefined;
  jobs?: number | undefined;
  queue?: string | undefined;
  srcLang?: string | undefined;
  tgtLang?: string | undefined;
  minScore?: number | undefined;
  minPairScore?: number | undefined;
  resume?: boolean | undefined;
  excludeSpun?: boolean | undefined;
  /** False with --no-shared-lexicon. */
  sharedLexicon?: boolean | undefined;
  quiet?: boolean | undefined;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The one summary line: every sentence pair that is not in the corpus files is accounted for. */
function summary(result: CorpusResult, flags: CorpusFlags, out: string): string {
  const leftOut = [
    ...(result.leftOut.belowMinScore > 0 ? [`${result.leftOut.belowMinScore} below --min-score ${flags.minScore ?? 0.5}`] : []),
    ...(result.leftOut.spun > 0 ? [`${result.leftOut.spun} from spun documents (--exclude-spun)`] : []),
  ];
  return (
    `sejajar corpus: ${plural(result.documents, 'document')} (${result.failed} unreadable), ${plural(result.pairs, 'pair')}` +
    (result.closeLanguagePairs > 0 ? ` (${result.closeLanguagePairs} in a close language)` : '') +
    `, ${plural(result.sentencePairs, 'sentence pair')} written` +
    (result.spunSentencePairs > 0 ? ` (${result.spunSentencePairs} from spun documents, marked)` : '') +
    `, ${result.leftOut.belowMinScore + result.leftOut.spun} left out${leftOut.length > 0 ? ` (${leftOut.join(', ')})` : ''}` +
    `, ${result.spun} spun` +
    (result.failedUnits > 0 ? `, ${plural(result.failedUnits, 'failed check')}` : '') +
    ` → ${out}\n` +
    result.lexicons
      .map(
        (l) =>
          `sejajar corpus: ${l.sourceLanguage}–${l.targetLanguage} lexicon: ${plural(l.wordPairs, 'word pair')} learned from ${plural(l.links, 'link')}` +
          ` (of ${l.confidentLinks} confident, in ${plural(l.pairs, 'pair')})${l.error === undefined ? '' : `; not learned: ${l.error}`}\n`,
      )
      .join('')
  );
}

/** `sejajar corpus DIR… --output OUT`: the whole pipeline over a pile of news. */
export function corpusCommand(): Command {
  return (
    new Command('corpus')
      .description(SUMMARIES.corpus)
      .argument('<dir...>', 'folders (searched recursively for .txt, .text, .md) or files')
      .option('-o, --output <dir>', 'output folder (required)')
      // The name before the options were made one vocabulary across commands; scripts still use it.
      .addOption(new Option('--out <dir>', 'same as --output').hideHelp())
      .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', positiveInteger)
      .option('--queue <url>', 'run the work as jobs in this Redis (redis://[:password@]host[:port][/db]) for `sejajar worker` processes to take')
      .option('--src-lang <lang>', 'only pair documents of this source language (BCP 47), with --tgt-lang')
      .option('--tgt-lang <lang>', 'only pair documents of this target language (BCP 47), with --src-lang')
      .option('--min-score <x>', 'sentence links below this score stay out of corpus.tmx and the Moses files (default 0.5)', unitInterval)
      .option('--min-pair-score <x>', 'document pairs below this score stay unpaired (default 0.02)', unitInterval)
      .option('--exclude-spun', 'leave sentence pairs of documents judged spun out of corpus.tmx and the Moses files (default: keep them, marked)')
      .option('--no-shared-lexicon', 'align each pair on its own, without the word pairs learned across the corpus (one pass instead of two)')
      .option('--resume', 'continue a killed run in the same --output folder, reusing its finished work on unchanged files')
      .option('-q, --quiet', 'no progress bar')
      .action(async (dirs: string[], flags: CorpusFlags, command: Command) => {
        const out = flags.output ?? flags.out;
        if (out === undefined) command.error("error: required option '-o, --output <dir>' not specified", { exitCode: ExitCode.badInput });
        if (flags.output !== undefined && flags.out !== undefined && flags.output !== flags.out) {
          command.error('error: --out is the old name of --output; give one of them', { exitCode: ExitCode.badInput });
        }
        if (flags.queue !== undefined && flags.jobs !== undefined) {
          command.error('error: --jobs sets the worker threads of a local run; with --queue, give each `sejajar worker` its --concurrency', {
            exitCode: ExitCode.badInput,
          });
        }
        if ((flags.srcLang === undefined) !== (flags.tgtLang === undefined)) {
          command.error('error: --src-lang and --tgt-lang go together', { exitCode: ExitCode.badInput });
        }
        if (flags.srcLang !== undefined) flags.srcLang = checkLanguageTag(flags.srcLang, '--src-lang');
        if (flags.tgtLang !== undefined) flags.tgtLang = checkLanguageTag(flags.tgtLang, '--tgt-lang');
        const bar = progressBar({ quiet: flags.quiet });
        const result = await runCorpus({
          inputs: dirs,
          out,
          jobs: flags.jobs,
          queue: flags.queue === undefined ? undefined : { url: flags.queue, onNotice: (message) => bar.note(`sejajar: ${message}`) },
          sourceLanguage: flags.srcLang,
          targetLanguage: flags.tgtLang,
          minScore: flags.minScore,
          minPairScore: flags.minPairScore,
          resume: flags.resume,
          excludeSpun: flags.excludeSpun,
          sharedLexicon: flags.sharedLexicon,
          onWarning: (message) => bar.note(`sejajar: warning: ${message}`),
          // Until a stage's first unit is done its workers may still be loading language data:
          // no time estimate is better than one drawn from nothing.
          onProgress: (p) => (p.done === 0 ? bar.loading(p.stage) : bar.update(p.stage, p.done, p.total)),
        }).finally(() => bar.stop());
        if (!flags.quiet) process.stderr.write(summary(result, flags, out));
        if (result.failed > 0 || result.failedUnits > 0) process.exitCode = ExitCode.checkFailed;
      })
  );
}
