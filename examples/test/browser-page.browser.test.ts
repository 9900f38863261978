// The browser example as a person uses it: examples/browser/build.mjs builds the page, Chromium
// opens index.html from disk, seeds 000 (Indonesian) and 001 (English) are pasted, Align is
// pressed; the table must cover every sentence of both sides in order, the TMX download must
// parse, and the page must send no request off the disk. Seeds from ../shared/seeds beside the
// checkout (skipped without them); Chromium as for the CLI's browser tests.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '@sejajar/text';
import type { Browser, Page } from 'playwright-core';
import { parseTmx } from '../../packages/align/test/tmx.js';
import { describeBrowser, launchChromium } from '../../packages/cli/test/chromium.js';

const page = join(dirname(fileURLToPath(import.meta.url)), '../browser');
const seedFolder = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seedFolder);
const seed = (id: string): string => readFileSync(join(seedFolder, readdirSync(seedFolder).find((f) => f.startsWith(`${id}_`))!), 'utf8');

/** Sentence indices as the page writes them on a row (`data-source="3 4"`). */
const indices = (value: string | null): number[] => (value ? value.split(' ').map(Number) : []);

(haveSeeds ? describeBrowser : describe.skip)('examples/browser: two pasted seed articles aligned in Chromium', () => {
  let browser: Browser;
  let tab: Page;
  const offDisk: string[] = [];
  const pageErrors: string[] = [];
  const source = haveSeeds ? seed('000') : '';
  const target = haveSeeds ? seed('001') : '';

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(page, 'build.mjs')], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    browser = await launchChromium();
    tab = await browser.newPage();
    tab.on('request', (request) => {
      // The page's own files and the TMX it makes in memory are all it may touch.
      if (!/^(file|blob):/.test(request.url())) offDisk.push(request.url());
    });
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(pathToFileURL(join(page, 'index.html')).href);
    await tab.fill('#source', source);
    await tab.fill('#target', target);
    await tab.click('#align');
    await tab.waitForSelector('#tmx:not([hidden])', { timeout: 20_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the page ran without errors, detected both languages and sent nothing over the network', async () => {
    expect(pageErrors).toEqual([]);
    expect(offDisk).toEqual([]);
    await expect(tab.locator('#status').getAttribute('class')).resolves.not.toBe('error');
    await expect(tab.locator('#source-detected').innerText()).resolves.toMatch(/^detected: id /);
    await expect(tab.locator('#target-detected').innerText()).resolves.toMatch(/^detected: en /);
  });

  test('the table has every sentence of both sides once, in order, with a score and a link type', async () => {
    const rows = tab.locator('#links tbody tr');
    const column = (n: number) => rows.locator(`td:nth-child(${n})`).allInnerTexts();
    const [sourceCells, targetCells, scores, types] = await Promise.all([column(1), column(2), column(3), column(4)]);
    const links = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-source'), tr.getAttribute('data-target')] as const));
    expect(links.length).toBeGreaterThan(10);
    const sourceSentences = splitSentences(source);
    const targetSentences = splitSentences(target);
    // A cell shows its link's sentences (white space as the browser renders it), a score and `1-1`, `2-1`, `1-0`….
    const shown = (sentences: typeof sourceSentences, link: number[]) => link.map((i) => sentences[i]!.text.replace(/\s+/g, ' ')).join(' ');
    links.forEach(([s, t], row) => {
      expect(sourceCells[row]).toBe(shown(sourceSentences, indices(s)));
      expect(targetCells[row]).toBe(shown(targetSentences, indices(t)));
      expect(scores[row]).toMatch(/^[01]\.\d\d$/);
      expect(types[row]).toBe(`${indices(s).length}-${indices(t).length}`);
    });
    expect(links.flatMap(([s]) => indices(s))).toEqual(sourceSentences.map((_, i) => i));
    expect(links.flatMap(([, t]) => indices(t))).toEqual(targetSentences.map((_, i) => i));
  });

  test('Download TMX saves a TMX that parses, one unit per row linking both sides', async () => {
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#tmx')]);
    expect(download.suggestedFilename()).toBe('alignment.tmx');
    const tmx = parseTmx(readFileSync(await download.path(), 'utf8'));
    expect(tmx.header.srclang).toBe('id');
    const both = await tab.locator('#links tbody tr:not(:has(td.empty))').count();
    expect(tmx.units).toHaveLength(both);
    expect(tmx.units[0]!.tuvs.map((tuv) => tuv.lang)).toEqual(['id', 'en']);
    expect(offDisk).toEqual([]);
  });
});
