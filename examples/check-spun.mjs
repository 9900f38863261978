// Check every English text file in a folder for synonym-spun text and print the spans:
//   node examples/check-spun.mjs FOLDER
// The other files of the folder serve as references (a spun copy's source is often beside it).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { detectGarble } from '@sejajar/garble';
import { oneLine, readTextFile } from '@sejajar/text';

const folder = process.argv[2] ?? new URL('./corpus/', import.meta.url).pathname;
const names = (await readdir(folder)).filter((name) => /\.(txt|md)$/i.test(name)).sort();
const texts = new Map(await Promise.all(names.map(async (name) => [name, await readTextFile(join(folder, name))])));

let spun = 0;
for (const [name, text] of texts) {
  const references = [...texts].filter(([other]) => other !== name).map(([, t]) => t);
  const report = detectGarble(text, { references });
  if (report.verdict === 'unsupported') {
    console.log(`${name}: not judged (${report.message})`);
    continue;
  }
  console.log(`${name}: ${report.verdict} (score ${report.score.toFixed(2)}, ${report.spans.length} spans)`);
  if (report.verdict !== 'spun') continue;
  spun++;
  for (const span of report.spans) {
    const original = span.suggestion === undefined ? '' : ` → likely "${span.suggestion}"`;
    console.log(`  ${span.start}-${span.end} "${oneLine(span.text)}"${original} (${span.reason}, ${span.confidence.toFixed(2)})`);
  }
}
console.log(`${spun} of ${texts.size} files spun`);
