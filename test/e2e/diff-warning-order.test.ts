// diff reads the later file first (its questionnaire is the one both are scored against), and
// printed its warnings first: a reader going through old then new met them backwards. Now the
// earlier file's come first, then the later file's, each by line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-warnings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An older minor version (line 2), an answer that does not apply (line 9), a waiver on no gap (line 14).
const answers = (version: string, owner: string): string =>
  `questionnaire: mini\nquestionnaireVersion: ${version}\norganisation: Test Council\nanswers:\n  owner: ${owner}\n  budget: true\n  notes: Nothing\n  cards: no\n  pci: some\n  services: [dns]\n  patch-days: 21\n  has-ot: no\nwaivers:\n  - question: budget\n    reason: Met already\n    approvedBy: Audit Committee\n    expires: 2027-01-01\n`;

it('diff warns of the earlier file first, then the later, each by line', async () => {
  // Names that sort the other way round, so the order is not the files' names.
  writeFileSync(join(dir, 'z-last-year.yaml'), answers('1.1.0', 'partly'));
  writeFileSync(join(dir, 'a-this-year.yaml'), answers('1.0.0', 'in-place'));
  const r = await runBinary({ args: ['diff', '-q', join(repoRoot, 'test/fixtures/valid/mini.yaml'), '--today', '2026-12-01', 'z-last-year.yaml', 'a-this-year.yaml'], cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const places = r.stderr.trimEnd().split('\n').map((l) => /^([^:]+:\d+:\d+): warning: /.exec(l)?.[1]);
  expect(places).toEqual(['z-last-year.yaml:2:23', 'z-last-year.yaml:9:3', 'z-last-year.yaml:14:5', 'a-this-year.yaml:2:23', 'a-this-year.yaml:9:3', 'a-this-year.yaml:14:5']);
});

it('a file compared with itself says each of its warnings once', async () => {
  writeFileSync(join(dir, 'same.yaml'), answers('1.1.0', 'partly'));
  const r = await runBinary({ args: ['diff', '-q', join(repoRoot, 'test/fixtures/valid/mini.yaml'), '--today', '2026-12-01', 'same.yaml', 'same.yaml'], cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const places = r.stderr.trimEnd().split('\n').map((l) => /^([^:]+:\d+:\d+): warning: /.exec(l)?.[1]);
  expect(places).toEqual(['same.yaml:2:23', 'same.yaml:9:3', 'same.yaml:14:5']);
});
