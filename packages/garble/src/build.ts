import type { Column } from '@sejajar/tables';
import { readingSenseCount, rowsOf, wordCandidates } from './candidates.js';
import { NO_TWIN, NOT_DERIVED, spellingTwinOf } from './damage.js';
import { lexiconOf, wordAt, wordId } from './lexicon.js';
import { analyse } from './morphology.js';

/**
 * The derived word columns of data/garble.bin (see `DerivedWords` in lexicon.ts), worked out
 * over `bytes`, the file's other tables: for every word of the index, its candidate originals
 * the senses of its readings and its commoner spelling, by the functions the detector runs for words outside the
 * index. Run by scripts/derive.mjs at build time (a few seconds), not by the detector.
 */
export function derivedWordColumns(bytes: Uint8Array): Record<string, Column> {
  const lexicon = lexiconOf(bytes, 'the tables being derived', false);
  const size = lexicon.words.size;
  const candidateStarts = new Uint32Array(size + 1);
  const readingSenses = new Int32Array(size);
  const spellingTwins = new Int32Array(size);
  const ids: number[] = [];
  const info: number[] = [];
  const dots: number[] = [];
  for (let id = 0; id < size; id++) {
    candidateStarts[id] = ids.length;
    const word = wordAt(lexicon, id);
    const twin = spellingTwinOf(lexicon, word);
    spellingTwins[id] = twin === undefined ? NO_TWIN : wordId(lexicon, twin) < 0 ? NOT_DERIVED : wordId(lexicon, twin);
    const readings = analyse(lexicon, word);
    readingSenses[id] = readings.length === 0 ? -1 : readingSenseCount(lexicon, readings);
    if (readings.length === 0) continue;
    const rows = rowsOf(lexicon, word, wordCandidates(lexicon, word));
    for (let k = rows.start; k < rows.end; k++) {
      ids.push(rows.ids[k]!);
      info.push(rows.info[k]!);
      dots.push(rows.dots[k]!);
    }
  }
  candidateStarts[size] = ids.length;
  return {
    candidateStarts,
    candidateIds: Uint32Array.from(ids),
    candidateInfo: Uint8Array.from(info),
    candidateDots: Int32Array.from(dots),
    readingSenses,
    spellingTwins,
  };
}
