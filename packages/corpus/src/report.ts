import type { OutputCounts } from './outputs.js';
import { REPORT_CSS, REPORT_SCRIPT } from './report-page.js';
import type { DocumentRecord, PairRecord, ReportLink, ReportText } from './types.js';

/** Everything the report page shows. */
export interface ReportInput {
  readonly title: string;
  readonly documents: readonly DocumentRecord[];
  readonly pairs: readonly { readonly record: PairRecord; readonly links: readonly ReportLink[] }[];
  /** Text, sentences and garbled spans of a document shown in the report. */
  readonly texts: ReadonlyMap<string, ReportText>;
  /** Pairs beyond this many are counted in the summary but not drawn. */
  readonly maxPairs?: number | undefined;
  /** Where the sentence pairs went (shown in the summary), with the options that decided it. */
  readonly counts?: (OutputCounts & { readonly minScore: number; readonly excludeSpun: boolean }) | undefined;
}

/** Summary rows on where sentence pairs went: nothing leaves the corpus without a word. */
function countRows(counts: NonNullable<ReportInput['counts']>, pairs: ReportInput['pairs']): string {
  const close = pairs.filter((p) => p.record.languageNote !== undefined).length;
  const failed = pairs.filter((p) => p.record.error !== undefined).length;
  const spun = counts.spunSentencePairs > 0 ? ` (${counts.spunSentencePairs} from spun documents, marked x-spun)` : '';
  const leftOut = [
    `${counts.leftOut.belowMinScore} scored below ${counts.minScore}`,
    ...(counts.excludeSpun ? [`${counts.leftOut.spun} from spun documents (--exclude-spun)`] : []),
  ].join('; ');
  return `<tr><th>sentence pairs in corpus.tmx and Moses</th><td>${counts.sentencePairs}${spun}</td></tr>
<tr><th>sentence pairs left out</th><td>${leftOut}</td></tr>
${
  close > 0
    ? `<tr><th>pairs kept in a close language</th><td>${close}</td></tr>
`
    : ''
}${
  failed > 0
    ? `<tr><th>pairs that failed to align</th><td>${failed}</td></tr>
`
    : ''
}${
  counts.replacedCharacters > 0
    ? `<tr><th>characters replaced in corpus.tmx</th><td>${counts.replacedCharacters} (not allowed in XML 1.0; U+FFFD)</td></tr>
`
    : ''
}`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A relative href to a file path as written (each segment percent-encoded, so `#`, `?` and `%` stay in the name). */
const href = (path: string): string => escapeHtml(path.split('/').map(encodeURIComponent).join('/'));

/** A link to a file of the run or an input file; `–` for none. */
const fileLink = (path: string | null, label: string = path ?? ''): string => (path === null ? '–' : `<a href="${href(path)}">${escapeHtml(label)}</a>`);

/** `--q`, the hue (red 0 → green 120) of a score cell, for `value` between `low` and `high`. */
const scoreStyle = (value: number, low: number, high: number): string =>
  ` class="num scored" style="--q:${Math.round(120 * Math.min(1, Math.max(0, (value - low) / (high - low))))}"`;

const twoSided = (link: ReportLink): boolean => link.source.length > 0 && link.target.length > 0;

/** The share of a pair's links that have no counterpart on one side. */
function unalignedShare(linkTypes: PairRecord['linkTypes']): number {
  let all = 0;
  let one = 0;
  for (const [type, n] of Object.entries(linkTypes)) {
    all += n;
    if (type.startsWith('0-') || type.endsWith('-0')) one += n;
  }
  return all === 0 ? 0 : one / all;
}

/** Mean score of a pair's two-sided links, or null without any. */
function meanLinkScore(links: readonly ReportLink[]): number | null {
  const scores = links.filter(twoSided).map((l) => l.score);
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** The folder every path is in (`a/b/` for `a/b/c/x.txt` and `a/b/y.txt`), or `''`. */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
  for (const path of paths) {
    while (!path.startsWith(prefix)) {
      // `/` alone (an absolute path beside a relative one) has no shorter folder: none is shared.
      const cut = prefix.length > 1 ? prefix.lastIndexOf('/', prefix.length - 2) : -1;
      prefix = prefix.slice(0, cut + 1);
    }
  }
  return prefix;
}

/** The sortable, filterable table of every pair (drawn or not), one row each. */
function pairTable(pairs: ReportInput['pairs'], documents: readonly DocumentRecord[], drawn: number): string {
  // Names are shown below the folder they share, so a row reads `batch07/000.txt`, not a long path.
  const folder = commonFolder(pairs.flatMap((p) => [p.record.source, p.record.target]));
  const name = (file: string): string => fileLink(file, file.slice(folder.length));
  const verdictOf = new Map(documents.map((d) => [d.file, d.verdict]));
  // The record's `spun` names the side judged spun, so each side's own verdict says it.
  const verdict = (file: string, side: string): string => {
    const v = verdictOf.get(file) ?? null;
    return v === null ? '–' : `<span class="verdict ${v}">${side}: ${v}</span>`;
  };
  const rows = pairs.map(({ record, links }, n) => {
    const languages = `${record.sourceLanguage}-${record.targetLanguage}`;
    const mean = meanLinkScore(links);
    const unaligned = unalignedShare(record.linkTypes);
    const types = Object.entries(record.linkTypes)
      .filter(([, k]) => k > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([t, k]) => `${t} ${k}`)
      .join(', ');
    const search = `${record.source.slice(folder.length)}\n${record.target.slice(folder.length)}`.toLowerCase();
    const garble = `${verdict(record.source, 'source')} ${verdict(record.target, 'target')}`;
    return `<tr data-languages="${escapeHtml(languages)}" data-score="${record.score}" data-spun="${record.spun === null ? 0 : 1}" data-search="${escapeHtml(search)}"><td class="num" data-v="${n}">${n < drawn ? `<a href="#pair-${n}">${n + 1}</a>` : n + 1}</td><td class="file">${name(record.source)}</td><td class="file">${name(record.target)}</td><td>${escapeHtml(languages)}</td><td${scoreStyle(record.score, 0.02, 0.2)} data-v="${record.score}">${record.score.toFixed(3)}</td><td${mean === null ? ' class="num"' : scoreStyle(mean, 0.3, 0.9)} data-v="${mean ?? -1}">${mean === null ? '–' : mean.toFixed(2)}</td><td>${escapeHtml(types)}</td><td${scoreStyle(1 - unaligned, 0.5, 1)} data-v="${unaligned}">${Math.round(unaligned * 100)}%</td><td data-v="${record.spun ?? ''}">${garble}</td><td>${record.languageNote === undefined ? '' : `<span class="note">${escapeHtml(record.languageNote)}</span>`}</td><td>${record.error === undefined ? '' : `<span class="error">${escapeHtml(record.error)}</span>`}</td><td>${fileLink(record.alignment, 'jsonl')}</td></tr>`;
  });
  const languagePairs = [...new Set(pairs.map((p) => `${p.record.sourceLanguage}-${p.record.targetLanguage}`))].sort();
  return `<div class="controls">
<label>language pair <select id="f-language"><option value="">all</option>${languagePairs.map((l) => `<option>${escapeHtml(l)}</option>`).join('')}</select></label>
<label>pair score below <input id="f-below" type="number" min="0" max="1" step="0.01" placeholder="any"></label>
<label><input id="f-spun" type="checkbox"> spun only</label>
<label>file <input id="f-search" type="search" placeholder="search file names"></label>
<span id="shown" class="shown">${pairs.length} pairs</span>${folder === '' ? '' : `<span class="folder">files below ${escapeHtml(folder)}</span>`}</div>
<table class="pairs" id="pairs"><thead><tr><th data-type="number">#</th><th>source</th><th>target</th><th>languages</th><th data-type="number">pair score</th><th data-type="number">mean link score</th><th>link types</th><th data-type="number">unaligned</th><th>garble</th><th>language note</th><th>error</th><th>alignment</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** An inline SVG histogram of the scores of every two-sided sentence link, in tenths. */
function histogram(pairs: ReportInput['pairs']): string {
  const bins = new Array<number>(10).fill(0);
  let oneSided = 0;
  for (const { links } of pairs) {
    for (const link of links) {
      if (!twoSided(link)) oneSided++;
      else bins[Math.min(9, Math.max(0, Math.floor(link.score * 10)))]! += 1;
    }
  }
  const most = Math.max(1, ...bins);
  const [w, h, bar] = [440, 140, 40];
  const bars = bins
    .map((k, i) => {
      const height = Math.round((k / most) * (h - 30));
      const x = 10 + i * bar;
      const range = `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`;
      return `<g><title>${range}: ${k} links</title><rect class="bar" x="${x}" y="${h - 20 - height}" width="${bar - 4}" height="${height}"></rect><text x="${x + (bar - 4) / 2}" y="${h - 22 - height}" text-anchor="middle">${k}</text><text x="${x}" y="${h - 6}">${(i / 10).toFixed(1)}</text></g>`;
    })
    .join('');
  return `<figure class="histogram"><svg class="histogram" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="link scores">${bars}</svg>
<figcaption>Scores of ${bins.reduce((a, b) => a + b, 0)} two-sided sentence links, in tenths; ${oneSided} sentences have no counterpart.</figcaption></figure>`;
}

/** A sentence's text with the garbled spans inside it marked; offsets are the document's. */
function sentenceHtml(doc: ReportText, index: number): string {
  const sentence = doc.sentences[index];
  if (!sentence) return '';
  const spans = doc.spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
  let html = '';
  let at = sentence.start;
  for (const span of spans) {
    html += escapeHtml(doc.text.slice(at, span.start));
    const tip = span.suggestion ? `likely original: ${span.suggestion}` : span.reason;
    html += `<mark class="garble" title="${escapeHtml(tip)}" data-tip="${escapeHtml(tip)}">${escapeHtml(doc.text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeHtml(doc.text.slice(at, sentence.end));
  return `<span class="sentence" data-index="${index}">${html}</span>`;
}

function linkType(link: ReportLink): string {
  return `${link.source.length}-${link.target.length}`;
}

/** The side-by-side table of one pair's sentence links. */
function alignmentHtml(record: PairRecord, links: readonly ReportLink[], source: ReportText, target: ReportText): string {
  let colour = 0;
  const rows = links.map((link) => {
    const unaligned = link.source.length === 0 || link.target.length === 0;
    // Golden-angle hues keep neighbouring links apart in colour.
    const style = unaligned ? '' : ` style="--hue:${Math.round((colour++ * 137.508) % 360)}"`;
    const cell = (doc: ReportText, ids: readonly number[]) =>
      ids.length === 0 ? '<td class="empty">no counterpart</td>' : `<td>${ids.map((i) => sentenceHtml(doc, i)).join(' ')}</td>`;
    return `<tr class="${unaligned ? 'link unaligned' : 'link'}" data-type="${linkType(link)}"${style}>
<td class="ids">${link.source.join(',') || '–'}</td>${cell(source, link.source)}${cell(target, link.target)}<td class="ids">${link.target.join(',') || '–'}</td><td class="score">${link.score.toFixed(2)}</td></tr>`;
  });
  return `<table class="alignment"><thead><tr><th>#</th><th>${escapeHtml(record.source)}</th><th>${escapeHtml(record.target)}</th><th>#</th><th>score</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/**
 * One pair's collapsible section. Its alignment waits in a `<template>` (inert: parsed, never
 * laid out) until the section is opened, so a corpus of many pairs stays a light page; with
 * `open` it is drawn in place.
 */
function pairHtml(record: PairRecord, links: readonly ReportLink[], texts: ReadonlyMap<string, ReportText>, n: number, open: boolean): string {
  const source = texts.get(record.source);
  const target = texts.get(record.target);
  const body =
    record.error !== undefined
      ? `<p class="error">${escapeHtml(record.error)}</p>`
      : !source || !target
        ? `<p class="more">Not drawn in this report; see ${fileLink(record.alignment)}.</p>`
        : alignmentHtml(record, links, source, target);
  return `<details class="pair" id="pair-${n}"${open ? ' open' : ''}><summary><span class="title">${escapeHtml(record.source)} <span class="lang">${escapeHtml(record.sourceLanguage)}</span> ↔ ${escapeHtml(record.target)} <span class="lang">${escapeHtml(record.targetLanguage)}</span></span> <span class="pair-score">score ${record.score.toFixed(2)}</span>${record.spun === null ? '' : ` <span class="verdict spun">spun: ${record.spun}</span>`}${record.languageNote === undefined ? '' : ` <span class="note">${escapeHtml(record.languageNote)}</span>`} <span class="files">${fileLink(record.alignment)}</span></summary>
${open ? body : `<template>${body}</template>`}</details>`;
}

/** A spun document with its garbled spans marked; drawn in place (`open`) or when first opened. */
function spunHtml(doc: DocumentRecord, text: ReportText | undefined, open: boolean): string {
  if (!text) return '';
  const body = `<p>${text.sentences.map((_, i) => sentenceHtml(text, i)).join(' ')}</p>`;
  return `<details class="spun-document"${open ? ' open' : ''}><summary>${escapeHtml(doc.file)} <span class="verdict spun">spun</span> <span class="pair-score">score ${(doc.garbleScore ?? 0).toFixed(2)}, ${text.spans.length} suspected substitutions</span></summary>
${open ? body : `<template>${body}</template>`}</details>`;
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

const list = (counts: Map<string, number>): string => [...counts].map(([k, v]) => `${escapeHtml(k)} ${v}`).join(', ') || '–';

/**
 * Render the corpus report: one self-contained HTML page (inline CSS and script, no network)
 * with a summary table, a histogram of link scores, a sortable and filterable table of every
 * pair with links to its files, each pair side by side in a collapsible section (drawn when
 * opened; links colour-matched, unaligned sentences marked), every document, and spun
 * documents with their garbled spans highlighted (hover shows the likely original).
 */
export function renderReport(input: ReportInput): string {
  const { documents, pairs, texts } = input;
  const maxPairs = input.maxPairs ?? 200;
  const linkTypes = new Map<string, number>();
  for (const { record } of pairs) {
    for (const [type, n] of Object.entries(record.linkTypes)) linkTypes.set(type, (linkTypes.get(type) ?? 0) + n);
  }
  const spun = documents.filter((d) => d.verdict === 'spun');
  const failed = documents.filter((d) => d.error !== undefined);
  const summary = `<table class="summary"><tbody>
<tr><th>documents</th><td>${documents.length}</td></tr>
<tr><th>languages</th><td>${list(count(documents, (d) => d.language))}</td></tr>
<tr><th>document pairs</th><td>${pairs.length}</td></tr>
<tr><th>sentence links</th><td>${list(new Map([...linkTypes].sort((a, b) => b[1] - a[1])))}</td></tr>
${input.counts === undefined ? '' : countRows(input.counts, pairs)}<tr><th>spun documents</th><td>${spun.length === 0 ? 'none' : spun.map((d) => escapeHtml(d.file)).join(', ')}</td></tr>
<tr><th>unreadable files and failed checks</th><td>${failed.length === 0 ? 'none' : failed.map((d) => escapeHtml(d.file)).join(', ')}</td></tr>
</tbody></table>`;
  const documentRows = documents
    .map(
      (d) => `<tr><td>${fileLink(d.file)}</td><td>${escapeHtml(d.language)}</td><td>${d.sentences}</td>
<td>${d.verdict === null ? '' : `<span class="verdict ${d.verdict}">${d.verdict}</span>`}${d.error ? `<span class="error">${escapeHtml(d.error)}</span>` : ''}</td>
<td>${d.story === null ? '' : `story ${d.story}`}</td><td>${d.nearCopies.map(escapeHtml).join(', ')}</td></tr>`,
    )
    .join('\n');
  const shown = pairs.slice(0, maxPairs);
  // A report of one pair opens it: there is nothing to choose from.
  const open = pairs.length === 1;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
${REPORT_CSS}
</style></head>
<body>
<h1>${escapeHtml(input.title)}</h1>
<h2>Summary</h2>
${summary}
<h2>Link scores</h2>
${histogram(pairs)}
<h2>Pairs</h2>
${pairTable(pairs, documents, shown.length)}
${pairs.length > shown.length ? `<p class="more">${pairs.length - shown.length} more pairs are in the table, pairs.jsonl and alignments/, not drawn here.</p>` : ''}
${shown.map(({ record, links }, n) => pairHtml(record, links, texts, n, open)).join('\n')}
<details class="documents"${documents.length <= 20 ? ' open' : ''}><summary>Documents (${documents.length})</summary>
<table class="documents"><thead><tr><th>file</th><th>language</th><th>sentences</th><th>garble</th><th>same story</th><th>near copies</th></tr></thead>
<tbody>${documentRows}</tbody></table></details>
${spun.length === 0 ? '' : '<h2>Spun documents</h2>'}
${spun.map((d) => spunHtml(d, texts.get(d.file), spun.length === 1)).join('\n')}
<script>
${REPORT_SCRIPT}
</script>
</body></html>
`;
}
