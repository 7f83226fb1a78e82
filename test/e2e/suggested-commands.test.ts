import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';

// Every command a message suggests is run as printed: a questionnaire of the user's own is found only
// through the -q or --questionnaire-dir this run was given, so the suggestion must repeat them.

/** A suggested command split as a POSIX shell would (plain words and single-quoted ones). */
const shellWords = (command: string): string[] => [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] as string)));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-suggested-'));
  mkdirSync(join(dir, 'my qs'));
  copyFileSync('test/fixtures/systems/sys.yaml', join(dir, 'my qs', 'sys.yaml'));
  writeFileSync(join(dir, 'a.yaml'), 'questionnaire: sys\nquestionnaireVersion: 1.0.0\nanswers:\n  owner: yes\n');
  writeFileSync(join(dir, 'one.yaml'), 'questionnaire: sys\nsystem: revenues\nanswers:\n  patched: yes\n');
  return dir;
}

/** The command a message quotes after `marker`, run through the binary as its words say. */
async function runSuggested(stderr: string, marker: RegExp, cwd: string): Promise<{ command: string; code: number; stderr: string }> {
  const command = marker.exec(stderr)?.[1];
  expect(command, stderr).toBeDefined();
  const [tool, ...args] = shellWords(command as string);
  expect(tool).toBe('cyber-ready');
  return { command: command as string, ...(await runBinary({ args, cwd })) };
}

describe('commands that messages suggest run as printed', () => {
  const given = [
    ['-q', join('my qs', 'sys.yaml')],
    ['--questionnaire-dir', 'my qs'],
  ];

  it.each(given)('a file with no systems yet, given %s, names the walk that finds its questionnaire', async (flag, value) => {
    const dir = folder();
    // share no longer stops here: a council with no systems yet shares its organisation's answers.
    for (const args of [['validate', flag, value, 'a.yaml']]) {
      const r = await runBinary({ args, cwd: dir });
      const walk = await runSuggested(r.stderr, /or run "([^"]+)" in a terminal/, dir);
      expect(walk.command).toContain(`'my qs`);
      // Off a terminal the walk cannot ask, so it stops at the same missing systems, not at the questionnaire.
      expect(walk.stderr).not.toContain('unknown questionnaire');
      expect(walk.stderr).toContain('lists none');
    }
  });

  it.each(given)('a system file refused by a scoring command, given %s, names a validate that works', async (flag, value) => {
    const dir = folder();
    const r = await runBinary({ args: ['share', flag, value, 'one.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    const check = await runSuggested(r.stderr, /check this file alone with: (.+)$/m, dir);
    expect(check.code, check.stderr).toBe(ExitCode.Ok);
    expect(check.stderr).toBe('');
  });

  it("the template's comments name a questionnaire of the user's own", async () => {
    const dir = folder();
    const init = await runBinary({ args: ['init', '-q', join('my qs', 'sys.yaml'), '-o', 'new.yaml'], cwd: dir });
    expect(init.code, init.stderr).toBe(ExitCode.Ok);
    const template = await runBinary({ args: ['init', '-q', join('my qs', 'sys.yaml'), '-o', '-'], cwd: dir });
    const line = /^# Check it with: (.+?)\. Score it with: (.+)$/m.exec(template.stdout);
    expect(line, template.stdout).not.toBeNull();
    const check = await runBinary({ args: shellWords((line?.[1] as string).replace('FILE', 'new.yaml')).slice(1), cwd: dir });
    expect(check.stderr).not.toContain('unknown questionnaire');
    expect(check.code, check.stderr).toBe(ExitCode.Ok);
    const bundled = await runBinary({ args: ['init', '-o', '-'], cwd: dir });
    expect(bundled.stdout).toContain('# Check it with: cyber-ready validate FILE. Score it with: cyber-ready assess --answers FILE');
  });
});
