// The interactive save and the end-of-walk report follow the writing rules too (SPEC "v2: writing
// files safely"): driven through run() on a virtual terminal, as test/answers/interview.test.ts does.
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runInProcess } from '../helpers/cli.js';

describe('the interactive save', () => {
  it('--save through a link writes the file it points to and keeps the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-save-link-'));
    cpSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), join(dir, 'mini.yaml'));
    mkdirSync(join(dir, 'real'));
    symlinkSync('real/ours.yaml', join(dir, 'ours.yaml'));
    const run = runInProcess({ args: ['assess', '-q', 'mini.yaml', '--save', 'ours.yaml', '--today', '2026-11-23'], cwd: dir, tty: true });
    await screen.next();
    expect(screen.getScreen()).toContain('Organisation');
    screen.type('Testshire County Council');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter'); // no assessor
    await screen.next();
    expect(screen.getScreen()).toContain('Is there a named senior owner?');
    expect(lstatSync(join(dir, 'ours.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'ours.yaml'))).toBe('real/ours.yaml');
    expect(readFileSync(join(dir, 'real/ours.yaml'), 'utf8')).toContain('organisation: Testshire County Council\n');
    void run.catch(() => undefined);
  });

  it('the markdown report at the end is not written over the answers file: refused before any offer to replace it, and asked again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-save-clash-'));
    cpSync(join(repoRoot, 'test/fixtures/valid/mini.yaml'), join(dir, 'mini.yaml'));
    cpSync(join(repoRoot, 'test/fixtures/valid/mini-good.answers.yaml'), join(dir, 'answers.yaml'));
    writeFileSync(join(dir, 'old.md'), 'last year\n');
    const before = readFileSync(join(dir, 'answers.yaml'), 'utf8');
    // Every question is answered, so --review walks them; Enter keeps each saved answer.
    const run = runInProcess({ args: ['assess', '-q', 'mini.yaml', '-a', 'answers.yaml', '--review', '--today', '2026-11-23'], cwd: dir, tty: true });
    for (let i = 0; i < 30 && !screen.getScreen().includes('Write the markdown report'); i++) {
      await screen.next();
      if (screen.getScreen().includes('Write the markdown report')) break;
      screen.keypress('enter');
    }
    expect(screen.getScreen()).toContain('Write the markdown report');
    screen.keypress('enter'); // yes
    await screen.next();
    screen.type('./answers.yaml');
    screen.keypress('enter');
    await screen.next();
    // Refused at once (it is the answers file), and asked again with its default.
    expect(screen.getScreen()).not.toContain('Replace it?');
    expect(screen.getScreen()).toContain('File name (< back) (cyber-ready-report.md)');
    expect(readFileSync(join(dir, 'answers.yaml'), 'utf8')).toBe(before); // and the review changed nothing
    // A file that is no input of the run is offered for replacing; No asks the name again.
    screen.type('old.md');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('old.md exists. Replace it?');
    screen.type('n');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('File name (< back) (cyber-ready-report.md)');
    screen.type('report.md');
    screen.keypress('enter');
    const result = await run;
    expect(result.stderr).toContain('./answers.yaml: cannot write: it is the answers file this run reads (answers.yaml); choose another file\n');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Good Council/);
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('last year\n');
  });
});
