import { English } from 'sentence-splitter/lang';
import { primaryLanguage } from './language.js';

/**
 * What a full stop after a word means depends on the word. Three kinds matter:
 * - `prepositive`: titles that stand before a name ("Mr. Kim", "Bpk. Ahmad"); never end a sentence;
 * - `abbreviations`: shortened words that may end a sentence ("etc.", "dll.") but not before a number
 *   ("Oct. 21", "No. 5", "tgl. 5");
 * - `starters`: words that, capitalised after an ambiguous abbreviation or initial ("U.S.", "M."),
 *   show that a new sentence has begun.
 * Keys are lower-cased and without the final full stop.
 */
export interface AbbreviationTable {
  readonly prepositive: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
}

const key = (abbr: string): string => abbr.toLowerCase().replace(/\.$/, '');

// English comes from sentence-splitter's own tables (MIT), plus a few news staples it lacks.
const englishPrepositive = [...English.PREPOSITIVE_ABBREVIATIONS, 'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Fr.', 'Hon.'];
const englishAbbreviations = [...English.ABBREVIATIONS, 'a.m.', 'p.m.', 'approx.', 'cf.', 'e.g.', 'i.e.', 'vs.', 'U.K.', 'U.N.', 'E.U.'];
// biome-ignore format: a word list, packed
const englishStarters = [
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'his', 'her', 'its', 'their', 'our', 'in', 'on', 'at', 'but', 'and', 'so', 'yet', 'however', 'meanwhile',
  'after', 'before', 'when', 'while', 'if', 'as', 'for', 'last', 'earlier', 'later', 'also',
];

// Indonesian and Malay: written by us from common usage in news and official writing.
// biome-ignore format: a word list, packed
const malayPrepositive = [
  'Bpk.', 'Bp.', 'Jl.', 'Jln.', 'Sdr.', 'Sdri.', 'Yth.', 'Ir.', 'Drs.', 'Dra.', 'Hj.', 'Kol.', 'Letjen.',
  'Mayjen.', 'Brigjen.', 'Kapt.', 'Prof.', 'Dr.', 'Kab.', 'Kec.', 'Kel.', 'Kp.', 'Ds.', 'Tn.', 'Ny.',
];
// biome-ignore format: a word list, packed
const malayAbbreviations = [
  'dll.', 'dsb.', 'dkk.', 'dst.', 'tgl.', 'No.', 'hlm.', 'hal.', 'a.n.', 'u.p.', 's.d.', 'spt.', 'thn.', 'th.',
  'kg.', 'km.', 'Rp.', 'RM.', 'sbg.', 'ttg.', 'pkl.',
];
// biome-ignore format: a word list, packed
const malayStarters = [
  'ia', 'dia', 'mereka', 'kami', 'kita', 'ini', 'itu', 'namun', 'tetapi', 'tapi', 'dalam', 'pada', 'di', 'sementara',
  'menurut', 'hal', 'sebelumnya', 'selain', 'saat', 'ketika', 'sejak', 'kemudian', 'selanjutnya', 'adapun', 'untuk',
];

function table(prepositive: string[], abbreviations: string[], starters: string[]): AbbreviationTable {
  return {
    prepositive: new Set(prepositive.map(key)),
    abbreviations: new Set(abbreviations.map(key)),
    starters: new Set(starters),
  };
}

const tables: Record<string, AbbreviationTable> = {
  en: table(englishPrepositive, englishAbbreviations, englishStarters),
  id: table(malayPrepositive, malayAbbreviations, malayStarters),
  ms: table(malayPrepositive, malayAbbreviations, malayStarters),
};

// Text of unknown language gets every table: a missed split costs less than a false one.
const union = table([...englishPrepositive, ...malayPrepositive], [...englishAbbreviations, ...malayAbbreviations], [...englishStarters, ...malayStarters]);

/** The abbreviation table for a BCP 47 language tag (its primary subtag); unknown or absent → all tables merged. */
export function abbreviationTable(language?: string): AbbreviationTable {
  const primary = primaryLanguage(language);
  return (primary !== undefined && tables[primary]) || union;
}
