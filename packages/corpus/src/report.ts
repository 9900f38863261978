import type { OutputCounts } from './outputs.js';
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

function pairHtml(record: PairRecord, links: readonly ReportLink[], texts: ReadonlyMap<string, ReportText>, n: number): string {
  const source = texts.get(record.source);
  const target = texts.get(record.target);
  if (!source || !target) return '';
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
  return `<section class="pair" id="pair-${n}">
<h2>${escapeHtml(record.source)} <span class="lang">${escapeHtml(record.sourceLanguage)}</span> ↔ ${escapeHtml(record.target)} <span class="lang">${escapeHtml(record.targetLanguage)}</span> <span class="pair-score">score ${record.score.toFixed(2)}</span>${record.spun === null ? '' : ` <span class="verdict spun">spun: ${record.spun}</span>`}${record.languageNote === undefined ? '' : ` <span class="note">${escapeHtml(record.languageNote)}</span>`}</h2>
<table class="alignment"><thead><tr><th>#</th><th>${escapeHtml(record.source)}</th><th>${escapeHtml(record.target)}</th><th>#</th><th>score</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function spunHtml(doc: DocumentRecord, text: ReportText | undefined): string {
  if (!text) return '';
  const body = text.sentences.map((_, i) => sentenceHtml(text, i)).join(' ');
  return `<section class="spun-document"><h2>${escapeHtml(doc.file)} <span class="verdict spun">spun</span> <span class="pair-score">score ${(doc.garbleScore ?? 0).toFixed(2)}, ${text.spans.length} suspected substitutions</span></h2><p>${body}</p></section>`;
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

const list = (counts: Map<string, number>): string => [...counts].map(([k, v]) => `${escapeHtml(k)} ${v}`).join(', ') || '–';

/**
 * Render the corpus report: one self-contained HTML page (inline CSS, no script, no network)
 * with a summary table, every document, each document pair side by side with its sentence
 * links colour-matched and unaligned sentences marked, and spun documents with their garbled
 * spans highlighted (hover shows the likely original).
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
      (d) => `<tr><td>${escapeHtml(d.file)}</td><td>${escapeHtml(d.language)}</td><td>${d.sentences}</td>
<td>${d.verdict === null ? '' : `<span class="verdict ${d.verdict}">${d.verdict}</span>`}${d.error ? `<span class="error">${escapeHtml(d.error)}</span>` : ''}</td>
<td>${d.story === null ? '' : `story ${d.story}`}</td><td>${d.nearCopies.map(escapeHtml).join(', ')}</td></tr>`,
    )
    .join('\n');
  const shown = pairs.slice(0, maxPairs);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1rem 2rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
table.summary{width:auto}table.summary th{background:#f4f4f6}
.alignment td.ids,.alignment td.score{font:12px monospace;color:#666;white-space:nowrap;width:2.5rem}
.alignment th:nth-child(2),.alignment th:nth-child(3){width:46%}
tr.link:not(.unaligned) td:not(.ids):not(.score){background:hsl(var(--hue) 80% 92%);border-left:4px solid hsl(var(--hue) 60% 55%)}
tr.unaligned td{background:#fafafa}td.empty{color:#a33;font-style:italic}
tr.unaligned td.empty::before{content:"∅ "}
mark.garble{background:#ffd54f;border-bottom:2px solid #e65100;position:relative;cursor:help}
mark.garble:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;background:#263238;color:#fff;padding:.2rem .45rem;border-radius:4px;white-space:nowrap;font-size:12px;z-index:2}
.verdict{padding:0 .4rem;border-radius:3px;font-size:12px}.verdict.spun{background:#e65100;color:#fff}.verdict.clean{background:#2e7d32;color:#fff}.verdict.unsupported{background:#9e9e9e;color:#fff}
.error{color:#a33}.note{font-weight:normal;color:#6d4c41;font-size:.85rem}.lang{font:12px monospace;background:#eceff1;padding:0 .3rem}.pair-score{font-weight:normal;color:#666;font-size:.85rem}
</style></head>
<body>
<h1>${escapeHtml(input.title)}</h1>
<h2>Summary</h2>
${summary}
<h2>Documents</h2>
<table class="documents"><thead><tr><th>file</th><th>language</th><th>sentences</th><th>garble</th><th>same story</th><th>near copies</th></tr></thead>
<tbody>${documentRows}</tbody></table>
${shown.map(({ record, links }, n) => pairHtml(record, links, texts, n)).join('\n')}
${pairs.length > shown.length ? `<p class="more">${pairs.length - shown.length} more pairs are in pairs.jsonl and alignments/.</p>` : ''}
${spun.map((d) => spunHtml(d, texts.get(d.file))).join('\n')}
</body></html>
`;
}
