import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  alignBatch,
  alignSentences,
  hasBuiltinLexicon,
  lineSentences,
  parseDictionary,
  toJsonLines,
  toMoses,
  toTmx,
  toTsv,
  toVecalign,
  type Alignment,
  type Dictionary,
} from '@sejajar/align';
import { checkLanguageTag, detect, detectDocument } from '@sejajar/langid';
import { SejajarError, primaryLanguage, splitSentences } from '@sejajar/text';
import { readInput, refuseRepeatedStdin, writeLines } from '../io.js';
import { describeError, exitCodeOf } from '../errors.js';
import { ExitCode } from '../exit.js';
import { progressBar } from '../progress.js';
import { SUMMARIES } from '../summaries.js';

type Format = 'jsonl' | 'vecalign' | 'tmx' | 'moses' | 'tsv';

interface AlignCommandOptions {
  srcLang?: string | undefined;
  tgtLang?: string | undefined;
  presplit?: boolean | undefined;
  dict?: string | undefined;
  format: Format;
  output?: string | undefined;
  batch?: string | undefined;
  sharedLexicon: boolean;
  minScore?: number | undefined;
}

/** `--min-score`: a number from 0 to 1. */
function unitInterval(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/**
 * The alignment without its sentence pairs scoring below `minScore`, and how many were left out.
 * Only links with both sides are pairs; a one-sided link's score says how surely its sentences
 * have no counterpart, so it is kept whatever its score (as corpus mode does).
 */
function withoutWeakLinks(alignment: Alignment, minScore: number | undefined): { alignment: Alignment; leftOut: number } {
  if (minScore === undefined) return { alignment, leftOut: 0 };
  const links = alignment.links.filter((l) => l.source.length === 0 || l.target.length === 0 || l.score >= minScore);
  return { alignment: { ...alignment, links }, leftOut: alignment.links.length - links.length };
}

/** The one-line note that says how many links `--min-score` left out. */
const leftOutNote = (leftOut: number, minScore: number): string =>
  `sejajar: ${leftOut} ${leftOut === 1 ? 'link' : 'links'} below --min-score ${minScore} left out\n`;

/** A given language is checked on this much of the text (a few sentences). */
const CHECK_CHARACTERS = 1000;

/**
 * The language of one side: as given, else detected as `sejajar detect` and corpus mode do
 * (`detectDocument`); warnings say when either is doubtful. A given language is only checked, on
 * the text's first `CHECK_CHARACTERS` at once: sentence by sentence, the check cost a batch of short
 * pairs a quarter of its time.
 */
function languageOf(text: string, given: string | undefined, name: string, warn: (message: string) => void): string | undefined {
  const detected = text.trim() === '' ? undefined : given !== undefined ? detect(text.slice(0, CHECK_CHARACTERS)).language : detectDocument(text).language;
  const known = detected !== undefined && detected !== 'und' ? detected : undefined;
  if (given !== undefined) {
    if (known !== undefined && primaryLanguage(known) !== primaryLanguage(given))
      warn(`${name}: given as ${given} but reads as ${known}; aligning as ${given}`);
    return given;
  }
  if (known === undefined && text.trim() !== '') warn(`${name}: language not recognised; aligning on length, numbers, names and learned words`);
  return known;
}

/** One pair of files read, their languages settled and their sentences split, ready to align. */
async function readPair(source: string, target: string, options: AlignCommandOptions, dictionary: Dictionary | undefined, warn: (m: string) => void) {
  const sourceText = await readInput(source);
  const targetText = await readInput(target);
  const sourceLanguage = languageOf(sourceText, options.srcLang, source, warn);
  const targetLanguage = languageOf(targetText, options.tgtLang, target, warn);
  const [sl, tl] = [primaryLanguage(sourceLanguage), primaryLanguage(targetLanguage)];
  if (sl !== undefined && tl !== undefined && sl !== tl && dictionary === undefined && !hasBuiltinLexicon(sl, tl)) {
    warn(`no lexicon for ${sl}–${tl} (give one with --dict); aligning on length, numbers, names and learned words`);
  }
  const sentences = (text: string, language: string | undefined) => (options.presplit ? lineSentences(text) : splitSentences(text, { language }));
  return { source: sentences(sourceText, sourceLanguage), target: sentences(targetText, targetLanguage), sourceLanguage, targetLanguage };
}

/**
 * Write an alignment in the chosen format to `output` (a path) or standard output; `warn` hears
 * when the TMX had to replace characters XML 1.0 cannot carry.
 */
async function writeAlignment(
  result: { alignment: Alignment; sourceLanguage?: string | undefined; targetLanguage?: string | undefined },
  format: Format,
  output: string | undefined,
  warn: (message: string) => void,
): Promise<string[]> {
  const { alignment, sourceLanguage, targetLanguage } = result;
  if (format === 'moses') {
    if (output === undefined)
      throw new SejajarError('BAD_OPTION', '--format moses writes two files: give -o OUT (writes OUT.<source language> and OUT.<target language>)');
    const moses = toMoses(alignment);
    const same = sourceLanguage === undefined || targetLanguage === undefined || sourceLanguage === targetLanguage;
    const paths = [`${output}.${same ? 'src' : sourceLanguage}`, `${output}.${same ? 'tgt' : targetLanguage}`];
    await writeFile(paths[0]!, moses.source.map((l) => l + '\n').join(''));
    await writeFile(paths[1]!, moses.target.map((l) => l + '\n').join(''));
    return paths;
  }
  const lines =
    format === 'tmx'
      ? [toTmx(alignment, { sourceLanguage, targetLanguage, onReplaced: (count) => warn(replacedWarning(count)) }).trimEnd()]
      : format === 'vecalign'
        ? toVecalign(alignment)
        : format === 'tsv'
          ? toTsv(alignment)
          : toJsonLines(alignment);
  if (output === undefined) await writeLines(lines);
  else await writeFile(output, lines.map((l) => l + '\n').join(''));
  return output === undefined ? [] : [output];
}

/** The warning for a TMX that does not hold the text exactly. */
const replacedWarning = (count: number): string =>
  `${count} ${count === 1 ? 'character XML 1.0 cannot carry was' : 'characters XML 1.0 cannot carry were'} replaced by U+FFFD in the TMX`;

/** One line of a batch file: `SRC<TAB>TGT<TAB>OUT`, paths relative to the batch file's folder. */
function batchLine(line: string, folder: string): [string, string, string] {
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length !== 3 || cells.some((c) => c === '')) throw new SejajarError('BAD_INPUT', 'expected SRC<TAB>TGT<TAB>OUT');
  return cells.map((c) => resolve(folder, c)) as [string, string, string];
}

