// Development helper for the garble benchmark: the document-score midpoint a misfit model needs.
// Run: npx pnpm@10.34.9 build && node bench/garble/midpoint.mjs   (from the repository root)
//
// The document score is 1 − 0.5^(density / midpoint) (DENSITY_MIDPOINT in
// packages/garble/src/detect.ts), so a score s under the current midpoint M becomes
// 1 − (1 − s)^(M / M′) under another M′. A new misfit model changes the confidences the
// density adds up; this prints, on development data only, the highest clean score (Brown dev
// files, seeds 001–003, wire dev, other PANL domains), the midpoint that would put that text
// back at TARGET (the highest clean development score before round 4), and what that
// midpoint calls spun among the lightly spun development texts: 004 with 70% of its
// substitutions restored (12 copies, as in garble.mjs) and spinner2.mjs wire copies at 0.3.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { detectGarble } from '@sejajar/garble';
import { brownText } from './brown.mjs';
import { spin2 } from './spinner2.mjs';
import { otherDomainArticles, wireArticles } from './wire.mjs';

const TARGET = 0.463;
const CURRENT = 0.013; // DENSITY_MIDPOINT in detect.ts (not exported)
const repo = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(repo, 'examples/corpus');
const seed = (prefix) => readFileSync(join(corpus, readdirSync(corpus).find((f) => f.startsWith(`${prefix}_`))), 'utf8');

const heldOut = JSON.parse(readFileSync(join(repo, 'packages/garble/data/garble.json'), 'utf8')).heldOut;
const clean = [
  ...heldOut.dev.map((f) => brownText(f)),
  ...['001', '002', '003'].map(seed),
  ...wireArticles('dev', 17),
  ...otherDomainArticles(),
];
const highest = Math.max(...clean.map((text) => detectGarble(text).score));
// Density over midpoint is log2(1 / (1 − s)); the new midpoint keeps the density of the highest text.
const halvings = (s) => Math.log2(1 / (1 - s));
const midpoint = (CURRENT * halvings(highest)) / halvings(TARGET);
const rescore = (s) => 1 - Math.pow(1 - s, CURRENT / midpoint);

const annotation = JSON.parse(readFileSync(new URL('./004.annotation.json', import.meta.url), 'utf8'));
const text004 = seed('004');
function restored004(rate, start) {
  let state = start;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  let text = '';
  let at = 0;
  for (const g of [...annotation.spans].sort((a, b) => a.start - b.start)) {
    text += text004.slice(at, g.start);
    at = g.end;
    const present = text004.slice(g.start, g.end);
    if (random() < rate) text += present;
    else text += /^\p{Lu}/u.test(present) ? g.original.charAt(0).toUpperCase() + g.original.slice(1) : g.original;
  }
  return text + text004.slice(at);
}
const restored = Array.from({ length: 12 }, (_, k) => detectGarble(restored004(0.3, 17 + 1000 * 0.3 + k)).score);
const wire = wireArticles('dev', 17).map((text, i) => detectGarble(spin2(text, 0.3, 1000 * 0.3 + i).text).score);
const called = (scores, m) => scores.filter((s) => (m === CURRENT ? s : 1 - Math.pow(1 - s, CURRENT / m)) >= 0.5).length;

console.log(`highest clean development score: ${highest.toFixed(3)} (${clean.length} texts)`);
console.log(`midpoint that puts it at ${TARGET}: ${midpoint.toFixed(4)} (now ${CURRENT}); highest clean then ${rescore(highest).toFixed(3)}`);
for (const [name, scores] of [['004 restored to 0.3 (12 copies)', restored], [`spinner2.mjs wire dev at 0.3 (${wire.length} copies)`, wire]]) {
  console.log(`${name}: called spun ${called(scores, CURRENT)} at ${CURRENT}, ${called(scores, midpoint)} at ${midpoint.toFixed(4)}`);
}
