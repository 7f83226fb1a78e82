// A run that stops with exit 2 prints its warnings with its errors. Under GitHub Actions those
// warnings are `::warning` annotations, as they are in a run that goes on (README "Under GitHub
// Actions": "for assess, validate and every other command"): they were plain FILE:LINE:COL lines
// whenever an error came with them, so a pull request with one typo lost every warning's place.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { parseWorkflowCommands } from '../helpers/machine-consumers.js';

const FIXTURE = join(repoRoot, 'test/fixtures/systems');
let repo: string;
let ci: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'cyber-ready-warnings-errors-'));
  execFileSync('git', ['init', '-q', repo]);
  ci = join(repo, 'ci');
  mkdirSync(ci);
  cpSync(join(FIXTURE, 'sys.yaml'), join(ci, 'sys.yaml'));
  cpSync(join(FIXTURE, 'systems'), join(ci, 'systems'), { recursive: true });
  // "cloud: no": each system's cloud-backup answer is ignored, a warning at each (two in this
  // file, one in social care's own); "mfq" is a typo, an error that stops the run.
  const main = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace(/^ {2}cloud: yes$/m, '  cloud: no').replace(/^ {6}mfa: yes\n/m, '      mfq: yes\n');
  expect(main).toContain('  cloud: no');
  expect(main).toContain('mfq: yes');
  writeFileSync(join(ci, 'sys.answers.yaml'), main);
});

const plainWarning = /^[^:\s]+:\d+:\d+: warning: /m;

describe.each([
  ['assess', ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', '2026-11-23']],
  ['validate', ['validate', '-q', 'sys.yaml', 'sys.answers.yaml']],
])('%s of a file with an error and warnings, under GitHub Actions', (_name, args) => {
  it('prints the warnings as ::warning annotations at their places and the error as its FILE:LINE:COL line, exit 2', async () => {
    const plain = await runBinary({ args, cwd: ci });
    expect(plain.code, plain.stderr).toBe(ExitCode.CannotAssess);
    expect(plain.stderr).toMatch(/^sys\.answers\.yaml:\d+:7: unknown question "mfq"; did you mean "mfa"\?$/m);
    const warnings = plain.stderr.split('\n').filter((l) => plainWarning.test(l));
    expect(warnings).toHaveLength(3);

    const github = await runBinary({ args, cwd: ci, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(github.code, github.stderr).toBe(ExitCode.CannotAssess);
    expect(github.stderr, 'no warning is left as a plain line').not.toMatch(plainWarning);
    expect(github.stderr).toMatch(/^sys\.answers\.yaml:\d+:7: unknown question "mfq"; did you mean "mfa"\?$/m);
    const annotations = parseWorkflowCommands(github.stderr, repo).filter((c) => c.command === 'warning');
    const expected = warnings.map((l) => {
      const m = /^(.+?):(\d+):(\d+): warning: (.*)$/.exec(l)!;
      return { file: `ci/${m[1]!}`, line: m[2]!, col: m[3]!, message: m[4]! };
    });
    expect(annotations.map((a) => ({ file: a.properties.file, line: a.properties.line, col: a.properties.col, message: a.data }))).toEqual(expected);
    // Replaced, not added to.
    expect(github.stderr.split('\n')).toHaveLength(plain.stderr.split('\n').length);
  });
});
