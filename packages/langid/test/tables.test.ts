// data/langid.bin against the model built from the word lists at run time (what a browser bundle
// does): the same answers, to the last digit of every confidence. Also: the bytes are shared
// memory, and bytes that are not the model are refused with a clear error.
import { afterAll, describe, expect, test } from '@jest/globals';
import { packTables, unpackTables } from '@sejajar/tables';
import { SejajarError } from '@sejajar/text';
import { detect, detectSentences, langidTables, useLangidTables } from '../src/index.js';
import { buildLangidTables } from '../src/build.js';
import { readWordLists } from '#word-lists';
import { ENGLISH_NEWS, INDONESIAN, MALAY, SCOTS } from './fixtures.js';

const lists = readWordLists();

/** Every list's words at a few ranks, alone, in pairs and reversed (off every list: the character model decides). */
function fromLists(): string[] {
  const texts: string[] = [];
  for (const { words } of Object.values(lists.languages)) {
    const list = words.split(' ');
    const at = (rank: number): string => list[Math.min(rank, list.length - 1)]!;
    texts.push(at(0), at(40), at(700), at(5000), `${at(3)} ${at(250)}`, `${at(1200)} ${at(9000)}`);
    texts.push([...at(2500)].reverse().join(''), [at(800), at(801), at(802)].map((w) => [...w].reverse().join('')).join(' '));
  }
  return texts;
}

// biome-ignore format: one text a line
const WRITTEN = [
  'Der Bundestag hat am Donnerstag ein neues Gesetz zum Klimaschutz beschlossen.',
  "Le gouvernement a annoncé jeudi une hausse des prix de l'électricité.",
  'El presidente viajará mañana a Bruselas para reunirse con los líderes europeos.',
  'O governo galego aprobou onte o novo plan de vivenda.',
  'A polícia prendeu dois suspeitos no centro de Lisboa.',
  'Il consiglio comunale ha approvato il bilancio con ventidue voti favorevoli.',
  'De minister zei dat de nieuwe regels volgend jaar ingaan.',
  'Министр заявил, что новый закон вступит в силу в следующем году.',
  'Міністр заявив, що новий закон набуде чинності наступного року.',
  'Министърът заяви, че новият закон ще влезе в сила догодина.',
  'Влада је усвојила нови закон о раду.',
  'Vlada je usvojila novi zakon o radu.',
  'قالت الوزارة إن التعاون العسكري يشكل تهديدا خطيرا.',
  'وزارت امور خارجه اعلام کرد که مذاکرات ادامه دارد.',
  'הממשלה אישרה את התקציב החדש ביום ראשון.',
  'सरकार ने नई शिक्षा नीति की घोषणा की है।',
  'Hükümet yeni ekonomi paketini bugün açıkladı.',
  'Chính phủ đã thông qua luật mới vào tuần trước.',
  'Ang pamahalaan ay naglabas ng bagong patakaran kahapon.',
  'Rząd przyjął nowy projekt ustawy o podatkach.',
  'Vláda schválila nový zákon o daních.',
  'Hallitus esitteli uuden budjetin tiistaina.',
  'Regeringen presenterade en ny budget i dag.',
  '政府は新しい政策を発表した。',
  '谢谢你的帮助',
  '정부는 새로운 정책을 발표했다.',
  'karena', 'kerana', 'bisa', 'boleh', 'the', 'danke', 'ang mga', 'Paris', 'resorbiert', 'xyzzy qwrtp',
  '', '12345', 'https://example.com @handle #tag', 'ok',
  'Saya tidak bisa datang. The meeting was moved to Friday. Rapat diundur ke hari Jumat.',
  'Polis masih menyiasat punca kemalangan pada pagi Isnin. Police are still investigating.',
  'Þu ðeðiklerini ýaptý ve gitti.',
];

const TEXTS = [...WRITTEN, ...INDONESIAN, ...MALAY, ...ENGLISH_NEWS, ...SCOTS, INDONESIAN.join(' '), MALAY.join(' '), ...fromLists()];

/** What the model answers: every detection whole (language, confidence, candidates), and sentence labels of the long texts. */
function answers(): unknown[] {
  return [...TEXTS.map((text) => detect(text)), detectSentences(INDONESIAN.concat(MALAY, ENGLISH_NEWS).join('\n'))];
}

const fromFile = answers();
const fileBytes = langidTables();
// Built once (a few seconds): the tests below compare with it and change copies of it.
const built = buildLangidTables(lists);

afterAll(() => useLangidTables(fileBytes));

describe('data/langid.bin', () => {
  test('is in shared memory, for worker threads', () => {
    expect(fileBytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(langidTables()).toBe(fileBytes);
  });

  test('is what the builder makes of the word lists now (else: npx tsc -b && node scripts/derive.mjs)', () => {
    expect(Buffer.from(built).equals(Buffer.from(fileBytes))).toBe(true);
  });

  test('answers exactly as the model built from the word lists at run time', () => {
    useLangidTables(built);
    const fromBuilt = answers();
    expect(fromBuilt).toEqual(fromFile);
    // The texts reach every scripted model and both word paths (listed and off the lists).
    const languages = new Set(fromBuilt.slice(0, TEXTS.length).map((d) => (d as { language: string }).language));
    for (const language of ['id', 'ms', 'en', 'de', 'ru', 'uk', 'ar', 'fa', 'he', 'hi', 'tl', 'vi', 'sco']) expect(languages).toContain(language);
  });

  test('the comparison can fail: a model with other word scores answers otherwise', () => {
    const changed = built.slice();
    (unpackTables(changed).columns['Latin.entryScore'] as Float32Array).fill(-20);
    useLangidTables(changed);
    expect(answers()).not.toEqual(fromFile);
  });
});

describe('useLangidTables', () => {
  const refused = (bytes: unknown, why: RegExp): void => {
    let error: unknown;
    try {
      useLangidTables(bytes as Uint8Array);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SejajarError);
    expect((error as SejajarError).code).toBe('BAD_INPUT');
    expect((error as Error).message).toMatch(/^useLangidTables: not @sejajar\/langid's language tables \(data\/langid\.bin\): /);
    expect((error as Error).message).toMatch(why);
  };

  test('refuses bytes that are not the language model, and keeps the model in use', () => {
    useLangidTables(fileBytes);
    refused(new Uint8Array(64), /not a table file/);
    refused('langid.bin', /expected a Uint8Array, got string/);
    refused(fileBytes.slice(0, 100_000), /truncated/);
    refused(packTables({ kind: 'sejajar-garble' }, {}), /another kind/);
    const meta = unpackTables<Record<string, unknown>>(fileBytes).meta;
    refused(packTables({ ...meta, format: 99 }, {}), /format 99/);
    refused(packTables({ ...meta, params: { KNOWN_RANKED: 0.5 } }, {}), /other model parameters/);
    refused(packTables(meta, {}), /column Latin\.offList is missing/);
    expect(langidTables()).toBe(fileBytes);
    expect(detect('Saya tidak bisa datang karena anak saya sakit.').language).toBe('id');
  });
});
