import { describe, expect, test } from '@jest/globals';
import { lineSentences } from '../src/lines.js';
import { alignSentences } from '../src/align.js';
import { halfWidth, matchTypes, prepareSide, segmentWords } from '../src/evidence.js';
import { lengthRatio, sentenceLength } from '../src/length.js';

describe('length across scripts', () => {
  test('Han counts 3, Hangul 2.5, kana 1.5, everything else as written', () => {
    expect(sentenceLength('abc def.')).toBe(8);
    expect(sentenceLength('韩国')).toBe(6);
    expect(sentenceLength('한국')).toBe(5);
    expect(sentenceLength('かな')).toBe(3);
    // Full-width digits and punctuation count 1 each, like their ASCII forms; a Latin name as written.
    expect(sentenceLength('１，５００名')).toBe(5 + 3);
    expect(sentenceLength('Kim会见')).toBe(3 + 6);
    // An astral Han character (one code point, two UTF-16 units) still counts 3.
    expect(sentenceLength('𠀀')).toBe(3);
  });

  test('a Chinese sentence and its English translation come out about as long', () => {
    const zh = '韩国外交部周一召见俄罗斯驻韩大使，要求朝鲜部队立即撤出。';
    const en = 'The South Korean foreign ministry summoned the Russian ambassador on Monday and demanded the immediate withdrawal of North Korean troops.';
    const ratio = sentenceLength(en) / sentenceLength(zh);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(2);
    // Counted as UTF-16 units, the English would be more than four times as long.
    expect(en.length / zh.length).toBeGreaterThan(4);
  });

  test('the ratio is estimated from the pair: target length per source length over its links', () => {
    const zh = ['韩国召见俄罗斯大使。', '金正恩与普京签署了军事协议。'].map(sentenceLength);
    const en = ['South Korea summons the Russian ambassador.', 'Kim Jong Un signed a military deal with Putin.'].map((t) => t.length);
    const ratio = lengthRatio(zh, en);
    expect(ratio).toBeCloseTo((en[0]! + en[1]!) / (zh[0]! + zh[1]!), 10);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.5);
    expect(lengthRatio([], [5])).toBe(1);
  });
});

describe('evidence across scripts', () => {
  const keysOf = (text: string, language = 'zh'): string[] => prepareSide(lineSentences(text), language).keys;

  test('full-width digits, separators and month suffixes are numbers and months', () => {
    expect(halfWidth('１，５００（３．５％）？')).toBe('1,500(3.5%)?');
    const keys = keysOf('约１，５００名士兵于１０月２１日抵达，增长３．５％。');
    expect(keys).toEqual(expect.arrayContaining(['#1500', '@m10', '#21', '#3.5']));
    // "2024年" is a year, not a month: only 1–12 before 月 are months.
    expect(keysOf('２０２４年')).toContain('#2024');
  });

  test('full-width numbers match the same numbers written in English', () => {
    const zh = prepareSide(lineSentences('约１，５００名士兵于１０月抵达。'), 'zh');
    const en = prepareSide(lineSentences('About 1,500 soldiers arrived in October.'), 'en');
    const matched = matchTypes(zh, en, { dictionaries: [], cognates: true })
      .flatMap((targets, s) => [...targets].map((t) => `${zh.keys[s]}=${en.keys[t]}`))
      .sort();
    expect(matched).toEqual(['#1500=#1500', '@m10=@m10']);
  });

  test('「」 and 『』 are quote marks, ？！（ are their ASCII marks', () => {
    expect(keysOf('他说：「我们走。」')).toContain('⟨q⟩');
    expect(keysOf('『不去。』')).toContain('⟨q⟩');
    expect(keysOf('你去吗？')).toContain('⟨?⟩');
    expect(keysOf('走！')).toContain('⟨!⟩');
    expect(keysOf('佩斯科夫（发言人）')).toContain('⟨(⟩');
    expect(keysOf('他走了。')).not.toContain('⟨q⟩');
  });

  test('Chinese runs are segmented into words; Latin names inside them come out whole', () => {
    expect(segmentWords('约1,500名朝鲜特种部队士兵已抵达俄罗斯', 'zh')).toEqual(expect.arrayContaining(['1,500', '朝鲜', '士兵', '俄罗斯']));
    const keys = keysOf('季诺维也夫（Georgiy Zinoviev）会见了Kim Hong-kyun。');
    expect(keys).toEqual(expect.arrayContaining(['zinoviev', 'georgiy', 'kim', 'hong', 'kyun', '会见']));
    // A run is not one type: the sentence has several.
    expect(keysOf('韩国外交部召见俄罗斯大使').length).toBeGreaterThan(3);
    // Japanese is segmented too (the locale follows the kana when no language is given).
    expect(segmentWords('東京で会議が開かれた', undefined).length).toBeGreaterThan(3);
  });
});

