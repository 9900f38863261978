// Development tool (not a benchmark of the test data): word-level P/R/F1 on development sets as
// the span threshold for texts judged spun varies (`minConfidence`; the library's default, 0.25).
// Texts judged clean keep their default spans, as in the library. Sets: seed 004 and copies of it
// with 70% / 50% of its annotated substitutions put back (rates 0.3 / 0.5), and spinner.mjs /
// spinner2.mjs copies of the wire and Brown development texts at rates 0.3–0.9.
// Run after the build: node bench/garble/span-threshold.mjs 0.2 0.25 0.3 0.35 0.4   (about 6 minutes)
import { detectGarble } from '@sejajar/garble';
import { brownText, heldOutBrownFiles } from './brown.mjs';
import { annotation004, prf, restored004, text004, wordCounts } from './seed004.mjs';
import { spin } from './spinner.mjs';
import { spin2 } from './spinner2.mjs';
import { wireArticles } from './wire.mjs';

const thresholds = process.argv.slice(2).map(Number);
if (thresholds.length === 0 || thresholds.some((t) => !(t >= 0 && t <= 1))) {
  console.error('usage: node bench/garble/span-threshold.mjs THRESHOLD... (each between 0 and 1)');
  process.exit(2);
}
const wire = wireArticles('dev', 17);
const brown = heldOutBrownFiles('dev').map(brownText);
const sets = {
  '004': [{ text: text004, spans: annotation004.spans }],
  '004 at 0.3': Array.from({ length: 6 }, (_, k) => restored004(0.3, 900 + k)),
  '004 at 0.5': Array.from({ length: 6 }, (_, k) => restored004(0.5, 950 + k)),
  'spinner wire': [],
  'spinner2 wire': [],
  'spinner2 wire at 0.3': [],
  'spinner Brown': [],
  'spinner2 Brown': [],
};
for (const rate of [0.3, 0.5, 0.7, 0.9]) {
  wire.forEach((text, i) => {
    sets['spinner wire'].push(spin(text, rate, 51 + i + 100 * rate));
    const copy = spin2(text, rate, 61 + i + 100 * rate);
    sets['spinner2 wire'].push(copy);
    if (rate === 0.3) sets['spinner2 wire at 0.3'].push(copy);
  });
  brown.forEach((text, i) => {
    sets['spinner Brown'].push(spin(text, rate, 71 + i + 100 * rate));
    sets['spinner2 Brown'].push(spin2(text, rate, 81 + i + 100 * rate));
  });
}

console.log(`| set | ${thresholds.map((t) => `P / R / F1 at ${t}`).join(' | ')} |\n|---|${thresholds.map(() => '---|').join('')}`);
for (const [name, docs] of Object.entries(sets)) {
  // The verdict does not depend on the span threshold: judge each text once.
  const reports = docs.map((doc) => detectGarble(doc.text, { language: 'en' }));
  const cells = thresholds.map((minConfidence) => {
    const counts = { tp: 0, fp: 0, fn: 0 };
    docs.forEach((doc, k) => {
      const spans = reports[k].verdict === 'spun' ? detectGarble(doc.text, { language: 'en', minConfidence }).spans : reports[k].spans;
      const c = wordCounts(doc.text, doc.spans, spans);
      counts.tp += c.tp;
      counts.fp += c.fp;
      counts.fn += c.fn;
    });
    const { p, r, f } = prf(counts);
    return `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
