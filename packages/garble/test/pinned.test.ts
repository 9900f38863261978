// Pinned behaviour: complete reports (verdict, score, every span's offsets, text, suggestion,
// reason and confidence) on fixed texts, compared with test/fixtures/pinned.json. Any change to
// a span or a score fails; rewrite the expectations on purpose with UPDATE_FIXTURES=1.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectGarble, type GarbleOptions, type GarbleReport } from '../src/index.js';

const update = process.env.UPDATE_FIXTURES === '1';
const expectationsFile = fileURLToPath(new URL('fixtures/pinned.json', import.meta.url));
// The seed articles of the shared workspace folder (../shared/seeds beside the checkout).
const seedFolder = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seeds = existsSync(seedFolder)
  ? readdirSync(seedFolder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const seed = (id: string): string => readFileSync(join(seedFolder, seeds.find((f) => f.startsWith(`${id}_`))!), 'utf8');

// Written for this test: a paragraph spun by hand the way spinners do (synonyms without regard to
// sense, a broken contraction, stilted function phrases, a swapped word in a name), and a clean one.
const SPUN = `The Related Press reported on Tuesday that the metropolis council had despatched officers to the flood-hit districts. "We received’t stand by at the same time as households lose their properties," the mayor mentioned in a declaration. The council mentioned it will make use of emergency budget in opposition to the rising waters, and officers mentioned evacuation facilities were opened within the schools.
Residents mentioned the water rose rapid in a single day. Many households spent the night on rooftops ready for rescue boats, and the National Safety Council stated that more rain is predicted for the reason that storm has stalled over the coast.`;
const CLEAN = `The Associated Press reported on Tuesday that the city council had dispatched officials to the flooded districts. "We won’t stand by while families lose their homes," the mayor said in a statement. The council said it would use emergency funds against the rising water, and officials said evacuation centres were opened in the schools.
Residents said the water rose quickly overnight. Many families spent the night on rooftops waiting for rescue boats, and the National Weather Service said more rain is expected because the storm has stalled over the coast.`;

interface Case {
  readonly name: string;
  readonly text: () => string;
  readonly options?: GarbleOptions;
}

const cases: Case[] = [
  { name: 'spun paragraph', text: () => SPUN },
  { name: 'spun paragraph, every span', text: () => SPUN, options: { language: 'en', minConfidence: 0 } },
  { name: 'clean paragraph', text: () => CLEAN },
  { name: 'clean paragraph, every span', text: () => CLEAN, options: { language: 'en', minConfidence: 0 } },
  { name: 'spun paragraph against its original', text: () => SPUN, options: { references: [CLEAN] } },
  { name: 'empty', text: () => '', options: { language: 'en' } },
];
// Built only when the seeds are there (the reference case reads three of them).
const seedCases = (): Case[] => [
  ...seeds.map((f) => ({ name: `seed ${f}`, text: () => readFileSync(join(seedFolder, f), 'utf8') })),
  ...['001', '004'].map((id) => ({ name: `seed ${id}, every span`, text: () => seed(id), options: { language: 'en', minConfidence: 0 } })),
  { name: 'seed 004 against 001–003', text: () => seed('004'), options: { references: ['001', '002', '003'].map(seed) } },
];

const expectations: Record<string, GarbleReport> = existsSync(expectationsFile) ? JSON.parse(readFileSync(expectationsFile, 'utf8')) : {};
const written: Record<string, GarbleReport> = {};

function check({ name, text, options }: Case): void {
  // Through JSON, as the expectations are stored: no undefined fields, numbers as written.
  const report = JSON.parse(JSON.stringify(detectGarble(text(), options))) as GarbleReport;
  if (update) written[name] = report;
  else expect(report).toEqual(expectations[name]);
}

describe('detectGarble reports stay as pinned', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
  if (seeds.length > 0) test.each(seedCases().map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
  else test.skip('seed articles (no ../shared/seeds beside the checkout)', () => {});
  test('the expectations cover every case', () => {
    if (update) {
      writeFileSync(expectationsFile, JSON.stringify({ ...expectations, ...written }, null, 1) + '\n');
      return;
    }
    for (const c of [...cases, ...(seeds.length > 0 ? seedCases() : [])]) expect(Object.keys(expectations)).toContain(c.name);
  });
});
