// Measures data/lm.bin as the detector would meet it (not part of the build): the cost of the
// first languageModel() call (CPU seconds and resident memory) and logProb look-ups per second
// over the trigrams of the seed articles (examples/corpus); and how often the model prefers an
// original sentence to the same with one word spun. Run after `pnpm build`:
//   node packages/garble/scripts/measure-lm.mjs
// `--model FILE` measures a whole sphinxbase trie model instead (every word, packed in memory),
// such as Debian's /usr/share/pocketsphinx/model/en-us/en-us.lm.bin (package pocketsphinx-en-us).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageModel } from '../dist/index.js';

const file = new URL('../data/lm.bin', import.meta.url);
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const modelFile = process.argv.includes('--model') ? process.argv[process.argv.indexOf('--model') + 1] : undefined;
const lm = modelFile === undefined ? languageModel() : await wholeModel(modelFile);
const wall = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
const rssAfter = process.memoryUsage().rss;
if (!lm) {
  console.log('no data/lm.bin: run `pnpm install` and `pnpm build`');
  process.exit(1);
}
if (modelFile) console.log(`${modelFile}, every word: ${lm.meta.counts.join(' / ')} uni/bi/trigrams`);
else console.log(`lm.bin ${(statSync(file).size / 1e6).toFixed(1)} MB: ${lm.meta.counts.join(' / ')} uni/bi/trigrams`);
if (!modelFile)
  console.log(
    `first languageModel(): ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1e6).toFixed(3)} CPU s, RSS +${((rssAfter - rssBefore) / 1e6).toFixed(1)} MB (${(rssAfter / 1e6).toFixed(0)} MB in all)`,
  );

const corpus = new URL('../../../examples/corpus/', import.meta.url).pathname;
const words = [];
for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
  for (const sentence of readFileSync(join(corpus, name), 'utf8')
    .toLowerCase()
    .split(/[.!?]\s+/)) {
    const tokens = sentence.match(/[a-z0-9][a-z0-9.'-]*/g) ?? [];
    words.push('<s>', ...tokens.map((t) => t.replace(/[.']+$/, '')), '</s>');
  }
}
const windows = [];
for (let i = 2; i < words.length; i++) if (words[i] !== '<s>') windows.push([words[i - 2], words[i - 1], words[i]]);
const known = windows.filter((w) => w.every((word) => lm.has(word))).length;
let sink = 0;
for (const w of windows.slice(0, 5000)) sink += lm.logProb(w); // warm up
const rounds = Math.max(1, Math.ceil(400_000 / windows.length));
const started = performance.now();
for (let r = 0; r < rounds; r++) for (const w of windows) sink += lm.logProb(w);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${windows.length} trigrams of ${readdirSync(corpus).length} seed articles (${((100 * known) / windows.length).toFixed(1)}% with all three words in the tables): ${Math.round((rounds * windows.length) / seconds).toLocaleString('en')} logProb look-ups per second (checksum ${sink.toFixed(0)})`,
);

// How often the model prefers the original sentence to the same sentence with one word spun, on
// the Brown press files kept out of garble's counts for development (ca02–ca12), spun by the
// benchmark's two spinners (bench/garble: WordNet synonyms; a broader thesaurus with phrases).
const { spin } = await import('../../../bench/garble/spinner.mjs');
const { spin2 } = await import('../../../bench/garble/spinner2.mjs');
const { brownText, heldOutBrownFiles } = await import('../../../bench/garble/brown.mjs');
/** log10 probability of a sentence: lower-case words (possessives joined), <s> … </s>. */
const sentenceScore = (sentence) => {
  const tokens = [
    '<s>',
    ...(sentence
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z0-9]+(?:['.-][a-z0-9]+)*/g) ?? []),
    '</s>',
  ];
  let total = 0;
  for (let i = 1; i < tokens.length; i++) total += lm.logProb(tokens.slice(Math.max(0, i - 2), i + 1));
  return total;
};
for (const [name, spinner] of [
  ['spinner.mjs (WordNet)', spin],
  ['spinner2.mjs (broader thesaurus)', spin2],
]) {
  let preferred = 0;
  let pairs = 0;
  let gains = 0;
  for (const file of heldOutBrownFiles('dev')) {
    const spun = spinner(brownText(file), 0.3, 7);
    // The original text, and where each span's original word stands in it.
    let original = '';
    let last = 0;
    const at = [];
    for (const span of spun.spans) {
      original += spun.text.slice(last, span.start);
      at.push({ start: original.length, original: span.original, replacement: spun.text.slice(span.start, span.end) });
      original += span.original;
      last = span.end;
    }
    original += spun.text.slice(last);
    for (const { start, original: word, replacement } of at) {
      const from = Math.max(original.lastIndexOf('. ', start), original.lastIndexOf('\n', start)) + 1;
      const to = original.slice(start).search(/[.!?](\s|$)/);
      const sentence = original.slice(from, to < 0 ? undefined : start + to + 1);
      const swapped = sentence.slice(0, start - from) + replacement + sentence.slice(start - from + word.length);
      const gain = sentenceScore(sentence) - sentenceScore(swapped);
      pairs++;
      if (gain > 0) preferred++;
      gains += gain;
    }
  }
  console.log(
    `${name}: original preferred in ${preferred} of ${pairs} one-word swaps (${((100 * preferred) / pairs).toFixed(1)}%), mean gain ${((gains / pairs) * Math.LN10).toFixed(2)} nats`,
  );
}

/** A whole sphinxbase trie model as a LanguageModel, packed in memory. */
async function wholeModel(path) {
  const { packLanguageModel, readSphinxTrie } = await import('../dist/lm-build.js');
  const { languageModelOf } = await import('../dist/lm.js');
  const model = readSphinxTrie(readFileSync(path));
  return languageModelOf(packLanguageModel(model, { keep: () => true, source: path, subset: 'every word' }), path);
}
