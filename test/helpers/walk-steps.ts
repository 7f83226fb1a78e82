import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cli.js';
import type { tmuxTerminal } from './tmux.js';

/** The questionnaire with critical systems and its answers (three systems, one in a file of its own), the fixture the walk tests share. */
export const SYSTEMS_FIXTURE = join(repoRoot, 'test/fixtures/systems');

/** A fresh copy of the systems fixture in a folder of its own, named from `prefix`, for a test to change; returns the folder. */
export function copySystemsFixture(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cyber-ready-${prefix}-`));
  cpSync(SYSTEMS_FIXTURE, dir, { recursive: true });
  return dir;
}

/**
 * The plain walk's steps for adding critical system `number` called `name`, with no owner and its
 * answers in a file of its own, up to the question of that file's name, which is left on screen
 * (its default, systems/ID.yaml, checked) for the test to answer.
 */
export async function addSystemUpToItsFile(terminal: ReturnType<typeof tmuxTerminal>, number: number, name: string, id: string): Promise<void> {
  const { waitForScreen, keys } = terminal;
  await waitForScreen(`Name of critical system ${number} (Enter if no more):`);
  await keys(name, 'Enter');
  await waitForScreen('Its owner (optional; or type back):');
  await keys('Enter');
  await waitForScreen('Keep its answers in a file of its own? (y or n; Enter for no):');
  await keys('y', 'Enter');
  await waitForScreen(`File (beside the answers file; or type back) (Enter for systems/${id}.yaml):`);
}

/**
 * The redrawing walk's steps for naming critical system `number`: its name, its owner (none when
 * not given) and whether its answers go in a file of their own. With a file of its own, the
 * question of that file's name is left on screen for the test to answer.
 */
export async function nameSystem(terminal: ReturnType<typeof tmuxTerminal>, number: number, name: string, { owner = '', ownFile = false }: { owner?: string; ownFile?: boolean } = {}): Promise<void> {
  const { waitForScreen, keys } = terminal;
  await waitForScreen(`? Name of critical system ${number} (Enter if no more)`);
  await keys(name, 'Enter');
  await waitForScreen('? Its owner (optional; < back)');
  await keys(...(owner ? [owner, 'Enter'] : ['Enter']));
  await waitForScreen('? Keep its answers in a file of its own? (y/N)');
  await keys(...(ownFile ? ['y', 'Enter'] : ['Enter']));
}

/**
 * The plain walk's last two questions, answered as most tests answer them: no more critical systems
 * and no report file. The walk's end (its exit code) is left for the test to check.
 */
export async function endPlainWalkWithoutReport(terminal: ReturnType<typeof tmuxTerminal>): Promise<void> {
  const { waitForScreen, keys } = terminal;
  await waitForScreen('Add another critical system? (y or n; Enter for no):');
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
}

/**
 * A new walk of `questionnaire` into a.yaml in a new folder (named from `prefix`), answered past the
 * organisation and assessor up to `first` on screen; returns the folder. `plain` walks with --plain.
 */
export async function startNewWalk(terminal: ReturnType<typeof tmuxTerminal>, questionnaire: string, { prefix, plain, first }: { prefix: string; plain: boolean; first: string }): Promise<string> {
  const { start, waitForScreen, keys } = terminal;
  const dir = mkdtempSync(join(tmpdir(), `cyber-ready-${prefix}-`));
  start(dir, ['assess', '-q', questionnaire, ...(plain ? ['--plain'] : []), '--save', 'a.yaml', '--today', '2026-11-23']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Tester', 'Enter');
  await waitForScreen(first);
  return dir;
}

/**
 * Types `reply` and waits for `refusal` to be drawn once more than before (counted in all that was
 * drawn: the full prompts take a refusal off the screen at the next key). Nothing is cleared first:
 * what stays of a refused reply on the line is what the test then looks at.
 */
export async function refusedReply(terminal: ReturnType<typeof tmuxTerminal>, dir: string, reply: string, refusal: string): Promise<void> {
  const times = (): number => terminal.drawn(dir).split(refusal).length - 1;
  const before = times();
  await terminal.keys(reply, 'Enter');
  await terminal.waitFor(() => times() > before, `"${reply}" to be refused`);
}

/** The two-outcome fixture the outcome walk's tests share. */
const TWO_OUTCOMES = join(repoRoot, 'test/fixtures/outcome-walk/two-outcomes.yaml');

/**
 * A new plain walk of the two-outcome fixture (see startNewWalk), its first outcome's statements
 * answered so that they show "partially achieved", and "achieved" named instead, up to the question
 * of why, which is left on screen; returns the folder.
 */
export async function plainWalkToWhyAchieved(terminal: ReturnType<typeof tmuxTerminal>, prefix: string): Promise<string> {
  const { waitForScreen, keys } = terminal;
  const dir = await startNewWalk(terminal, TWO_OUTCOMES, { prefix, plain: true, first: 'BK.NA.1' });
  for (const [id, reply] of [['BK.NA.1', 'false'], ['BK.PA.1', 'true'], ['BK.A.1', 'false'], ['BK.A.2', 'false']] as const) {
    await waitForScreen(id);
    await keys(reply, 'Enter');
  }
  await waitForScreen('The statements show: partially achieved.');
  await keys('achieved', 'Enter');
  await waitForScreen('Why achieved?');
  return dir;
}

/**
 * A new full-screen walk (output kept as the screen shows it) of the bundled CAF into caf.yaml in a
 * new folder (named from `prefix`), past the organisation and an empty assessor, up to the first
 * indicator statement on screen; returns the folder.
 */
export async function cafWalkToFirstStatement(terminal: ReturnType<typeof tmuxTerminal>, prefix: string): Promise<string> {
  const { startOnScreen, waitForScreen, keys } = terminal;
  const dir = mkdtempSync(join(tmpdir(), `cyber-ready-${prefix}-`));
  startOnScreen(dir, ['assess', '-q', 'caf-local-government', '--today', '2026-11-25', '--save', 'caf.yaml']);
  await waitForScreen('Organisation');
  await keys('Test Council', 'Enter');
  await waitForScreen('assessor');
  await keys('Enter');
  await waitForScreen('? A1.a.NA.1');
  return dir;
}
