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
 * Adding a pair is adding a group here: no other code changes. The word lists are ours.
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

/** Weights: a word only this member uses, a strong preference, a hint. */
const ONLY = 3;
const STRONG = 1.5;
const HINT = 0.75;

function weigh(spec: Record<number, string>): Record<string, number> {
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

/** Indonesian (`ind`) and Malay (`zlm`, reported as `ms`/`zsm`). */
const INDONESIAN_MALAY: CloseGroup = {
  base: 'ind',
  margin: 1,
  evidence: {
    ind: weigh({
      [ONLY]: `karena, bahwa, senin, kamis, jumat, agustus, desember, maret, universitas, persen, uang,
        rumah sakit, kantor, kepolisian, kemarin, mobil, televisi, kecelakaan, tentara, eropa, jepang,
        prancis, perancis, inggris, serikat, miliar, triliun, mengonfirmasi, mengkonfirmasi,
        tersangka, terdakwa, nasehat, nggak, gak, enggak, banget, aja, udah, gimana, dong, sih, lho, deh,
        kualitas, aktivitas, komunitas, identitas, realitas, kapasitas, fasilitas, prioritas, mayoritas,
        minoritas, integritas, otoritas, stabilitas, produktivitas, kreativitas, proyek, karyawan, pabrik,
        truk, bandara, bandar udara, obat, dokter, sepeda, provinsi, kabupaten, kecamatan, kelurahan, dpr,
        dprd, mpr, kpk, tni, polri, wib, wita, pilkada, pemilu, pilpres, partai, keuangan, kesehatan,
        pariwisata, olahraga, sebagian, ekspor, koran, kendaraan, pengacara, narkoba, sopir, supir, bupati,
        walikota, wali kota, camat, lurah, gubernur, kapolri, kapolda, kapolres, kapolsek, pemda, pemkot, pemkab,
        diperkirakan, menyebutkan, menuturkan, paparnya, ujarnya, tuturnya`,
      [STRONG]: `saja, yaitu, yakni, pemerintah, besok, taksi, telepon, internasional, menemukan,
        mengungkapkan, menyelidiki, badai, coba, mencoba, paham, pikir, berpikir, pikiran, mau, bisa, ujar,
        ungkap, tutur, kegiatan, toko, kamar, laki-laki, pria, bagian, penjualan, rekan,
        periode, dukungan, pengelolaan, polisi, korban, investasi, gratis, bilang, kok, kayak, juni, juli,
        pengadilan, dll, kejahatan, selama ini`,
      [HINT]: `setelah, sesudah, perusahaan, kota, biaya, sedangkan, berhasil, jakarta,
        tersebut, merupakan, mengatakan, namun, agar, kamu, menurut, nasional, pesawat, setempat,
        cuma, indonesia, rupiah, lalu, sejumlah, pihaknya, terkait, sekitar, sebesar`,
    }),
    zlm: weigh({
      [ONLY]: `kerana, bahawa, isnin, khamis, jumaat, ogos, disember, julai, universiti, sahaja, iaitu, peratus,
        esok, selepas, teksi, telefon, televisyen, percuma, kemalangan, tentera, eropah, jepun, inggeris,
        syarikat, antarabangsa, bilion, mendedahkan, menyiasat, siasatan, faham, fikir,
        fikiran, berbanding, berikutan, susulan, manakala, justeru, sebarang, pelbagai, projek, kualiti,
        aktiviti, komuniti, identiti, realiti, kapasiti, fasiliti, prioriti, majoriti, minoriti, integriti,
        kakitangan, jawatan, jawatankuasa, mesyuarat, setiausaha, pengerusi, lori, kapal terbang,
        lapangan terbang, ubat, doktor, tandas, basikal, dimaklumkan, maklumat, menerusi, dijangkakan,
        membolehkan, kesihatan, kewangan, perniagaan, perkhidmatan, pertubuhan, pelancongan, sukan,
        sebahagian, akhbar, serantau, parti, parlimen, kenderaan, bomba, jenayah, tertuduh, peguam, dadah,
        kemas kini, gabenor, mahu, hendaklah, ringgit, kuala lumpur, selangor, johor, sabah, sarawak,
        pulau pinang, kelantan, terengganu, pahang, kedah, melaka, negeri sembilan, putrajaya,
        polis diraja, umno, kastam, kes, kerjaya`,
      [STRONG]: `wang, hospital, polis, cuba, mangsa, kerajaan, berjaya, mendapati,
        mengesahkan, suspek, ribut, nasihat, awak, bagaimanapun, tiada, memberitahu, diberitahu, dijangka,
        tempatan, sokongan, bahagian, baharu, faedah, eksport, pelaburan, pelabur, dagangan, rakan, tempoh,
        majlis, wad, saman, kedai, kilang, bilik, beg, askar, nak, mengikut, sekiranya,
        pasaran`,
      [HINT]: `kereta, semasa, malaysia, semalam, kanak-kanak, boleh, pejabat, ialah, daripada, kenyataan,
        kerjasama, jabatan, lelaki, ramai, pegawai, negeri,
        pemandu, kos, lebih kurang, macam, tak, beliau, hendak, apabila, jualan, pengurusan, walau, oleh itu`,
    }),
  },
  patterns: [['ind', /^(?:di|ke|se)?[a-z]{3,}itas(?:nya)?$/, ONLY]],
};

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

/** Evidence each member of `group` has in `words` (lowercase, in order). */
export function groupEvidence(group: CloseGroup, words: readonly string[]): Map<string, number> {
  const evidence = new Map<string, number>(Object.keys(group.evidence).map((member) => [member, 0]));
  const add = (member: string, weight: number): void => {
    evidence.set(member, (evidence.get(member) ?? 0) + weight);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : undefined;
    for (const [member, table] of Object.entries(group.evidence)) {
      const single = table[word];
      if (single !== undefined) add(member, single);
      if (pair !== undefined) {
        const double = table[pair];
        if (double !== undefined) add(member, double);
      }
    }
    for (const [member, pattern, weight] of group.patterns ?? []) if (pattern.test(word)) add(member, weight);
  }
  return evidence;
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
