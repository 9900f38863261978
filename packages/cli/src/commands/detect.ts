import { Command, Option } from 'commander';
import { checkLanguageTag, detect, detectDocument, detectSentences, type DetectOptions, type Detection } from '@sejajar/langid';
import { oneLine, SejajarError } from '@sejajar/text';
import { readInput, refuseRepeatedStdin, writeLines } from '../io.js';
import { SUMMARIES } from '../summaries.js';

type Format = 'json' | 'jsonl' | 'text';

interface DetectFlags {
  lines?: boolean | undefined;
  bySentence?: boolean | undefined;
  format: Format;
  only?: string | undefined;
  ignore?: string | undefined;
  minConfidence?: string | undefined;
}

/** Confidence as printed: three decimals are plenty for a calibrated probability. */
function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}

/** The three fields every answer prints, in this order. */
function fields(d: Detection): { language: string; iso6393: string; confidence: number } {
  return { language: d.language, iso6393: d.iso6393, confidence: round(d.confidence) };
}

/**
 * A comma-separated list of languages, each checked as a BCP 47 tag (ISO 639-3 codes are
 * ones), so a typo exits 2 naming the flag. The entries are kept as typed, not canonicalised:
 * canonical forms of some codes detect accepts are ones it does not (`tl` → `fil`).
 */
function languages(value: string | undefined, flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) checkLanguageTag(entry, flag);
  return entries;
}

function detectOptions(flags: DetectFlags): DetectOptions {
  const options: DetectOptions = { only: languages(flags.only, '--only'), ignore: languages(flags.ignore, '--ignore') };
  if (flags.minConfidence !== undefined) {
    const value = Number(flags.minConfidence);
    if (!(value >= 0 && value <= 1)) {
      throw new SejajarError('BAD_OPTION', `--min-confidence: "${flags.minConfidence}" is not a number from 0 to 1`);
    }
    options.minConfidence = value;
  }
  return options;
}

/** Print records as JSON Lines, one JSON array, or tab-separated text. */
async function print(records: Array<Record<string, unknown>>, format: Format, text: (r: Record<string, unknown>) => string): Promise<void> {
  if (format === 'json') {
    await writeLines([JSON.stringify(records, null, 2)]);
  } else {
    await writeLines(records.map((r) => (format === 'jsonl' ? JSON.stringify(r) : text(r))));
  }
}

/**
 * `sejajar detect FILE...`: the language of each file (from its sentences, weighted by length),
 * of each line (`--lines`: one JSON object per input line, blank lines `und`), or of each
 * sentence (`--by-sentence`, with offsets).
 */
export function detectCommand(): Command {
  return new Command('detect')
    .description(SUMMARIES.detect)
    .argument('<files...>', 'UTF-8 text files, or - for standard input')
    .option('--lines', 'each input line is a separate text: one answer per line, in order (blank line → und)')
    .option('--by-sentence', 'one answer per sentence, with UTF-16 offsets into the file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'text']).default('jsonl'))
    .option('--only <languages>', 'comma-separated languages allowed (BCP 47 or ISO 639-3), e.g. id,ms,en')
    .option('--ignore <languages>', 'comma-separated languages never to answer')
    .option('--min-confidence <p>', 'answer und below this confidence (0 to 1)')
    .action(async (files: string[], flags: DetectFlags) => {
      if (flags.lines && flags.bySentence) {
        throw new SejajarError('BAD_OPTION', '--lines and --by-sentence cannot be used together');
      }
      refuseRepeatedStdin(files);
      const options = detectOptions(flags);
      const records: Array<Record<string, unknown>> = [];
      for (const file of files) {
        const text = await readInput(file);
        if (flags.lines) {
          // Every line end counts: LF, CRLF, and a lone CR (classic Mac OS, some exports).
          const lines = text.split(/\r\n|\r|\n/);
          if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
          for (const line of lines) records.push(fields(detect(line, options)));
        } else if (flags.bySentence) {
          for (const s of detectSentences(text, options)) {
            records.push({
              ...(files.length > 1 ? { file } : {}),
              index: s.index,
              start: s.start,
              end: s.end,
              ...fields(s),
              ...(s.smoothed ? { smoothed: true } : {}),
              text: s.text,
            });
          }
        } else {
          const d = detectDocument(text, options);
          records.push({
            file,
            ...fields(d),
            candidates: d.candidates.map((c) => ({ language: c.language, confidence: round(c.confidence) })),
            sentences: d.sentences.length,
          });
        }
      }
      await print(records, flags.format, (r) =>
        flags.lines
          ? `${r.language}\t${r.confidence}`
          : flags.bySentence
            ? `${r.index}\t${r.start}-${r.end}\t${r.language}\t${r.confidence}\t${oneLine(String(r.text))}`
            : `${r.file}\t${r.language}\t${r.confidence}`,
      );
    });
}
