// upgradeNotes are shown to answers of an earlier major version; a note keyed by the
// questionnaire's own major version, or a later one, is never shown: a warning at its key.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-upgrade-notes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const mini = readFileSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), 'utf8').replace(/^version: .*$/m, 'version: 2.1.0');

it('a note keyed by this major version or a later one is warned of at its key; an earlier one is not', async () => {
  const file = join(scratch, 'notes.yaml');
  writeFileSync(file, mini.replace(/^sections:/m, 'upgradeNotes:\n  "1.x": Answers of 1.x carry over.\n  "2.x": Slip.\n  "3.x": Later.\nsections:'));
  const line = mini.split('\n').findIndex((l) => l.startsWith('sections:')) + 3;
  const r = await runBinary({ args: ['validate', file] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  expect(r.stderr).toBe(
    // "1.x" is there already: moving the note there, not re-keying it, is the fix.
    `${file}:${line}:3: warning: upgradeNotes "2.x" is this questionnaire's own major version (2.1.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; remove it, or move what it says into "1.x", the note for answers of the version before\n` +
      `${file}:${line + 1}:3: warning: upgradeNotes "3.x" is a later major version than this questionnaire's (2.1.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; remove it, or move what it says into "1.x", the note for answers of the version before\n`,
  );
  writeFileSync(file, mini.replace(/^sections:/m, 'upgradeNotes:\n  "2.x": Slip.\nsections:'));
  const alone = await runBinary({ args: ['validate', file] });
  expect(alone.stderr).toBe(`${file}:${line - 1}:3: warning: upgradeNotes "2.x" is this questionnaire's own major version (2.1.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; key it by the version answers are moved from, such as "1.x"\n`);
  // Two such notes: told to take the same key, both, the file held "1.x" twice, which is refused.
  writeFileSync(file, mini.replace(/^sections:/m, 'upgradeNotes:\n  "2.x": Slip.\n  "3.x": Later.\nsections:'));
  const two = await runBinary({ args: ['validate', file] });
  expect(two.stderr).toBe(
    `${file}:${line - 1}:3: warning: upgradeNotes "2.x" is this questionnaire's own major version (2.1.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; key it by the version answers are moved from, such as "1.x"\n` +
      `${file}:${line}:3: warning: upgradeNotes "3.x" is a later major version than this questionnaire's (2.1.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; remove it, or move what it says into "1.x", the note for answers of the version before\n`,
  );
  writeFileSync(file, mini.replace(/^sections:/m, 'upgradeNotes:\n  "1.x": Answers of 1.x carry over.\nsections:'));
  const clean = await runBinary({ args: ['validate', file] });
  expect(clean).toMatchObject({ code: ExitCode.Ok, stderr: '' });
});

it('a 0.x questionnaire has no earlier major version: its notes are warned of with no key to move them to', async () => {
  const file = join(scratch, 'zero.yaml');
  writeFileSync(file, mini.replace(/^version: .*$/m, 'version: 0.3.0').replace(/^sections:/m, 'upgradeNotes:\n  "0.x": Slip.\n  "1.x": Early.\nsections:'));
  const line = mini.split('\n').findIndex((l) => l.startsWith('sections:')) + 2;
  const r = await runBinary({ args: ['validate', file] });
  expect(r.code, r.stderr).toBe(ExitCode.Ok);
  expect(r.stderr).toBe(
    `${file}:${line}:3: warning: upgradeNotes "0.x" is this questionnaire's own major version (0.3.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; a 0.x questionnaire has none, so no note is shown before 1.0.0\n` +
      // A note keyed "1.x" is for answers of 1.x, so it is shown from 2.0.0, not 1.0.0.
      `${file}:${line + 1}:3: warning: upgradeNotes "1.x" is a later major version than this questionnaire's (0.3.0), so its note is not shown at this version: notes are shown to answers of an earlier major version; a 0.x questionnaire has none, so no note is shown before 1.0.0, and this one not before 2.0.0\n`,
  );
});
