// The language of every sentence of every text file in a folder, with offsets:
//   node examples/detect-folder.mjs FOLDER
// prints FILE<TAB>START-END<TAB>LANGUAGE<TAB>CONFIDENCE<TAB>SENTENCE, and each file's language.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { detectDocument } from '@sejajar/langid';
import { oneLine, readTextFile } from '@sejajar/text';

const folder = process.argv[2] ?? new URL('./corpus/', import.meta.url).pathname;
const files = (await readdir(folder)).filter((name) => /\.(txt|md)$/i.test(name)).sort();
for (const name of files) {
  const text = await readTextFile(join(folder, name));
  // detectDocument answers for the whole file from its sentences, and keeps each sentence's answer.
  const document = detectDocument(text);
  for (const s of document.sentences) {
    console.log([name, `${s.start}-${s.end}`, s.language, s.confidence.toFixed(3), oneLine(s.text).slice(0, 80)].join('\t'));
  }
  console.log(`${name}: ${document.language} (${document.confidence.toFixed(3)}), ${document.sentences.length} sentences\n`);
}
