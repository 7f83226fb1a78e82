import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/wrap.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';

// Lines of the walk that ran past the edge of an 80-column terminal, which broke them mid-word (a
// command to carry on with, a prompt's default), or that wrote an answers file's text to it raw.
// Standard error is the terminal itself, so the prompts know its width and tmux shows exactly what
// they drew.
const terminal = tmuxTerminal('lines', { width: 80, height: 24 });
const { historyText, joinedHistoryText, screenText, waitFor, waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => displayWidth(l)));

it.runIf(hasTmux)('-q with a bundled id: the command to carry on with leaves it out, as the answers file names it, and fits on its line', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  startOnScreen(dir, ['assess', '-q', 'cyber-essentials-readiness', '--today', '2026-12-02']);
  await waitForScreen('? Organisation');
  await keys('Snoring PC');
  await waitForScreen('Snoring PC');
  await keys('Enter');
  await waitForScreen('? Your name or role');
  await keys('Enter');
  await waitForScreen('Question 1 of 58');
  await keys('Enter'); // No, Cyber Essentials only for now
  await waitForScreen('Question 2 of');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  // Was "cyber-ready assess -q cyber-essentials-readiness --answers cyber-ready-answers.yaml",
  // 82 columns with its indent, which the terminal broke inside "cyber-ready-answers.yaml".
  // On a line of its own, after the words that lead into it, kept together.
  expect(historyText()).toContain('\n  Carry on with:\n  cyber-ready assess --answers cyber-ready-answers.yaml --today 2026-12-02\n');
  expect(widest(historyText())).toBeLessThan(80);
  // The command as printed finds the questionnaire: it scores the file (and says what is left to answer).
  const args = /with:\n {2}cyber-ready (.+)$/m.exec(joinedHistoryText())?.[1]?.split(' ') ?? [];
  const run = await runBinary({ args: [...args, '--no-interactive', '--today', '2026-12-02'], cwd: dir });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^cyber-ready-answers\.yaml:\d+:\d+: \d+ of the \d+ questions to answer have no answer yet/);
});

/** The CAF example with one statement of its first system's first outcome taken out, so that outcome is open again; resumed with --add-system. */
async function resumeOpenCaf(): Promise<{ dir: string; open: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
  const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
  const open = example.replace('          B1.a.A.2: true\n', '');
  expect(open).not.toBe(example);
  writeFileSync(join(dir, 'caf.yaml'), open);
  startOnScreen(dir, ['assess', '--answers', 'caf.yaml', '--add-system', '--today', '2026-12-02']);
  await waitForScreen('? Name of critical system 4');
  return { dir, open };
}

it.runIf(hasTmux)('resuming: an outcome with statements still open is said as partly answered, not counted as an answer', { timeout: 60_000 }, async () => {
  const { dir } = await resumeOpenCaf();
  // Was "95 answers so far": the open outcome counted as an answer, which validate and the progress line do not.
  expect(screenText()).toContain('Resuming caf.yaml (3 critical systems): 94 answers so far, 1 outcome partly\n  answered.');
  const validated = await runBinary({ args: ['validate', 'caf.yaml'], cwd: dir });
  expect(validated.stdout).toContain('(94 of 95 questions answered');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('a default too long to follow its prompt on the line goes on a line of its own, whole', { timeout: 60_000 }, async () => {
  const { dir, open } = await resumeOpenCaf();
  await keys('Leisure centres booking and membership');
  // Typed past the edge, the name is broken across two lines: looked for with the screen's lines joined.
  await waitFor(() => screenText().replace(/\n/g, '').includes('Leisure centres booking and membership'), 'the name to be typed');
  await keys('Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys('Enter');
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys('y', 'Enter');
  // Was "? File (beside the answers file) (systems/leisure-centres-booking-and-membership.yaml)",
  // 85 columns, broken by the terminal inside the file name.
  await waitForScreen('? File (beside the answers file; < back)\n  (systems/leisure-centres-booking-and-membership.yaml)');
  expect(widest(screenText())).toBeLessThan(80);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'caf.yaml'), 'utf8')).toBe(open);
});

