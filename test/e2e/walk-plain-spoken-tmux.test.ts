import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// --plain is for screen readers, which at their usual punctuation level do not say "?", "-" or "…"
// and say "<" as "less": a reviewer heard "or don't know, skip, less back" with the keys unspoken,
// and typing the names heard in the list ("don't know", "skip", "back") was refused. Every plain
// prompt now takes the names, says the special replies by name, says a yes-or-no default in words,
// reads back what it saves, and heads sections in words, not box-drawing marks.
const terminal = tmuxTerminal('walk-plain-spoken', { width: 100, height: 40 });
const { waitFor, keys, start, ended, drawn } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = `id: spoken
version: 1.0.0
title: Spoken replies
sections:
  - id: s
    title: Basics
    questions:
      - id: owner
        text: Is there a named senior owner?
        type: yes-no
      - id: pci
        text: Are you PCI DSS compliant?
        type: choice
        allowNotApplicable: true
        options:
          - { value: none, label: None, score: 0 }
          - { value: some, label: Some channels, score: 0.5 }
          - { value: all, label: All channels, score: 1 }
      - id: days
        text: Days to patch critical vulnerabilities?
        type: number
        unit: days
        bands:
          - { max: 14, score: 1 }
          - { score: 0 }
      - id: notes
        text: Anything else?
        type: text
`;

/** What the last run drew, with wrapped lines joined again and runs of spaces as one. */
const said = (dir: string): string => drawn(dir).replace(/\s+/g, ' ');
const sees = (dir: string, text: string): Promise<void> => waitFor(() => said(dir).includes(text), `"${text}"`);

it.runIf(hasTmux)('--plain takes the special replies by name, says them in words, and reads back a reason and a note', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-spoken-'));
  writeFileSync(join(dir, 'q.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: spoken\nquestionnaireVersion: 1.0.0\norganisation: Test Council\nassessor: Head of ICT\nassessedOn: 2026-11-20\nanswers:\n');
  start(dir, ['assess', '--plain', '--notes', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-25']);
  await sees(dir, 'Is there a named senior owner?');
  // The section's heading in words alone: no "──" for a screen reader to say or skip.
  expect(drawn(dir)).toMatch(/^Section 1 of 1: Basics$/m);
  expect(drawn(dir)).not.toContain('──');
  await keys("  Don't Know  ", 'Enter');
  await sees(dir, "Recorded: Don't know.");
  await sees(dir, 'Note (optional; Enter for none):');
  await keys('Asked the chief executive', 'Enter');
  await sees(dir, 'Note recorded.');
  await sees(dir, 'Are you PCI DSS compliant?');
  // A word that is no option: the error says the special replies by name, keys unspoken.
  await keys('maybe', 'Enter');
  await sees(dir, "Type a number from 1 to 3, or type don't know, not applicable, skip or back.");
  expect(drawn(dir)).not.toContain("? don't know, - skip");
  await keys('BACK', 'Enter');
  await waitFor(() => said(dir).split('Is there a named senior owner?').length === 3, 'the first question again');
  await keys('dont know', 'Enter');
  await waitFor(() => said(dir).split('Note (optional; Enter keeps it):').length === 2, 'its note, kept by Enter');
  await keys('Enter');
  await waitFor(() => said(dir).split('Are you PCI DSS compliant?').length === 3, 'the second question again');
  await keys('Not applicable', 'Enter');
  await sees(dir, 'Why does it not apply? (type back for the question):');
  await keys('Card payments are outsourced', 'Enter');
  await sees(dir, 'Recorded: Not applicable (reason: Card payments are outsourced).');
  await keys('Enter'); // no note
  await sees(dir, "Type the number of days (or type don't know, skip or back):");
  await keys('soon', 'Enter');
  await sees(dir, "Type a number of days, or type don't know, skip or back.");
  await keys('unknown', 'Enter');
  await waitFor(() => said(dir).split("Recorded: Don't know.").length === 4, 'the number read back');
  await keys('Enter'); // no note
  await sees(dir, "Type your answer (or type don't know, skip or back):");
  await keys('skip', 'Enter');
  await sees(dir, 'Recorded: Skipped for now.');
  // The board paper's offer: its default said in words, not by the case of "Y/n".
  await sees(dir, '(y or n; Enter for yes):');
  await keys('no', 'Enter');
  expect(await ended(dir)).toBe('0');
  const saved = readFileSync(join(dir, 'a.yaml'), 'utf8');
  expect(saved).toContain('owner: { status: unknown, note: Asked the chief executive }');
  expect(saved).toContain('pci: { status: not-applicable, reason: Card payments are outsourced }');
  expect(saved).toContain('days: { status: unknown }');
  expect(saved).not.toContain('notes:');
});

it.runIf(hasTmux)('--plain reads a critical system back once it is saved, heads it in words, and takes yes and no in words', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-spoken-'));
  cpSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), join(dir, 'sys.yaml'));
  start(dir, ['assess', '--plain', '-q', 'sys.yaml', '--today', '2026-12-01', '--save', 'answers.yaml']);
  await sees(dir, 'Organisation');
  await keys('Plain Council', 'Enter');
  await sees(dir, 'Your name or role');
  await keys('Head of ICT', 'Enter');
  await sees(dir, 'Question 1 of 2, 0 answered.');
  await keys('yes', 'Enter');
  await sees(dir, 'Recorded: Yes.');
  await sees(dir, 'Question 2 of 2, 1 answered.');
  await keys('No', 'Enter');
  await sees(dir, 'Name of critical system 1:');
  // The list's heading in words too.
  expect(drawn(dir)).toMatch(/^Critical systems$/m);
  await keys('Social care case management', 'Enter');
  await sees(dir, 'Its owner');
  await keys('Director of Adult Services', 'Enter');
  await sees(dir, 'Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('Yes', 'Enter');
  await sees(dir, 'File (beside the answers file;');
  await keys('Enter');
  await sees(dir, 'Recorded: Social care case management, owned by Director of Adult Services, answers in systems/social-care-case-management.yaml.');
  await sees(dir, 'Name of critical system 2 (Enter if no more):');
  await keys('Payroll', 'Enter');
  await waitFor(() => said(dir).split('Its owner (optional; or type back):').length === 3, 'the second owner');
  // Back by name, as offered.
  await keys('Back', 'Enter');
  await sees(dir, 'Name of critical system 2 (Enter for Payroll):');
  await keys('Enter');
  await waitFor(() => said(dir).split('Its owner (optional; or type back):').length === 4, 'the second owner again');
  await keys('Enter');
  await waitFor(() => said(dir).split('Keep its answers in a file of its own? (y or n; Enter for no):').length === 3, 'the second file question');
  await keys('no', 'Enter');
  await sees(dir, 'Recorded: Payroll.');
  await sees(dir, 'Name of critical system 3 (Enter if no more):');
  await keys('Enter');
  await sees(dir, 'Critical system 1 of 2: Social care case management');
  expect(drawn(dir)).not.toMatch(/[─═]/);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toContain('owner: Director of Adult Services\n    file: systems/social-care-case-management.yaml\n');
});

