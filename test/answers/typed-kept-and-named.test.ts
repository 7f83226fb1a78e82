// The full prompts, at typed questions: a saved text that reads as a shortcut ("N/A", "n/a") is what
// Enter keeps in a review, as README says and --plain does (the prompt checked its default as typed
// text, and refused it, or took it as "not applicable" and asked why); and where a question allows
// not applicable, "not applicable" typed by name means it, as at --plain (it was saved as the text,
// or refused as "Type a number"). Driven through run() on a virtual terminal.
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const QUESTIONNAIRE = `id: kept-check
version: 1.0.0
title: Kept check
sections:
  - id: org
    title: Council
    questions:
      - { id: t-no, text: Who is the deputy?, type: text }
      - { id: t-yes, text: Who is the second deputy?, type: text, allowNotApplicable: true }
      - { id: n-yes, text: Days to patch?, type: number, unit: days, allowNotApplicable: true }
`;

const next = async (): Promise<string> => {
  await screen.next();
  return screen.getScreen();
};

it('Enter keeps a saved text that reads as a shortcut, in a review', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-kept-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  const saved = 'questionnaire: kept-check\norganisation: C\nassessor: L\nanswers:\n  t-no: N/A\n  t-yes: n/a\n  n-yes: 3\n';
  writeFileSync(join(dir, 'a.yaml'), saved);
  const run = runInProcess({ args: ['assess', '-q', 'q.yaml', '--answers', 'a.yaml', '--review', '--today', '2026-11-23'], cwd: dir, tty: true });
  expect(await next()).toContain('Who is the deputy?');
  screen.keypress('enter');
  expect(await next()).toContain('Who is the second deputy?');
  screen.keypress('enter');
  const after = await next();
  expect(after).not.toContain('not apply?');
  expect(after).toContain('Days to patch?');
  screen.keypress('enter');
  expect(await next()).toContain('Write the markdown report');
  screen.type('n');
  screen.keypress('enter');
  const { code, stderr } = await run;
  expect(code).toBe(0);
  expect(stderr).not.toContain('cannot be marked not applicable');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(saved);
});

it('"not applicable" typed by name means it where the question allows it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-named-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  const run = runInProcess({ args: ['assess', '-q', 'q.yaml', '--save', 'a.yaml', '--today', '2026-11-23'], cwd: dir, tty: true });
  await next();
  screen.type('C');
  screen.keypress('enter');
  await next();
  screen.type('L');
  screen.keypress('enter');
  expect(await next()).toContain('Who is the deputy?');
  screen.type('Ann');
  screen.keypress('enter');
  expect(await next()).toContain('Who is the second deputy?');
  screen.type('not applicable');
  screen.keypress('enter');
  expect(await next()).toContain('not apply?');
  screen.type('No second deputy post');
  screen.keypress('enter');
  expect(await next()).toContain('Days to patch?');
  screen.type('Not applicable');
  screen.keypress('enter');
  expect(await next()).toContain('not apply?');
  screen.type('No patching here');
  screen.keypress('enter');
  expect(await next()).toContain('Write the markdown report');
  screen.type('n');
  screen.keypress('enter');
  expect((await run).code).toBe(0);
  const text = readFileSync(join(dir, 'a.yaml'), 'utf8');
  expect(text).toContain('answers:\n  t-no: Ann\n  t-yes: { status: not-applicable, reason: No second deputy post }\n  n-yes: { status: not-applicable, reason: No patching here }\n');
});
