/**
 * What data/langid.bin holds and how: every script's word model as @sejajar/tables columns
 * (typed arrays, read as views on the file's bytes) and a small JSON header. The builder
 * (build.ts) writes it at build time; model.ts reads it at run time. Both go through this module,
 * so the names and types of the columns are written down once.
 */
import { SejajarError } from '@sejajar/text';
import { type Column, type StringIndex, type Tables, stringIndexColumns, stringIndexFrom, unpackTables } from '@sejajar/tables';
import { CHARACTER_PARAMS, type CharacterTables, type NgramTable } from './characters.js';

/**
 * The word model of one script: for each language written in it that has a word list,
 *
 *   P(w | L) = known(L) · P_list(w | L) + (1 − known(L)) · P_chars(w | L)
 *
 * where P_list spreads probability over the list by rank (Zipf) and P_chars is a character
 * trigram model trained on the same list, so words off the list still lean somewhere
 * ("resorbiert" looks German). Every field but `column` is stored as is in data/langid.bin.
 */
export interface ScriptModel {
  /** franc codes of the languages with a word list in this script; position = column. */
  readonly codes: readonly string[];
  readonly column: ReadonlyMap<string, number>;
  /** log(1 − known(L)) per column: the share of running text off the list. */
  readonly offList: Float32Array;
  /** Listed words, each with an integer id. */
  readonly words: StringIndex;
  /**
   * Word id → its entries, one per language whose list has the word: entries `entryStart[id]`
   * to `entryStart[id + 1]` hold the column and log(known(L) · P_list(w | L)).
   */
  readonly entryStart: Uint32Array;
  readonly entryColumn: Uint8Array;
  readonly entryScore: Float32Array;
  /** The character model, for log P_chars(word | L). */
  readonly chars: CharacterTables;
}

/** Share of running text that a ranked 10,000-word list covers, and a short unranked list. */
const KNOWN_RANKED = 0.75;
const KNOWN_UNRANKED = 0.4;
/** Zipf offset: P_list(rank r) ∝ 1 / (r + ZIPF_OFFSET). */
const ZIPF_OFFSET = 2;
/**
 * The character model learns from the words past this rank of a ranked list: it stands for
 * words off the list, which are rarer and longer than "de" or "the".
 */
const CHARS_FROM_RANK = 300;

/**
 * Every parameter the builder uses. The file records them, and a file built with other values
 * is refused: tuning one in src/ and testing against a stale data/langid.bin would otherwise
 * measure the old model without a word.
 */
export const MODEL_PARAMS = { KNOWN_RANKED, KNOWN_UNRANKED, ZIPF_OFFSET, CHARS_FROM_RANK, ...CHARACTER_PARAMS } as const;

/** Bumped when the columns change their meaning or layout. */
const FORMAT = 2;
const KIND = 'sejajar-langid';

/** The JSON header of data/langid.bin. */
export interface LangidMeta {
  readonly kind: typeof KIND;
  readonly format: number;
  readonly params: typeof MODEL_PARAMS;
  /** The scripts with word lists (`Latin`, `Cyrillic`…) and their languages, by column. */
  readonly scripts: Readonly<Record<string, { readonly codes: readonly string[] }>>;
}

/** The header for a file of `scripts`, with this code's format and parameters. */
export function langidMeta(scripts: LangidMeta['scripts']): LangidMeta {
  return { kind: KIND, format: FORMAT, params: MODEL_PARAMS, scripts };
}

const NGRAMS = ['tri', 'ctx2', 'bi', 'ctx1', 'uni'] as const;

/** The columns of one script's model, named `<script>.<field>`. */
export function scriptColumns(script: string, model: ScriptModel): Record<string, Column> {
  const columns: Record<string, Column> = {
    [`${script}.offList`]: model.offList,
    ...stringIndexColumns(model.words, `${script}.words`),
    [`${script}.entryStart`]: model.entryStart,
    [`${script}.entryColumn`]: model.entryColumn,
    [`${script}.entryScore`]: model.entryScore,
    [`${script}.alphabet`]: model.chars.alphabet,
    [`${script}.unseen`]: model.chars.unseen,
  };
  for (const n of NGRAMS) {
    columns[`${script}.${n}.keys`] = model.chars[n].keys;
    columns[`${script}.${n}.values`] = model.chars[n].values;
  }
  return columns;
}

