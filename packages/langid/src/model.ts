import { type Tables, stringId } from '@sejajar/tables';
import { addCharacterScores } from './characters.js';
import { type LangidMeta, type ScriptModel, badTables, readLangidTables, scriptModelFrom } from './model-file.js';
import { LANGID_TABLES_SOURCE, loadLangidTables } from '#langid-tables';

export type { ScriptModel } from './model-file.js';

/** No single word moves a language more than this (in nats) behind the word's best language. */
const WORD_CAP = 8;

/** The tables in use: their bytes and the unpacked views on them, and each script's model. */
let current: { bytes: Uint8Array; tables: Tables<LangidMeta> } | undefined;
const models = new Map<string, ScriptModel | null>();

function adopt(bytes: Uint8Array, fail: (problem: string) => never): void {
  current = { bytes, tables: readLangidTables(bytes, fail) };
  models.clear();
}

/**
 * The bytes of the language model in use (data/langid.bin), loaded on the first call (or the
 * first detection) into a SharedArrayBuffer: post them to a worker thread, which passes them to
 * {@link useLangidTables} instead of reading the file again. In a browser bundle they are built
 * from the inlined word lists.
 */
export function langidTables(): Uint8Array {
  if (current === undefined) {
    adopt(loadLangidTables(), (problem) => {
      // A stale or broken build, not bad input from a caller.
      throw new Error(`@sejajar/langid: ${LANGID_TABLES_SOURCE} is unusable (${problem}); run \`node scripts/derive.mjs --force\` after \`tsc -b\``);
    });
  }
  return current!.bytes;
}

/**
 * Use `bytes` (from {@link langidTables} in another thread, typically posted in `workerData`)
 * as the language model instead of reading data/langid.bin. They are used as they are, not
 * copied: bytes in a SharedArrayBuffer are shared. Throws a `SejajarError` (`BAD_INPUT`) for
 * bytes that are not the language model of this version of @sejajar/langid.
 */
export function useLangidTables(bytes: Uint8Array): void {
  if (!(bytes instanceof Uint8Array)) badTables('useLangidTables')(`expected a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`);
  adopt(bytes, badTables('useLangidTables'));
}

/** The word model of a script (`Latin`, `Cyrillic`…), or null when no list is in that script. */
export function scriptModel(script: string): ScriptModel | null {
  let model = models.get(script);
  if (model === undefined) {
    langidTables();
    model = scriptModelFrom(current!.tables, script);
    models.set(script, model);
  }
  return model;
}

/** Scratch space for {@link addWord}, grown to the widest script. */
let scratch = new Float64Array(64);

/**
 * A word's contribution, once worked out: its capped log-probability per column and the columns
 * it counts as a hit for. Words repeat (a document's "the", "yang", "dan"), and scoring one costs
 * a character-model pass over every column, so each model keeps the last words' contributions.
 */
interface WordScore {
  readonly capped: Float64Array;
  readonly hitColumns: readonly number[];
}

/** Contributions kept per model (and per `extra` table): at most this many words, then forgotten. */
const KEPT_WORDS = 8192;
const NO_EXTRA = new Map<string, readonly number[]>();
const kept = new WeakMap<ScriptModel, WeakMap<ReadonlyMap<string, readonly number[]>, Map<string, WordScore>>>();

function keptFor(model: ScriptModel, extra: ReadonlyMap<string, readonly number[]>): Map<string, WordScore> {
  let perExtra = kept.get(model);
  if (perExtra === undefined) kept.set(model, (perExtra = new WeakMap()));
  let words = perExtra.get(extra);
  if (words === undefined) perExtra.set(extra, (words = new Map()));
  return words;
}

/**
 * Add `weight` · log P(word | L) to `totals` for every column (the listed-word probability where
 * the word is on L's list, mixed with the character model for words off it), and count list hits.
 * `extra` adds entries ([column, log P, …]) for words known some other way.
 */
export function addWord(
  model: ScriptModel,
  word: string,
  totals: Float64Array,
  hits: Uint32Array,
  weight = 1,
  extra?: ReadonlyMap<string, readonly number[]>,
): void {
  const words = keptFor(model, extra ?? NO_EXTRA);
  let score = words.get(word);
  if (score === undefined) {
    score = scoreWord(model, word, extra);
    if (words.size >= KEPT_WORDS) words.clear();
    words.set(word, score);
  }
  const { capped, hitColumns } = score;
  for (let k = 0; k < capped.length; k++) totals[k]! += weight * capped[k]!;
  for (const col of hitColumns) hits[col]!++;
}

/** A word's contribution to every column (see {@link addWord}). */
function scoreWord(model: ScriptModel, word: string, extra: ReadonlyMap<string, readonly number[]> | undefined): WordScore {
  const width = model.codes.length;
  if (scratch.length < width) scratch = new Float64Array(width);
  const scores = scratch;
  const hitColumns: number[] = [];
  for (let k = 0; k < width; k++) scores[k] = model.offList[k]!;
  addCharacterScores(model.chars, word, scores);
  const id = stringId(model.words, word);
  if (id >= 0) {
    for (let i = model.entryStart[id]!, end = model.entryStart[id + 1]!; i < end; i++) {
      const col = model.entryColumn[i]!;
      const a = model.entryScore[i]!;
      const b = scores[col]!;
      // log(e^a + e^b), without overflow.
      scores[col] = a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
      hitColumns.push(col);
    }
  }
  const more = extra?.get(word);
  if (more) {
    for (let i = 0; i < more.length; i += 2) {
      const col = more[i]!;
      const a = more[i + 1]!;
      const b = scores[col]!;
      if (a > b) {
        scores[col] = a;
        hitColumns.push(col);
      }
    }
  }
  let best = -Infinity;
  for (let k = 0; k < width; k++) best = Math.max(best, scores[k]!);
  const floor = best - WORD_CAP;
  const capped = new Float64Array(width);
  for (let k = 0; k < width; k++) capped[k] = Math.max(scores[k]!, floor);
  return { capped, hitColumns };
}
