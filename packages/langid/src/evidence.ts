/**
 * What a close group is made of (see close-groups.ts): evidence words with weights, and the
 * helper that reads the hand-written lists.
 */
export interface CloseGroup {
  /** franc code of the language whose word model scores the group (it needs a word list). */
  readonly base: string;
  /** Evidence per member (the base included): word or two-word phrase → weight. */
  readonly evidence: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Spelling patterns, tested on each word: [member, pattern, weight]. */
  readonly patterns?: ReadonlyArray<readonly [string, RegExp, number]> | undefined;
  /** How far a non-base member's evidence must lead to win. */
  readonly margin: number;
}

/** A word only this member uses (roughly a log-odds). */
export const ONLY = 3;
/** A strong preference. */
export const STRONG = 1.5;
/** A hint. */
export const HINT = 0.75;

/**
 * Word lists by weight (`{ [ONLY]: 'a, b, c' }`, commas or line breaks between entries) → word or
 * two-word phrase → weight. A word listed under two weights keeps the later one.
 */
export function weigh(spec: Record<number, string>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [weight, words] of Object.entries(spec)) {
    for (const word of words
      .split(/\s*,\s*|\n/)
      .map((w) => w.trim())
      .filter(Boolean))
      result[word] = Number(weight);
  }
  return result;
}
