// Debian's Chromium driven by playwright-core, for the tests that run in a real browser (`.ci/run`
// installs chromium). Without Chromium those tests are skipped locally and fail in CI, so CI never
// passes by skipping them.
import { describe } from '@jest/globals';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const executablePath = '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium && process.env.CI === 'true') throw new Error(`${executablePath} is missing: .ci/run installs Debian's chromium`);

/** `describe` where Chromium is installed, `describe.skip` elsewhere (never in CI: it throws there). */
export const describeBrowser = haveChromium ? describe : describe.skip;

/** Headless Chromium with its own background traffic (updates, sync, QUIC probes) turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}
