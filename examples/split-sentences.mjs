// Split a file into sentences with offsets: node examples/split-sentences.mjs FILE
import { readTextFile, splitSentences } from '@sejajar/text';

const path = process.argv[2] ?? new URL('./corpus/000_43db5b59d1f35ee8.txt', import.meta.url).pathname;
const text = await readTextFile(path);
for (const sentence of splitSentences(text)) {
  console.log(sentence.start, sentence.end, sentence.text);
}
