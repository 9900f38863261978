import { Command, Option } from 'commander';
import { oneLine, splitSentences } from '@sejajar/text';
import { readInput, writeLines } from '../io.js';
import { SUMMARIES } from '../summaries.js';

/** `sejajar split FILE|-`: one sentence per line, with offsets into the file (after any BOM). */
export function splitCommand(): Command {
  return new Command('split')
    .description(SUMMARIES.split)
    .argument('<file>', 'UTF-8 text file, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'text']).default('jsonl'))
    .option('--lang <language>', 'language of the text (BCP 47), to pick abbreviations; default: all known')
    .action(async (file: string, options: { format: 'jsonl' | 'text'; lang?: string | undefined }) => {
      const text = await readInput(file);
      const sentences = splitSentences(text, { language: options.lang });
      await writeLines(
        sentences.map((s) => (options.format === 'text' ? oneLine(s.text) : JSON.stringify({ index: s.index, start: s.start, end: s.end, text: s.text }))),
      );
    });
}
