// Document pairing: which documents of a pile are counterparts in another language, which report
// the same story in one language, and which nearly copy each other. Candidates come from an
// inverted index over language-neutral evidence (numbers, months, names, words put into English
// through a lexicon), so no pair of documents is compared sentence by sentence.
import { closeLanguages } from '@sejajar/langid';
import { primaryLanguage, words } from '@sejajar/text';
import { builtinIndonesianEnglish, hasBuiltinLexicon } from './dictionary.js';
import { fold, lookupKeys, monthOf, numberKey } from './normalize.js';
import type { Dictionary } from './types.js';

/** A document to pair: an id of your choice, its language (BCP 47) and its text. */
export interface PairingDocument {
  readonly id: string;
  readonly language: string;
  readonly text: string;
}

/**
 * What pairing needs of a document, small enough to keep for a whole corpus and plain JSON, so
 * workers can compute it and a resumed run can read it back. Counts are keyed by evidence:
 * `#1500` a number, `@m10` a month, `~znv` a name's consonant skeleton, `c:tknlg` the start of
 * a long word's skeleton (cognates), `w:soldier` a word in English (as written, or through a lexicon).
 */
export interface DocumentFingerprint {
  readonly id: string;
  readonly language: string;
  /** Language-neutral evidence, compared across languages. */
  readonly pivot: Readonly<Record<string, number>>;
  /** Every content word (folded, stemmed), numbers and names: compared within one language. */
  readonly words: Readonly<Record<string, number>>;
  /** Numbers and names in document order: counterparts and copies keep their order. */
  readonly anchors: readonly string[];
}

/** Options of {@link fingerprintDocument}. */
export interface FingerprintOptions {
  /**
   * Lexicons into English, by source language (primary subtag): word → English words. The
   * built-in Indonesian–English lexicon serves `id` and `ms` unless replaced here.
   */
  lexicons?: Readonly<Record<string, Dictionary>>;
}

