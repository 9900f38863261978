// Reading a TMX back with a strict XML 1.0 parser: the writers' tests (and the CLI's) check what a
// consumer sees, not the bytes written.
import { SaxesParser } from 'saxes';

/** One `tu` as a parser reads it: its props in order, and its `tuv`s' languages and segments. */
export interface ParsedUnit {
  props: [type: string, value: string][];
  tuvs: { lang: string; seg: string }[];
}

/** A parsed TMX: the header's attributes and the units. Throws on any well-formedness error. */
export function parseTmx(xml: string): { header: Record<string, string>; units: ParsedUnit[] } {
  const parser = new SaxesParser();
  let header: Record<string, string> = {};
  const units: ParsedUnit[] = [];
  let text: string | undefined;
  let type = '';
  let lang = '';
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'header') header = attributes;
    if (tag.name === 'tu') units.push({ props: [], tuvs: [] });
    if (tag.name === 'prop') type = attributes.type!;
    if (tag.name === 'tuv') lang = attributes['xml:lang']!;
    if (tag.name === 'prop' || tag.name === 'seg') text = '';
  });
  parser.on('text', (chunk) => {
    if (text !== undefined) text += chunk;
  });
  parser.on('closetag', (tag) => {
    const unit = units.at(-1);
    if (tag.name === 'prop') unit?.props.push([type, text!]);
    if (tag.name === 'seg') unit?.tuvs.push({ lang, seg: text! });
    if (tag.name === 'prop' || tag.name === 'seg') text = undefined;
  });
  parser.write(xml).close();
  return { header, units };
}

/** Whether a code point is a `Char` of XML 1.0 (fifth edition, production 2). */
export const isXmlChar = (codePoint: number): boolean =>
  codePoint === 0x9 ||
  codePoint === 0xa ||
  codePoint === 0xd ||
  (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
  (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
  (codePoint >= 0x10000 && codePoint <= 0x10ffff);

/** `text` as a TMX can carry it: every code point (or lone surrogate) XML 1.0 refuses is U+FFFD. */
export function asXml(text: string): { text: string; replaced: number } {
  let replaced = 0;
  let result = '';
  // Iterating a string goes by code point and yields a lone surrogate as itself.
  for (const c of text) {
    if (isXmlChar(c.codePointAt(0)!)) result += c;
    else {
      result += '\uFFFD';
      replaced++;
    }
  }
  return { text: result, replaced };
}
