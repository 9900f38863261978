// Benchmark: alignment quality on Text+Berg (German–French) and PANL (Indonesian–English), with the
// published strict/lax scoring, against a Gale–Church (length-only) baseline run side by side.
// Run: npx pnpm@10.34.9 build && node bench/align/quality.mjs [--dev-only] [--threshold X] [--no-lexicon]
import { alignBatch, alignSentences } from '@sejajar/align';
import { available, cut, panlDomain, panlIntHarder, panlSet, textberg, textbergDevParts, withDroppedCounterparts } from './data.mjs';
import { galeChurch } from './gale-church.mjs';
import { byShape, countHits, pool, summary } from './score.mjs';

const args = process.argv.slice(2);
const devOnly = args.includes('--dev-only');
const thresholdAt = args.indexOf('--threshold');
const options = thresholdAt === -1 ? {} : { threshold: Number(args[thresholdAt + 1]) };
// --no-lexicon: Indonesian–English without the built-in lexicon, a second development set for
// pairs that only have what the input teaches (as German–French has).
if (args.includes('--no-lexicon')) options.builtinLexicon = false;

function report(title, docs, languages) {
  const ours = [];
  const peer = [];
  const started = performance.now();
  for (const d of docs) ours.push(countHits(d.gold, alignSentences(d.source, d.target, { ...languages, ...options }).links));
  const seconds = (performance.now() - started) / 1000;
  // The same documents as one batch: a lexicon learned from all of them (alignBatch).
  const batchStarted = performance.now();
  const batch = alignBatch(
    docs.map((d) => ({ source: d.source, target: d.target })),
    { ...languages, ...options },
  ).map((a, k) => countHits(docs[k].gold, a.links));
  const batchSeconds = (performance.now() - batchStarted) / 1000;
  for (const d of docs) peer.push(countHits(d.gold, galeChurch(d.source, d.target)));
  const o = pool(ours);
  const p = pool(peer);
  console.log(`\n## ${title} (${docs.length} documents, ${o.gold} gold links with both sides, ${o.goldUnaligned} unaligned; per pair ${seconds.toFixed(1)} s)`);
  console.log(`sejajar per pair ${summary(o)}`);
  console.log(`  per type (strict found/gold): ${byShape(o)}`);
  const b = pool(batch);
  console.log(`sejajar batch    ${summary(b)} (${batchSeconds.toFixed(1)} s)`);
  console.log(`  per type (strict found/gold): ${byShape(b)}`);
  console.log(`Gale-Church      ${summary(p)}`);
  console.log(`  per type (strict found/gold): ${byShape(p)}`);
}

if (available('textberg')) {
  report('Text+Berg dev (de-fr)', textberg('dev'), { sourceLanguage: 'de', targetLanguage: 'fr' });
  report('Text+Berg dev in 4 parts of test size (de-fr)', textbergDevParts(4), { sourceLanguage: 'de', targetLanguage: 'fr' });
  report('Text+Berg dev in 4 parts, 8% of 1-1 counterparts dropped (de-fr)', withDroppedCounterparts(textbergDevParts(4), { drop: 0.08, seed: 3000 }), {
    sourceLanguage: 'de',
    targetLanguage: 'fr',
  });
  if (!devOnly) report('Text+Berg test (de-fr)', textberg('test'), { sourceLanguage: 'de', targetLanguage: 'fr' });
}
if (available('iden')) {
  const idEn = { sourceLanguage: 'id', targetLanguage: 'en' };
  report('panl-int-del (dev, id-en)', panlSet('panl-int-del'), idEn);
  report('panl-int-hard (dev, id-en)', panlSet('panl-int-hard'), idEn);
  report('PANL INT harder cuts (dev: 8% dropped a side, 12% merged; seeds 2000-2019, id-en)', panlIntHarder(), idEn);
  if (!devOnly) {
    // Our own cuts of the other domains, cut like panl-int-hard but with more deletions and merges.
    for (const domain of ['ECO', 'SCI', 'SPO']) {
      const pairs = panlDomain(domain);
      const docs = Array.from({ length: 10 }, (_, k) => cut(pairs, { start: 37 + k * 300, size: 60, drop: 0.08, merge: 0.12, seed: 1000 + k }));
      report(`PANL ${domain} cuts (8% dropped a side, 12% merged; seeds 1000-1009, id-en)`, docs, idEn);
    }
  }
}
