import { primaryLanguage } from '@sejajar/text';

/**
 * The languages sejajar can name: every language franc 6 knows (186 rows of its table, 178
 * distinct ISO 639-3 codes), each with its BCP 47 tag (the ISO 639-1 code where one exists,
 * else the ISO 639-3 code, which BCP 47 accepts as is) and its English name.
 */
export interface LanguageInfo {
  /** BCP 47 tag: `id`, `ms`, `en`, `zh`, `ceb`… */
  readonly language: string;
  /** ISO 639-3 code: `ind`, `zsm`, `eng`, `cmn`, `ceb`… */
  readonly iso6393: string;
  /** English name. */
  readonly name: string;
}

// [franc's code, BCP 47 tag, name]. franc names Standard Malay `zlm` (the individual language
// "Malay"); we report the ISO 639-3 code of Standard Malay, `zsm`, and accept both on input.
const TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ['cmn', 'zh', 'Mandarin Chinese'],
  ['spa', 'es', 'Spanish'],
  ['eng', 'en', 'English'],
  ['rus', 'ru', 'Russian'],
  ['arb', 'ar', 'Standard Arabic'],
  ['ben', 'bn', 'Bengali'],
  ['hin', 'hi', 'Hindi'],
  ['por', 'pt', 'Portuguese'],
  ['ind', 'id', 'Indonesian'],
  ['jpn', 'ja', 'Japanese'],
  ['fra', 'fr', 'French'],
  ['deu', 'de', 'German'],
  ['jav', 'jv', 'Javanese'],
  ['kor', 'ko', 'Korean'],
  ['tel', 'te', 'Telugu'],
  ['vie', 'vi', 'Vietnamese'],
  ['mar', 'mr', 'Marathi'],
  ['ita', 'it', 'Italian'],
  ['tam', 'ta', 'Tamil'],
  ['tur', 'tr', 'Turkish'],
  ['urd', 'ur', 'Urdu'],
  ['guj', 'gu', 'Gujarati'],
  ['pol', 'pl', 'Polish'],
  ['ukr', 'uk', 'Ukrainian'],
  ['kan', 'kn', 'Kannada'],
  ['mai', 'mai', 'Maithili'],
  ['mal', 'ml', 'Malayalam'],
  ['pes', 'fa', 'Iranian Persian'],
  ['mya', 'my', 'Burmese'],
  ['swh', 'sw', 'Swahili'],
  ['sun', 'su', 'Sundanese'],
  ['ron', 'ro', 'Romanian'],
  ['pan', 'pa', 'Panjabi'],
  ['bho', 'bho', 'Bhojpuri'],
  ['amh', 'am', 'Amharic'],
  ['hau', 'ha', 'Hausa'],
  ['fuv', 'fuv', 'Nigerian Fulfulde'],
  ['bos', 'bs', 'Bosnian'],
  ['hrv', 'hr', 'Croatian'],
  ['nld', 'nl', 'Dutch'],
  ['srp', 'sr', 'Serbian'],
  ['tha', 'th', 'Thai'],
  ['ckb', 'ckb', 'Central Kurdish'],
  ['yor', 'yo', 'Yoruba'],
  ['uzn', 'uz', 'Northern Uzbek'],
  ['zlm', 'ms', 'Malay'],
  ['ibo', 'ig', 'Igbo'],
  ['npi', 'ne', 'Nepali'],
  ['ceb', 'ceb', 'Cebuano'],
  ['skr', 'skr', 'Saraiki'],
  ['tgl', 'tl', 'Tagalog'],
  ['hun', 'hu', 'Hungarian'],
  ['azj', 'az', 'North Azerbaijani'],
  ['sin', 'si', 'Sinhala'],
  ['koi', 'koi', 'Komi-Permyak'],
  ['ell', 'el', 'Greek'],
  ['ces', 'cs', 'Czech'],
  ['mag', 'mag', 'Magahi'],
  ['run', 'rn', 'Rundi'],
  ['bel', 'be', 'Belarusian'],
  ['plt', 'mg', 'Plateau Malagasy'],
  ['qug', 'qug', 'Chimborazo Highland Quichua'],
  ['mad', 'mad', 'Madurese'],
  ['nya', 'ny', 'Nyanja'],
  ['zyb', 'zyb', 'Yongbei Zhuang'],
  ['pbu', 'ps', 'Northern Pashto'],
  ['kin', 'rw', 'Kinyarwanda'],
  ['zul', 'zu', 'Zulu'],
  ['bul', 'bg', 'Bulgarian'],
  ['swe', 'sv', 'Swedish'],
  ['lin', 'ln', 'Lingala'],
  ['som', 'so', 'Somali'],
  ['hms', 'hms', 'Southern Qiandong Miao'],
  ['hnj', 'hnj', 'Hmong Njua'],
  ['ilo', 'ilo', 'Iloko'],
  ['kaz', 'kk', 'Kazakh'],
  ['uig', 'ug', 'Uighur'],
  ['hat', 'ht', 'Haitian'],
  ['khm', 'km', 'Khmer'],
  ['prs', 'prs', 'Dari'],
  ['hil', 'hil', 'Hiligaynon'],
  ['sna', 'sn', 'Shona'],
  ['tat', 'tt', 'Tatar'],
  ['xho', 'xh', 'Xhosa'],
  ['hye', 'hy', 'Armenian'],
  ['min', 'min', 'Minangkabau'],
  ['afr', 'af', 'Afrikaans'],
  ['lua', 'lua', 'Luba-Lulua'],
  ['sat', 'sat', 'Santali'],
  ['bod', 'bo', 'Tibetan'],
  ['tir', 'ti', 'Tigrinya'],
  ['fin', 'fi', 'Finnish'],
  ['slk', 'sk', 'Slovak'],
  ['tuk', 'tk', 'Turkmen'],
  ['dan', 'da', 'Danish'],
  ['nob', 'nb', 'Norwegian Bokmål'],
  ['suk', 'suk', 'Sukuma'],
  ['als', 'sq', 'Tosk Albanian'],
  ['sag', 'sg', 'Sango'],
  ['nno', 'nn', 'Norwegian Nynorsk'],
  ['heb', 'he', 'Hebrew'],
  ['mos', 'mos', 'Mossi'],
  ['tgk', 'tg', 'Tajik'],
  ['cat', 'ca', 'Catalan'],
  ['sot', 'st', 'Southern Sotho'],
  ['kat', 'ka', 'Georgian'],
  ['bcl', 'bcl', 'Central Bikol'],
  ['glg', 'gl', 'Galician'],
  ['lao', 'lo', 'Lao'],
  ['lit', 'lt', 'Lithuanian'],
  ['umb', 'umb', 'Umbundu'],
  ['tsn', 'tn', 'Tswana'],
  ['vec', 'vec', 'Venetian'],
  ['nso', 'nso', 'Pedi'],
  ['ban', 'ban', 'Balinese'],
  ['bug', 'bug', 'Buginese'],
  ['knc', 'knc', 'Central Kanuri'],
  ['kng', 'kg', 'Koongo'],
  ['ibb', 'ibb', 'Ibibio'],
  ['lug', 'lg', 'Ganda'],
  ['ace', 'ace', 'Achinese'],
  ['bam', 'bm', 'Bambara'],
  ['tzm', 'tzm', 'Central Atlas Tamazight'],
  ['ydd', 'yi', 'Eastern Yiddish'],
  ['kmb', 'kmb', 'Kimbundu'],
  ['lun', 'lun', 'Lunda'],
  ['shn', 'shn', 'Shan'],
  ['war', 'war', 'Waray (Philippines)'],
  ['dyu', 'dyu', 'Dyula'],
  ['wol', 'wo', 'Wolof'],
  ['kir', 'ky', 'Kirghiz'],
  ['nds', 'nds', 'Low German'],
  ['fuf', 'fuf', 'Pular'],
  ['mkd', 'mk', 'Macedonian'],
  ['vmw', 'vmw', 'Makhuwa'],
  ['zgh', 'zgh', 'Standard Moroccan Tamazight'],
  ['ewe', 'ee', 'Ewe'],
  ['khk', 'mn', 'Halh Mongolian'],
  ['slv', 'sl', 'Slovenian'],
  ['ayr', 'ay', 'Central Aymara'],
  ['bem', 'bem', 'Bemba (Zambia)'],
  ['emk', 'emk', 'Eastern Maninkakan'],
  ['bci', 'bci', 'Baoulé'],
  ['bum', 'bum', 'Bulu (Cameroon)'],
  ['epo', 'eo', 'Esperanto'],
  ['pam', 'pam', 'Pampanga'],
  ['tiv', 'tiv', 'Tiv'],
  ['tpi', 'tpi', 'Tok Pisin'],
  ['ven', 've', 'Venda'],
  ['ssw', 'ss', 'Swati'],
  ['nyn', 'nyn', 'Nyankole'],
  ['kbd', 'kbd', 'Kabardian'],
  ['iii', 'ii', 'Sichuan Yi'],
  ['yao', 'yao', 'Yao'],
  ['lvs', 'lv', 'Standard Latvian'],
  ['quz', 'quz', 'Cusco Quechua'],
  ['src', 'src', 'Logudorese Sardinian'],
  ['rup', 'rup', 'Macedo-Romanian'],
  ['sco', 'sco', 'Scots'],
  ['tso', 'ts', 'Tsonga'],
  ['men', 'men', 'Mende (Sierra Leone)'],
  ['fon', 'fon', 'Fon'],
  ['nhn', 'nhn', 'Central Nahuatl'],
  ['dip', 'dip', 'Northeastern Dinka'],
  ['kde', 'kde', 'Makonde'],
  ['kbp', 'kbp', 'Kabiyè'],
  ['tem', 'tem', 'Timne'],
  ['toi', 'toi', 'Tonga (Zambia)'],
  ['ekk', 'et', 'Standard Estonian'],
  ['snk', 'snk', 'Soninke'],
  ['cjk', 'cjk', 'Chokwe'],
  ['ada', 'ada', 'Adangme'],
  ['aii', 'aii', 'Assyrian Neo-Aramaic'],
  ['quy', 'quy', 'Ayacucho Quechua'],
  ['rmn', 'rmn', 'Balkan Romani'],
  ['bin', 'bin', 'Bini'],
  ['gaa', 'gaa', 'Ga'],
  ['ndo', 'ng', 'Ndonga'],
];

