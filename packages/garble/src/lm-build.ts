import { indexStrings, packTables, stringIndexColumns, type Column } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';
import { LM_FORMAT, LM_VERSION, type LanguageModelMeta } from './lm.js';

/**
 * A trigram back-off language model as read from its source, before it is made compact: word
 * strings with integer ids (positions), log10 probabilities and back-off weights as in ARPA,
 * n-grams in any order. Build-time only: scripts/derive-lm.mjs reads a source into one, and
 * {@link packLanguageModel} writes data/lm.bin from it.
 */
export interface NgramModel {
  readonly words: readonly string[];
  /** Per word id: log10 P(w), and its back-off weight (log10; 0 when the source gives none). */
  readonly unigramProbs: Float32Array;
  readonly unigramBackoffs: Float32Array;
  /** Per bigram: its two word ids, log10 P(right | left), back-off weight. */
  readonly bigramLeft: Uint32Array;
  readonly bigramRight: Uint32Array;
  readonly bigramProbs: Float32Array;
  readonly bigramBackoffs: Float32Array;
  /** Per trigram: its three word ids and log10 P(third | first second). */
  readonly trigramFirst: Uint32Array;
  readonly trigramSecond: Uint32Array;
  readonly trigramThird: Uint32Array;
  readonly trigramProbs: Float32Array;
}

/** An n-gram of order 1 to 3: word ids, log10 probability, back-off weight. */
interface Entry {
  ids: number[];
  prob: number;
  backoff: number;
}

/**
 * Parse an ARPA back-off language model of order 1 to 3 (the text format of SRILM, CMU Sphinx,
 * KenLM): the `\data\` counts, then `\1-grams:`… sections of lines `log10prob words [backoff]`,
 * then `\end\`. Words get ids in the order of the unigram section. Throws a `SejajarError`
 * (`BAD_INPUT`) naming the line on anything else: a count that does not match, an n-gram over a
 * word with no unigram, an order above 3.
 */
export function parseArpa(text: string): NgramModel {
  const lines = text.split(/\r?\n/);
  const fail = (line: number, why: string): never => {
    throw new SejajarError('BAD_INPUT', `ARPA language model, line ${line + 1}: ${why}`);
  };
  const counts: number[] = [];
  const sections: Entry[][] = [[], [], []];
  const ids = new Map<string, number>();
  const words: string[] = [];
  let order = 0; // the section being read; 0 before the first
  let at = lines.findIndex((line) => line.trim() === '\\data\\');
  if (at < 0) fail(0, 'no \\data\\ line');
  for (at++; at < lines.length; at++) {
    const line = lines[at]!.trim();
    if (line === '') continue;
    const count = /^ngram (\d+)\s*=\s*(\d+)$/.exec(line);
    if (count !== null && order === 0) {
      const n = Number(count[1]);
      if (n < 1 || n > 3) fail(at, `order ${n}: only unigrams to trigrams are read`);
      counts[n - 1] = Number(count[2]);
      continue;
    }
    const section = /^\\(\d)-grams:$/.exec(line);
    if (section !== null) {
      order = Number(section[1]);
      if (order < 1 || order > 3) fail(at, `order ${order}: only unigrams to trigrams are read`);
      continue;
    }
    if (line === '\\end\\') break;
    if (order === 0) fail(at, `expected "ngram N=count" or a section, got ${JSON.stringify(line)}`);
    const fields = line.split(/\s+/);
    if (fields.length !== order + 1 && fields.length !== order + 2)
      fail(at, `a ${order}-gram line has ${order + 1} or ${order + 2} fields, got ${fields.length}`);
    const prob = Number(fields[0]);
    const backoff = fields.length === order + 2 ? Number(fields[order + 1]) : 0;
    if (Number.isNaN(prob) || Number.isNaN(backoff)) fail(at, `not a number in ${JSON.stringify(line)}`);
    const entry: Entry = { ids: [], prob, backoff };
    for (const word of fields.slice(1, order + 1)) {
      let id = ids.get(word);
      if (id === undefined) {
        if (order > 1) fail(at, `${JSON.stringify(word)} has no unigram`);
        id = words.length;
        ids.set(word, id);
        words.push(word);
      } else if (order === 1) fail(at, `${JSON.stringify(word)} is listed twice`);
      entry.ids.push(id);
    }
    sections[order - 1]!.push(entry);
  }
  if (at >= lines.length) fail(lines.length - 1, 'no \\end\\ line');
  sections.forEach((entries, k) => {
    if ((counts[k] ?? 0) !== entries.length) fail(at, `the header says ${counts[k] ?? 0} ${k + 1}-grams, the file has ${entries.length}`);
  });
  const [unigrams, bigrams, trigrams] = sections as [Entry[], Entry[], Entry[]];
  return {
    words,
    unigramProbs: Float32Array.from(unigrams, (e) => e.prob),
    unigramBackoffs: Float32Array.from(unigrams, (e) => e.backoff),
    bigramLeft: Uint32Array.from(bigrams, (e) => e.ids[0]!),
    bigramRight: Uint32Array.from(bigrams, (e) => e.ids[1]!),
    bigramProbs: Float32Array.from(bigrams, (e) => e.prob),
    bigramBackoffs: Float32Array.from(bigrams, (e) => e.backoff),
    trigramFirst: Uint32Array.from(trigrams, (e) => e.ids[0]!),
    trigramSecond: Uint32Array.from(trigrams, (e) => e.ids[1]!),
    trigramThird: Uint32Array.from(trigrams, (e) => e.ids[2]!),
    trigramProbs: Float32Array.from(trigrams, (e) => e.prob),
  };
}

