import { francAll } from 'franc';
import { assertString, words as wordsOf } from '@sejajar/text';
import { calibrate } from './calibration.js';
import { LANGUAGES, languageInfo } from './languages.js';
import { allowedLanguages } from './tags.js';
import { addWord, scriptModel, type ScriptModel } from './model.js';
import { CLOSE_GROUPS, decideGroup, groupEvidence, type CloseGroup } from './close-groups.js';
import { FRANC_SCRIPT_LANGUAGES, dominantScript, scriptCounts, scriptOf } from './script.js';

/** One possible language of a text. */
export interface Candidate {
  /** BCP 47 tag (`id`, `ms`, `en`, `zh`…). */
  readonly language: string;
  /** ISO 639-3 code (`ind`, `zsm`, `eng`, `cmn`…). */
  readonly iso6393: string;
  /** Calibrated probability in [0, 1]. */
  readonly confidence: number;
}

/** What {@link detect} says about a text. */
export interface Detection extends Candidate {
  /** The ranked alternatives, the answer first (at most five; empty for `und`). */
  readonly candidates: readonly Candidate[];
}

/** Options for {@link detect}. */
export interface DetectOptions {
  /**
   * Languages allowed, as BCP 47 tags or ISO 639-3 codes (`['id', 'ms', 'en']`). Default: every
   * language franc knows (see {@link supportedLanguages}). A smaller set is faster and surer.
   */
  only?: readonly string[] | undefined;
  /** Languages never to answer, as BCP 47 tags or ISO 639-3 codes. Default: none. */
  ignore?: readonly string[] | undefined;
  /** Below this confidence the answer is `und` (with confidence 0). Default: 0 (always answer). */
  minConfidence?: number | undefined;
}

/** The answer for text with no linguistic content, or when no allowed language fits. */
export const UNDETERMINED: Detection = Object.freeze({
  language: 'und',
  iso6393: 'und',
  confidence: 0,
  candidates: Object.freeze([]) as readonly Candidate[],
});

/** Most words looked at: enough to decide, and a long document costs no more than a page. */
const MAX_WORDS = 400;
/** Weight of a capitalised word inside a sentence (likely a name). */
const NAME_WEIGHT = 0.5;
/** Letters franc looks at (its own limit). */
const FRANC_MAX_LENGTH = 2048;
/**
 * A language we have no word list for starts this far (in nats) behind the best listed one: it
 * wins only where franc clearly prefers it.
 */
const UNLISTED_HANDICAP = 3;
/**
 * When the best listed language's list covers fewer of the words than this, the text may be in
 * a language we have no list for, and franc is asked about every candidate of the script.
 */
const COVERAGE_GATE = 0.5;
/** Weight of franc's normalised score (1 for its best, lower for others), in nats… */
const FRANC_WEIGHT = 40;
/** …reached from this many words on (franc is noise on a word or two). */
const FRANC_FULL_WEIGHT_WORDS = 20;
/** log P of a close group's evidence word as a word of the group's base language. */
const MARKER_SCORE = Math.log(0.75 / 40_000);
/** How far (in nats) a close-group member without the evidence ranks behind the winner. */
const GROUP_RUNNER_UP = 1;

