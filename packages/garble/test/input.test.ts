import { expect, test } from '@jest/globals';
import { detectGarble } from '../src/index.js';

test('a text that is not a string is a TypeError naming detectGarble', () => {
  const call = (): unknown => detectGarble({} as unknown as string);
  expect(call).toThrow(TypeError);
  expect(call).toThrow('detectGarble: text must be a string, got object');
});

test('each reference must be a string, and references an array of them', () => {
  const text = 'The minister said on Tuesday that the new law would come into force next year.';
  expect(() => detectGarble(text, { references: [text, 3 as unknown as string] })).toThrow(
    new TypeError('detectGarble: options.references[1] must be a string, got number'),
  );
  expect(() => detectGarble(text, { references: text as unknown as string[] })).toThrow(
    new TypeError('detectGarble: options.references must be an array of strings, got string'),
  );
});