const TRIE_HEADER = 'Trie Language Model';
/** sphinxbase stores log probabilities in base 1.0001 ("logmath"): log10 x = stored · log10(1.0001). */
const LOG10_OF_BASE = Math.log10(1.0001);
const QUANT_BINS = 65536;

/** Bits needed to write `max` (sphinxbase's `bitarr_required_bits`). */
function requiredBits(max: number): number {
  let bits = 0;
  while (max > 0) {
    bits++;
    max = Math.floor(max / 2);
  }
  return bits;
}

/**
 * Read a CMU Sphinx (sphinxbase 5prealpha) trigram model in its binary trie form (`.lm.bin`,
 * "Trie Language Model"), as pocketsphinx ships en-us.lm.bin: unigrams as floats, bigrams and
 * trigrams in bit-packed trie levels with 16-bit quantised probabilities and back-off weights
 * (so what is read is exactly what pocketsphinx scores with). The trie holds placeholder bigrams
 * that sphinxbase inserts so that a trigram whose bigram "w1 w2" is not in the model stays
 * reachable (back-off weight 0, probability log P(w2) + bo(w1), what back-off gives); they are
 * not in the ARPA source and are dropped here ({@link packLanguageModel} puts them back).
 * Throws a `SejajarError` (`BAD_INPUT`) when `bytes` are not such a file.
 */
