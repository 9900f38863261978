// Every writer must round-trip: for any sentences in any alignment, what a consumer reads back is
// the text (TMX: on one line, with what XML 1.0 cannot carry as U+FFFD), one record per link.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { oneLine, type Sentence } from '@sejajar/text';
import { tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, toTmx, toTsv, type Alignment } from '../src/index.js';
import { asXml, parseTmx } from './tmx.js';

const RUNS = 300;

// What tools treat as a line end or a column break (Python's splitlines, TSV readers).
const LINE_BREAKS = /[\n\r\v\f\u001C-\u001E\u0085\u2028\u2029]/;
const SEPARATORS = /[\t\n\r\v\f\u001C-\u001F\u0085\u2028\u2029]/;

// Pieces a sentence is made of: any code point, then the cases that broke writers or that a
// uniform draw over 1.1 million code points would almost never produce.
const piece = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), weight: 3 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom('&amp;', '&nbsp;', '&copy;', '&#65;', '&#x41;', ']]>', '&', '<', '>', '"', "'", '&lt;tag&gt;'), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '\u00A0',
      '\u202F',
      '\u2007',
      '\u0085',
      '\u2028',
      '\u2029',
      '\u3000',
      '\u1680',
      '\u2003',
      '\u205F',
      '\uFFFE',
      '\uFFFF',
      '\uFEFF',
      '\r\n',
    ),
    weight: 3,
  },
  { arbitrary: fc.constantFrom('Harga minyak', 'مرحبا بالعالم', 'שלום', '北京市', '東京', '한국어', '😀', '👩‍👩‍👧', '🇮🇩', 'é', 'e\u0301'), weight: 3 },
);
const sentence = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
// One link: how many sentences each side gives it (1-1, 2-1, 1-2, 1-0, 0-1, 2-2, 3-1, …).
const link = fc.record({
  source: fc.array(sentence, { maxLength: 3 }),
  target: fc.array(sentence, { maxLength: 3 }),
  score: fc.integer({ min: 0, max: 1000 }),
});
const linkList = fc.array(
  link.filter((l) => l.source.length + l.target.length > 0),
  { maxLength: 6 },
);

/** An alignment of the drawn links, with sentences numbered and given offsets into a joined text. */
function build(links: readonly { source: string[]; target: string[]; score: number }[]): Alignment {
  const side = (texts: string[], into: Sentence[]): number[] =>
    texts.map((text) => {
      const previous = into.at(-1);
      const start = previous === undefined ? 0 : previous.end + 1;
      into.push({ index: into.length, start, end: start + text.length, text });
      return into.length - 1;
    });
  const alignment: Alignment = { source: [], target: [], links: [] };
  for (const l of links) alignment.links.push({ source: side(l.source, alignment.source), target: side(l.target, alignment.target), score: l.score / 1000 });
  return alignment;
}

const twoSided = <L extends { source: string[]; target: string[] }>(links: readonly L[]): L[] =>
  links.filter((l) => l.source.length > 0 && l.target.length > 0);
const props = fc.option(fc.dictionary(sentence, sentence, { maxKeys: 2 }), { nil: undefined });

describe('writers round-trip any text in any alignment', () => {
  test('TMX (whole and streamed) parses as XML 1.0; one tu per two-sided link; segments and props read back; replacements counted', () => {
    fc.assert(
      fc.property(linkList, props, fc.constantFrom('id', 'en', 'zh-Hant', 'und', 'x-"odd"&<>'), (links, extra, sourceLanguage) => {
        const alignment = build(links);
        const counts: number[] = [];
        const options = { sourceLanguage, targetLanguage: 'en', props: extra, onReplaced: (n: number) => counts.push(n) };
        const whole = toTmx(alignment, options);
        const wholeCounts = counts.splice(0);
        const streamed = tmxOpen(options) + tmxUnits(alignment, options) + tmxClose();
        expect(streamed).toBe(whole);

        const units = parseTmx(whole).units;
        const expected = twoSided(links);
        expect(units).toHaveLength(expected.length);
        let replaced = 0;
        const read = (text: string): string => {
          const xml = asXml(text);
          replaced += xml.replaced;
          return xml.text;
        };
        const props = Object.entries(extra ?? {});
        expected.forEach((l, i) => {
          expect(units[i]).toEqual({
            props: [['x-score', String(l.score / 1000)], ...props.map(([type, value]) => [read(type), read(value)])],
            tuvs: [
              { lang: sourceLanguage, seg: read(oneLine(l.source.join(' '))) },
              { lang: 'en', seg: read(oneLine(l.target.join(' '))) },
            ],
          });
        });
        expect(wholeCounts).toEqual(replaced > 0 ? [replaced] : []);
        expect(counts).toEqual(replaced > 0 ? [replaced] : []);
      }),
      { numRuns: RUNS },
    );
  });

  test('TSV: one line per link, five cells, the texts on one line', () => {
    fc.assert(
      fc.property(linkList, (links) => {
        const rows = toTsv(build(links));
        expect(rows).toHaveLength(links.length);
        rows.forEach((row, i) => {
          expect(row).not.toMatch(LINE_BREAKS);
          const cells = row.split('\t');
          expect(cells).toHaveLength(5);
          expect(cells.slice(0, 2)).toEqual([oneLine(links[i]!.source.join(' ')), oneLine(links[i]!.target.join(' '))]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('Moses: as many source as target lines as two-sided links, no separator inside a line', () => {
    fc.assert(
      fc.property(linkList, (links) => {
        const { source, target } = toMoses(build(links));
        const expected = twoSided(links);
        expect(source).toHaveLength(expected.length);
        expect(target).toHaveLength(expected.length);
        for (const line of [...source, ...target]) expect(line).not.toMatch(SEPARATORS);
        expect(source).toEqual(expected.map((l) => oneLine(l.source.join(' '))));
        expect(target).toEqual(expected.map((l) => oneLine(l.target.join(' '))));
      }),
      { numRuns: RUNS },
    );
  });

  test('JSON Lines: one line per link that parses back to the exact texts', () => {
    fc.assert(
      fc.property(linkList, (links) => {
        const alignment = build(links);
        const rows = toJsonLines(alignment);
        expect(rows).toHaveLength(links.length);
        rows.forEach((row, i) => {
          expect(row).not.toMatch(LINE_BREAKS);
          const parsed = JSON.parse(row);
          expect([parsed.srcText, parsed.tgtText]).toEqual([links[i]!.source.join(' '), links[i]!.target.join(' ')]);
          expect(parsed.srcSpans).toEqual(alignment.links[i]!.source.map((k) => [alignment.source[k]!.start, alignment.source[k]!.end]));
        });
      }),
      { numRuns: RUNS },
    );
  });
});
