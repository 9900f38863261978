// Output formats of an alignment. Each writer is a pure function from an alignment to text
// (lines, or one document for TMX); writing them out is the caller's business.
import { fragment } from 'xmlbuilder2';
import type { Sentence } from '@sejajar/text';
import type { Alignment, Link } from './types.js';

const pick = (sentences: readonly Sentence[], indices: readonly number[]): Sentence[] => indices.map((i) => sentences[i]!);
/** Sentences of a link side as one line: line breaks and tabs inside become single spaces. */
const flat = (sentences: readonly Sentence[]): string => sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' ');
const both = (link: Link): boolean => link.source.length > 0 && link.target.length > 0;

/**
 * JSON Lines, one link per line:
 * `{"src":[0,1],"tgt":[0],"score":0.93,"srcSpans":[[s,e],…],"tgtSpans":[[s,e],…],"srcText":"…","tgtText":"…"}`.
 * Spans are the sentences' UTF-16 offsets into the input texts; texts are the sentences joined by
 * a space (line breaks inside a sentence kept as written); an empty side has empty arrays and "".
 */
export function toJsonLines(alignment: Alignment): string[] {
  return alignment.links.map((link) => {
    const source = pick(alignment.source, link.source);
    const target = pick(alignment.target, link.target);
    return JSON.stringify({
      src: link.source,
      tgt: link.target,
      score: link.score,
      srcSpans: source.map((s) => [s.start, s.end]),
      tgtSpans: target.map((s) => [s.start, s.end]),
      srcText: source.map((s) => s.text).join(' '),
      tgtText: target.map((s) => s.text).join(' '),
    });
  });
}

/** Vecalign's format, one link per line: `[0, 1]:[0]:0.93` (source indices, target indices, score). */
export function toVecalign(alignment: Alignment): string[] {
  const list = (indices: readonly number[]): string => `[${indices.join(', ')}]`;
  return alignment.links.map((link) => `${list(link.source)}:${list(link.target)}:${link.score}`);
}

/**
 * Tab-separated values, one link per line: source text, target text, score, source indices,
 * target indices (indices comma-separated). An empty side is an empty cell.
 */
export function toTsv(alignment: Alignment): string[] {
  return alignment.links.map((link) =>
    [flat(pick(alignment.source, link.source)), flat(pick(alignment.target, link.target)), link.score, link.source.join(','), link.target.join(',')].join('\t'),
  );
}

/**
 * Moses parallel text: two lists of lines, line `i` of one rendering line `i` of the other. Only
 * links with both sides are written (Moses has no place for a sentence without counterpart).
 */
export function toMoses(alignment: Alignment): { source: string[]; target: string[] } {
  const links = alignment.links.filter(both);
  return {
    source: links.map((link) => flat(pick(alignment.source, link.source))),
    target: links.map((link) => flat(pick(alignment.target, link.target))),
  };
}

/** Options for {@link toTmx}. */
export interface TmxOptions {
  /** BCP 47 tag of the source language. Default `und` (undetermined). */
  sourceLanguage?: string;
  /** BCP 47 tag of the target language. Default `und`. */
  targetLanguage?: string;
  /** `creationtoolversion` in the header. Default `0.1.0`. */
  toolVersion?: string;
}

/**
 * The start of a TMX 1.4b document up to its open `<body>`: the header carries every required
 * attribute. With {@link tmxUnits} and {@link tmxClose} it streams a TMX of many alignments
 * (corpus mode) in bounded memory; `srclang` is `*all*` when the units have several source languages.
 */
export function tmxOpen(options: TmxOptions & { sourceLanguages?: readonly string[] } = {}): string {
  const sources = options.sourceLanguages ?? [options.sourceLanguage || 'und'];
  const header = fragment()
    .ele('header', {
      creationtool: 'sejajar',
      creationtoolversion: options.toolVersion ?? '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'sejajar',
      adminlang: 'en',
      srclang: sources.length === 1 ? sources[0]! : '*all*',
      datatype: 'plaintext',
    })
    .end();
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>\n`;
}

/**
 * One `tu` per link with both sides: a `tuv` per language, with its `xml:lang`, and the link's
 * score as a `prop`. Text is escaped by xmlbuilder2.
 */
export function tmxUnits(alignment: Alignment, options: TmxOptions = {}): string {
  const sourceLanguage = options.sourceLanguage || 'und';
  const targetLanguage = options.targetLanguage || 'und';
  let units = '';
  for (const link of alignment.links.filter(both)) {
    const tu = fragment().ele('tu');
    tu.ele('prop', { type: 'x-score' }).txt(String(link.score));
    tu.ele('tuv', { 'xml:lang': sourceLanguage }).ele('seg').txt(flat(pick(alignment.source, link.source)));
    tu.ele('tuv', { 'xml:lang': targetLanguage }).ele('seg').txt(flat(pick(alignment.target, link.target)));
    units += tu.end({ prettyPrint: true, offset: 2 }) + '\n';
  }
  return units;
}

/** The end of a TMX document opened with {@link tmxOpen}. */
export function tmxClose(): string {
  return '  </body>\n</tmx>\n';
}

/** A whole TMX 1.4b document of one alignment: {@link tmxOpen}, {@link tmxUnits}, {@link tmxClose}. */
export function toTmx(alignment: Alignment, options: TmxOptions = {}): string {
  return tmxOpen(options) + tmxUnits(alignment, options) + tmxClose();
}
