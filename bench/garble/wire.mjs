// Wire-style English news from the PANL BPPT corpus in ../shared/bench-data (evaluation only;
// read in place, never copied): the INT (international news) English side, cut into pseudo
// articles of 25 lines. The first half of the file is development data, the second half test.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const panl = (file) => fileURLToPath(new URL(`../../../shared/bench-data/iden/panl/${file}`, import.meta.url));
const path = panl('PANL-BPPT-INT-EN-150Kw.txt');

/**
 * Pseudo articles of the given half (`dev` or `test`), at most `limit`; empty when the data is
 * absent. `offset` (lines, default 0) shifts the cuts: offset 100 gives articles that share no
 * line with the default ones (used to fit the document score on more development text).
 */
export function wireArticles(half, limit = 20, offset = 0) {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const middle = Math.floor(lines.length / 2);
  const part = half === 'dev' ? lines.slice(0, middle) : lines.slice(middle);
  const articles = [];
  for (let i = offset; i + 25 <= part.length && articles.length < limit; i += 25 * 8) articles.push(part.slice(i, i + 25).join('\n'));
  return articles;
}

/**
 * Clean development texts from the other PANL domains (economy, science, sport; English side),
 * 12 pseudo articles of 25 lines each: more modern news to check false flags on while choosing
 * document-score settings. Empty when the data is absent. `offset` as in {@link wireArticles}.
 */
export function otherDomainArticles(offset = 0) {
  const articles = [];
  for (const file of ['PANL-BPPT-ECO-EN-150Kw.txt', 'PANL-BPPT-SCI-EN-100Kw.txt', 'PANL-BPPT-SPO-EN-100Kw.txt']) {
    if (!existsSync(panl(file))) return [];
    const lines = readFileSync(panl(file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (let i = offset, n = 0; i + 25 <= lines.length && n < 12; i += 25 * 8, n++) articles.push(lines.slice(i, i + 25).join('\n'));
  }
  return articles;
}

const shared = (file) => fileURLToPath(new URL(`../../../shared/bench-data/${file}`, import.meta.url));

/**
 * More clean English for the false-flag check only (never used to fit or choose settings), as
 * pseudo articles of 25 lines: `bbc`, the English side of the BBC Indonesian news pairs (modern
 * news, each article opening with its headline), and `web`, the Lingua English test sentences
 * (Leipzig web corpora: unrelated sentences, British and American spelling mixed, so harder on the
 * document-level checks than any real article). Empty when the data is absent.
 */
export function moreCleanArticles(kind) {
  const file = shared(kind === 'bbc' ? 'iden/bbc/bbc-468.en' : 'langid/sentences/en.txt');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const articles = [];
  for (let i = 0; i + 25 <= lines.length; i += 25) articles.push(lines.slice(i, i + 25).join('\n'));
  return articles;
}
