// A name that differs from a folder's entry only in case (SPEC "v2: critical systems": a system's
// file is named as git and Linux spell it) is told with the spelling to use, but only when there is
// exactly one such entry: with two, either could be meant, and naming one would be a guess.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { caseCorrected } from '../../src/fs/name-case.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-name-case-'));

it('gives the spelling on disk when one entry differs only in case', () => {
  const dir = folder();
  mkdirSync(join(dir, 'systems'));
  writeFileSync(join(dir, 'systems', 'revenues.yaml'), '');
  expect(caseCorrected(dir, 'Systems/Revenues.yaml')).toBe('systems/revenues.yaml');
  expect(caseCorrected(dir, 'systems/revenues.yaml')).toBeUndefined();
});

it('gives none when two entries differ from the name only in case', () => {
  const dir = folder();
  mkdirSync(join(dir, 'Systems'));
  mkdirSync(join(dir, 'SYSTEMS'));
  expect(caseCorrected(dir, 'systems')).toBeUndefined();
  writeFileSync(join(dir, 'Systems', 'new.yaml'), '');
  writeFileSync(join(dir, 'SYSTEMS', 'new.yaml'), '');
  expect(caseCorrected(dir, 'systems/new.yaml')).toBeUndefined();
});
