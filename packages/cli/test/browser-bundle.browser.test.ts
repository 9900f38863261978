// The libraries in a real browser: a small page script that imports @sejajar/text, @sejajar/langid
// and @sejajar/align is bundled from their built packages as a web app would bundle it (esbuild,
// platform browser, so package.json `imports` pick the variants without Node built-ins) and run
// in Debian's Chromium, driven by playwright-core (`chromium.ts`: skipped locally without
// Chromium, never in CI).
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { describeBrowser, launchChromium } from './chromium.js';
import { repo } from './run-cli.js';

/** The page script: what a web app would write, its answers left on `globalThis.sejajar`. */
const entry = `
import { readTextFile, splitSentences } from '@sejajar/text';
import { detect } from '@sejajar/langid';
import { alignSentences, toTmx } from '@sejajar/align';

const id = 'Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada hari Senin. Jembatan itu menghubungkan dua kota besar. Biaya pembangunannya mencapai 1,5 triliun rupiah.';
const en = 'President Joko Widodo inaugurated a new bridge in Surabaya on Monday. The bridge connects two big cities. Its construction cost reached 1.5 trillion rupiah.';
const alignment = alignSentences(id, en);
let readError = null;
try {
  await readTextFile('news.txt');
} catch (error) {
  readError = error.code;
}
globalThis.sejajar = {
  sentences: splitSentences(id).map((sentence) => sentence.text),
  languages: [detect(id).language, detect(en).language],
  links: alignment.links,
  tmx: toTmx(alignment, { sourceLanguage: 'id', targetLanguage: 'en' }),
  readError,
  nodeGlobals: [typeof process, typeof Buffer],
};
`;

interface PageAnswers {
  sentences: string[];
  languages: string[];
  links: { source: number[]; target: number[]; score: number }[];
  tmx: string;
  readError: string | null;
  nodeGlobals: string[];
}

describeBrowser('@sejajar/text, langid and align bundled for the browser, in Chromium', () => {
  let bundle: string;
  let browser: Browser;
  let answers: PageAnswers;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Resolved from packages/cli, a workspace package that depends on all three: their package.json
    // `exports` lead to dist/ (`npm test` builds first), as for a user who installed them.
    const result = await build({
      stdin: { contents: entry, resolveDir: join(repo, 'packages/cli'), sourcefile: 'page.js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    browser = await launchChromium();
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><title>sejajar</title>');
    await page.addScriptTag({ type: 'module', content: bundle });
    await page.waitForFunction(() => 'sejajar' in globalThis, undefined, { timeout: 60_000 });
    answers = await page.evaluate(() => (globalThis as unknown as { sejajar: PageAnswers }).sejajar);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the bundle imports no node: built-in and the page ran without errors or Node globals', () => {
    expect(bundle).not.toMatch(/["']node:/);
    // What Node.js reads from lexicon/id-en.tsv is inlined: a line of the built-in lexicon.
    expect(bundle).toContain('jembatan\tbridge');
    expect(pageErrors).toEqual([]);
    expect(answers.nodeGlobals).toEqual(['undefined', 'undefined']);
  });

  test('splitSentences splits, detect names Indonesian and English', () => {
    expect(answers.sentences).toHaveLength(3);
    expect(answers.sentences[0]).toMatch(/^Presiden .*Senin\.$/);
    expect(answers.languages).toEqual(['id', 'en']);
  });

  test('alignSentences links the sentences one to one (the built-in lexicon inlined), toTmx writes XML', () => {
    expect(answers.links.map((link) => [link.source, link.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(answers.tmx.startsWith('<?xml')).toBe(true);
    expect(answers.tmx).toContain('<tuv xml:lang="id">');
  });

  test('readTextFile, Node.js only, rejects with a SejajarError instead of failing to load', () => {
    expect(answers.readError).toBe('EREAD');
  });
});
