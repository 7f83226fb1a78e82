import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasTmux, tmuxTerminal } from '../helpers/tmux.js';
import { linesQuestionnaire } from '../helpers/tiny-questionnaire.js';

// `--review` of notes and text answers written in the answers file over several lines (a YAML block,
// or "\n" in quotes). Tab types the saved text, to be edited: typed with its line breaks, the line
// reader ended its line at each, so only what followed the last was left on the line, the first key
// typed replaced the rest, and Enter saved that alone ("note: Updated Dec 2026.").
const terminal = tmuxTerminal('multi-line-defaults', { width: 120, height: 40 });
const { screenText, waitFor, waitForScreen, keys, startOnScreen, ended } = terminal;
afterAll(() => terminal.kill());

const QUESTIONNAIRE = linesQuestionnaire(
  '{ id: plan, text: What is the recovery plan?, type: text }',
  '{ id: owner, text: Is there a named owner?, type: yes-no }',
);

const ANSWERS = [
  'questionnaire: lines',
  'organisation: Example Borough Council',
  'assessor: Head of ICT',
  'answers:',
  '  plan:',
  '    value: "Line one\\nLine two\\twith tab"',
  '    note: "Line one\\nLine two\\twith tab"',
  '  owner:',
  '    value: yes',
  '    note: |',
  '      Chief Executive named as owner in the scheme of delegation (2025).',
  '      Objectives for 2026/27 not yet updated.',
  '',
].join('\n');

const OWNER_NOTE = 'Chief Executive named as owner in the scheme of delegation (2025). Objectives for 2026/27 not yet updated.';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-multi-line-'));
  writeFileSync(join(dir, 'lines.yaml'), QUESTIONNAIRE);
  writeFileSync(join(dir, 'a.yaml'), ANSWERS);
  return dir;
}

/** Tab at a prompt whose default starts with `start`, once the saved text is on the line (no longer shown as the default in brackets). */
async function tabIn(start: string): Promise<void> {
  await waitForScreen(`(${start}`);
  await keys('Tab');
  await waitFor(() => !screenText().includes(`(${start}`) && screenText().includes(start), `"${start}" typed on the line`);
}

const walk = (dir: string): void => startOnScreen(dir, ['assess', '-q', 'lines.yaml', '--answers', 'a.yaml', '--review', '--notes', '--today', '2026-12-06']);

it.runIf(hasTmux)('Tab types a saved text of several lines whole, on one line, and what is typed after it is added to it', { timeout: 60_000 }, async () => {
  const dir = folder();
  walk(dir);
  await waitForScreen('? What is the recovery plan?');
  await tabIn('Line one Line two with tab');
  await keys(' Reviewed.', 'Enter');
  // Tab and Enter with nothing typed: the note as the file has it, line break and all.
  await waitForScreen('? Note (optional; Enter to leave)');
  await tabIn('Line one Line two with tab');
  await keys('Enter');
  await waitForScreen('? Is there a named owner?');
  await keys('Enter');
  await waitForScreen('? Note (optional; Enter to leave)');
  await tabIn(OWNER_NOTE.slice(0, 60));
  await keys(' Updated Dec 2026.', 'Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  const saved = readFileSync(join(dir, 'a.yaml'), 'utf8');
  expect(parse(saved).answers).toEqual({
    plan: { value: 'Line one Line two\twith tab Reviewed.', note: 'Line one\nLine two\twith tab' },
    owner: { value: 'yes', note: `${OWNER_NOTE} Updated Dec 2026.` },
  });
  // The note kept is the file's line, untouched.
  expect(saved).toContain('\n    note: "Line one\\nLine two\\twith tab"\n');
});

it.runIf(hasTmux)('Tab and Enter with nothing typed keep every saved text of several lines as the file has it, byte for byte', { timeout: 60_000 }, async () => {
  const dir = folder();
  walk(dir);
  await waitForScreen('? What is the recovery plan?');
  await tabIn('Line one Line two with tab');
  await keys('Enter');
  await waitForScreen('? Note (optional; Enter to leave)');
  await tabIn('Line one Line two with tab');
  await keys('Enter');
  await waitForScreen('? Is there a named owner?');
  await keys('Enter');
  await waitForScreen('? Note (optional; Enter to leave)');
  await tabIn(OWNER_NOTE.slice(0, 60));
  await keys('Enter');
  await waitForScreen('Write the markdown report');
  await keys('n', 'Enter');
  expect(await ended(dir)).toBe('0');
  expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(ANSWERS);
});