export function readSphinxTrie(bytes: Uint8Array): NgramModel {
  const bad = (why: string): never => {
    throw new SejajarError('BAD_INPUT', `not a CMU Sphinx trie language model: ${why}`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, TRIE_HEADER.length)) !== TRIE_HEADER) bad(`no "${TRIE_HEADER}" header`);
  let at = TRIE_HEADER.length;
  const order = bytes[at++]!;
  if (order !== 3) bad(`order ${order}; only trigram models are read`);
  if (bytes.byteLength < at + 16) bad('no counts');
  const counts = [0, 1, 2].map((k) => view.getUint32(at + 4 * k, true)) as [number, number, number];
  at += 12 + 4; // the counts, then an int that once named the quantisation
  const [unigramCount, bigramCount, trigramCount] = counts;
  // sphinxbase's middle_size/longest_size: (entries + 1) · bits, rounded up to bytes, plus 8.
  const wordBits = requiredBits(unigramCount);
  const nextBits = requiredBits(trigramCount);
  const middleBits = wordBits + 32 + nextBits;
  const longestBits = wordBits + 16;
  const middleAt = at + 3 * 4 * QUANT_BINS + 12 * (unigramCount + 1);
  const longestAt = middleAt + Math.floor(((bigramCount + 1) * middleBits + 7) / 8) + 8;
  const wordsAt = longestAt + Math.floor(((trigramCount + 1) * longestBits + 7) / 8) + 8;
  if (wordsAt + 4 > bytes.byteLength) bad(`shorter (${bytes.byteLength} bytes) than its counts say`);
  const bins = (k: number): Float32Array => {
    const out = new Float32Array(QUANT_BINS);
    for (let i = 0; i < QUANT_BINS; i++) out[i] = view.getFloat32(at + 4 * (k * QUANT_BINS + i), true);
    return out;
  };
  const [bigramProbBins, bigramBackoffBins, trigramProbBins] = [bins(0), bins(1), bins(2)];
  at += 3 * 4 * QUANT_BINS;
  const unigramProbs = new Float32Array(unigramCount);
  const unigramBackoffs = new Float32Array(unigramCount);
  const unigramNext = new Uint32Array(unigramCount + 1);
  for (let i = 0; i <= unigramCount; i++) {
    if (i < unigramCount) {
      unigramProbs[i] = view.getFloat32(at, true) * LOG10_OF_BASE;
      unigramBackoffs[i] = view.getFloat32(at + 4, true) * LOG10_OF_BASE;
    }
    unigramNext[i] = view.getUint32(at + 8, true);
    at += 12;
  }
  if (unigramNext[unigramCount]! > bigramCount) bad(`${unigramNext[unigramCount]} bigrams where the header says ${bigramCount}`);
  // A field of up to 25 bits at a bit offset: the 32-bit little-endian word at its byte, shifted.
  const field = (base: number, bit: number, bits: number): number => (view.getUint32(base + Math.floor(bit / 8), true) >>> (bit % 8)) & ((1 << bits) - 1);

  const wordBytes = view.getInt32(wordsAt, true);
  if (wordsAt + 4 + wordBytes > bytes.byteLength) bad('the word strings run past its end');
  const words = new TextDecoder().decode(bytes.subarray(wordsAt + 4, wordsAt + 4 + wordBytes)).split('\0');
  if (words.pop() !== '' || words.length !== unigramCount) bad(`${words.length} word strings for ${unigramCount} unigrams`);

  const bigramLeft: number[] = [];
  const bigramRight: number[] = [];
  const bigramProbs: number[] = [];
  const bigramBackoffs: number[] = [];
  const trigramFirst: number[] = [];
  const trigramSecond: number[] = [];
  const trigramThird: number[] = [];
  const trigramProbs: number[] = [];
  const placeholderTolerance = 1e-3;
  // The trie is keyed backwards, from the predicted word to its history (as KenLM's is): below
  // unigram `last`, an entry with word `previous` is the bigram "previous last", and below that
  // an entry with word `first` is the trigram "first previous last".
  for (let last = 0; last < unigramCount; last++) {
    for (let b = unigramNext[last]!; b < unigramNext[last + 1]!; b++) {
      const bit = b * middleBits;
      const previous = field(middleAt, bit, wordBits);
      const backoff = bigramBackoffBins[field(middleAt, bit + wordBits, 16)]! * LOG10_OF_BASE;
      const prob = bigramProbBins[field(middleAt, bit + wordBits + 16, 16)]! * LOG10_OF_BASE;
      const start = field(middleAt, bit + wordBits + 32, nextBits);
      const end = field(middleAt, bit + middleBits + wordBits + 32, nextBits);
      // A placeholder holds what back-off gives: log P(last) + bo(previous), and a back-off weight of 0.
      const placeholder = backoff === 0 && end > start && Math.abs(prob - (unigramProbs[last]! + unigramBackoffs[previous]!)) < placeholderTolerance;
      if (!placeholder) {
        bigramLeft.push(previous);
        bigramRight.push(last);
        bigramProbs.push(prob);
        bigramBackoffs.push(backoff);
      }
      for (let t = start; t < end; t++) {
        const tbit = t * longestBits;
        trigramFirst.push(field(longestAt, tbit, wordBits));
        trigramSecond.push(previous);
        trigramThird.push(last);
        trigramProbs.push(trigramProbBins[field(longestAt, tbit + wordBits, 16)]! * LOG10_OF_BASE);
      }
    }
  }
  return {
    words,
    unigramProbs,
    unigramBackoffs,
    bigramLeft: Uint32Array.from(bigramLeft),
    bigramRight: Uint32Array.from(bigramRight),
    bigramProbs: Float32Array.from(bigramProbs),
    bigramBackoffs: Float32Array.from(bigramBackoffs),
    trigramFirst: Uint32Array.from(trigramFirst),
    trigramSecond: Uint32Array.from(trigramSecond),
    trigramThird: Uint32Array.from(trigramThird),
    trigramProbs: Float32Array.from(trigramProbs),
  };
}

