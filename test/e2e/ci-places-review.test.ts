// Where CI outputs point a reader, through the real binary: a warning about a file in the work tree
// is a `::warning` annotation under GitHub Actions in place of its plain line (never both), and the
// SARIF log names every file relative to the repository root, the questionnaire too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { sarifSchemaErrors } from '../helpers/consumers.js';
import { parseWorkflowCommands, sarifMultitool } from '../helpers/machine-consumers.js';

const TODAY = '2026-11-23';
const FIXTURE = join(repoRoot, 'test/fixtures/systems');
let repo: string;
let ci: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'cyber-ready-annotations-'));
  execFileSync('git', ['init', '-q', repo]);
  ci = join(repo, 'ci');
  mkdirSync(ci);
  cpSync(join(FIXTURE, 'sys.yaml'), join(ci, 'sys.yaml'));
  cpSync(join(FIXTURE, 'systems'), join(ci, 'systems'), { recursive: true });
  // "cloud: no" makes every system's cloud-backup answer ignored (a warning at each), and a waiver
  // on it in social care's own file covers no gap (a warning there).
  const main = readFileSync(join(FIXTURE, 'sys.answers.yaml'), 'utf8').replace(/^ {2}cloud: yes$/m, '  cloud: no');
  expect(main).toContain('  cloud: no');
  writeFileSync(join(ci, 'sys.answers.yaml'), main);
  const own = `${readFileSync(join(FIXTURE, 'systems/social-care.yaml'), 'utf8')}waivers:\n  - { question: cloud-backup, reason: Moving to the new host., approvedBy: SIRO, expires: 2027-01-01 }\n`;
  writeFileSync(join(ci, 'systems/social-care.yaml'), own);
});

const assess = (env: Record<string, string> = {}) => runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'json'], cwd: ci, env });
const plainWarnings = (stderr: string) =>
  stderr
    .split('\n')
    .map((l) => /^(.+?):(\d+):(\d+): warning: (.*)$/.exec(l))
    .flatMap((m) => (m ? [{ file: m[1]!, line: Number(m[2]), col: Number(m[3]), message: m[4]! }] : []));

describe('warnings under GitHub Actions', () => {
  it('each FILE:LINE:COL warning becomes one ::warning annotation at the same place, relative to the repository root', async () => {
    const plain = await assess();
    expect(plain.code, plain.stderr).toBe(ExitCode.Ok);
    const expected = plainWarnings(plain.stderr);
    expect(expected.map((w) => w.file).sort()).toEqual(['sys.answers.yaml', 'sys.answers.yaml', 'systems/social-care.yaml', 'systems/social-care.yaml']);
    expect(expected.some((w) => w.message.startsWith('waiver for "cloud-backup" (critical system "social-care") covers no gap'))).toBe(true);
    expect(plain.stderr).not.toContain('::warning');

    const github = await assess({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo });
    expect(github.code, github.stderr).toBe(ExitCode.Ok);
    expect(github.stdout).toBe(plain.stdout);
    // Replaced, not added to: no plain warning line is left, and the log has as many lines as before.
    expect(plainWarnings(github.stderr)).toEqual([]);
    expect(github.stderr.split('\n')).toHaveLength(plain.stderr.split('\n').length);
    const annotations = parseWorkflowCommands(github.stderr, repo).filter((c) => c.command === 'warning');
    expect(annotations.map((a) => ({ file: a.properties.file, line: Number(a.properties.line), col: Number(a.properties.col), message: a.data }))).toEqual(
      expected.map((w) => ({ ...w, file: `ci/${w.file}` })),
    );
  });

  it('a warning with no file GitHub can show (standard input) keeps its plain line; the others are annotations', async () => {
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', '-', '--today', TODAY, '-f', 'json'], cwd: ci, stdin: readFileSync(join(ci, 'sys.answers.yaml'), 'utf8'), env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(plainWarnings(r.stderr).map((w) => `${w.file}:${w.line}`)).toEqual(['<stdin>:14', '<stdin>:25']);
    const annotations = parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'warning');
    expect(annotations.map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual(['ci/systems/social-care.yaml:8', 'ci/systems/social-care.yaml:14']);
  });

  it('past GitHub\'s ten warning annotations a step, the rest keep their plain lines', async () => {
    const dir = mkdtempSync(join(repo, 'many-'));
    cpSync(join(ci, 'sys.yaml'), join(dir, 'sys.yaml'));
    const systems = Array.from({ length: 12 }, (_, i) => `  - id: s${i}\n    title: System ${i}\n    answers: { patched: yes, mfa: yes, cloud-backup: yes, logged: yes }\n`).join('');
    writeFileSync(join(dir, 'a.yaml'), `questionnaire: sys\nquestionnaireVersion: 1.0.0\nanswers:\n  owner: yes\n  cloud: no\nsystems:\n${systems}`);
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'a.yaml', '--today', TODAY, '-f', 'json'], cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo } });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(parseWorkflowCommands(r.stderr, repo).filter((c) => c.command === 'warning')).toHaveLength(10);
    expect(plainWarnings(r.stderr)).toHaveLength(2);
  });
});

describe('SARIF names the questionnaire as it names the answers', () => {
  it('a questionnaire in the repository is named relative to its root, from a subfolder; the log passes the official schema and Microsoft\'s validator', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cyber-ready-sarif-'));
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'sarif', '-o', join(out, 'r.sarif')], cwd: ci });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const text = readFileSync(join(out, 'r.sarif'), 'utf8');
    const log = JSON.parse(text) as { runs: { properties: { questionnaire: { id: string; file: string | null } }; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const run = log.runs[0]!;
    expect(run.properties.questionnaire).toMatchObject({ id: 'sys', file: 'ci/sys.yaml' });
    expect(new Set(run.results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri)))).toEqual(new Set(['ci/sys.answers.yaml', 'ci/systems/social-care.yaml']));
    expect(text).not.toContain(repo);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifMultitool([join(out, 'r.sarif')], join(out, 'validation.sarif'))).toEqual([]);
  }, 60_000);

  it('a questionnaire outside the work tree is named by id and version only', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'cyber-ready-questionnaires-'));
    cpSync(join(ci, 'sys.yaml'), join(elsewhere, 'sys.yaml'));
    const r = await runBinary({ args: ['assess', '-q', join(elsewhere, 'sys.yaml'), '-a', 'sys.answers.yaml', '--today', TODAY, '-f', 'sarif'], cwd: ci });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stdout).not.toContain(elsewhere);
    const log = JSON.parse(r.stdout) as { runs: { properties: { questionnaire: { id: string; version: string; file: string | null } } }[] };
    expect(log.runs[0]!.properties.questionnaire).toEqual({ id: 'sys', version: '1.0.0', title: 'Systems questionnaire', file: null });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});
