// The peer: Gale & Church (1993) length-only alignment, implemented here as published: character
// lengths, c = 1, s² = 6.8, priors 1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011, full DP.
// `{ ratio: 'document' }` takes c from the document pair instead (target characters per source
// character over the whole documents): the fair peer for pairs whose scripts differ (Chinese
// against English is about 1 character to 3), where c = 1 cannot work.

function normalCdf(x) {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const SHAPES = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];

function cost(l1, l2, prior, c) {
  // Source length in target characters, so that the published s² keeps its unit.
  l1 *= c;
  const mean = (l1 + l2) / 2;
  const delta = mean === 0 ? 0 : (l2 - l1) / Math.sqrt(6.8 * mean);
  const p = Math.max(1e-12, 2 * (1 - normalCdf(Math.abs(delta))));
  return -Math.log(prior) - Math.log(p);
}

/**
 * Links `{ source, target }` for two lists of sentences, by length alone.
 * `options.ratio`: `1` (default, as published) or `'document'` (c = the documents' length ratio).
 */
export function galeChurch(source, target, options = {}) {
  const n = source.length;
  const m = target.length;
  const len = (side, from, count) => side.slice(from, from + count).reduce((x, s) => x + s.text.length, 0);
  const ratio = options.ratio === 'document' ? len(target, 0, m) / Math.max(1, len(source, 0, n)) : 1;
  const d = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  d[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k < SHAPES.length; k++) {
        const [a, b, prior] = SHAPES[k];
        if (i < a || j < b || (a === 0 && b === 0)) continue;
        const prev = d[i - a][j - b];
        if (prev === Infinity) continue;
        const c = prev + cost(len(source, i - a, a), len(target, j - b, b), prior, ratio);
        if (c < d[i][j]) {
          d[i][j] = c;
          back[i][j] = k;
        }
      }
    }
  }
  const links = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = SHAPES[back[i][j]];
    links.push({ source: Array.from({ length: a }, (_, x) => i - a + x), target: Array.from({ length: b }, (_, x) => j - b + x) });
    i -= a;
    j -= b;
  }
  return links.reverse();
}
