// diff and trend name their files in papers meant for people as assess's papers do
// (paths-in-papers.test.ts): `diff /home/jsmith/…/base/readiness.yaml /home/jsmith/…/now/readiness.yaml`
// printed both paths in full, and trend's title "readiness trend of /home/jsmith/…". A diff's two
// files often share a name, so where their names alone read the same each takes the fewest folders
// nearest it that tell them apart. Through the real binary, from a working folder of its own.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrendRepository } from '../../scripts/trend-repo.js';
import type { Trend } from '../../src/history/types.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-23'];
const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `cyber-ready-${name}-`));
/** A `..` segment, in a path written with either separator. */
const CLIMBS = /(^|[^.\w])\.\.[\\/]/m;

function expectNoPlace(paper: string, ...folders: string[]): void {
  for (const folder of [...folders, tmpdir()]) expect(paper).not.toContain(folder);
  expect(paper).not.toMatch(CLIMBS);
}

/**
 * Last year's answers and this year's, each `readiness.yaml`, in folders of the assessor's: last
 * year's answers an older minor version (so the papers name it in their version line), and this
 * year's leaves gov-siro unanswered (so they name it in their footnote on unanswered questions).
 */
function council(): string {
  const home = join(tempDir('home'), 'jsmith', 'council');
  const text = readFileSync(join(repoRoot, 'examples', 'council-cyber-resilience.answers.yaml'), 'utf8');
  mkdirSync(join(home, 'base'), { recursive: true });
  mkdirSync(join(home, 'now'), { recursive: true });
  writeFileSync(join(home, 'base', 'readiness.yaml'), text.replace('questionnaireVersion: 2.3.0', 'questionnaireVersion: 2.1.0'));
  writeFileSync(join(home, 'now', 'readiness.yaml'), text.replace(/^ {2}gov-siro: yes\n/m, ''));
  return home;
}

const diff = (cwd: string, before: string, after: string, ...args: string[]) =>
  runBinary({ args: ['diff', before, after, ...TODAY, '--fail-on-regression', ...args], cwd, env: { COLUMNS: '200' } });

/** The diff for people, as text and markdown (to standard output and by --report), with its gate failed. */
async function diffPapers(cwd: string, before: string, after: string): Promise<{ text: string; markdown: string; stderr: string }> {
  const text = await diff(cwd, before, after, '--report', 'markdown=diff.md');
  const markdown = await diff(cwd, before, after, '-f', 'markdown');
  for (const r of [text, markdown]) expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
  expect(readFileSync(join(cwd, 'diff.md'), 'utf8')).toBe(markdown.stdout);
  return { text: text.stdout, markdown: markdown.stdout, stderr: text.stderr };
}

/** Where the papers name the two files: the line saying from which to which, the version line and the footnote on unanswered questions. */
function expectNamed(p: { text: string; markdown: string }, old: string, now: string): void {
  expect(p.text).toContain(`${old} (2026-11-20) → ${now} (2026-11-20)`);
  expect(p.text).toContain(`; ${old} answers 2.1.0, so it may score differently`);
  expect(p.text).toContain(`  ${now} (the new file): 1 unanswered, scored as 0.`);
  expect(p.markdown).toContain(`from \`${old}\` (2026-11-20) to \`${now}\` (2026-11-20)`);
  expect(p.markdown).toContain(`; \`${old}\` answers 2.1.0, so it may score differently`);
  expect(p.markdown).toContain(`\`${now}\` (the new file): 1 unanswered, scored as 0.`);
}

