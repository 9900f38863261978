// The seed corpus report as a person sees it, in a real browser: Debian's Chromium driven by
// playwright-core (`.ci/run` installs chromium). Without Chromium the test is skipped locally and
// fails in CI, so CI never passes by skipping it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { corpus, sejajar } from './run-cli.js';

// The callbacks given to evaluate() run in the page, where these browser globals exist. The test
// program is type-checked without the DOM library (everything else is Node code), so the two this
// file uses are declared here, as far as it uses them.
declare const window: { scrollTo(x: number, y: number): void };
declare function getComputedStyle(element: unknown, pseudoElement?: string): { backgroundColor: string; content: string };

const executablePath = '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${executablePath} is missing: .ci/run installs Debian's chromium`);
const describeBrowser = haveChromium ? describe : describe.skip;

describeBrowser('report.html of the seed corpus, in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'sejajar-report-'));
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // A relative folder, as a user types it: the report names files the same way.
    const run = sejajar(['corpus', relative(process.cwd(), corpus), '--out', out, '--jobs', '2', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
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
    const pair = page.locator('section.pair').first();
    await expect(pair.locator('h2').innerText()).resolves.toMatch(/000_.*↔.*001_/);
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
    const section = page.locator('section.spun-document', { hasText: '004_' });
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