it.runIf(hasTmux)('--plain --review: the status screen shows the recorded justification, and statements and statuses are taken by name', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-plain-spoken-'));
  const text = [
    'questionnaire: two-outcomes',
    'organisation: Test Council',
    'answers:',
    '  backups:',
    '    indicators: { BK.NA.1: false, BK.PA.1: true, BK.A.1: true, BK.A.2: true }',
    '    confirmed: partially-achieved',
    '    justification: Restore not tested since the move',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'answers.yaml'), text);
  start(dir, ['assess', '--plain', '--review', '-q', join(repoRoot, 'test/fixtures/outcome-walk/two-outcomes.yaml'), '--answers', 'answers.yaml', '--today', '2026-11-23']);
  for (const id of ['BK.NA.1', 'BK.PA.1', 'BK.A.1', 'BK.A.2']) {
    await sees(dir, id);
    await keys('Enter');
  }
  await sees(dir, 'The statements show: achieved.');
  // The status kept by choice 1 is what the report will say, with these words: they are said under it.
  await sees(dir, '1. Keep the recorded status: partially achieved Justification: Restore not tested since the move 2. Confirm: achieved');
  await keys('confirm', 'Enter');
  await sees(dir, 'Recorded: achieved.');
  await sees(dir, 'AC.NA.1');
  await keys('perhaps', 'Enter');
  await sees(dir, "Type 1 or 2, or type true, false, don't know, skip or back.");
  await keys('False', 'Enter');
  await sees(dir, 'AC.A.1');
  await keys('true', 'Enter');
  await waitFor(() => said(dir).split('The statements show: achieved.').length === 3, 'the second status');
  await keys('record', 'Enter');
  await sees(dir, 'Why not achieved? This goes in the report (type back to choose again):');
  await keys('back', 'Enter');
  await waitFor(() => said(dir).split('The statements show: achieved.').length === 4, 'the second status again');
  await keys('Confirm: achieved', 'Enter');
  await waitFor(() => said(dir).split('Recorded: achieved.').length === 3, 'the second status recorded');
  await sees(dir, '(y or n; Enter for yes):');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const saved = readFileSync(join(dir, 'answers.yaml'), 'utf8');
  expect(saved).not.toContain('justification:');
  expect(saved).toContain('AC.NA.1: false');
});
