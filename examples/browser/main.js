// The browser example's script: align two pasted texts with @sejajar/align, in languages chosen
// or detected with @sejajar/langid, show the links and offer them as a TMX file. build.mjs bundles
// it into bundle.js, which index.html loads; nothing leaves the page.
import { alignSentences, toTmx } from '@sejajar/align';
import { detectDocument, supportedLanguages } from '@sejajar/langid';

/** The value of a language select that means "detect it". */
const DETECT = '';

const element = (id) => document.getElementById(id);

/** A language select: "detect" first, then every language langid knows, by name. */
function fillLanguages(select) {
  const languages = [...supportedLanguages()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  select.append(new Option('detect the language', DETECT));
  for (const { language, name } of languages) select.append(new Option(`${name} (${language})`, language));
}

/**
 * The language of one side: the one chosen, or the one langid detects in the text (shown beside
 * the select). `undefined` when it cannot tell, so the aligner guesses from the words.
 */
function languageOf(side, text) {
  const chosen = element(`${side}-lang`).value;
  const shown = element(`${side}-detected`);
  if (chosen !== DETECT) {
    shown.textContent = '';
    return chosen;
  }
  const { language, confidence } = detectDocument(text);
  shown.textContent = language === 'und' ? 'language not detected' : `detected: ${language} (${confidence.toFixed(2)})`;
  return language === 'und' ? undefined : language;
}

/** A table cell with the sentences of one side of a link, marked empty when it has none. */
function cell(sentences, indices) {
  const td = document.createElement('td');
  td.textContent = indices.map((i) => sentences[i].text).join(' ');
  if (indices.length === 0) td.className = 'empty';
  return td;
}

let tmxUrl;

/** Align the two texts and show the result: the table of links and the TMX download. */
function align() {
  const status = element('status');
  const link = element('tmx');
  const rows = element('links').tBodies[0];
  status.className = '';
  rows.replaceChildren();
  link.hidden = true;
  if (tmxUrl !== undefined) URL.revokeObjectURL(tmxUrl);
  tmxUrl = undefined;
  try {
    const sourceText = element('source').value;
    const targetText = element('target').value;
    const sourceLanguage = languageOf('source', sourceText);
    const targetLanguage = languageOf('target', targetText);
    const alignment = alignSentences(sourceText, targetText, { sourceLanguage, targetLanguage });
    for (const { source, target, score } of alignment.links) {
      const row = document.createElement('tr');
      // The sentence indices, for whoever reads the table by script (the example's test does).
      row.dataset.source = source.join(' ');
      row.dataset.target = target.join(' ');
      const scoreCell = document.createElement('td');
      scoreCell.className = 'score';
      scoreCell.textContent = score.toFixed(2);
      const typeCell = document.createElement('td');
      typeCell.className = 'type';
      typeCell.textContent = `${source.length}-${target.length}`;
      row.append(cell(alignment.source, source), cell(alignment.target, target), scoreCell, typeCell);
      rows.append(row);
    }
    const tmx = toTmx(alignment, { sourceLanguage, targetLanguage });
    tmxUrl = URL.createObjectURL(new Blob([tmx], { type: 'application/x-tmx+xml' }));
    link.href = tmxUrl;
    link.hidden = false;
    status.textContent = `${alignment.links.length} links between ${alignment.source.length} and ${alignment.target.length} sentences`;
  } catch (error) {
    status.className = 'error';
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

fillLanguages(element('source-lang'));
fillLanguages(element('target-lang'));
element('align').addEventListener('click', () => {
  element('status').textContent = 'aligning…';
  // Let the browser draw the message before the (synchronous) work starts.
  setTimeout(align, 0);
});
