/**
 * Close pairs: languages so alike that character statistics cannot tell them apart (franc calls
 * 41% of Indonesian sentences Malay and one English sentence in eight Scots). Each group has a
 * base language, whose word model scores the text for the whole group, and members decided by
 * evidence: words and spellings that one member uses and the others do not, each with a weight
 * (roughly a log-odds: 3 for a word only one member uses, 1–2 for a strong preference, below 1
 * for a hint). A member other than the base wins only when its evidence beats every other
 * member's by `margin`; without evidence the base stands. So English news, full of "of", "from"
 * and "would", can never come out Scots, and Malay stays possible without stealing Indonesian.
 *
 * Adding a pair is adding a group here: no other code changes. The word lists are ours
 * (Indonesian and Malay, the largest, in malay-indonesian.ts).
 */
import { type CloseGroup, HINT, ONLY, STRONG, weigh } from './evidence.js';
import { INDONESIAN_MALAY } from './malay-indonesian.js';

export type { CloseGroup } from './evidence.js';

/** English (`eng`) and Scots (`sco`). */
const ENGLISH_SCOTS: CloseGroup = {
  base: 'eng',
  margin: 1,
  evidence: {
    eng: weigh({
      [STRONG]: `of, with, from, about, out, house, down, now, what, who, after, over, night, right, two,
        more, other, have, has, was, when, where, many, our, good, also, which, their, would, could, should,
        been, were, its, said, into, onto, until, against, one, does, doesn't, can't, didn't, isn't, wasn't,
        don't, won't, know, small, church, old, long, own, go, going, not, and`,
      [HINT]: `to, the, a, is, are, it, he, she, they, this, that, for, on, by, at, as, an, or, but, if`,
    }),
    sco: weigh({
      [ONLY]: `tae, frae, fae, aboot, oot, hoose, doon, whit, efter, nicht, richt, cannae, didnae, isnae,
        wisnae, dinnae, wouldnae, couldnae, shouldnae, hasnae, havnae, willnae, winnae, wasnae, bairn,
        bairns, awa, twa, mair, ither, gaun, hae, haes, whan, whaur, muckle, thon, thir, yersel, masel,
        hissel, heid, braw, dreich, glaikit, intae, ontae, guid, gude, abune, ahint, atween, aiblins, ayont,
        leid, forby, anither, unner, puir, verra, awfy, mony, cuid, wad, shuid, aw, gied, gaed, ane, lang,
        auld, sae, nae`,
      [STRONG]: `wi, noo, wha, ower, wis, wes, lassie, laddie, gae, oor, een, agin, gey, furst, yin, o`,
      [HINT]: `wee, aye, ken, kirk, ye, yer, tha, gin, gang, hou, til, bonnie, sic, greet, scots, an`,
    }),
  },
};

/** Spanish (`spa`) and Galician (`glg`). */
const SPANISH_GALICIAN: CloseGroup = {
  base: 'spa',
  margin: 1,
  evidence: {
    spa: weigh({
      [ONLY]: `muy, también, hay, cuando, hacer, tienen, nuestro, nuestra, una, unas, mucho, mucha, muchos,
        ciudad, pueblo, después, entonces, mejor, hasta, año, años, ese, esa, eso, ellos, ellas`,
      [STRONG]: `y, el, la, los, las, del, ya, ahora, desde, es, más, al, lo, le, gente, hace, va, nada`,
    }),
    glg: weigh({
      [ONLY]: `unha, unhas, moi, tamén, xa, xunto, xente, cando, dende, facer, teñen, noso, nosa, nosos, nosas,
        moito, moita, moitos, moitas, entón, despois, mellor, xeral, igrexa, concello, veciños, xunta, máis,
        pola, polas, coa, coas, ningunha, algunha, calquera, deste, desta, neste, nesta, nun, nunha, ó, ós`,
      [STRONG]: `non, ao, aos, ás, hai, é, ou, polo, polos, nas, galego, galega, galicia, agora, fai, ela, eles`,
      [HINT]: `os, e, do, na, co, cos`,
    }),
  },
};