/** What {@link packLanguageModel} needs besides the model. */
export interface PackOptions {
  /** Whether a word (with its id in the model) is kept; n-grams over any other word are dropped. `<s>` and `</s>` are always kept. */
  readonly keep: (word: string, id: number) => boolean;
  /** For the header: the model and where it was read from. */
  readonly source: string;
  /** For the header: how `keep` chooses, in words. */
  readonly subset: string;
}

const LEVELS = 65536;

/**
 * 16-bit codes for `values` and the levels they index: the distinct values themselves when there
 * are at most 65,536 (so a quantised source such as a Sphinx trie is kept exactly), else 65,536
 * values spread evenly over the sorted distinct ones, each value coded as its nearest level. NaN
 * (a placeholder bigram's probability) gets a level of its own.
 */
export function quantise(values: Float32Array): { codes: Uint16Array; levels: Float32Array } {
  const distinct = [...new Set(values)].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const hasNaN = values.some((v) => Number.isNaN(v));
  const room = LEVELS - (hasNaN ? 1 : 0);
  const kept = distinct.length <= room ? distinct : Array.from({ length: room }, (_, k) => distinct[Math.round((k * (distinct.length - 1)) / (room - 1))]!);
  const levels = Float32Array.from(hasNaN ? [...kept, Number.NaN] : kept);
  const codes = new Uint16Array(values.length);
  const exact = new Map(kept.map((v, k) => [v, k]));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      codes[i] = kept.length;
      continue;
    }
    let code = exact.get(v);
    if (code === undefined) {
      let low = 0;
      let high = kept.length - 1;
      while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if (kept[middle]! <= v) low = middle;
        else high = middle;
      }
      code = Math.abs(kept[low]! - v) <= Math.abs(kept[high]! - v) ? low : high;
    }
    codes[i] = code;
  }
  return { codes, levels };
}

/** A column for `length` word ids below `size`: 16-bit when they fit (the subset is chosen to), else 32-bit. */
function idArray(size: number, length: number): Uint16Array | Uint32Array {
  return size <= 65536 ? new Uint16Array(length) : new Uint32Array(length);
}

/**
 * The bytes of data/lm.bin for `model` restricted to the words `options.keep` keeps (see
 * `LanguageModelTables` in lm.ts for the columns). Word ids are renumbered in decreasing unigram
 * probability (ties by word), so id order is frequency order. A trigram whose first two words
 * have no bigram gets a placeholder bigram (probability NaN, back-off 0) to hang from, as in
 * Sphinx's trie. Build-time only (scripts/derive-lm.mjs; the tests).
 */
