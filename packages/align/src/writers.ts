// Output formats of an alignment. Each writer is a pure function from an alignment to text
// (lines, or one document for TMX); writing them out is the caller's business.
import { oneLine, type Sentence } from '@sejajar/text';
import type { Alignment, Link } from './types.js';

const pick = (sentences: readonly Sentence[], indices: readonly number[]): Sentence[] => indices.map((i) => sentences[i]!);
/** Sentences of a link side as one line ({@link oneLine}), joined as JSON Lines joins them. */
const flat = (sentences: readonly Sentence[]): string => oneLine(sentences.map((s) => s.text).join(' '));
const both = (link: Link): boolean => link.source.length > 0 && link.target.length > 0;
// JSON with the line separators that `JSON.stringify` leaves raw escaped: the same value, one line.
const jsonLine = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * JSON Lines, one link per line:
 * `{"src":[0,1],"tgt":[0],"score":0.93,"srcSpans":[[s,e],…],"tgtSpans":[[s,e],…],"srcText":"…","tgtText":"…"}`.
 * Spans are the sentences' UTF-16 offsets into the input texts; texts are the sentences joined by
 * a space (line breaks inside a sentence kept as written); an empty side has empty arrays and "".
 * U+0085, U+2028 and U+2029 are written as `\u` escapes (JSON itself escapes the controls), so a
 * tool that splits lines on them (Python's `splitlines`) still sees one object per line.
 */
export function toJsonLines(alignment: Alignment): string[] {
  return alignment.links.map((link) => {
    const source = pick(alignment.source, link.source);
    const target = pick(alignment.target, link.target);
    return jsonLine({
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
 * target indices (indices comma-separated). An empty side is an empty cell. Texts are put on
 * one line with `oneLine` from `@sejajar/text`: every run of breaking white space and line or
 * column separators (tab, LF, CR, U+0085, U+001C–U+001F, U+2028, U+2029, …) becomes one space
 * and the ends are trimmed, so a cell never holds a tab or a line break; no-break spaces are kept.
 */
export function toTsv(alignment: Alignment): string[] {
  return alignment.links.map((link) =>
    [flat(pick(alignment.source, link.source)), flat(pick(alignment.target, link.target)), link.score, link.source.join(','), link.target.join(',')].join('\t'),
  );
}

/**
 * Moses parallel text: two lists of lines, line `i` of one rendering line `i` of the other. Only
 * links with both sides are written (Moses has no place for a sentence without counterpart).
 * Texts are put on one line as {@link toTsv} puts them (`oneLine`), so no line of either list
 * can split in a tool that breaks lines on U+0085, U+2028 or U+001C–U+001E.
 */
export function toMoses(alignment: Alignment): { source: string[]; target: string[] } {
  const links = alignment.links.filter(both);
  return {
    source: links.map((link) => flat(pick(alignment.source, link.source))),
    target: links.map((link) => flat(pick(alignment.target, link.target))),
  };
}

/** Options for {@link toTmx}, {@link tmxOpen} and {@link tmxUnits}. */
export interface TmxOptions {
  /** BCP 47 tag of the source language. Default `und` (undetermined). */
  sourceLanguage?: string | undefined;
  /** BCP 47 tag of the target language. Default `und`. */
  targetLanguage?: string | undefined;
  /** `creationtoolversion` in the header. Default `0.1.0`. */
  toolVersion?: string | undefined;
  /**
   * More `<prop type="KEY">VALUE</prop>` elements for every `tu`, after the score (corpus mode
   * marks pairs from spun documents with `{ 'x-spun': 'source' }`). Default: none.
   */
  props?: Readonly<Record<string, string>> | undefined;
  /**
   * Told how many characters XML 1.0 cannot carry were replaced by U+FFFD, once per call of
   * {@link tmxOpen}, {@link tmxUnits} or {@link toTmx}, and only when there were some, so a
   * caller can warn that the TMX does not hold the text exactly. Default: nobody is told.
   */
  onReplaced?: ((count: number) => void) | undefined;
}

// Characters outside XML 1.0's Char production: C0 controls but tab, LF and CR; U+FFFE, U+FFFF;
// surrogates without their other half. Matched by UTF-16 code unit (no `u` flag) so that a lone
// surrogate is one match and a pair is none.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attribute values a parser turns literal tab, LF and CR into spaces, so they go as references.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/**
 * An XML writer that escapes everything it writes and counts the characters XML 1.0 cannot carry
 * (replaced by U+FFFD). Every character reference or entity-like run in the input is written as
 * text (`&amp;` stays `&amp;` when read back), which xmlbuilder2's `txt()` did not guarantee.
 */
function xmlWriter() {
  let replaced = 0;
  const escaped = (value: string, escapes: Readonly<Record<string, string>>, special: RegExp): string =>
    value
      .replace(NOT_XML, () => {
        replaced++;
        return '\uFFFD';
      })
      .replace(special, (c) => escapes[c]!);
  return {
    text: (value: string): string => escaped(value, TEXT_ESCAPES, /[&<>\r]/g),
    attribute: (value: string): string => escaped(value, ATTRIBUTE_ESCAPES, /[&<>"\t\n\r]/g),
    /** Tell `onReplaced` the count so far, if any, and start counting again. */
    report(onReplaced: TmxOptions['onReplaced']): void {
      if (replaced > 0) onReplaced?.(replaced);
      replaced = 0;
    },
  };
}
type XmlWriter = ReturnType<typeof xmlWriter>;

function header(xml: XmlWriter, options: TmxOptions & { sourceLanguages?: readonly string[] | undefined }): string {
  const sources = options.sourceLanguages ?? [options.sourceLanguage || 'und'];
  const attributes: [string, string][] = [
    ['creationtool', 'sejajar'],
    ['creationtoolversion', options.toolVersion ?? '0.1.0'],
    ['segtype', 'sentence'],
    ['o-tmf', 'sejajar'],
    ['adminlang', 'en'],
    ['srclang', sources.length === 1 ? sources[0]! : '*all*'],
    ['datatype', 'plaintext'],
  ];
  const written = attributes.map(([name, value]) => ` ${name}="${xml.attribute(value)}"`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header${written}/>\n  <body>\n`;
}

function units(xml: XmlWriter, alignment: Alignment, options: TmxOptions): string {
  const tuv = (language: string, sentences: readonly Sentence[]): string =>
    `      <tuv xml:lang="${xml.attribute(language)}">\n        <seg>${xml.text(flat(sentences))}</seg>\n      </tuv>\n`;
  const prop = (type: string, value: string): string => `      <prop type="${xml.attribute(type)}">${xml.text(value)}</prop>\n`;
  const props = Object.entries(options.props ?? {});
  let written = '';
  for (const link of alignment.links.filter(both)) {
    written +=
      '    <tu>\n' +
      prop('x-score', String(link.score)) +
      props.map(([type, value]) => prop(type, value)).join('') +
      tuv(options.sourceLanguage || 'und', pick(alignment.source, link.source)) +
      tuv(options.targetLanguage || 'und', pick(alignment.target, link.target)) +
      '    </tu>\n';
  }
  return written;
}

/**
 * The start of a TMX 1.4b document up to its open `<body>`: the header carries every required
 * attribute. With {@link tmxUnits} and {@link tmxClose} it streams a TMX of many alignments
 * (corpus mode) in bounded memory; `srclang` is `*all*` when the units have several source languages.
 * Attribute values are escaped as {@link tmxUnits} escapes them.
 */
export function tmxOpen(options: TmxOptions & { sourceLanguages?: readonly string[] | undefined } = {}): string {
  const xml = xmlWriter();
  const written = header(xml, options);
  xml.report(options.onReplaced);
  return written;
}

/**
 * One `tu` per link with both sides: the link's score as `<prop type="x-score">`, then
 * `options.props`, then a `tuv` per language, with its `xml:lang`, holding the sentences of that
 * side as one `seg`. Segment text is put on one line as {@link toTsv} puts it (`oneLine` from
 * `@sejajar/text`: breaking white space and line or column separators to one space, ends trimmed,
 * no-break spaces kept). Then it is escaped: `&`, `<`, `>` in text, and `"` too in attributes,
 * always, so `&amp;` or `&nbsp;` in a sentence reads back as written. Characters XML 1.0 cannot
 * carry (controls U+0000–U+001F other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) are
 * replaced by U+FFFD, and `options.onReplaced` is told how many.
 */
export function tmxUnits(alignment: Alignment, options: TmxOptions = {}): string {
  const xml = xmlWriter();
  const written = units(xml, alignment, options);
  xml.report(options.onReplaced);
  return written;
}

/** The end of a TMX document opened with {@link tmxOpen}. */
export function tmxClose(): string {
  return '  </body>\n</tmx>\n';
}

/**
 * A whole TMX 1.4b document of one alignment: {@link tmxOpen}, {@link tmxUnits}, {@link tmxClose},
 * with `options.onReplaced` told once the characters replaced in all of it.
 */
export function toTmx(alignment: Alignment, options: TmxOptions = {}): string {
  const xml = xmlWriter();
  const written = header(xml, options) + units(xml, alignment, options) + tmxClose();
  xml.report(options.onReplaced);
  return written;
}