/** Portuguese (`por`) and Galician (`glg`). */
const PORTUGUESE_GALICIAN: CloseGroup = {
  base: 'por',
  margin: 1,
  evidence: {
    por: weigh({
      [ONLY]: `não, uma, umas, muito, muita, muitos, muitas, também, você, vocês, têm, nosso, nossa, nossos,
        nossas, melhor, depois, então, cidade, ano, anos, pelo, pela, pelos, pelas, lhe, lhes, ainda`,
      [STRONG]: `já, quando, tem, sempre, mais, num, numa, dele, dela`,
    }),
    glg: weigh({
      [ONLY]: `unha, unhas, moi, tamén, xa, xunto, xente, cando, dende, facer, teñen, noso, nosa, nosos, nosas,
        moito, moita, moitos, moitas, entón, despois, mellor, xeral, igrexa, concello, veciños, xunta, máis,
        pola, polas, polo, polos, ningunha, algunha, nunha, nun, ó, ós, lle, lles, aínda`,
      [STRONG]: `non, hai, galego, galega, galicia, fai, el, coa, coas, ten`,
    }),
  },
  patterns: [
    ['por', /(?:ção|ções|ã|õ)/, ONLY],
    ['glg', /(?:ción|cións|ñ)/, ONLY],
  ],
};

/** Serbian (`srp`), Croatian (`hrv`) and Bosnian (`bos`), in Latin script. */
const SERBO_CROATIAN: CloseGroup = {
  base: 'srp',
  margin: 1,
  evidence: {
    srp: weigh({
      [ONLY]: `hleb, voz, pozorište, vazduh, istorija, takođe, vreme, vremena, reka, lepo, lep, dete, deca,
        mleko, belo, beli, pesma, mesto, mesta, gde, ovde, posle, pre, reč, reči, cena, ceo, celo, dve, videti,
        hteo, htela, verovatno, uvek, rešenje, nedelja, nedelje, srbija, srbije, beograd, opština, opštine,
        uslov, uslovi, kancelarija, tačno, svet, sveta, sveto, večeras, veoma, negde, nešto`,
      [STRONG]: `šta, univerzitet, hiljada, hiljade, kafa, nauka, juče, avgust, septembar, oktobar, novembar,
        decembar, januar, februar, mart, muzika`,
    }),
    hrv: weigh({
      [ONLY]: `tko, kruh, tjedan, tjedna, tjedno, sveučilište, sveučilišta, zrakoplov, vlak, glazba, kazalište,
        tisuća, tisuće, obitelj, obitelji, siječnja, veljače, ožujka, travnja, svibnja, lipnja, srpnja,
        kolovoza, rujna, listopada, studenoga, studenog, prosinca, povijest, znanost, točno, točka, tijekom,
        sudjelovati, uvjet, uvjeti, hrvatska, hrvatske, hrvatskoj, zagreb, zagreba, izvješće, izvješća,
        ravnatelj, općenito, vrijeme, vremena, rijeka, lijepo, dijete, mlijeko, bijelo, pjesma, mjesto,
        gdje, ovdje, poslije, prije, riječ, cijena, cijelo, dvije, vidjeti, htio, uvijek, rješenje, svijet, svijeta`,
      [STRONG]: `također, općina, općine, zrak, ured, jučer, kava, nedjelja, nedjelje, što`,
    }),
    bos: weigh({
      [ONLY]: `historija, historije, kahva, hljeb, lahko, mehko, bošnjak, bošnjaci, bošnjačke, sarajevo,
        sarajeva, bosna, bosne, bosni, hercegovina, hercegovine, sedmica, sedmice, općina, općine, juni, juli`,
      [STRONG]: `hiljada, hiljade, univerzitet, također, vrijeme, rijeka, lijepo, dijete, mjesto, gdje, ovdje,
        poslije, prije, riječ, svijet, uvijek, januar, februar, mart, august, septembar, oktobar, novembar,
        decembar, šta, nauka, porodica`,
    }),
  },
};