describe('diff names its two files', () => {
  it('given absolute, by their names and the fewest folders that tell them apart', async () => {
    const home = council();
    const cwd = tempDir('elsewhere');
    const [before, after] = [join(home, 'base', 'readiness.yaml'), join(home, 'now', 'readiness.yaml')];
    const p = await diffPapers(cwd, before, after);
    for (const paper of [p.text, p.markdown]) expectNoPlace(paper, home, cwd);
    expectNamed(p, 'base/readiness.yaml', 'now/readiness.yaml');
    // The gate's lines lead an editor to the answer: the path as given.
    expect(p.stderr).toContain(`${after}:1:1: gate fail-on-regression failed`);
    const json = await diff(cwd, before, after, '-f', 'json');
    const data = JSON.parse(json.stdout) as AssessmentDiff;
    expect([data.old.file, data.new.file]).toEqual([before, after]);
  });

  it('climbing out of the working folder, told apart by folders read from it', async () => {
    const home = council();
    const cwd = join(home, 'now');
    const p = await diffPapers(cwd, '../base/readiness.yaml', 'readiness.yaml');
    for (const paper of [p.text, p.markdown]) expectNoPlace(paper, home);
    // The file here keeps its name as given; the other takes the folder that tells it apart.
    expectNamed(p, 'base/readiness.yaml', 'readiness.yaml');
    const json = await diff(cwd, '../base/readiness.yaml', 'readiness.yaml', '-f', 'json');
    const data = JSON.parse(json.stdout) as AssessmentDiff;
    expect([data.old.file, data.new.file]).toEqual(['../base/readiness.yaml', 'readiness.yaml']);
  });

  it('inside the working folder, as given', async () => {
    const home = council();
    const p = await diffPapers(home, 'base/readiness.yaml', './now/readiness.yaml');
    for (const paper of [p.text, p.markdown]) expectNoPlace(paper, home);
    expectNamed(p, 'base/readiness.yaml', './now/readiness.yaml');
  });

  it('given twice, the same file by two paths, by one name', async () => {
    const home = council();
    const cwd = join(home, 'now');
    const r = await diff(cwd, join(home, 'now', 'readiness.yaml'), '../now/readiness.yaml');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expectNoPlace(r.stdout, home);
    expect(r.stdout).toContain('readiness.yaml (2026-11-20) → readiness.yaml (2026-11-20)');
  });
});

describe('trend names its answers file', () => {
  /** A council's repository among the assessor's folders, with three versions of readiness.yaml. */
  function repository(): string {
    const home = join(tempDir('home'), 'jsmith', 'council');
    buildTrendRepository(home, 3);
    return home;
  }

  const trend = (cwd: string, file: string, ...args: string[]) =>
    runBinary({ args: ['trend', file, ...TODAY, ...args], cwd, env: { COLUMNS: '200', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } }, 30_000);

  /** The trend for people, as text and markdown. */
  async function papers(cwd: string, file: string): Promise<{ text: string; markdown: string }> {
    const [text, markdown] = await Promise.all([trend(cwd, file), trend(cwd, file, '-f', 'markdown')]);
    for (const r of [text, markdown]) expect(r.code, r.stderr).toBe(ExitCode.Ok);
    return { text: text.stdout, markdown: markdown.stdout };
  }

  function expectNamed(p: { text: string; markdown: string }, shown: string): void {
    expect(p.text.split('\n')[0]).toBe(`Northmoor Borough Council (fictional): readiness trend of ${shown}`);
    expect(p.markdown).toContain(`3 committed versions of \`${shown}\`; made on 2026-11-23.`);
  }

  it('given absolute, or climbing out of the working folder, by its file name alone', async () => {
    const home = repository();
    const cwd = tempDir('elsewhere');
    const file = join(home, 'readiness.yaml');
    const minutes = join(home, '..', 'minutes');
    mkdirSync(minutes);
    for (const [from, given] of [[cwd, file], [minutes, '../council/readiness.yaml']] as const) {
      const p = await papers(from, given);
      for (const paper of Object.values(p)) expectNoPlace(paper, home, from);
      expectNamed(p, 'readiness.yaml');
    }
    const json = await trend(cwd, file, '-f', 'json');
    expect((JSON.parse(json.stdout) as Trend).answersFile).toBe(file);
  });

  it('inside the working folder, as given', async () => {
    const home = repository();
    const p = await papers(join(home, '..'), 'council/readiness.yaml');
    for (const paper of Object.values(p)) expectNoPlace(paper, home);
    expectNamed(p, 'council/readiness.yaml');
  });
});
