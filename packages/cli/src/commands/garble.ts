import { Command, Option } from 'commander';
import { detectGarble, type GarbleReport } from '@sejajar/garble';
import { readInput, refuseRepeatedStdin, writeLines } from '../io.js';
import { progressBar } from '../progress.js';
import { SUMMARIES } from '../summaries.js';

type Format = 'json' | 'jsonl' | 'text';

/** The report as printed: the verdict, the score and each span with its suggestion, reason and confidence. */
function summary(report: GarbleReport): { verdict: string; score: number; spans: object[] } {
  return {
    verdict: report.verdict,
    score: Math.round(report.score * 1000) / 1000,
    spans: report.spans.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      ...(s.suggestion !== undefined ? { suggestion: s.suggestion } : {}),
      reason: s.reason,
      confidence: Math.round(s.confidence * 1000) / 1000,
    })),
  };
}

/** The text with each span marked as `[substitute → suggestion]` (`[substitute]` without one). */
function marked(text: string, report: GarbleReport): string {
  let out = '';
  let last = 0;
  for (const span of report.spans) {
    out += text.slice(last, span.start) + `[${span.text}${span.suggestion !== undefined ? ` → ${span.suggestion}` : ''}]`;
    last = span.end;
  }
  return out + text.slice(last);
}

/** `sejajar garble FILE...`: flag synonym-spun English text, with the spun words and likely originals. */
export function garbleCommand(): Command {
  return new Command('garble')
    .description(SUMMARIES.garble)
    .argument('<files...>', 'UTF-8 text files, or - for standard input')
    .option('--reference <files...>', 'sibling articles or a suspected original; differing synonyms are reported with the reference word')
    .addOption(
      new Option('--format <format>', 'json (one file), jsonl (one object per file, with "file"), text (spans marked)')
        .choices(['json', 'jsonl', 'text'])
        .default('json'),
    )
    .option('--fail-on-spun', 'exit 1 when any file is spun (for pipelines); default: exit 0 whatever the verdict')
    .action(async (files: string[], options: { reference?: string[] | undefined; format: Format; failOnSpun?: boolean | undefined }) => {
      refuseRepeatedStdin([...files, ...(options.reference ?? [])]);
      const references = await Promise.all((options.reference ?? []).map((path) => readInput(path)));
      const lines: string[] = [];
      let spun = false;
      const progress = progressBar();
      // The word data loads with the first verdict and takes longer than any later file.
      progress.loading('load');
      for (const [done, file] of files.entries()) {
        const text = await readInput(file);
        const report = detectGarble(text, { references });
        progress.update('garble', done + 1, files.length);
        if (report.verdict === 'spun') spun = true;
        if (report.verdict === 'unsupported') process.stderr.write(`sejajar: ${file}: ${report.message}\n`);
        if (options.format === 'text') {
          if (files.length > 1) lines.push(`== ${file}: ${report.verdict} (score ${summary(report).score})`);
          else process.stderr.write(`${report.verdict} (score ${summary(report).score})\n`);
          lines.push(marked(text, report));
        } else if (options.format === 'jsonl') {
          lines.push(JSON.stringify({ file, ...summary(report) }));
        } else {
          lines.push(JSON.stringify(files.length > 1 ? { file, ...summary(report) } : summary(report), null, files.length > 1 ? undefined : 2));
        }
      }
      progress.stop();
      await writeLines(lines);
      if (spun && options.failOnSpun) process.exitCode = 1;
    });
}