/** franc's code → the ISO 639-3 code reported to users, where they differ. */
const REPORTED: Readonly<Record<string, string>> = { zlm: 'zsm' };

/** Every language, keyed by franc's ISO 639-3 code. */
export const LANGUAGES: ReadonlyMap<string, LanguageInfo> = new Map(
  TABLE.map(([code, language, name]) => [code, { language, iso6393: REPORTED[code] ?? code, name }]),
);

/** Any accepted spelling (BCP 47 tag, ISO 639-3 code, franc's code; any case) → franc's code. */
const ALIASES: ReadonlyMap<string, string> = (() => {
  const aliases = new Map<string, string>();
  for (const [code, info] of LANGUAGES) {
    aliases.set(code, code);
    aliases.set(info.iso6393, code);
    if (!aliases.has(info.language)) aliases.set(info.language, code);
  }
  return aliases;
})();

/** franc's code for a language given as BCP 47 (`ms`, `zh-Hans`) or ISO 639-3, or undefined. */
export function francCode(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase();
  return ALIASES.get(lower) ?? ALIASES.get(primaryLanguage(lower) ?? '');
}

/** What `detect` reports for franc's `code`. */
export function languageInfo(code: string): LanguageInfo {
  return LANGUAGES.get(code) ?? { language: code, iso6393: code, name: code };
}