const MOJIBAKE: Readonly<Record<string, string>> = { þ: 'ş', ð: 'ğ', ý: 'ı', Þ: 'Ş', Ð: 'Ğ', Ý: 'İ' };
/** Tokens that carry no language: URLs, e-mail addresses, @handles and #tags. */
const NOT_LANGUAGE = /^(?:[("'“‘<[]*)(?:https?:\/\/|www\.|[@#]\S)|^[^\s@]+@[^\s@]+\.[^\s@]+$/iu;
/** Characters looked at: the start of a long text says enough (words stop at MAX_WORDS). */
const MAX_CHARS = 20_000;

function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[’ʼ]/g, "'")
    .replace(/^'+|'+$/g, '');
}

/**
 * The words of `text` written in `script`, lowercased, without digits, each with its weight:
 * a capitalised word inside a sentence is likely a name, and says less about the language.
 */
function scriptWords(text: string, script: string): { words: string[]; weights: number[] } {
  const words: string[] = [];
  const weights: number[] = [];
  let previousEnd = -1;
  for (const { text: raw, start, end } of wordsOf(text)) {
    const gap = previousEnd < 0 ? '.' : text.slice(previousEnd, start);
    previousEnd = end;
    if (/\p{N}/u.test(raw)) continue;
    const first = raw.codePointAt(0)!;
    if (scriptOf(first) !== script) continue;
    const word = normaliseWord(raw);
    if (!word) continue;
    const name = /^\p{Lu}/u.test(raw) && !/[.!?:;"“«(]\s*$/u.test(gap);
    words.push(word);
    weights.push(name ? NAME_WEIGHT : 1);
    if (words.length >= MAX_WORDS) break;
  }
  return { words, weights };
}

function answer(ranked: ReadonlyArray<readonly [string, number]>, minConfidence: number): Detection {
  if (ranked.length === 0) return UNDETERMINED;
  const candidates = ranked.slice(0, 5).map(([code, p]) => {
    const info = languageInfo(code);
    return { language: info.language, iso6393: info.iso6393, confidence: p };
  });
  const top = candidates[0]!;
  if (top.confidence < minConfidence) return { ...UNDETERMINED, candidates };
  return { language: top.language, iso6393: top.iso6393, confidence: top.confidence, candidates };
}

/** Turn scores (log-likelihood-like, in nats) into ranked calibrated probabilities. */
function rank(scores: Map<string, number>, words: number): Array<readonly [string, number]> {
  const entries = [...scores].sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return [];
  const top = entries[0]![1];
  let total = 0;
  const weights = entries.map(([, s]) => {
    const w = Math.exp(s - top);
    total += w;
    return w;
  });
  const margin = entries.length > 1 ? top - entries[1]![1] : Infinity;
  const topConfidence = calibrate(margin, words);
  // The others share the rest in proportion to their likelihood.
  const restTotal = total - 1;
  return entries.map(([code], i) => [code, i === 0 ? topConfidence : restTotal > 0 ? ((1 - topConfidence) * weights[i]!) / restTotal : 0]);
}

/**
 * Detect the language of `text`.
 *
 * The script decides first: Han, kana, Hangul, Thai, Greek and the other one-language scripts
 * name their language outright. Within a shared script (Latin, Cyrillic, Arabic…) the words
 * decide: each language we have a word list for scores how likely the words are, listed or not
 * (a character model covers words off the list); franc's trigram distances weigh in when the
 * words look like none of the listed languages. Close pairs (Indonesian/Malay, English/Scots,
 * Spanish or Portuguese/Galician, Serbian/Croatian/Bosnian) are then settled by the words that
 * tell them apart.
 *
 * Text with no letters (empty, digits, punctuation, URLs) is `und` with confidence 0; so is text
 * whose only possible languages are excluded by `only`/`ignore`. Never throws for any string;
 * throws a `TypeError` when `text` is not a string and a `SejajarError` (`BAD_OPTION`) for an
 * unknown language in `only`/`ignore`.
 */
export function detect(text: string, options: DetectOptions = {}): Detection {
  assertString(text, 'detect: text');
  const allowed = allowedLanguages(options);
  const minConfidence = options.minConfidence ?? 0;
  const scored = scoreText(text, allowed);
  if (!scored) return UNDETERMINED;
  return answer(rank(scored.scores, scored.words), minConfidence);
}

/** Scores of the allowed languages for a text, or undefined when nothing decides. */
export function scoreText(input: string, allowed: (code: string) => boolean): { scores: Map<string, number>; words: number } | undefined {
  // Token by token, so that a 200,000-letter "word" costs one pass, not a backtracking search.
  let text = input.slice(0, MAX_CHARS).replace(/\S+/gu, (token) => (NOT_LANGUAGE.test(token) ? ' ' : token));
  // Turkish read with the wrong code page (Windows-1252 for 1254) has þ, ð and ý for ş, ğ and ı;
  // no language we know writes þ or ð, so their presence gives the mistake away.
  if (/[þðÞÐ]/u.test(text)) text = text.replace(/[þðýÞÐÝ]/gu, (ch) => MOJIBAKE[ch] ?? ch);
  const { script, letters } = dominantScript(scriptCounts(text));
  if (!script || letters === 0) return undefined;

  const shared = FRANC_SCRIPT_LANGUAGES.get(script);
  if (!shared) return singleScript(script, letters, allowed);

  const candidates = shared.filter(allowed);
  if (candidates.length === 0) return undefined;
  const { words, weights } = scriptWords(text, script);
  if (words.length === 0) return undefined;

  const model = scriptModel(script);
  const width = model ? model.codes.length : 0;
  const totals = new Float64Array(width);
  const hits = new Uint32Array(width);
  const markers = model ? groupMarkers(model) : undefined;
  if (model) words.forEach((word, i) => addWord(model, word, totals, hits, weights[i], markers));

  const scores = new Map<string, number>();
  // Members of close groups score as their group's base, less their lack of evidence.
  const grouped = new Map<string, CloseGroup>();
  for (const group of CLOSE_GROUPS) {
    const baseColumn = model?.column.get(group.base);
    if (baseColumn === undefined) continue;
    const evidence = groupEvidence(group, words);
    const decision = decideGroup(group, evidence, allowed);
    if (!decision) continue;
    const adjusted = (member: string): number => (evidence.get(member) ?? 0) - (member === group.base ? 0 : group.margin);
    const winner = adjusted(decision.member);
    for (const member of Object.keys(group.evidence)) {
      if (!candidates.includes(member)) continue;
      const behind = member === decision.member ? 0 : Math.min(-GROUP_RUNNER_UP, adjusted(member) - winner);
      const score = totals[baseColumn]! + behind;
      if (!scores.has(member) || score > scores.get(member)!) scores.set(member, score);
      if (!grouped.has(member)) grouped.set(member, group);
    }
  }
  let best: string | undefined;
  const unlisted: string[] = [];
  for (const code of candidates) {
    const column = model?.column.get(code);
    if (!scores.has(code)) {
      if (column === undefined) {
        unlisted.push(code);
        continue;
      }
      scores.set(code, totals[column]!);
    }
    if (best === undefined || scores.get(code)! > scores.get(best)!) best = code;
  }

  // Languages without a word list: only franc can speak for them. Ask it when the words are
  // mostly off the lists (so the text may be in one of them); an unlisted language then scores
  // as the best listed one, moved by franc's opinion of the two, less a handicap.
  if (unlisted.length > 0) {
    const bestColumn = best === undefined ? undefined : model!.column.get(grouped.get(best)?.base ?? best);
    const coverage = bestColumn === undefined ? 0 : hits[bestColumn]! / words.length;
    if (coverage < COVERAGE_GATE) {
      const franc = new Map(francAll(text.slice(0, FRANC_MAX_LENGTH), { only: candidates, minLength: 1 }).map(([code, s]) => [code, s]));
      const weight = (FRANC_WEIGHT * Math.min(words.length, FRANC_FULL_WEIGHT_WORDS)) / FRANC_FULL_WEIGHT_WORDS;
      const francOf = (code: string): number => franc.get(grouped.get(code)?.base ?? code) ?? 0;
      const reference = best === undefined ? 0 : scores.get(best)!;
      // The reference is the best listed answer itself (a close-group member keeps its own franc
      // score here: Scots text is compared with unlisted languages as Scots, not as English).
      const referenceFranc = best === undefined ? 1 : (franc.get(best) ?? francOf(best));
      for (const code of unlisted) {
        scores.set(code, reference + weight * (francOf(code) - referenceFranc) - UNLISTED_HANDICAP);
      }
    }
  }
  return { scores, words: words.length };
}

/**
 * The evidence words of every close group, as words of its base language: "universiti" or
 * "didnae" is then a known word of the group (scored like a word of middling rank), and the
 * group's evidence decides which member it belongs to.
 */
const markerCache = new WeakMap<ScriptModel, ReadonlyMap<string, readonly number[]>>();
function groupMarkers(model: ScriptModel): ReadonlyMap<string, readonly number[]> {
  let markers = markerCache.get(model);
  if (!markers) {
    const map = new Map<string, number[]>();
    for (const group of CLOSE_GROUPS) {
      const column = model.column.get(group.base);
      if (column === undefined) continue;
      for (const table of Object.values(group.evidence)) {
        for (const word of Object.keys(table)) {
          if (word.includes(' ')) continue;
          const entry = map.get(word) ?? [];
          if (!entry.includes(column)) entry.push(column, MARKER_SCORE);
          map.set(word, entry);
        }
      }
    }
    markers = map;
    markerCache.set(model, markers);
  }
  return markers;
}

/** Scripts written by one language: the script decides, the letters count says how surely. */
function singleScript(script: string, letters: number, allowed: (code: string) => boolean): { scores: Map<string, number>; words: number } | undefined {
  let code = script;
  // Han without kana is Chinese, unless only Japanese is allowed (kanji-only Japanese).
  if (code === 'cmn' && !allowed('cmn') && allowed('jpn')) code = 'jpn';
  if (!LANGUAGES.has(code) || !allowed(code)) return undefined;
  const scores = new Map([[code, 0]]);
  // Han alone could still be Japanese written in kanji only.
  if (code === 'cmn' && allowed('jpn')) scores.set('jpn', -3);
  return { scores, words: Math.max(1, Math.round(letters / 2)) };
}