export function packLanguageModel(model: NgramModel, options: PackOptions): Uint8Array {
  const oldIds = model.words.map((_, id) => id).filter((id) => ['<s>', '</s>'].includes(model.words[id]!) || options.keep(model.words[id]!, id));
  oldIds.sort((a, b) => model.unigramProbs[b]! - model.unigramProbs[a]! || (model.words[a]! < model.words[b]! ? -1 : 1));
  const newId = new Int32Array(model.words.length).fill(-1);
  oldIds.forEach((old, id) => {
    newId[old] = id;
  });
  const size = oldIds.length;
  const words = oldIds.map((old) => model.words[old]!);

  // Bigrams, real and placeholders, keyed left · size + right (exact in a double below 2^53).
  const bigramValues = new Map<number, [prob: number, backoff: number]>();
  for (let b = 0; b < model.bigramLeft.length; b++) {
    const left = newId[model.bigramLeft[b]!]!;
    const right = newId[model.bigramRight[b]!]!;
    if (left >= 0 && right >= 0) bigramValues.set(left * size + right, [model.bigramProbs[b]!, model.bigramBackoffs[b]!]);
  }
  const trigramKeys: [history: number, third: number, prob: number, bigram: number][] = [];
  for (let t = 0; t < model.trigramFirst.length; t++) {
    const first = newId[model.trigramFirst[t]!]!;
    const second = newId[model.trigramSecond[t]!]!;
    const third = newId[model.trigramThird[t]!]!;
    if (first < 0 || second < 0 || third < 0) continue;
    const history = first * size + second;
    if (!bigramValues.has(history)) bigramValues.set(history, [Number.NaN, 0]);
    trigramKeys.push([history, third, model.trigramProbs[t]!, -1]);
  }
  const bigramKeys = Float64Array.from(bigramValues.keys()).sort();
  const bigramIndex = new Map<number, number>();
  bigramKeys.forEach((key, b) => bigramIndex.set(key, b));
  const bigramStarts = new Uint32Array(size + 1);
  const bigramRight = idArray(size, bigramKeys.length);
  const bigramProbs = new Float32Array(bigramKeys.length);
  const bigramBackoffs = new Float32Array(bigramKeys.length);
  let realBigrams = 0;
  bigramKeys.forEach((key, b) => {
    const left = Math.floor(key / size);
    bigramStarts[left + 1]!++;
    bigramRight[b] = key - left * size;
    const [prob, backoff] = bigramValues.get(key)!;
    bigramProbs[b] = prob;
    bigramBackoffs[b] = backoff;
    if (!Number.isNaN(prob)) realBigrams++;
  });
  for (let id = 0; id < size; id++) bigramStarts[id + 1]! += bigramStarts[id]!;

  for (const key of trigramKeys) key[3] = bigramIndex.get(key[0])!;
  trigramKeys.sort((a, b) => a[3] - b[3] || a[1] - b[1]);
  const trigramStarts = new Uint32Array(bigramKeys.length + 1);
  const trigramThird = idArray(size, trigramKeys.length);
  const trigramProbs = new Float32Array(trigramKeys.length);
  trigramKeys.forEach(([, third, prob, bigram], t) => {
    trigramStarts[bigram + 1]!++;
    trigramThird[t] = third;
    trigramProbs[t] = prob;
  });
  for (let b = 0; b < bigramKeys.length; b++) trigramStarts[b + 1]! += trigramStarts[b]!;

  let rarest = 0;
  for (const prob of model.unigramProbs) if (prob > -90 && prob < rarest) rarest = prob; // -99 is ARPA's "never" (<s>)
  const bigramProbQuant = quantise(bigramProbs);
  const bigramBackoffQuant = quantise(bigramBackoffs);
  const trigramProbQuant = quantise(trigramProbs);
  const meta: LanguageModelMeta = {
    format: LM_FORMAT,
    version: LM_VERSION,
    source: options.source,
    subset: options.subset,
    sourceCounts: [model.words.length, model.bigramLeft.length, model.trigramFirst.length],
    counts: [size, realBigrams, trigramKeys.length],
    unknownLogProb: rarest,
  };
  const columns: Record<string, Column> = {
    ...stringIndexColumns(indexStrings(words), 'words'),
    unigramProbs: Float32Array.from(oldIds, (old) => model.unigramProbs[old]!),
    unigramBackoffs: Float32Array.from(oldIds, (old) => model.unigramBackoffs[old]!),
    bigramStarts,
    bigramRight,
    bigramProbCodes: bigramProbQuant.codes,
    bigramBackoffCodes: bigramBackoffQuant.codes,
    bigramProbLevels: bigramProbQuant.levels,
    bigramBackoffLevels: bigramBackoffQuant.levels,
    trigramStarts,
    trigramThird,
    trigramProbCodes: trigramProbQuant.codes,
    trigramProbLevels: trigramProbQuant.levels,
  };
  return packTables(meta, columns);
}