it.runIf(hasTmux)('--review --notes: a saved note or text answer with escape sequences is offered shown escaped, and Enter keeps it as written', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  // A screen clear and colours in a note and a free-text answer, as a file from elsewhere may have.
  const answers = 'questionnaire: mini\nquestionnaireVersion: 1.2.0\norganisation: X\nassessor: Y\nassessedOn: 2026-12-01\nanswers:\n  owner: { value: partly, note: "before\\e[2J\\e[31mRED after" }\n  budget: yes\n  notes: "free \\e[41mtext"\n';
  writeFileSync(join(dir, 'a.yaml'), answers);
  // Recorded byte for byte as drawn on the terminal (see tmux.ts), the prompts drawing on it.
  terminal.start(dir, ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--answers', 'a.yaml', '--review', '--notes']);
  await waitForScreen('? Is there a named senior owner?');
  await keys('Enter'); // Partly in place, as saved
  await waitForScreen('(before\\x1b[2J\\x1b[31mRED after)');
  await keys('Enter'); // the note as it is
  await waitForScreen('? Is there a budget?');
  await keys('Enter');
  await waitForScreen('✔ Is there a budget? Yes');
  await keys('Enter'); // no note
  await waitForScreen('(free \\x1b[41mtext)');
  await keys('Enter'); // the text as it is
  await waitForScreen('✔ Anything else? free \\x1b[41mtext');
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
  const drawn = terminal.drawn(dir);
  // The library drew the default, then the answer, raw: the screen was cleared and went red.
  expect(drawn).not.toContain('\u001b[2J');
  expect(drawn).not.toContain('\u001b[31mRED');
  expect(drawn).not.toContain('\u001b[41mtext');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
});

it.runIf(hasTmux)("a critical system's title with an escape sequence is shown escaped in the progress line of its questions", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
  const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
  // The first system's title turns the background red; one of its statements is open, so it is asked.
  const hostile = example.replace('    title: Revenues and benefits\n', '    title: "Revenues \\e[41mRED"\n').replace('          B1.a.A.2: true\n', '');
  expect(hostile).not.toBe(example);
  writeFileSync(join(dir, 'caf.yaml'), hostile);
  terminal.start(dir, ['assess', '--answers', 'caf.yaml', '--today', '2026-12-02']);
  await waitForScreen('Revenues \\x1b[41mRED · question 1 of 27');
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
  // The section heading said it escaped; the progress line inside the prompt drew it raw.
  expect(terminal.drawn(dir)).not.toContain('\u001b[41m');
});

it.runIf(hasTmux)('--review: a long-form answer changed to "don\'t know" has its status line where its value line was, under the same key', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  const answers = 'questionnaire: mini\nquestionnaireVersion: 1.2.0\norganisation: X\nassessor: Y\nassessedOn: 2026-12-01\nanswers:\n  owner:\n    value: partly   # agreed at CLT\n    note: >-\n      Director of Resources in practice.\n    owner: Chief Executive\n  budget: yes\n';
  writeFileSync(join(dir, 'a.yaml'), answers);
  terminal.start(dir, ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--answers', 'a.yaml', '--review', '--plain', '--today', '2026-12-01']);
  await waitForScreen('Type a number from 1 to 4; Enter keeps Partly in place:');
  await keys('?');
  await waitForScreen('Enter keeps Partly in place: ?');
  await keys('Enter');
  await waitForScreen("Recorded: Don't know.");
  await keys('C-c');
  expect(await terminal.ended(dir)).toBe('130');
  // Was: the value line removed and "status: unknown" added after the owner, three lines below.
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers.replace('    value: partly   # agreed at CLT\n', '    status: unknown   # agreed at CLT\n'));
});

it.runIf(hasTmux)('--review shows the note saved with an answer beside it, in the full and the plain prompts', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  const answers = 'questionnaire: mini\nquestionnaireVersion: 1.2.0\norganisation: X\nassessor: Y\nassessedOn: 2026-12-01\nanswers:\n  owner:\n    value: partly\n    note: >-\n      Director of Resources in practice;\n      not yet in her objectives.\n  budget: yes\n';
  writeFileSync(join(dir, 'a.yaml'), answers);
  const common = ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--answers', 'a.yaml', '--review'];
  startOnScreen(dir, common);
  await waitForScreen('? Is there a named senior owner?');
  // Reviewed blind before: the note written for "Partly in place" was not shown while changing it.
  expect(screenText()).toContain('  Saved note: Director of Resources in practice; not yet in her objectives.\n? Is there a named senior owner?');
  await keys('Enter');
  await waitForScreen('? Is there a budget?');
  // An answer without a note has no such line.
  expect(screenText()).not.toContain('Saved note');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  terminal.start(dir, [...common, '--plain']);
  await waitForScreen('Type a number from 1 to 4; Enter keeps Partly in place:');
  expect(screenText()).toContain('  Saved note: Director of Resources in practice; not yet in her objectives.\n');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(answers);
});