/**
 * `sejajar align SRC TGT` / `sejajar align --batch FILE`: sentence alignment of a text and its
 * counterpart, in JSON Lines, Vecalign, TMX, Moses or TSV.
 */
export function alignCommand(): Command {
  return new Command('align')
    .description(SUMMARIES.align)
    .argument('[source]', 'source text (UTF-8), or - for standard input')
    .argument('[target]', 'target text (UTF-8)')
    .option('--src-lang <language>', 'source language (BCP 47); default: detected')
    .option('--tgt-lang <language>', 'target language (BCP 47); default: detected')
    .option('--presplit', 'inputs have one sentence per line (sentence index = line number, from 0)')
    .option('--dict <file>', 'bilingual dictionary: "target @ source" lines (hunalign) or "source<TAB>target"')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'vecalign', 'tmx', 'moses', 'tsv']).default('jsonl'))
    .option('-o, --output <file>', 'write here instead of standard output (moses: OUT.<src-lang> and OUT.<tgt-lang>)')
    .option('--batch <file>', 'align many pairs in one process: lines of SRC<TAB>TGT<TAB>OUT (paths relative to the batch file)')
    .option('--min-score <x>', 'leave out sentence pairs scoring below this (0 to 1; one-sided links are kept); stderr says how many', unitInterval)
    .option('--no-shared-lexicon', 'with --batch: align each pair on its own (default: word pairs learned from all the pairs of the batch serve each)')
    .action(async (source: string | undefined, target: string | undefined, options: AlignCommandOptions) => {
      const warn = (message: string): void => void process.stderr.write(`sejajar: warning: ${message}\n`);
      if (options.batch !== undefined ? source !== undefined || options.output !== undefined : source === undefined || target === undefined) {
        throw new SejajarError('BAD_OPTION', 'give SRC and TGT, or --batch FILE alone (each batch line names its own output)');
      }
      refuseRepeatedStdin([source, target, options.dict, options.batch].filter((path) => path !== undefined));
      if (options.srcLang !== undefined) options.srcLang = checkLanguageTag(options.srcLang, '--src-lang');
      if (options.tgtLang !== undefined) options.tgtLang = checkLanguageTag(options.tgtLang, '--tgt-lang');
      const dictionary = options.dict === undefined ? undefined : parseDictionary(await readInput(options.dict), { name: options.dict });
      if (options.batch === undefined) {
        const pair = await readPair(source!, target!, options, dictionary, warn);
        const { sourceLanguage, targetLanguage } = pair;
        const { alignment, leftOut } = withoutWeakLinks(
          alignSentences(pair.source, pair.target, { sourceLanguage, targetLanguage, dictionary }),
          options.minScore,
        );
        await writeAlignment({ ...pair, alignment }, options.format, options.output, warn);
        if (options.minScore !== undefined) process.stderr.write(leftOutNote(leftOut, options.minScore));
        return;
      }
      const folder = dirname(resolve(options.batch));
      // Any line end, old Mac CR included, as in lineSentences.
      const lines = (await readInput(options.batch))
        .split(/\r\n|\r|\n/)
        .map((line, i) => ({ line, number: i + 1 }))
        .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
      const progress = progressBar();
      // Language data loads with the first pair; an estimate from the later pairs would lie.
      progress.loading('load');
      let failed = 0;
      // Bad input and refused reads or writes (a missing or read-only folder: `OUT: no such
      // folder (ENOENT)`) fail their line only; anything else is a bug and stops the run.
      const fail = (number: number, error: unknown, file?: string): void => {
        if (exitCodeOf(error) !== ExitCode.badInput) throw error;
        failed++;
        process.stderr.write(`sejajar: ${options.batch}:${number}: ${describeError(error, file)}\n`);
      };
      // Every pair is read first, so that the lexicon learned from all of them serves each.
      const pairs: (Awaited<ReturnType<typeof readPair>> & { number: number; out: string })[] = [];
      for (const [done, { line, number }] of lines.entries()) {
        if (done > 0) progress.update('read', done, lines.length);
        try {
          const [src, tgt, out] = batchLine(line, folder);
          pairs.push({ ...(await readPair(src, tgt, options, dictionary, (m) => warn(`batch line ${number}: ${m}`))), number, out });
        } catch (error) {
          fail(number, error);
        }
      }
      const alignments = alignBatch(pairs, {
        dictionary,
        sharedLexicon: options.sharedLexicon,
        progress: (stage, done, total) => progress.update(stage, done, total),
      });
      let leftOut = 0;
      for (const [k, pair] of pairs.entries()) {
        try {
          const kept = withoutWeakLinks(alignments[k]!, options.minScore);
          leftOut += kept.leftOut;
          await writeAlignment({ ...pair, alignment: kept.alignment }, options.format, pair.out, (m) => warn(`batch line ${pair.number}: ${m}`));
        } catch (error) {
          fail(pair.number, error, pair.out);
        }
      }
      progress.stop();
      if (options.minScore !== undefined) progress.note(leftOutNote(leftOut, options.minScore).trimEnd());
      if (failed > 0) {
        process.stderr.write(`sejajar: ${failed} of ${lines.length} batch lines failed\n`);
        process.exitCode = ExitCode.checkFailed;
      }
    });
}
