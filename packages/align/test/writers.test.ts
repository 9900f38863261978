import { describe, expect, test } from '@jest/globals';
import { alignSentences, lineSentences, toJsonLines, toMoses, toTmx, toTsv, toVecalign, type Alignment } from '../src/index.js';

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
    expect(toJsonLines(alignment)[0]).toBe('{"src":[0],"tgt":[0],"score":0.93,"srcSpans":[[0,18]],"tgtSpans":[[0,16]],"srcText":"Harga minyak naik.","tgtText":"Oil prices rose."}');
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
    expect(tmx).toContain('<header creationtool="sejajar" creationtoolversion="0.1.0" segtype="sentence" o-tmf="sejajar" adminlang="en" srclang="id" datatype="plaintext"/>');
    expect(tmx.match(/<tu>/g)).toHaveLength(2);
    expect(tmx.match(/<tuv xml:lang="id">/g)).toHaveLength(2);
    expect(tmx.match(/<tuv xml:lang="en">/g)).toHaveLength(2);
    expect(tmx).not.toContain('tanpa pasangan');
    const escaped = toTmx({ ...alignment, links: [{ source: [1], target: [0], score: 1 }] });
    expect(escaped).toContain('<seg>Baris tanpa pasangan &amp; &lt;tanda&gt;.</seg>');
    expect(escaped).toContain('xml:lang="und"');
  });
});