it.runIf(hasTmux)('--plain: a prompt wider than the terminal is wrapped between words, its default file name whole', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
  cpSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), join(dir, 'caf.yaml'));
  startOnScreen(dir, ['assess', '--answers', 'caf.yaml', '--add-system', '--plain', '--today', '2026-12-02']);
  await waitForScreen('Name of critical system 4 (Enter if no more):');
  await keys('Leisure centres booking');
  await waitForScreen('Leisure centres booking');
  await keys('Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('Enter');
  await waitForScreen('Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('y');
  await waitForScreen('(y or n; Enter for no): y');
  await keys('Enter');
  // Was one line of 86 columns, which the terminal broke inside the file name.
  await waitForScreen('File (beside the answers file; or type back) (Enter for\n  systems/leisure-centres-booking.yaml):');
  expect(widest(screenText())).toBeLessThan(80);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});

it.runIf(hasTmux)('a saved reason too long for the line is offered wrapped between words under its prompt, and Enter keeps it as written', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
  // The question after one answered "not applicable", with a reason, is open: the walk starts there.
  const open = example.replace('  share-threat-alerts: in-place\n', '');
  expect(open).not.toBe(example);
  writeFileSync(join(dir, 'council.yaml'), open);
  startOnScreen(dir, ['assess', '--answers', 'council.yaml', '--today', '2026-12-02']);
  await waitForScreen('? Are national alerts and advisories assessed and acted on within days?');
  await keys('Up', 'Enter'); // Back to the previous question
  await waitForScreen('? Does the council work with local business bodies');
  await keys('Enter'); // Not applicable, as saved
  const prompt = 'not apply? (< back to the question)\n';
  // Was one line of 132 columns, which the terminal broke as "moved to the com" and "bined authority".
  const offered = `${prompt}  (The Local Enterprise Partnership closed in 2024 and its role moved to the\n  combined authority, which is covered under share-partners.)`;
  await waitForScreen(offered);
  expect(widest(screenText())).toBeLessThan(80);
  // Typing over it clears both its lines; taking back what was typed offers it again, as it was.
  await keys('x');
  await waitForScreen(`${prompt}  x\n`);
  expect(screenText()).not.toContain('combined authority');
  await keys('BSpace');
  await waitForScreen(offered);
  await keys('Enter'); // the reason as saved
  await waitForScreen('Not applicable: The Local Enterprise Partnership closed in');
  await waitForScreen('? Are national alerts and advisories assessed and acted on within days?');
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'council.yaml'), 'utf8')).toBe(open);
});

it.runIf(hasTmux)('--plain: the progress line of a critical system with a long name is wrapped between words, as in the full prompts', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  cpSync(join(repoRoot, 'examples/systems'), join(dir, 'systems'), { recursive: true });
  const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
  const title = "Children's social care case management (Liquidlogic LAS and LCS, hosted by supplier)";
  // A fourth system, as --add-system saves it, with nothing answered yet: the walk starts at its first question.
  const added = example.replace('    file: systems/waste-fleet.yaml\n', `    file: systems/waste-fleet.yaml\n  - id: childrens-social-care\n    title: ${title}\n`);
  expect(added).not.toBe(example);
  writeFileSync(join(dir, 'caf.yaml'), added);
  startOnScreen(dir, ['assess', '--answers', 'caf.yaml', '--plain', '--today', '2026-12-02']);
  await waitForScreen('Type 1 or 2:');
  // Was one line of 121 columns, which the terminal broke as "(Liquidlogic LAS and LCS" and ", hosted by supplier)".
  // Above the guidance, which has pushed it off the top of the screen.
  expect(historyText()).toContain("\nChildren's social care case management (Liquidlogic LAS and LCS, hosted by\n  supplier), question 1 of 27, 0 answered.\n");
  expect(widest(historyText())).toBeLessThan(80);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
  expect(readFileSync(join(dir, 'caf.yaml'), 'utf8')).toBe(added);
});

it.runIf(hasTmux)('--plain: "Recorded:" with a long free-text answer is wrapped between words', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-lines-'));
  const answers = 'questionnaire: mini\nquestionnaireVersion: 1.2.0\norganisation: X\nassessor: Y\nassessedOn: 2026-12-01\nanswers:\n  owner: partly\n  budget: yes\n';
  writeFileSync(join(dir, 'a.yaml'), answers);
  startOnScreen(dir, ['assess', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--answers', 'a.yaml', '--plain']);
  await waitForScreen('Type your answer');
  await keys('The budget line is shared with records management until the restructure is agreed');
  await keys('Enter');
  // Was one line of 95 columns, which the terminal broke inside "restructure".
  await waitForScreen('Recorded: The budget line is shared with records management until the\n  restructure is agreed.\n');
  // From "Recorded:" on: the answer as typed above it is the terminal's echo, broken where the terminal breaks it.
  expect(widest(screenText().slice(screenText().indexOf('Recorded: The budget')))).toBeLessThan(80);
  await keys('C-c');
  expect(await ended(dir)).toBe('130');
});
