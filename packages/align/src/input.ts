// The input of an alignment: the options checked and each side's sentences, split from a text or
// given (and then checked, since links and output spans are cut with their offsets).
import { SejajarError, assertSentences, splitSentences, type Sentence } from '@sejajar/text';
import type { AlignOptions } from './align.js';

const DEFAULT_THRESHOLD = 0.2;

/**
 * A side's sentences: the text split, or the given sentences once their offsets are checked
 * (links and output spans are cut with them). A JavaScript caller gets a `TypeError` for
 * anything but a string or an array of sentences.
 */
function sentencesOf(input: string | readonly Sentence[], language: string | undefined, side: string): Sentence[] {
  if (typeof input === 'string') return splitSentences(input, { language });
  assertSentences(input, `alignSentences: ${side}`);
  return [...input];
}

/** Validated options and the sentences of both sides. */
export function prepareInputs(source: string | readonly Sentence[], target: string | readonly Sentence[], options: AlignOptions) {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new SejajarError('BAD_OPTION', `alignSentences: threshold must be between 0 and 1, got ${threshold}`);
  return {
    threshold,
    sourceSentences: sentencesOf(source, options.sourceLanguage, 'source'),
    targetSentences: sentencesOf(target, options.targetLanguage, 'target'),
  };
}
