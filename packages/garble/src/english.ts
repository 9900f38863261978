// Closed-class English words, written for this project. A spinner's thesaurus swaps content
// words; these are never scored as substitutions themselves nor proposed as originals, and
// they are left out of a word's embedding context.
const closedClass = `a about above across after again against all almost along already also although always am among an and
another any anybody anyone anything are around as at be because been before being below beneath beside besides between
beyond both but by can cannot could did do does doing done down during each either else enough even ever every
everybody everyone everything few for from further had has have having he her here hers herself him himself his how
however i if in including inside into is it its itself just least less many may me might mine more most much must my
myself near neither never no nobody none nor not nothing now of off on once one only onto or other others otherwise our
ours ourselves out over own per perhaps quite rather same several shall she should since so some somebody someone
something such than that the their theirs them themselves then there these they this those though through throughout
thus till to too toward towards under unless until up upon us very via was we well were what whatever when whenever
where whereas wherever whether which while who whoever whole whom whose why will with within without would yet you
your yours yourself yourselves mr mrs ms dr`;

/** Lower-case closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries). */
export const functionWords: ReadonlySet<string> = new Set(closedClass.split(/\s+/));

/** Negative contractions that exist: the part before "n't" ("don" in "don't", "won" in "won't", "can" in "can't"). */
export const contractionBases: ReadonlySet<string> = new Set(
  'do does did is are was were have has had wo would could should ca must need ai sha might dare ought'.split(' ').map((w) => w + 'n'),
);
