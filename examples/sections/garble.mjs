import { detectGarble } from '@sejajar/garble';
import { clip } from './corpus.mjs';

/** How many spans of a spun text to show. */
const SHOWN = 12;

export const garbleSection = {
  title: 'Spun-text detection (@sejajar/garble)',
  run(corpus) {
    for (const doc of corpus) {
      const report = detectGarble(doc.text);
      const why = report.verdict === 'unsupported' ? ` — ${report.message}` : ` (score ${report.score.toFixed(2)}, ${report.spans.length} spans)`;
      console.log(`\n${doc.name}: ${report.verdict}${why}`);
      if (report.verdict !== 'spun') continue;
      for (const span of report.spans.slice(0, SHOWN)) {
        const context = clip(doc.text.slice(Math.max(0, span.start - 30), span.end + 30), 70);
        console.log(
          `  ${String(span.start).padStart(5)} ${span.text.padEnd(14)} → ${(span.suggestion ?? '?').padEnd(14)} ${span.reason.padEnd(18)} …${context}…`,
        );
      }
    }
  },
};
