import { describe, expect, test } from '@jest/globals';
import { alignSentences, lineSentences, tmxClose, tmxOpen, tmxUnits, toJsonLines, toMoses, toTmx, toTsv, toVecalign, type Alignment } from '../src/index.js';
import { parseTmx } from './tmx.js';

const source = 'Harga minyak naik.\nBaris tanpa pasangan & <tanda>.\nPresiden tiba\ndi Jakarta.\n';
const target = 'Oil prices rose.\nThe president arrived in Jakarta.\n';
// Built by hand so the writers are tested apart from the aligner.
const alignment: Alignment = {
  source: [
    { index: 0, start: 0, end: 18, text: 'Harga minyak naik.' },
    { index: 1, start: 19, end: 50, text: 'Baris tanpa pasangan & <tanda>.' },
    { index: 2, start: 51, end: 76, text: 'Presiden tiba\ndi Jakarta.' },
  ],
  target: lineSentences(target),
  links: [
    { source: [0], target: [0], score: 0.93 },
    { source: [1], target: [], score: 0.8 },
    { source: [2], target: [1], score: 0.71 },
  ],
};

describe('writers', () => {
  test('the hand-made alignment has offsets into its texts', () => {
    for (const s of alignment.source) expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  test('toJsonLines: exact fields, spans, empty arrays for an empty side', () => {
    const rows = toJsonLines(alignment).map((l) => JSON.parse(l));
    expect(toJsonLines(alignment)[0]).toBe(
      '{"src":[0],"tgt":[0],"score":0.93,"srcSpans":[[0,18]],"tgtSpans":[[0,16]],"srcText":"Harga minyak naik.","tgtText":"Oil prices rose."}',
    );
    expect(rows[1]).toEqual({ src: [1], tgt: [], score: 0.8, srcSpans: [[19, 50]], tgtSpans: [], srcText: 'Baris tanpa pasangan & <tanda>.', tgtText: '' });
    expect(rows[2].srcText).toBe('Presiden tiba\ndi Jakarta.');
  });

  test('toVecalign: [src]:[tgt]:score', () => {
    expect(toVecalign(alignment)).toEqual(['[0]:[0]:0.93', '[1]:[]:0.8', '[2]:[1]:0.71']);
    const merged = alignSentences('A b c. D e f.', 'A b c d e f.', { sourceLanguage: 'en', targetLanguage: 'en' });
    expect(toVecalign(merged)[0]).toMatch(/^\[0, 1\]:\[0\]:/);
  });

  test('toTsv: texts on one line, score, indices; an empty side is an empty cell', () => {
    expect(toTsv(alignment)).toEqual([
      'Harga minyak naik.\tOil prices rose.\t0.93\t0\t0',
      'Baris tanpa pasangan & <tanda>.\t\t0.8\t1\t',
      'Presiden tiba di Jakarta.\tThe president arrived in Jakarta.\t0.71\t2\t1',
    ]);
  });

  test('toMoses: two line-aligned lists, only links with both sides', () => {
    expect(toMoses(alignment)).toEqual({
      source: ['Harga minyak naik.', 'Presiden tiba di Jakarta.'],
      target: ['Oil prices rose.', 'The president arrived in Jakarta.'],
    });
  });

  test('toTmx: TMX 1.4b with the required header attributes, xml:lang per tuv, escaped text', () => {
    const tmx = toTmx(alignment, { sourceLanguage: 'id', targetLanguage: 'en' });
    expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain(
      '<header creationtool="sejajar" creationtoolversion="0.1.0" segtype="sentence" o-tmf="sejajar" adminlang="en" srclang="id" datatype="plaintext"/>',
    );
    expect(tmx.match(/<tu>/g)).toHaveLength(2);
    expect(tmx.match(/<tuv xml:lang="id">/g)).toHaveLength(2);
    expect(tmx.match(/<tuv xml:lang="en">/g)).toHaveLength(2);
    expect(tmx).not.toContain('tanpa pasangan');
    const escaped = toTmx({ ...alignment, links: [{ source: [1], target: [0], score: 1 }] });
    expect(escaped).toContain('<seg>Baris tanpa pasangan &amp; &lt;tanda&gt;.</seg>');
    expect(escaped).toContain('xml:lang="und"');
  });

  test('toTmx: no header or unit content changed by the new writer (layout of the xmlbuilder2 one)', () => {
    const tmx = toTmx(alignment, { sourceLanguage: 'id', targetLanguage: 'en' });
    expect(tmx.split('\n').slice(4, 13)).toEqual([
      '    <tu>',
      '      <prop type="x-score">0.93</prop>',
      '      <tuv xml:lang="id">',
      '        <seg>Harga minyak naik.</seg>',
      '      </tuv>',
      '      <tuv xml:lang="en">',
      '        <seg>Oil prices rose.</seg>',
      '      </tuv>',
      '    </tu>',
    ]);
    expect(tmx.endsWith('    </tu>\n  </body>\n</tmx>\n')).toBe(true);
  });

  test('toTmx: props follow the score in every tu, escaped; tmxOpen + tmxUnits + tmxClose = toTmx', () => {
    const options = { sourceLanguage: 'id', targetLanguage: 'en', props: { 'x-spun': 'source', 'x-"note"': 'a & <b>' } };
    const tmx = toTmx(alignment, options);
    expect(tmx).toContain(
      '<prop type="x-score">0.93</prop>\n      <prop type="x-spun">source</prop>\n      <prop type="x-&quot;note&quot;">a &amp; &lt;b&gt;</prop>\n',
    );
    expect(parseTmx(tmx).units.map((u) => u.props)).toEqual([
      [
        ['x-score', '0.93'],
        ['x-spun', 'source'],
        ['x-"note"', 'a & <b>'],
      ],
      [
        ['x-score', '0.71'],
        ['x-spun', 'source'],
        ['x-"note"', 'a & <b>'],
      ],
    ]);
    expect(tmxOpen(options) + tmxUnits(alignment, options) + tmxClose()).toBe(tmx);
  });
});

/** A two-sentence alignment with `text` as its source sentence, to see how each writer renders it. */
function withSource(text: string): Alignment {
  return {
    source: [{ index: 0, start: 0, end: text.length, text }],
    target: [{ index: 0, start: 0, end: 6, text: 'target' }],
    links: [{ source: [0], target: [0], score: 1 }],
  };
}

// Each case: the sentence, its one-line form (TSV, Moses), what a TMX reader must read back, and
// how many characters XML 1.0 cannot carry it holds. Entity-like text was written unescaped by
// xmlbuilder2 (`&amp;` read back as `&`, `&nbsp;` made the file unparseable); the controls made
// the file invalid XML 1.0; U+0085, U+2028 and U+001C passed `\s`-based flattening unchanged.
const CASES: [name: string, text: string, line: string, read: string, replaced: number][] = [
  ['&amp;', 'A &amp; B', 'A &amp; B', 'A &amp; B', 0],
  ['&nbsp;', 'A&nbsp;B', 'A&nbsp;B', 'A&nbsp;B', 0],
  ['&copy;', '&copy; 2024', '&copy; 2024', '&copy; 2024', 0],
  ['&#65;', 'x &#65; &#x41; ]]> y', 'x &#65; &#x41; ]]> y', 'x &#65; &#x41; ]]> y', 0],
  ['U+0001', 'a\u0001b', 'a\u0001b', 'a\uFFFDb', 1],
  ['U+000B', 'a\u000Bb', 'a b', 'a b', 0],
  ['tab', 'a\tb', 'a b', 'a b', 0],
  ['U+0085', 'a\u0085b', 'a b', 'a b', 0],
  ['U+2028', 'a\u2028b', 'a b', 'a b', 0],
  ['U+001C', 'a\u001Cb', 'a b', 'a b', 0],
  ['no-break spaces', '10\u00A0%\u202F!', '10\u00A0%\u202F!', '10\u00A0%\u202F!', 0],
  ['U+FFFE, lone surrogates, U+001F', '\uFFFEx\uD800 \uDC00y\u001F', '\uFFFEx\uD800 \uDC00y', '\uFFFDx\uFFFD \uFFFDy', 3],
];

describe.each(CASES)('writers round-trip %s', (_name, text, line, read, replaced) => {
  test('TMX: parses as XML 1.0, the segment reads back, replacements counted', () => {
    const counts: number[] = [];
    const tmx = toTmx(withSource(text), { onReplaced: (count) => counts.push(count) });
    expect(parseTmx(tmx).units).toEqual([
      {
        props: [['x-score', '1']],
        tuvs: [
          { lang: 'und', seg: read },
          { lang: 'und', seg: 'target' },
        ],
      },
    ]);
    expect(counts).toEqual(replaced === 0 ? [] : [replaced]);
  });

  test('TSV and Moses: one line, five cells, the text on one line', () => {
    const [row] = toTsv(withSource(text));
    expect(row!.split('\t')).toEqual([line, 'target', '1', '0', '0']);
    expect(row).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029\u001C-\u001E]/);
    expect(toMoses(withSource(text))).toEqual({ source: [line], target: ['target'] });
  });

  test('JSON Lines: the exact text, on one line', () => {
    const [row] = toJsonLines(withSource(text));
    expect(JSON.parse(row!).srcText).toBe(text);
    expect(row).not.toMatch(/[\n\r\u0085\u2028\u2029\u001C-\u001E]/);
  });
});