describe('no lexicon, no shared words: the length model carries the alignment', () => {
  // A short story with no numbers, names or Latin letters in the Chinese: only length (and what
  // the input teaches) can align it. Chinese sentence 6 translates English sentences 6 and 7.
  const zh = [
    '天亮了。',
    '老人推开门，看见院子里落满了昨夜的雪，连那棵老槐树的枝条都被压弯了。',
    '他叹了口气。',
    '孙子还在屋里睡觉，炉子里的火早已熄灭，屋里冷得像冰窖一样。',
    '他拿起扫帚，慢慢地从门口扫到井边，又从井边扫到院门。',
    '邻居家的狗叫了几声。',
    '等他扫完雪回到屋里，孙子已经起床，正蹲在炉子前面笨手笨脚地生火。',
    '老人没有说话，只是在他身边坐下，伸出冻僵的手烤火。',
    '过了很久，孙子问他，今年的雪为什么下得这么大，是不是因为奶奶走了以后天也在哭。',
    '老人摇摇头。',
    '他说，雪就是雪，明年春天它会化成水，流到河里去，河边的柳树就会发芽。',
    '孙子似懂非懂地点了点头，又往炉子里添了一块柴。',
    '火终于旺了起来。',
  ];
  const en = [
    'Day broke.',
    'The old man pushed the door open and saw the yard covered with last night’s snow; even the branches of the old pagoda tree were bent under it.',
    'He sighed.',
    'His grandson was still asleep inside, the fire in the stove had long gone out, and the room was as cold as an ice cellar.',
    'He took up the broom and slowly swept from the door to the well, and then from the well to the gate.',
    'The neighbour’s dog barked a few times.',
    'When he came back in from sweeping the snow, his grandson was already up.',
    'The boy was squatting in front of the stove, clumsily trying to light the fire.',
    'The old man said nothing; he only sat down beside him and held out his frozen hands to the warmth.',
    'After a long while the grandson asked him why the snow was so heavy this year, and whether the sky too had been crying since grandmother left.',
    'The old man shook his head.',
    'Snow is just snow, he said; next spring it will melt into water and run into the river, and the willows on the bank will bud.',
    'The grandson nodded as if he half understood, and put another piece of wood into the stove.',
    'At last the fire caught.',
  ];
  const gold = ['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6,7', '7:8', '8:9', '9:10', '10:11', '11:12', '12:13'];

  test.each([
    ['Chinese source', zh, en, { sourceLanguage: 'zh', targetLanguage: 'en' }, false],
    ['English source', en, zh, { sourceLanguage: 'en', targetLanguage: 'zh' }, true],
    ['languages not given', zh, en, {}, false],
  ] as const)('%s: mostly 1-1, no drift, nothing left alone', (_name, source, target, languages, swapped) => {
    const alignment = alignSentences(lineSentences(source.join('\n')), lineSentences(target.join('\n')), { ...languages });
    const links = alignment.links.map((l) => (swapped ? `${l.target.join(',')}:${l.source.join(',')}` : `${l.source.join(',')}:${l.target.join(',')}`));
    const found = gold.filter((g) => links.includes(g)).length;
    // Counted in characters, the Chinese side looked a third as long and merged its way along (11).
    expect(found).toBeGreaterThanOrEqual(12);
    // Drift shows as links of three sentences a side and sentences left without counterpart.
    for (const link of alignment.links) {
      expect(link.source.length).toBeLessThanOrEqual(2);
      expect(link.target.length).toBeLessThanOrEqual(2);
      expect(link.source.length + link.target.length).toBeLessThanOrEqual(3);
      expect(link.source.length * link.target.length).toBeGreaterThan(0);
    }
  });
});
