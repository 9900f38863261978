// The seed corpus report as a person sees it, in a real browser: Debian's Chromium driven by
// playwright-core (`chromium.ts`: skipped locally without Chromium, never in CI).
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, launchChromium } from './chromium.js';
import { corpus, jsonLines, manyCopies, repo, sejajar, swapWords, toMalay } from './run-cli.js';

// The callbacks given to evaluate() run in the page, where these browser globals exist. The test
// program is type-checked without the DOM library (everything else is Node code), so the two this
// file uses are declared here, as far as it uses them.
declare const window: { scrollTo(x: number, y: number): void };
declare const performance: { getEntriesByType(type: string): { domContentLoadedEventEnd: number; startTime: number }[] };
declare function getComputedStyle(element: unknown, pseudoElement?: string): { backgroundColor: string; content: string };

describeBrowser('report.html of the seed corpus, in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'sejajar-report-'));
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // A relative folder, as a user types it: the report names files the same way.
    const run = sejajar(['corpus', relative(process.cwd(), corpus), '--out', out, '--jobs', '2', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Any request leaving the page would break "self-contained": fail it loudly.
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) external.push(request.url());
    });
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    expect(external).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the summary table names the languages, the pair, link types and the spun document', async () => {
    const summary = page.locator('table.summary');
    await expect(summary.locator('tr', { hasText: 'languages' }).innerText()).resolves.toMatch(/en 4.*id 1/);
    await expect(summary.locator('tr', { hasText: 'document pairs' }).innerText()).resolves.toMatch(/\b1\b/);
    await expect(summary.locator('tr', { hasText: 'sentence links' }).innerText()).resolves.toMatch(/1-1 \d+/);
    await expect(summary.locator('tr', { hasText: 'spun documents' }).innerText()).resolves.toContain('004_');
  });

  test('000 and 001 are shown side by side, links colour-matched, unaligned sentences marked', async () => {
    // The only pair is drawn open: nothing to choose from.
    const pair = page.locator('details.pair').first();
    await expect(pair.locator('summary').innerText()).resolves.toMatch(/000_.*↔.*001_/);
    expect(await pair.isVisible()).toBe(true);
    const linked = pair.locator('tr.link:not(.unaligned)');
    expect(await linked.count()).toBeGreaterThanOrEqual(10);
    const colours = await linked.evaluateAll((rows) => rows.map((row) => getComputedStyle(row.children[1]!).backgroundColor));
    // Both sides of a link share a colour; neighbouring links differ.
    const sides = await linked
      .first()
      .evaluate((row) => [getComputedStyle(row.children[1]!).backgroundColor, getComputedStyle(row.children[2]!).backgroundColor]);
    expect(sides[0]).toBe(sides[1]);
    expect(colours[0]).not.toBe(colours[1]);
    const unaligned = pair.locator('tr.unaligned td.empty');
    expect(await unaligned.count()).toBeGreaterThanOrEqual(4);
    await expect(unaligned.first().innerText()).resolves.toContain('no counterpart');
  });

  test('garbled spans of the spun copy are highlighted, with the likely original on hover', async () => {
    const section = page.locator('details.spun-document', { hasText: '004_' });
    const marks = section.locator('mark.garble');
    expect(await marks.count()).toBeGreaterThan(10);
    const withSuggestion = section.locator('mark.garble[title^="likely original"]').first();
    await withSuggestion.scrollIntoViewIfNeeded();
    await withSuggestion.hover();
    const tip = await withSuggestion.evaluate((mark) => getComputedStyle(mark, '::after').content);
    expect(tip).toMatch(/likely original: \w+/);
    // SCREENSHOT=path keeps a picture of the report's first screen (docs/report-seed.png is made this way).
    if (process.env.SCREENSHOT) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      await page.screenshot({ path: process.env.SCREENSHOT, fullPage: false });
    }
  });
});

// A corpus to work in: the seeds copied into 25 folders (125 documents, `manyCopies`), with
// every fifth copy of 001 spun by synonym swaps and every fifth copy of 000 turned Malay, so the
// pairs differ in score, language pair and spun side.
function variedCorpus(folder: string): void {
  manyCopies(folder, 25);
  const spin: [string, string][] = [
    ['said', 'mentioned'],
    ['military', 'navy'],
    ['agency', 'company'],
    ['immediate', 'rapid'],
    ['troops', 'militia'],
    ['soldiers', 'infantrymen'],
    ['war', 'battle'],
    ['officials', 'authorities'],
    ['demanded', 'insisted'],
    ['support', 'assist'],
    ['country', 'nation'],
    ['Minister', 'Curate'],
    ['minister', 'curate'],
    ['Foreign', 'Overseas'],
    ['foreign', 'overseas'],
    ['intelligence', 'brainpower'],
    ['threat', 'menace'],
    ['security', 'safety'],
  ];
  readdirSync(folder)
    .sort()
    .forEach((batch, i) => {
      for (const name of readdirSync(join(folder, batch))) {
        const path = join(folder, batch, name);
        if (i % 5 === 1 && name.startsWith('001')) writeFileSync(path, swapWords(readFileSync(path, 'utf8'), spin));
        if (i % 5 === 3 && name.startsWith('000')) writeFileSync(path, toMalay(readFileSync(path, 'utf8')));
      }
    });
}