// Consonant skeleton of a name: spelling variants across languages and transliterations
// (Zinovyev/Zinoviev, Moskow/Moscow, Rusia/Russia, Ukraina/Ukraine) share it.
function skeleton(folded: string): string {
  const w = folded
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/([^aeiou])h/g, '$1');
  if (w.length === 0) return '';
  const rest = w.slice(1).replace(/[aeiou]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

function englishStem(folded: string): string {
  const keys = lookupKeys(folded, 'en');
  return keys[keys.length - 1]!;
}

/**
 * Names and numbers kept in order per document: a news article has a few hundred; the cap keeps
 * the order comparisons (quadratic in this length) cheap for book-length documents.
 */
const MAX_ANCHORS = 1000;

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Reduce a document to the evidence {@link pairDocuments} compares. Linear in its length. */
export function fingerprintDocument(doc: PairingDocument, options: FingerprintOptions = {}): DocumentFingerprint {
  const language = primaryLanguage(doc.language) ?? 'und';
  const lexicon = options.lexicons?.[language] ?? (hasBuiltinLexicon(language, 'en') ? builtinIndonesianEnglish() : undefined);
  const tokens = words(doc.text);
  // A capitalised word is a name unless the document also writes it in lower case ("The", "Dalam").
  const lower = new Set<string>();
  for (const token of tokens) if (!/^\p{Lu}/u.test(token.text)) lower.add(fold(token.text));
  const pivot: Record<string, number> = {};
  const wordCounts: Record<string, number> = {};
  const anchors: string[] = [];
  for (const token of tokens) {
    const number = numberKey(token.text);
    if (number !== undefined) {
      bump(pivot, number);
      bump(wordCounts, number);
      if (anchors.length < MAX_ANCHORS) anchors.push(number);
      continue;
    }
    for (const part of token.text.split(/[-'’]/)) {
      if (part.length < 2) continue;
      const folded = fold(part);
      const month = monthOf(folded);
      if (month !== undefined) {
        bump(pivot, month);
        bump(wordCounts, month);
        continue;
      }
      const isName = /^\p{Lu}/u.test(part) && !lower.has(folded) && folded.length >= 3;
      if (isName) {
        const key = `~${skeleton(folded)}`;
        if (key.length >= 3) {
          bump(pivot, key);
          if (anchors.length < MAX_ANCHORS) anchors.push(key);
        }
      }
      // Long words are often cognates (teknologi/technology, informasi/information): their
      // skeleton's first five letters match across languages without a lexicon.
      if (!isName && folded.length >= 6) {
        const cognate = skeleton(folded).slice(0, 5);
        if (cognate.length >= 4) bump(pivot, `c:${cognate}`);
      }
      bump(wordCounts, language === 'en' ? englishStem(folded) : (lookupKeys(folded, language).at(-1) ?? folded));
      if (language === 'en') bump(pivot, `w:${englishStem(folded)}`);
      else if (lexicon !== undefined) {
        const key = lookupKeys(folded, language).find((k) => lexicon.has(k));
        const english = key === undefined ? undefined : lexicon.get(key);
        if (english !== undefined && english.length > 0) bump(pivot, `w:${englishStem(fold(english[0]!))}`);
      }
    }
  }
  return { id: doc.id, language, pivot, words: wordCounts, anchors };
}

/** Two counterpart documents in different languages. */
export interface DocumentPair {
  /** The document in the first language of the pair (in the order languages first appear, or as {@link PairingOptions.sourceLanguage}). */
  readonly source: string;
  readonly target: string;
  /** How sure the pairing is, in [0,1]: shared evidence weighted by rarity, and kept in order. */
  readonly score: number;
}

/** Two documents in one language where one nearly copies the other (syndication, spinning). */
export interface NearCopy {
  readonly a: string;
  readonly b: string;
  /** Share of their names and numbers that occur in the same order in both, in [0,1]. */
  readonly similarity: number;
}

/** The result of {@link pairDocuments}. */
export interface DocumentPairing {
  /** Cross-language counterparts, one partner per document and language pair, best first. */
  readonly pairs: DocumentPair[];
  /** Groups (of two or more) of same-language documents reporting the same story, ids sorted. */
  readonly stories: string[][];
  /** Same-language near-copies. */
  readonly nearCopies: NearCopy[];
}

/** Options of {@link pairDocuments}: those of each step. */
export interface PairingOptions extends FingerprintOptions, CandidateOptions, ChooseOptions {
  /** Minimum similarity of the names and numbers of two same-language documents to share a story. Default 0.3. */
  storyThreshold?: number;
  /** Minimum share of the shorter document's names and numbers found in the same order in the other to call them near-copies. Default 0.7. */
  nearCopyThreshold?: number;
}

type Vector = Map<string, number>;

/**
 * Sparse tf-idf vectors, unit length, over one kind of evidence. `background` adds that many
 * imagined documents without any of the evidence, so a small pile of documents on one story
 * does not discount the very names and numbers they share.
 */
function vectors(counts: readonly Readonly<Record<string, number>>[], background = 0): Vector[] {
  const df = new Map<string, number>();
  for (const c of counts) for (const key of Object.keys(c)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = counts.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [key, count] of Object.entries(c)) {
      const d = df.get(key)!;
      // Evidence found in (almost) every document tells documents apart no better than none.
      const idf = Math.log((n + 1 + background) / d);
      if (idf <= 0.05) continue;
      const weight = (1 + Math.log(count)) * idf;
      v.set(key, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [key, weight] of v) v.set(key, weight / norm);
    return v;
  });
}

/** Candidates by dot product through an inverted index: cost follows the shared evidence, not all pairs. */
function neighbours(vs: readonly Vector[], allowed: (i: number, j: number) => boolean, k: number): Map<number, number>[] {
  const index = new Map<string, number[]>();
  vs.forEach((v, i) => {
    for (const key of v.keys()) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  // Keys shared by a large share of a big corpus cost much and decide little.
  const maxPosting = Math.max(50, Math.ceil(vs.length * 0.1));
  return vs.map((v, i) => {
    const dots = new Map<number, number>();
    for (const [key, weight] of v) {
      const list = index.get(key)!;
      if (list.length > maxPosting) continue;
      for (const j of list) if (j !== i && allowed(i, j)) dots.set(j, (dots.get(j) ?? 0) + weight * vs[j]!.get(key)!);
    }
    return new Map([...dots].sort((a, b) => b[1] - a[1]).slice(0, k));
  });
}

/** Length of the longest common subsequence of two lists, in O(|a|·|b|) time and O(|b|) memory. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * How much of the anchors (names, numbers) both documents have occur in the same order: the
 * longest common subsequence over the shorter list of shared anchors. `undefined` when fewer
 * than two anchors are shared, where order says nothing.
 */
function inOrderShare(a: readonly string[], b: readonly string[]): number | undefined {
  const inB = new Set(b);
  const inA = new Set(a);
  const x = a.filter((t) => inB.has(t));
  const y = b.filter((t) => inA.has(t));
  if (x.length < 2 || y.length < 2) return undefined;
  return lcsLength(x, y) / Math.min(x.length, y.length);
}

/** Longest common subsequence of two anchor lists over the shorter list: near 1 for a copy of the other. */
function copiedShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return lcsLength(a, b) / Math.min(a.length, b.length);
}

const anchorCounts = (f: DocumentFingerprint): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const anchor of f.anchors) bump(counts, anchor);
  return counts;
};

function unionFind(n: number): { find: (i: number) => number; union: (i: number, j: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { find, union: (i, j) => void (parent[find(i)] = find(j)) };
}

/** Options of {@link documentCandidates}. */
export interface CandidateOptions {
  /**
   * Only pair documents of these two languages (source first); a document in a close language of
   * one of them (`ms` for `id`, see `closeLanguages` in `@sejajar/langid`) counts as that one.
   * Default: every pair of languages.
   */
  sourceLanguage?: string;
  targetLanguage?: string;
  /** Candidates kept per document, best first. Default 2. */
  candidates?: number;
}

/**
 * Candidate counterparts across languages, from an inverted index over the fingerprints' pivot
 * evidence: each document's best few, each unordered pair once, with a retrieval score in [0,1]
 * (evidence cosine, discounted when shared names and numbers come in another order). Cost
 * follows the evidence documents share, not the number of document pairs.
 */
export function documentCandidates(fingerprints: readonly DocumentFingerprint[], options: CandidateOptions = {}): DocumentPair[] {
  const k = options.candidates ?? 2;
  const s = primaryLanguage(options.sourceLanguage);
  const t = primaryLanguage(options.targetLanguage);
  // A document read as a close language of a requested one (Malay for Indonesian) counts as the
  // requested language: the detector's call between the two is the least sure one it makes.
  const asked = (language: string): string => {
    if (s === undefined || t === undefined || language === s || language === t) return language;
    if (closeLanguages(s).includes(language)) return s;
    if (closeLanguages(t).includes(language)) return t;
    return language;
  };
  const languages = fingerprints.map((f) => asked(primaryLanguage(f.language) ?? 'und'));
  // Which side is the source: the given source language, else the language met first.
  const order = [...new Set([s, ...languages].filter((l) => l !== undefined))];
  const rank = (language: string): number => order.indexOf(language);
  const wanted = (a: string, b: string): boolean => {
    if (a === b || a === 'und' || b === 'und') return false;
    if (s !== undefined && t !== undefined) return (a === s && b === t) || (a === t && b === s);
    return true;
  };
  const cross = neighbours(vectors(fingerprints.map((f) => f.pivot)), (i, j) => wanted(languages[i]!, languages[j]!), k);
  const scored: DocumentPair[] = [];
  cross.forEach((candidates, i) => {
    for (const [j, cosine] of candidates) {
      if (j < i && cross[j]!.has(i)) continue; // each unordered pair once
      // Counterparts keep their names and numbers in order; reports of the same story do not.
      const orderShare = inOrderShare(fingerprints[i]!.anchors, fingerprints[j]!.anchors) ?? 0.5;
      const score = Math.max(0, Math.min(1, cosine)) * (0.5 + 0.5 * orderShare);
      const [a, b] = rank(languages[i]!) <= rank(languages[j]!) ? [i, j] : [j, i];
      scored.push({ source: fingerprints[a]!.id, target: fingerprints[b]!.id, score: round(score) });
    }
  });
  return scored.sort(byScore);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const byScore = (a: DocumentPair, b: DocumentPair): number =>
  b.score - a.score || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);

/** Options of {@link choosePairs}. */
export interface ChooseOptions {
  /** Minimum pair score (as {@link documentCandidates} scores); below it a document stays unpaired. Default 0.02. */
  minScore?: number;
  /**
   * A pair must score at least this share of the best score either document has with any
   * candidate: an article with no counterpart, once its best match has gone to that match's true
   * partner, is left with weaker candidates. Default 0.7.
   */
  relativeScore?: number;
  /**
   * A pair must score this many times the best score either document has with any other
   * candidate. Default 1.3.
   */
  distinctScore?: number;
}

/**
 * Choose counterparts among scored candidates: best first, one partner per document and per
 * language of the partner, down to `minScore` and within `relativeScore` of each document's best.
 * `languageOf` gives each document's language.
 */
export function choosePairs(candidates: readonly DocumentPair[], languageOf: (id: string) => string, options: ChooseOptions = {}): DocumentPair[] {
  const minScore = options.minScore ?? 0.02;
  const relative = options.relativeScore ?? 0.7;
  const distinct = options.distinctScore ?? 1.3;
  const sorted = [...candidates].sort(byScore);
  const slot = (id: string, other: string): string => `${id}\u0000${languageOf(other)}`;
  // Each document's two best scores with documents of the other language.
  const top = new Map<string, number[]>();
  for (const pair of sorted) {
    for (const key of [slot(pair.source, pair.target), slot(pair.target, pair.source)]) {
      const scores = top.get(key) ?? [];
      if (scores.length < 2) top.set(key, [...scores, pair.score]);
    }
  }
  const best = (key: string): number => top.get(key)![0]!;
  // The best score a document has with anyone but this partner.
  const other = (key: string, score: number): number => {
    const [first = 0, second = 0] = top.get(key)!;
    return first === score ? second : first;
  };
  const taken = new Set<string>();
  const pairs: DocumentPair[] = [];
  for (const pair of sorted) {
    if (pair.score < minScore) break;
    const keyS = slot(pair.source, pair.target);
    const keyT = slot(pair.target, pair.source);
    if (pair.score < relative * Math.max(best(keyS), best(keyT))) continue;
    // Two articles that both lack a counterpart may still be each other's best match; a true
    // counterpart stands out from the document's other candidates.
    if (pair.score < distinct * Math.max(other(keyS, pair.score), other(keyT, pair.score))) continue;
    if (taken.has(keyS) || taken.has(keyT)) continue;
    taken.add(keyS);
    taken.add(keyT);
    pairs.push(pair);
  }
  return pairs;
}

/** Same-language stories and near-copies among fingerprints. */
export function relatedDocuments(
  fingerprints: readonly DocumentFingerprint[],
  options: { storyThreshold?: number; nearCopyThreshold?: number; candidates?: number } = {},
): { stories: string[][]; nearCopies: NearCopy[] } {
  const languages = fingerprints.map((f) => primaryLanguage(f.language) ?? 'und');
  // A story is told with the same names and numbers whatever the wording (a spun copy included).
  const same = vectors(fingerprints.map(anchorCounts), 20);
  const within = neighbours(same, (i, j) => languages[i] === languages[j] && languages[i] !== 'und', options.candidates ?? 8);
  const groups = unionFind(fingerprints.length);
  const nearCopies: NearCopy[] = [];
  within.forEach((candidates, i) => {
    for (const [j, cosine] of candidates) {
      if (j <= i) continue;
      if (cosine >= (options.storyThreshold ?? 0.3)) groups.union(i, j);
      const similarity = copiedShare(fingerprints[i]!.anchors, fingerprints[j]!.anchors);
      if (similarity >= (options.nearCopyThreshold ?? 0.7)) {
        nearCopies.push({ a: fingerprints[i]!.id, b: fingerprints[j]!.id, similarity: round(similarity) });
      }
    }
  });
  const byRoot = new Map<number, string[]>();
  fingerprints.forEach((f, i) => {
    const root = groups.find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), f.id]);
  });
  const stories = [...byRoot.values()].filter((g) => g.length > 1).map((g) => g.sort());
  stories.sort((a, b) => a[0]!.localeCompare(b[0]!));
  return { stories, nearCopies };
}

/**
 * Find counterpart documents across languages, stories within a language, and near-copies:
 * {@link fingerprintDocument} each document, retrieve and score candidates with
 * {@link documentCandidates}, pick counterparts with {@link choosePairs}, and group the rest
 * with {@link relatedDocuments}. Documents may be given as text or as fingerprints made
 * earlier (corpus mode makes them in worker threads); no two documents are compared sentence
 * by sentence.
 */
export function pairDocuments(docs: readonly (PairingDocument | DocumentFingerprint)[], options: PairingOptions = {}): DocumentPairing {
  const fingerprints = docs.map((d) => ('pivot' in d ? d : fingerprintDocument(d, options)));
  const languageOf = new Map(fingerprints.map((f) => [f.id, primaryLanguage(f.language) ?? 'und']));
  const candidates = documentCandidates(fingerprints, { candidates: 8, ...options });
  const pairs = choosePairs(candidates, (id) => languageOf.get(id)!, options);
  return { pairs, ...relatedDocuments(fingerprints, options) };
}
