import { describe, expect, test } from '@jest/globals';
import { detectGarble } from '../src/index.js';
import type { Finding, GarbleReason } from '../src/findings.js';
import { documentEvidence, documentScore, type ScoredFindings } from '../src/score.js';

/** A clean science report we wrote: rare and technical words, each with a thesaurus neighbour. */
const science = [
  'Researchers at the university said on Tuesday that a new enzyme found in soil bacteria can break down polyethylene within weeks.',
  'The enzyme binds to the surface of the plastic and cuts its long carbon chains into fragments that the microbes then digest.',
  'In laboratory tests, films of polyethylene lost a fifth of their weight after four weeks at room temperature, the team said.',
  'The scientists sequenced the genome of the bacterium and identified the gene that codes for the protein.',
  'They then inserted the gene into a common laboratory strain, which began to degrade the plastic as well.',
  'Polyethylene is the most widely produced plastic and accounts for much of the waste that ends up in landfills and oceans.',
  'Other groups have reported enzymes that digest polyester bottles, but polyethylene has long resisted biological attack.',
  'The team said it would now test whether the enzyme works at the higher temperatures used in industrial recycling plants.',
  'The study was published in the journal Nature Catalysis and was funded by the national science foundation.',
  'Independent experts said the results were promising but cautioned that scaling up the process could take years.',
].join(' ');

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const REASONS: GarbleReason[] = ['sense-misfit', 'phrase-swap', 'broken-contraction', 'fixed-name', 'variant-spelling', 'attribution'];

/** A made-up document: findings of random reasons and confidences over a text of two-letter words. */
function document(next: () => number): ScoredFindings {
  const text = Array.from({ length: 120 }, () => 'ab').join(' ');
  const findings: Finding[] = Array.from({ length: 40 }, (_, i) => ({
    start: 3 * i,
    end: next() < 0.2 ? 3 * i + 5 : 3 * i + 2,
    reason: REASONS[Math.floor(next() * REASONS.length)]!,
    confidence: next(),
  }));
  return { findings, contentWords: 30 + Math.floor(next() * 200), text };
}

const score = (doc: ScoredFindings): number => documentScore(documentEvidence(doc));

describe('the document score', () => {
  test('is monotone in evidence: a finding grown more confident, or one more finding, never lowers it', () => {
    const next = random(5);
    for (let trial = 0; trial < 200; trial++) {
      const doc = document(next);
      const before = score(doc);
      expect(before).toBeGreaterThanOrEqual(0);
      expect(before).toBeLessThanOrEqual(1);
      const at = Math.floor(next() * doc.findings.length);
      const surer = doc.findings.map((f, i) => (i === at ? { ...f, confidence: f.confidence + (1 - f.confidence) * next() } : f));
      expect(score({ ...doc, findings: surer })).toBeGreaterThanOrEqual(before);
      const added = { start: 0, end: 2, reason: REASONS[Math.floor(next() * REASONS.length)]!, confidence: 0.5 + 0.5 * next() };
      expect(score({ ...doc, findings: [...doc.findings, added] })).toBeGreaterThanOrEqual(before);
    }
  });

  test('is 0 without findings and reaches 0.5 at the fitted midpoint', () => {
    expect(documentScore({ mass: 0, contentWords: 100, weak: 10, strong: 0 })).toBe(0);
    expect(documentScore({ mass: 0.013 * 100, contentWords: 100, weak: 0, strong: 0 }, { weakWeight: 0, midpoint: 0.013, strongWeight: 0 })).toBeCloseTo(
      0.5,
      10,
    );
  });

  test('strong findings (language-model backed) add up, but a lone one adds nothing', () => {
    const text = Array.from({ length: 200 }, () => 'ab').join(' ');
    const misfit = (i: number, lmGain: number): Finding => ({ start: 3 * i, end: 3 * i + 2, reason: 'sense-misfit', confidence: 0.6, lmGain });
    const fit = { weakWeight: 16, midpoint: 0.003, strongWeight: 0.5 };
    const scoreOf = (findings: Finding[]): number => documentScore(documentEvidence({ findings, contentWords: 200, text }), fit);
    const weak = [misfit(0, 0), misfit(1, 0), misfit(2, 0)];
    const strong = [misfit(0, 3), misfit(1, 3), misfit(2, 3)];
    expect(documentEvidence({ findings: strong, contentWords: 200, text }).strong).toBe(3);
    expect(scoreOf([misfit(0, 3)])).toBeCloseTo(scoreOf([misfit(0, 0)]), 10);
    expect(scoreOf(strong)).toBeGreaterThan(scoreOf(weak) + 0.2);
  });

  test('a clean report full of rare technical words stays clean', () => {
    const report = detectGarble(science, { language: 'en' });
    expect(report.verdict).toBe('clean');
    expect(report.score).toBeLessThan(0.45);
  });

  test('a near-certain substitution in that report raises its score', () => {
    const plain = science.replace('The team said it would now test', 'The team said it won’t stop and would now test');
    const spun = science.replace('The team said it would now test', 'The team said it received’t stop and would now test');
    const before = detectGarble(plain, { language: 'en' }).score;
    const after = detectGarble(spun, { language: 'en', minConfidence: 0.5 });
    expect(after.spans.some((s) => s.reason === 'broken-contraction')).toBe(true);
    expect(after.score).toBeGreaterThan(before + 0.1);
  });
});
