import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { plainWalkToWhyAchieved, refusedReply, startNewWalk } from '../helpers/walk-steps.js';

// The special replies (`?`, `-`, `n/a`, and their names in --plain) where they are no answer:
// typed at a not-applicable reason or a status's justification they were saved as the reason
// (`reason: "?"`), which the board paper then printed.
const terminal = tmuxTerminal('special-replies', { width: 100, height: 40 });
afterAll(() => terminal.kill());
const { ended, waitFor, waitForScreen, keys, historyText } = terminal;
const QUESTIONNAIRE = join(repoRoot, 'test/fixtures/outcome-walk/special-replies.yaml');

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const times = (text: string, part: string): number => text.split(part).length - 1;

/**
 * A refused reply (refusedReply): the full prompts kept one on the line, and what a person typed next
 * was saved after it (`reason: ?No card terminals`); what is typed next must be saved alone.
 */
const refused = (dir: string, reply: string, refusal: string): Promise<void> => refusedReply(terminal, dir, reply, refusal);

/** A new walk into a.yaml in a new folder, past the organisation and assessor. */
const newWalk = (plain: boolean): Promise<string> => startNewWalk(terminal, QUESTIONNAIRE, { prefix: 'special-replies', plain, first: 'Do you take card payments?' });

const REASON = 'Say in a few words why it does not apply';
const JUSTIFICATION = 'Say why the status differs from what the statements show';

/** Types the justification, ends the walk without a report, and finds the reason and justification saved as typed. */
async function justifyAndEnd(dir: string): Promise<void> {
  await keys('Leavers list is a month late', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const saved = read(dir, 'a.yaml');
  expect(saved).toContain('cards: { status: not-applicable, reason: No card terminals }');
  expect(saved).toContain('justification: Leavers list is a month late');
}

it.runIf(hasTmux)('--plain: a special reply at a reason or a justification is refused, not saved as one', { timeout: 90_000 }, async () => {
  const dir = await newWalk(true);
  await keys('n/a', 'Enter');
  await waitForScreen('Why does it not apply?');
  for (const reply of ['?', '-', 'n/a', 'skip', "don't know"]) await refused(dir, reply, REASON);
  await keys('No card terminals', 'Enter');
  await waitForScreen('Recorded: Not applicable (reason: No card terminals).');
  await waitForScreen('Type your answer');
  await keys('skip', 'Enter');
  await waitForScreen('AC.NA.1');
  await keys('1', 'Enter'); // True
  await waitForScreen('AC.A.1');
  await keys('2', 'Enter'); // False
  await waitForScreen('The statements show: not achieved.');
  await keys('2', 'Enter'); // Record another status
  await waitForScreen('Why achieved?');
  for (const reply of ['?', '-', 'n/a', 'skip']) await refused(dir, reply, JUSTIFICATION);
  await justifyAndEnd(dir);
});

it.runIf(hasTmux)('full prompts: `?`, `-` or `n/a` at a reason or a justification is refused, not saved as one', { timeout: 90_000 }, async () => {
  const dir = await newWalk(false);
  await keys('Down', 'Down', 'Down', 'Enter'); // Not applicable
  await waitForScreen('not apply? (< back to the question)');
  for (const reply of ['?', '-', 'n/a']) await refused(dir, reply, REASON);
  await keys('No card terminals', 'Enter');
  await waitForScreen('Not applicable: No card terminals');
  await waitForScreen('Who is the contact');
  await keys('-', 'Enter'); // Skip
  await waitForScreen('AC.NA.1');
  await keys('Enter'); // True
  await waitForScreen('AC.A.1');
  await keys('Enter'); // False
  await waitForScreen('Record another status');
  await keys('Down', 'Enter');
  await waitForScreen('Why achieved?');
  for (const reply of ['?', '-', 'n/a']) await refused(dir, reply, JUSTIFICATION);
  await justifyAndEnd(dir);
});

// README lists "not applicable" as a special reply "where a question allows it". Typed at a text
// question that does not, it was saved as the text (`contact: not applicable`); a number question
// already refused it. It is refused, saying why and what to do instead.
const NOT_NA = 'This question cannot be marked not applicable; type the answer, or';

it.runIf(hasTmux)('"not applicable" typed at a text question that does not allow it is refused, in both prompters', { timeout: 90_000 }, async () => {
  for (const plain of [true, false]) {
    const dir = await newWalk(plain);
    await keys(...(plain ? ['yes', 'Enter'] : ['Down', 'Enter'])); // Yes
    await waitForScreen('Who is the contact');
    for (const reply of ['not applicable', 'n/a', 'N/A']) await refused(dir, reply, `${NOT_NA} ${plain ? 'type skip' : '- to skip'}.`);
    await keys('Duty officer', 'Enter');
    await waitForScreen('AC.NA.1');
    await keys('C-c');
    expect(await ended(dir)).toBe('130');
    expect(read(dir, 'a.yaml')).toContain('  contact: Duty officer\n');
  }
});

// README: at an outcome's status `--plain` takes "the choice's first word (keep, confirm, record) or
// the status's name". The name was refused: "Type a number from 1 to 2, or type confirm, record or back."
it.runIf(hasTmux)('--plain: at an outcome\'s status, the status\'s name confirms it or records another', { timeout: 90_000 }, async () => {
  const dir = await newWalk(true);
  await keys('yes', 'Enter');
  await waitForScreen('Type your answer');
  await keys('skip', 'Enter');
  await waitForScreen('AC.NA.1');
  await keys('true', 'Enter');
  await waitForScreen('AC.A.1');
  await keys('false', 'Enter');
  await waitForScreen('The statements show: not achieved.');
  await keys('Achieved', 'Enter');
  await waitForScreen('Why achieved?');
  await keys('back', 'Enter');
  await waitFor(() => times(historyText(), 'The statements show: not achieved.') === 2, 'the status again');
  await keys('not achieved', 'Enter');
  await waitForScreen('Recorded: not achieved.');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(historyText()).not.toContain('Type a number from 1 to 2, or type');
  const saved = read(dir, 'a.yaml');
  expect(saved).toContain('  access:\n    indicators:\n      AC.NA.1: true\n      AC.A.1: false\n');
  expect(saved).not.toContain('justification');
});

it.runIf(hasTmux)('--plain: of three statuses, the one named at the status is recorded without "Which status?"', { timeout: 90_000 }, async () => {
  const dir = await plainWalkToWhyAchieved(terminal, 'special-replies');
  expect(historyText()).not.toContain('Which status?');
  await keys('Restore tested in March', 'Enter');
  await waitForScreen('Recorded: achieved, because Restore tested in March.');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(read(dir, 'a.yaml')).toContain('    confirmed: achieved\n    justification: Restore tested in March\n');
});
