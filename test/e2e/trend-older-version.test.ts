// A history whose older versions answer an older minor version of the questionnaire: each is rescored
// against the version installed now, so its score may differ from the one it had when assessed.
// `diff` says so under its header; trend said nothing, and a committee read the difference as the
// council's. Another patch version changes only words, and stays unsaid, as in `diff`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-version-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', COLUMNS: '200' };
const example = readFileSync(join(repoRoot, 'examples/caf-local-government.answers.yaml'), 'utf8');
const wasteFleet = readFileSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), 'utf8');
const installed = /^version: (\S+)$/m.exec(readFileSync(join(repoRoot, 'questionnaires/caf-local-government.yaml'), 'utf8'))?.[1] ?? '';
const at = (version: string, text = example): string => text.replace(/^questionnaireVersion: .*$/m, `questionnaireVersion: ${version}`);

/** A repository of one commit per version the answers file names, in order; its short commit ids. */
function history(name: string, versions: string[]): { dir: string; commits: string[] } {
  const dir = join(scratch, name);
  initRepository(dir);
  const commits = versions.map((version, i) =>
    commit(dir, {
      date: `2026-0${i + 1}-01T12:00:00+00:00`,
      message: `answers to ${version}`,
      write: { 'readiness.yaml': at(version, example.replace('assessor:', `# revision ${i}\nassessor:`)), 'systems/waste-fleet.yaml': wasteFleet },
    }).slice(0, 7),
  );
  return { dir, commits };
}

const trend = (dir: string, format: string) => runBinary({ args: ['trend', 'readiness.yaml', '--today', '2026-12-01', '-f', format], cwd: dir, env }, 30_000);
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('trend over versions that answer an older minor version of the questionnaire', () => {
  it('says once, in text and markdown, which versions answer which version and what they are scored against', async () => {
    // The example answers 2.1.0 of 2.1.x: a patch behind, which changes no score.
    expect(installed).toMatch(/^2\.1\.[1-9]/);
    const { dir, commits } = history('older', ['2.0.0', '2.0.0', '2.1.0']);
    const [first, second, third] = commits as [string, string, string];
    const said = `the line is scored against caf-local-government ${installed}; ${first} and ${second} answer 2.0.0, so they may score differently from when they were assessed`;

    const text = await trend(dir, 'text');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(text.stdout).toContain(`\nNote: ${said}.\n`);
    expect(count(text.stdout, 'scored against')).toBe(1);
    expect(text.stdout).not.toContain(`${third} answer`);

    const markdown = await trend(dir, 'markdown');
    expect(markdown.code, markdown.stderr).toBe(ExitCode.Ok);
    expect(markdown.stdout).toContain(`\n> Note: ${said}.\n`);
    expect(count(markdown.stdout, 'scored against')).toBe(1);

    const json = JSON.parse((await trend(dir, 'json')).stdout) as { notes: string[]; versions: { named: { version: string } }[] };
    expect(json.notes).toContain(said);
    expect(json.versions.map((v) => v.named.version)).toEqual(['2.0.0', '2.0.0', '2.1.0']);
  });

  it('names a run of three or more versions next to each other on the line by its first and last commit', async () => {
    const { dir, commits } = history('run', ['2.0.0', '2.0.0', '2.0.0', '2.0.0', '2.1.0', '2.0.0']);
    const [first, , , fourth, , sixth] = commits as [string, string, string, string, string, string];
    const said = `the line is scored against caf-local-government ${installed}; ${first} … ${fourth} (4 versions) and ${sixth} answer 2.0.0, so they may score differently from when they were assessed`;
    const json = JSON.parse((await trend(dir, 'json')).stdout) as { notes: string[] };
    expect(json.notes).toContain(said);
  });

  it('names one version alone, and says nothing of a patch version, which changes only words', async () => {
    const { dir, commits } = history('mixed', ['1.9.0', '2.0.0', '2.1.0']);
    const text = await trend(dir, 'text');
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    // 1.9.0 is another major version: not comparable, off the line, and said so in its own footnote.
    expect(text.stdout).toContain(`${commits[0]}: answers version 1.9.0 of caf-local-government`);
    expect(text.stdout).toContain(`\nNote: the line is scored against caf-local-government ${installed}; ${commits[1]} answers 2.0.0, so it may score differently from when it was assessed.\n`);

    const patch = history('patch', ['2.1.0', '2.1.0']);
    for (const format of ['text', 'markdown']) {
      const r = await trend(patch.dir, format);
      expect(r.code, r.stderr).toBe(ExitCode.Ok);
      expect(r.stdout).not.toContain('may score differently');
    }
  });
});
