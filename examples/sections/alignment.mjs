import { alignSentences } from '@sejajar/align';
import { clip } from './corpus.mjs';

/** The alignment of the Indonesian seed (000) with its English counterpart (001), side by side. */
export const alignmentSection = {
  title: 'Sentence alignment, 000 (id) with 001 (en) (@sejajar/align)',
  run(corpus) {
    const source = corpus.find((doc) => doc.name.startsWith('000'));
    const target = corpus.find((doc) => doc.name.startsWith('001'));
    if (!source || !target) return;
    const alignment = alignSentences(source.text, target.text, { sourceLanguage: 'id', targetLanguage: 'en' });
    const width = 58;
    const side = (sentences, indices) => clip(indices.map((i) => sentences[i].text).join(' '), width).padEnd(width);
    const label = (indices) => (indices.length ? indices.join(',') : '–').padStart(4);
    for (const link of alignment.links) {
      console.log(
        `${label(link.source)} ${side(alignment.source, link.source)} | ${label(link.target)} ${side(alignment.target, link.target)} ${link.score.toFixed(2)}`,
      );
    }
    const pairs = alignment.links.filter((l) => l.source.length && l.target.length).length;
    console.log(`\n${pairs} links with both sides, ${alignment.links.length - pairs} sentences without counterpart`);
  },
};