describeBrowser('report.html of a 125-document corpus, in Chromium', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sejajar-report-many-'));
  const input = join(scratch, 'in');
  const out = join(scratch, 'out');
  // biome-ignore lint/suspicious/noExplicitAny: pairs.jsonl records, read field by field
  let pairs: any[];
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  let loadMs = Number.NaN;
  const rows = () => page.locator('#pairs tbody tr:not([hidden])');
  const screenshots = process.env.UPDATE_SCREENSHOTS === '1';

  beforeAll(async () => {
    variedCorpus(input);
    const run = sejajar(['corpus', input, '--out', out, '--jobs', '2', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    pairs = jsonLines(readFileSync(join(out, 'pairs.jsonl'), 'utf8'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) external.push(request.url());
    });
    await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'domcontentloaded' });
    loadMs = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0]!;
      return navigation.domContentLoadedEventEnd - navigation.startTime;
    });
    console.log(`report.html: ${readFileSync(join(out, 'report.html')).length} bytes, ${pairs.length} pairs, DOMContentLoaded after ${loadMs.toFixed(0)} ms`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the corpus is varied: 125 documents, more than one language pair, spun pairs, several scores', () => {
    expect(jsonLines(readFileSync(join(out, 'documents.jsonl'), 'utf8'))).toHaveLength(125);
    expect(new Set(pairs.map((p) => `${p.sourceLanguage}-${p.targetLanguage}`)).size).toBeGreaterThan(1);
    expect(pairs.filter((p) => p.spun !== null).length).toBeGreaterThan(0);
    expect(new Set(pairs.map((p) => p.score)).size).toBeGreaterThan(3);
  });

  test('the page loads in under 2 s and asks the network for nothing', async () => {
    expect(loadMs).toBeLessThan(2000);
    expect(external).toEqual([]);
    await expect(rows().count()).resolves.toBe(pairs.length);
    // Every pair waits in a template: nothing is drawn until opened.
    await expect(page.locator('table.alignment').count()).resolves.toBe(0);
    if (screenshots) {
      await page.locator('h2', { hasText: 'Link scores' }).evaluate((h) => h.scrollIntoView());
      await page.screenshot({ path: join(repo, 'docs/report-corpus.png') });
    }
  });

  test('clicking a header sorts the table by it, again the other way', async () => {
    const header = page.locator('#pairs th', { hasText: 'pair score' });
    const scores = async () => (await rows().locator('td:nth-child(5)').allInnerTexts()).map(Number);
    await header.click();
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending.at(-1)!);
    await header.click();
    const descending = await scores();
    expect(descending).toEqual([...ascending].reverse());
  });

  test('the language, score and spun filters and the search narrow the table', async () => {
    const expectRows = async (n: number) => {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(pairs.length);
      await expect(rows().count()).resolves.toBe(n);
      await expect(page.locator('#shown').innerText()).resolves.toBe(`${n} of ${pairs.length} pairs shown`);
    };
    // The Malay copies pair as en-ms (languages in code order), the rest as id-en.
    const languages = (p: { sourceLanguage: string; targetLanguage: string }) => `${p.sourceLanguage}-${p.targetLanguage}`;
    const malay = pairs.find((p) => p.targetLanguage === 'ms' || p.sourceLanguage === 'ms');
    await page.selectOption('#f-language', languages(malay));
    await expectRows(pairs.filter((p) => languages(p) === languages(malay)).length);
    await page.selectOption('#f-language', '');
    const below = [...pairs.map((p) => p.score)].sort((a, b) => a - b)[Math.floor(pairs.length / 2)];
    await page.fill('#f-below', String(below));
    await expectRows(pairs.filter((p) => p.score < below).length);
    await page.fill('#f-below', '');
    await page.check('#f-spun');
    await expectRows(pairs.filter((p) => p.spun !== null).length);
    await page.uncheck('#f-spun');
    await page.fill('#f-search', 'BATCH07/');
    await expectRows(pairs.filter((p) => `${p.source}\n${p.target}`.includes('batch07/')).length);
    await page.fill('#f-search', '');
    await expect(rows().count()).resolves.toBe(pairs.length);
  });

  test('opening a pair draws its alignment side by side', async () => {
    const pair = page.locator('details.pair#pair-3');
    await expect(pair.locator('table.alignment').count()).resolves.toBe(0);
    await page.locator('#pairs a[href="#pair-3"]').click();
    await expect(pair.getAttribute('open')).resolves.toBe('');
    const links = pair.locator('table.alignment tr.link:not(.unaligned)');
    expect(await links.count()).toBeGreaterThanOrEqual(10);
    await expect(pair.locator('table.alignment').count()).resolves.toBe(1);
    // Closing and opening again draws it once only.
    await pair.locator('summary').click();
    await pair.locator('summary').click();
    await expect(pair.locator('table.alignment').count()).resolves.toBe(1);
    expect(external).toEqual([]);
    if (screenshots) {
      await pair.evaluate((details) => details.scrollIntoView());
      await page.screenshot({ path: join(repo, 'docs/report-pair.png') });
    }
  });
});
