// Wire-style English news from the PANL BPPT corpus in ../shared/bench-data (evaluation only;
// read in place, never copied): the INT (international news) English side, cut into pseudo
// articles of 25 lines. The first half of the file is development data, the second half test.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = fileURLToPath(new URL('../../../shared/bench-data/iden/panl/PANL-BPPT-INT-EN-150Kw.txt', import.meta.url));

/** Pseudo articles of the given half (`dev` or `test`), at most `limit`; empty when the data is absent. */
export function wireArticles(half, limit = 20) {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const middle = Math.floor(lines.length / 2);
  const part = half === 'dev' ? lines.slice(0, middle) : lines.slice(middle);
  const articles = [];
  for (let i = 0; i + 25 <= part.length && articles.length < limit; i += 25 * 8) articles.push(part.slice(i, i + 25).join('\n'));
  return articles;
}
