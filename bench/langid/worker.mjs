// One system of the language-identification benchmark, run in its own process so that its peak
// memory is its own. Prints one JSON object: predictions, time and peak memory.
// Usage (run.mjs calls it): node bench/langid/worker.mjs SYSTEM DATA_DIR LANGS
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { detect, supportedLanguages } from '@sejajar/langid';

const [system, dataDir, langList] = process.argv.slice(2);
const languages = langList.split(',');
export const KINDS = ['sentences', 'word-pairs', 'single-words'];
const SEVENTEEN = ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'tr', 'vi', 'tl'];

// franc answers in ISO 639-3 (its Malay is `zlm`); the benchmark labels are BCP 47.
const toTag = new Map(supportedLanguages().map((l) => [l.iso6393, l.language]));
toTag.set('zlm', 'ms');
const francOnly17 = supportedLanguages()
  .filter((l) => SEVENTEEN.includes(l.language))
  .map((l) => (l.iso6393 === 'zsm' ? 'zlm' : l.iso6393));

const systems = {
  ours: (text) => detect(text),
  ours17: (text) => detect(text, { only: SEVENTEEN }),
  franc: (text) => ({ language: toTag.get(franc(text)) ?? 'und' }),
  franc17: (text) => ({ language: toTag.get(franc(text, { only: francOnly17 })) ?? 'und' }),
};
const run = systems[system];
if (!run) throw new Error(`unknown system ${system}`);

const items = [];
for (const kind of KINDS) {
  for (const lang of languages) {
    const lines = readFileSync(join(dataDir, kind, `${lang}.txt`), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const line of lines) items.push({ kind, lang, text: line });
  }
}

// Warm up (lazy model build) outside the timed loop, then time every text once.
run('warm up');
const started = performance.now();
// Keep only what is scored, so that peak memory is the detector's, not the answers'.
const results = items.map((item) => {
  const r = run(item.text);
  return r.confidence === undefined ? [r.language] : [r.language, Math.round(r.confidence * 1e4) / 1e4];
});
const seconds = (performance.now() - started) / 1000;

const predictions = {};
items.forEach((item, i) => {
  const key = `${item.kind}/${item.lang}`;
  (predictions[key] ??= []).push(results[i]);
});
process.stdout.write(JSON.stringify({ system, texts: items.length, seconds, peakMB: process.resourceUsage().maxRSS / 1024, predictions }));
