// Align an article with its translation and write a TMX and a pair of Moses files:
//   node examples/align-to-tmx.mjs SOURCE TARGET OUT
// writes OUT.tmx, OUT.<source language> and OUT.<target language>. Languages are detected.
import { writeFile } from 'node:fs/promises';
import { alignSentences, toMoses, toTmx } from '@sejajar/align';
import { detectDocument } from '@sejajar/langid';
import { readTextFile } from '@sejajar/text';

const here = (name) => new URL(`./corpus/${name}`, import.meta.url).pathname;
const [sourcePath = here('000_43db5b59d1f35ee8.txt'), targetPath = here('001_7a7919da632cfa80.txt'), out = 'aligned'] = process.argv.slice(2);

const [source, target] = await Promise.all([readTextFile(sourcePath), readTextFile(targetPath)]);
const sourceLanguage = detectDocument(source).language;
const targetLanguage = detectDocument(target).language;
const alignment = alignSentences(source, target, { sourceLanguage, targetLanguage });

// Keep the links a person would trust in a training corpus; the rest are counted, not hidden.
const MIN_SCORE = 0.5;
const kept = { ...alignment, links: alignment.links.filter((link) => link.score >= MIN_SCORE) };
let replaced = 0;
await writeFile(`${out}.tmx`, toTmx(kept, { sourceLanguage, targetLanguage, onReplaced: (n) => (replaced += n) }));
const moses = toMoses(kept);
await writeFile(`${out}.${sourceLanguage}`, moses.source.map((line) => `${line}\n`).join(''));
await writeFile(`${out}.${targetLanguage}`, moses.target.map((line) => `${line}\n`).join(''));

const twoSided = (links) => links.filter((l) => l.source.length > 0 && l.target.length > 0).length;
console.log(
  `${sourceLanguage}–${targetLanguage}: ${alignment.links.length} links, ${twoSided(kept.links)} sentence pairs written, ${twoSided(alignment.links) - twoSided(kept.links)} below ${MIN_SCORE} left out`,
);
console.log(
  `wrote ${out}.tmx, ${out}.${sourceLanguage}, ${out}.${targetLanguage}${replaced > 0 ? ` (${replaced} characters replaced by U+FFFD in the TMX)` : ''}`,
);
