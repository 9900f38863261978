// English irregular inflections, written for this project from standard grammar references.
// Regular forms are produced by rules in morphology.ts; only the exceptions live here.

/** Irregular verbs: base, past tense, past participle. */
const verbs = `arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become
|begin began begun|bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown
|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built
|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen
|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug
|do did done|draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen
|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown
|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten
|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground
|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held
|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant
|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit
|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome
|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put
|quit quit quit|read read read|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said
|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed
|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk
|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|speak spoke spoken|speed sped sped|spend spent spent
|spin spun spun|spit spat spat|split split split|spread spread spread|spring sprang sprung|stand stood stood
|steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|strike struck struck|strive strove striven
|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught
|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden
|undergo underwent undergone|understand understood understood|undertake undertook undertaken|uphold upheld upheld
|upset upset upset|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound
|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written`;

/** Irregular noun plurals: singular, plural. */
const nouns = `man men|woman women|child children|person people|foot feet|tooth teeth|mouse mice|goose geese
|crisis crises|analysis analyses|thesis theses|basis bases|phenomenon phenomena|criterion criteria|medium media
|datum data|life lives|wife wives|knife knives|leaf leaves|half halves|self selves|thief thieves|wolf wolves
|shelf shelves|ox oxen|sheep sheep|fish fish|deer deer|series series|species species|aircraft aircraft`;

function table(source: string): string[][] {
  return source.split('|').map((entry) => entry.trim().split(' '));
}

/** Base form → [past, participle]. */
export const irregularVerbs: ReadonlyMap<string, readonly [string, string]> = new Map(
  table(verbs).map(([base, past, participle]) => [base!, [past!, participle!] as const]),
);
/** Past or participle form → base forms. */
export const irregularVerbBases: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [base, [past, participle]] of irregularVerbs) {
    for (const form of new Set([past, participle])) map.set(form, [...(map.get(form) ?? []), base]);
  }
  return map;
})();
/** Singular → plural. */
export const irregularPlurals: ReadonlyMap<string, string> = new Map(table(nouns).map(([one, many]) => [one!, many!]));
/** Plural → singular. */
export const irregularSingulars: ReadonlyMap<string, string> = new Map(table(nouns).map(([one, many]) => [many!, one!]));
