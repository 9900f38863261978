/**
 * Each command's one-line description, in one place: the root help lists them without loading
 * the commands (see program.ts), and each command's own `--help` shows the same line.
 */
export const SUMMARIES = {
  split: 'split a text into sentences with UTF-16 offsets (counted after a UTF-8 BOM, if any)',
  detect: 'detect the language of files, of each line (--lines) or of each sentence (--by-sentence)',
  align: 'align the sentences of a text with its counterpart in another language (or the same one)',
  garble: 'flag synonym-spun ("garbled") English news: verdict, score, and the swapped words with likely originals',
  corpus: 'find counterpart articles in folders of news, align them, flag spun copies, and write a parallel corpus and report.html',
  worker: 'take the jobs of distributed corpus runs (`sejajar corpus --queue`) from Redis and run them',
} as const;