/** Every close group, in the order they are tried. */
export const CLOSE_GROUPS: readonly CloseGroup[] = [INDONESIAN_MALAY, ENGLISH_SCOTS, SPANISH_GALICIAN, PORTUGUESE_GALICIAN, SERBO_CROATIAN];

/**
 * A group's evidence indexed for reading text: each word or phrase → its weight per member (in
 * the order of `members`), and the words a listed phrase starts with, so that a phrase is only
 * built and looked up after a word that can begin one. Made once per group.
 */
interface GroupIndex {
  readonly members: readonly string[];
  readonly weights: ReadonlyMap<string, Float64Array>;
  readonly phraseStarts: ReadonlySet<string>;
  readonly patterns: ReadonlyArray<readonly [member: number, pattern: RegExp, weight: number]>;
}

const indexes = new WeakMap<CloseGroup, GroupIndex>();

function indexOf(group: CloseGroup): GroupIndex {
  const known = indexes.get(group);
  if (known !== undefined) return known;
  const members = Object.keys(group.evidence);
  const weights = new Map<string, Float64Array>();
  const phraseStarts = new Set<string>();
  members.forEach((member, k) => {
    for (const [entry, weight] of Object.entries(group.evidence[member]!)) {
      let row = weights.get(entry);
      if (row === undefined) weights.set(entry, (row = new Float64Array(members.length)));
      row[k] = weight;
      const space = entry.indexOf(' ');
      if (space > 0) phraseStarts.add(entry.slice(0, space));
    }
  });
  const patterns = (group.patterns ?? []).map(([member, pattern, weight]) => {
    const k = members.indexOf(member);
    if (k < 0) throw new Error(`close group ${group.base}: pattern for ${member}, which has no evidence table`);
    return [k, pattern, weight] as const;
  });
  const index = { members, weights, phraseStarts, patterns };
  indexes.set(group, index);
  return index;
}

/** Evidence each member of `group` has in `words` (lowercase, in order). */
export function groupEvidence(group: CloseGroup, words: readonly string[]): Map<string, number> {
  const { members, weights, phraseStarts, patterns } = indexOf(group);
  const totals = new Float64Array(members.length);
  const add = (row: Float64Array | undefined): void => {
    if (row !== undefined) for (let k = 0; k < row.length; k++) totals[k]! += row[k]!;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    add(weights.get(word));
    if (i + 1 < words.length && phraseStarts.has(word)) add(weights.get(`${word} ${words[i + 1]}`));
    for (const [k, pattern, weight] of patterns) if (pattern.test(word)) totals[k]! += weight;
  }
  return new Map(members.map((member, k) => [member, totals[k]!]));
}

/**
 * The member `words` point to and by how much: a non-base member must lead every other by the
 * group's margin; otherwise the base stands. `lead` is the winner's evidence minus the best
 * other member's (negative when the base stands without evidence of its own).
 */
export function decideGroup(
  group: CloseGroup,
  evidence: ReadonlyMap<string, number>,
  allowed: (code: string) => boolean,
): { member: string; lead: number } | undefined {
  const members = [...evidence.keys()].filter(allowed);
  if (members.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const member of members) {
    const score = (evidence.get(member) ?? 0) - (member === group.base ? 0 : group.margin);
    if (score > bestScore) {
      bestScore = score;
      best = member;
    }
  }
  const winner = best!;
  let other = -Infinity;
  for (const member of members) if (member !== winner) other = Math.max(other, evidence.get(member) ?? 0);
  const lead = (evidence.get(winner) ?? 0) - (other === -Infinity ? 0 : other);
  return { member: winner, lead };
}