/** Typed-array constructors, for checking what a column is. */
type ColumnType<T extends Column> = abstract new (...args: never[]) => T;

/**
 * Check bytes as data/langid.bin and unpack them: the columns stay views on `bytes`. `fail`
 * throws the caller's error (a broken install and foreign bytes from a caller differ).
 */
export function readLangidTables(bytes: Uint8Array, fail: (problem: string) => never): Tables<LangidMeta> {
  let tables: Tables<LangidMeta>;
  try {
    tables = unpackTables<LangidMeta>(bytes);
  } catch (error) {
    return fail((error as Error).message);
  }
  const { meta, columns } = tables;
  if (meta?.kind !== KIND) return fail('these are tables of another kind, not the language model (no "sejajar-langid" header)');
  if (meta.format !== FORMAT) return fail(`format ${meta.format}, this version of @sejajar/langid reads format ${FORMAT}`);
  if (JSON.stringify(meta.params) !== JSON.stringify(MODEL_PARAMS)) {
    return fail(`built with other model parameters (${JSON.stringify(meta.params)}, this code has ${JSON.stringify(MODEL_PARAMS)})`);
  }
  const column = <T extends Column>(name: string, type: ColumnType<T>, length?: number): T => {
    const found = columns[name];
    if (!(found instanceof type)) return fail(`column ${name} is missing or of the wrong type`);
    if (length !== undefined && found.length !== length) return fail(`column ${name} has ${found.length} values, not ${length}`);
    return found;
  };
  for (const [script, { codes }] of Object.entries(meta.scripts)) {
    const width = codes.length;
    column(`${script}.offList`, Float32Array, width);
    column(`${script}.unseen`, Float32Array, width);
    column(`${script}.alphabet`, Uint32Array);
    const words = stringIndexFromOrFail(columns, `${script}.words`, fail);
    const entryStart = column(`${script}.entryStart`, Uint32Array, words.size + 1);
    const entries = column(`${script}.entryColumn`, Uint8Array).length;
    column(`${script}.entryScore`, Float32Array, entries);
    if (entryStart[words.size] !== entries) fail(`${script}: the word entries end at ${entryStart[words.size]}, not ${entries}`);
    for (const n of NGRAMS) column(`${script}.${n}.values`, Float32Array, column(`${script}.${n}.keys`, Int32Array).length * width);
  }
  return tables;
}

function stringIndexFromOrFail(columns: Tables<LangidMeta>['columns'], prefix: string, fail: (problem: string) => never): StringIndex {
  try {
    return stringIndexFrom(columns, prefix);
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** The model of `script` as views on checked tables ({@link readLangidTables}), or null when no list is in that script. */
export function scriptModelFrom(tables: Tables<LangidMeta>, script: string): ScriptModel | null {
  const entry = tables.meta.scripts[script];
  if (entry === undefined) return null;
  const { columns } = tables;
  // readLangidTables checked every column's presence and type.
  const get = <T extends Column>(name: string): T => columns[`${script}.${name}`] as T;
  const ngram = (n: (typeof NGRAMS)[number]): NgramTable => ({ keys: get(`${n}.keys`), values: get(`${n}.values`) });
  const codes = entry.codes;
  return {
    codes,
    column: new Map(codes.map((code, i) => [code, i])),
    offList: get('offList'),
    words: stringIndexFrom(columns, `${script}.words`),
    entryStart: get('entryStart'),
    entryColumn: get('entryColumn'),
    entryScore: get('entryScore'),
    chars: {
      width: codes.length,
      alphabet: get('alphabet'),
      tri: ngram('tri'),
      ctx2: ngram('ctx2'),
      bi: ngram('bi'),
      ctx1: ngram('ctx1'),
      uni: ngram('uni'),
      unseen: get('unseen'),
    },
  };
}

/** The error for bytes a caller hands over that are not a usable data/langid.bin. */
export function badTables(where: string): (problem: string) => never {
  return (problem) => {
    throw new SejajarError('BAD_INPUT', `${where}: not @sejajar/langid's language tables (data/langid.bin): ${problem}`);
  };
}
