// A file named on the command line in another case than on disk (`Council.yaml` for
// `council.yaml`): Windows and macOS find it, Linux and CI do not. "no such file" alone sent people
// looking for a file that is there; the name to write is said, as for a system's `file:`.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { expectOneLine } from '../helpers/one-line-error.js';

const NAME = 'council-cyber-resilience.answers.yaml';
const TYPED = 'Council-Cyber-Resilience.answers.yaml';
const hint = (typed: string, spelt: string): string =>
  `${typed}: no such file; the name differs only in case from the file's name (${spelt}); write it as the file is named, since Linux, and so CI, takes them for different files`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-case-'));
  cpSync(join(repoRoot, 'examples', NAME), join(dir, NAME));
  mkdirSync(join(dir, 'answers'));
  cpSync(join(repoRoot, 'examples', NAME), join(dir, 'answers', NAME));
  return dir;
}

describe('a file named on the command line in the wrong case', () => {
  const dir = folder();
  const exact = (r: { stderr: string }): string => r.stderr.trimEnd();

  it.each([
    ['assess', ['assess', '-a', TYPED, '--no-interactive']],
    ['validate', ['validate', TYPED]],
    ['share', ['share', TYPED]],
    ['diff (old)', ['diff', TYPED, NAME]],
    ['diff (new)', ['diff', NAME, TYPED]],
  ])('%s: the name as the file is named', async (_, args) => {
    const r = await runBinary({ args, cwd: dir });
    expectOneLine(r, /differs only in case/);
    expect(exact(r)).toBe(hint(TYPED, NAME));
  });

  it('a folder in the wrong case too: the whole name as written on disk', async () => {
    const r = await runBinary({ args: ['validate', `Answers/${TYPED}`], cwd: dir });
    expect(exact(r)).toBe(hint(`Answers/${TYPED}`, `answers/${NAME}`));
  });

  it('from a folder below, through "..": the ".." kept as typed', async () => {
    const r = await runBinary({ args: ['validate', `../${TYPED}`], cwd: join(dir, 'answers') });
    expect(exact(r)).toBe(hint(`../${TYPED}`, `../${NAME}`));
  });

  it('two files that differ from the name only in case: no guess, "no such file"', async () => {
    const two = folder();
    writeFileSync(join(two, 'COUNCIL-CYBER-RESILIENCE.answers.yaml'), '');
    const r = await runBinary({ args: ['validate', TYPED], cwd: two });
    expect(exact(r)).toBe(`${TYPED}: no such file`);
  });

  it('a name no file has in any case: "no such file", as before', async () => {
    const r = await runBinary({ args: ['validate', 'nothing.yaml'], cwd: dir });
    expect(exact(r)).toBe('nothing.yaml: no such file');
  });
});
