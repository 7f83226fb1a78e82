import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commit, initRepository } from '../../scripts/trend-repo.js';
import { ExitCode } from '../../src/errors.js';
import { runBinary } from '../helpers/cli.js';
import { answers, fixtures, socialCare } from '../helpers/trend-answers.js';

// trend reads a version's system files from its own commit: the links in that commit are followed
// by the rules `validate` applies in the work tree, and the files in the work tree stay inputs of
// the run, which -o may not replace.

let scratch: string;
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const trend = (cwd: string, args: string[]) => runBinary({ args: ['trend', ...args, '--today', '2025-07-01'], cwd, env }, 30_000);
const day = (n: number): string => `2025-01-${String(n).padStart(2, '0')}T12:00:00+00:00`;
const outside = (to: string): string => `leads outside the answers file's folder through a link (to ${to}); keep a system's file in that folder or below it`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cyber-ready-trend-systems-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('trend follows the links of a commit as validate follows those of the work tree', () => {
  it('scores a version whose system file is reached through links that stay in the folder, and names the file: line of one that does not', async () => {
    const dir = join(scratch, 'links');
    const elsewhere = join(scratch, 'elsewhere.yaml');
    writeFileSync(elsewhere, socialCare('yes'));
    initRepository(dir);
    writeFileSync(join(dir, 'secret.yaml'), socialCare('yes'));
    mkdirSync(join(dir, 'council/systems'), { recursive: true });
    writeFileSync(join(dir, 'council/systems/social-care.yaml'), socialCare('yes'));
    const links: [string, string][] = [
      ['council/systems/link.yaml', 'social-care.yaml'],
      ['council/systems/chain.yaml', 'link.yaml'],
      ['council/sys2', 'systems'],
      ['council/sys3', 'sys2'],
      ['council/systems/back.yaml', '../systems/social-care.yaml'],
      ['council/systems/out.yaml', '../../secret.yaml'],
      ['council/outdir', '..'],
      ['council/systems/abs.yaml', elsewhere],
      ['council/systems/loop-a.yaml', 'loop-b.yaml'],
      ['council/systems/loop-b.yaml', 'loop-a.yaml'],
      ['council/systems/dangling.yaml', 'gone.yaml'],
      ['council/systems/folder.yaml', '.'],
    ];
    for (const [path, target] of links) symlinkSync(target, join(dir, path));
    const cases: { ref: string; reason: string | null }[] = [
      { ref: 'systems/social-care.yaml', reason: null },
      { ref: 'systems/link.yaml', reason: null },
      { ref: 'systems/chain.yaml', reason: null },
      { ref: 'sys2/social-care.yaml', reason: null },
      { ref: 'sys3/link.yaml', reason: null },
      { ref: 'systems/back.yaml', reason: null },
      { ref: 'systems/out.yaml', reason: outside('../secret.yaml') },
      { ref: 'outdir/secret.yaml', reason: outside('../secret.yaml') },
      { ref: 'systems/abs.yaml', reason: outside(elsewhere) },
      { ref: 'systems/loop-a.yaml', reason: 'leads round a loop of symbolic links in this commit (from systems/loop-a.yaml)' },
      { ref: 'systems/dangling.yaml', reason: 'is not in this commit (followed the symbolic link systems/dangling.yaml)' },
      { ref: 'systems/folder.yaml', reason: 'is a folder in this commit, not a file' },
    ];
    cases.forEach(({ ref }, i) => commit(dir, { date: day(i + 1), message: ref, write: { 'council/a.yaml': answers({ file: ref }) } }));

    const r = await trend(dir, ['council/a.yaml', '-f', 'json', '--questionnaire-dir', fixtures]);
    expect(r.stderr).toBe('');
    const versions: { status: string; score: number | null; reason: string | null }[] = JSON.parse(r.stdout).versions;
    expect(versions.map((v) => v.reason)).toEqual(cases.map(({ ref, reason }) => (reason === null ? null : `council/a.yaml:17:11: "file: ${ref}" ${reason}`)));
    const plain = versions[0]?.score;
    expect(plain).toEqual(expect.any(Number));
    for (const [i, { reason }] of cases.entries()) expect(versions[i]?.score).toBe(reason === null ? plain : null);

    // The same answers in the work tree: validate accepts exactly the files trend scores.
    const accepted = await Promise.all(
      cases.map(async ({ ref }, i) => {
        writeFileSync(join(dir, `council/check-${i}.yaml`), answers({ file: ref }));
        return (await runBinary({ args: ['validate', `council/check-${i}.yaml`, '--questionnaire-dir', fixtures], cwd: dir })).code;
      }),
    );
    expect(accepted).toEqual(cases.map(({ reason }) => (reason === null ? ExitCode.Ok : ExitCode.CannotAssess)));
  }, 60_000);

  it('counts a commit that changes only the file a link leads to, or the link, as a version', async () => {
    const dir = join(scratch, 'link-versions');
    initRepository(dir);
    mkdirSync(join(dir, 'systems'));
    symlinkSync('systems', join(dir, 'sys2'));
    const repoint = (to: string): void => {
      rmSync(join(dir, 'sys2'));
      symlinkSync(to, join(dir, 'sys2'));
    };
    const first = commit(dir, { date: day(1), message: 'First', write: { 'a.yaml': answers({ file: 'sys2/social-care.yaml' }), 'systems/social-care.yaml': socialCare('no') } });
    const target = commit(dir, { date: day(2), message: 'The file the link leads to', write: { 'systems/social-care.yaml': socialCare('yes') } });
    repoint('systems-new');
    const relinked = commit(dir, { date: day(3), message: 'The link leads elsewhere', write: { 'systems-new/social-care.yaml': socialCare('no') } });
    // Only a search for the paths the relinked version depends on finds this one.
    const newTarget = commit(dir, { date: day(4), message: 'The file it leads to now', write: { 'systems-new/social-care.yaml': socialCare('yes') } });
    commit(dir, { date: day(5), message: 'The file it no longer leads to', write: { 'systems/social-care.yaml': socialCare('no') } });

    const r = await trend(dir, ['a.yaml', '-f', 'json', '--questionnaire-dir', fixtures]);
    expect(r.stderr).toBe('');
    const versions: { commit: string; score: number }[] = JSON.parse(r.stdout).versions;
    expect(versions.map((v) => v.commit)).toEqual([first, target, relinked, newTarget]);
    const [a, b, c, d] = versions.map((v) => v.score);
    expect(b).toBeGreaterThan(a ?? Infinity);
    expect([c, d]).toEqual([a, b]);
  }, 60_000);

  it('with --since, counts the system owners\' commits after it even when the answers file last changed before it', async () => {
    const dir = join(scratch, 'since');
    initRepository(dir);
    const first = commit(dir, { date: day(1), message: 'First', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    const owner = commit(dir, { date: day(10), message: 'Social care logs now', write: { 'systems/social-care.yaml': socialCare('yes') } });
    const lead = commit(dir, { date: day(12), message: 'Waste patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } });
    const owner2 = commit(dir, { date: day(14), message: 'Social care stops logging', write: { 'systems/social-care.yaml': socialCare('no') } });

    const since = async (date: string): Promise<string[]> => {
      const r = await trend(dir, ['a.yaml', '-f', 'json', '--questionnaire-dir', fixtures, '--since', date]);
      expect(r.stderr).toBe('');
      // The version in force on the date comes first, marked as the starting point.
      const versions = JSON.parse(r.stdout).versions as { commit: string; baseline: boolean }[];
      expect(versions.map((v) => v.baseline)).toEqual(versions.map((_, i) => i === 0));
      return versions.map((v) => v.commit);
    };
    expect(await since('2025-01-05')).toEqual([first, owner, lead, owner2]);
    // A system owner's commit before the date is what was in force on it, though the answers file is older.
    expect(await since('2025-01-11')).toEqual([owner, lead, owner2]);
    expect(await since('2025-01-13')).toEqual([lead, owner2]);
  }, 60_000);
});

describe('trend names a system file of an answers file in a subfolder by its whole path', () => {
  // A system file's "file:" is relative to the answers file; the reason a version is invalid names it
  // as the reader finds it from where trend ran, folder included.
  it('in the reason a version is invalid', async () => {
    const dir = join(scratch, 'subfolder');
    initRepository(dir);
    commit(dir, { date: day(1), message: 'Typo', write: { 'council/a.yaml': answers({}), 'council/systems/social-care.yaml': socialCare('yes').replace('  mfa: no', '  mfaa: no') } });
    commit(dir, { date: day(2), message: 'Fixed', write: { 'council/systems/social-care.yaml': socialCare('yes') } });
    const r = await trend(dir, ['council/a.yaml', '-f', 'json', '--questionnaire-dir', fixtures]);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const versions: { status: string; reason: string | null }[] = JSON.parse(r.stdout).versions;
    expect(versions.map((v) => [v.status, v.reason])).toEqual([
      ['invalid', 'council/systems/social-care.yaml:6:3: unknown question "mfaa"; did you mean "mfa"?'],
      ['scored', null],
    ]);
  });
});

describe('trend -o refuses, before writing anything, a file the run reads', () => {
  let dir: string;
  let questionnaires: string;
  const link = (): string => join(scratch, 'link-to-care.yaml');

  beforeAll(() => {
    dir = join(scratch, 'outputs');
    questionnaires = join(scratch, 'questionnaires');
    cpSync(fixtures, questionnaires, { recursive: true });
    initRepository(dir);
    commit(dir, { date: day(1), message: 'Old file', write: { 'a.yaml': answers({ file: 'systems/old-care.yaml' }), 'systems/old-care.yaml': socialCare('no') } });
    commit(dir, { date: day(2), message: 'New file', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('yes') } });
    // Not committed: the answers file now names a draft, and a system owner is editing their file.
    writeFileSync(join(dir, 'a.yaml'), answers({ file: 'systems/draft.yaml' }));
    writeFileSync(join(dir, 'systems/draft.yaml'), socialCare('no'));
    appendFileSync(join(dir, 'systems/social-care.yaml'), '# owner edit\n');
    symlinkSync(join(dir, 'systems/social-care.yaml'), link());
  });

  const refusals = [
    { name: 'a system file the answers file names now', target: 'systems/draft.yaml', input: 'systems/draft.yaml', role: 'system file', shown: 'systems/draft.yaml' },
    { name: "a system file the last commit's version names", target: 'systems/social-care.yaml', input: 'systems/social-care.yaml', role: 'system file', shown: 'systems/social-care.yaml' },
    { name: 'a system file only an older version names', target: 'systems/old-care.yaml', input: 'systems/old-care.yaml', role: 'system file', shown: 'systems/old-care.yaml' },
    { name: 'a link to a system file', target: 'LINK', input: 'systems/social-care.yaml', role: 'system file', shown: 'systems/social-care.yaml' },
    { name: 'the answers file', target: './a.yaml', input: 'a.yaml', role: 'answers file', shown: 'a.yaml' },
  ];
  it.each(refusals)('$name', async ({ target, input, role, shown }) => {
    const out = target === 'LINK' ? link() : target;
    const before = readFileSync(join(dir, input), 'utf8');
    const r = await trend(dir, ['a.yaml', '--questionnaire-dir', questionnaires, '-o', out]);
    expect(r).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: `${out}: cannot write: it is the ${role} this run reads (${shown}); choose another file\n` });
    expect(readFileSync(join(dir, input), 'utf8')).toBe(before);
  });

  it('the questionnaire', async () => {
    const file = join(questionnaires, 'sys.yaml');
    const before = readFileSync(file, 'utf8');
    const r = await trend(dir, ['a.yaml', '--questionnaire-dir', questionnaires, '-o', file]);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/: cannot write: it is the questionnaire this run reads \(.*sys\.yaml\); choose another file\n$/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('and writes any other file', async () => {
    const r = await trend(dir, ['a.yaml', '--questionnaire-dir', questionnaires, '-f', 'json', '-o', 'trend.json']);
    expect(r).toMatchObject({ code: ExitCode.Ok, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'trend.json'), 'utf8')).versions).toHaveLength(2);
  });
});

describe('trend reads paths as names, never as git patterns', () => {
  it('a file named a[1].yaml is that file, not a pattern that matches a1.yaml', async () => {
    const dir = join(scratch, 'literal');
    initRepository(dir);
    commit(dir, { date: day(1), message: 'bracketed', write: { 'a[1].yaml': answers({}), 'systems/social-care.yaml': socialCare('yes') } });
    commit(dir, { date: day(2), message: 'a1', write: { 'a1.yaml': answers({}) } });
    commit(dir, { date: day(3), message: 'a1 again', write: { 'a1.yaml': answers({ wastePatched: 'yes' }) } });
    const r = await trend(dir, ['a[1].yaml', '--questionnaire-dir', fixtures, '-f', 'json']);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(r.stdout).versions.map((v: { date: string }) => v.date)).toEqual(['2025-01-01']);
  });
});

describe('trend says when the versions on the line list different numbers of systems', () => {
  // A section answered per system is the mean over the systems a version lists: a strong system
  // added raises the score with no answer changed, and a committee would read it as progress.
  const NOTE = 'the versions on the line list between 3 and 4 critical systems; sections answered once per critical system are the mean over the critical systems each version lists, so the overall score also moves as critical systems are added or removed, with no answer changed';
  const housing = '  - id: housing\n    title: Housing repairs\n    answers: { patched: yes, mfa: yes, cloud-backup: yes, logged: yes }\n';

  it('in text, markdown and json, and not while the number stays the same', async () => {
    const dir = join(scratch, 'systems-count');
    initRepository(dir);
    commit(dir, { date: day(1), message: 'Three systems', write: { 'a.yaml': answers({}), 'systems/social-care.yaml': socialCare('no') } });
    commit(dir, { date: day(2), message: 'Waste is patched', write: { 'a.yaml': answers({ wastePatched: 'yes' }) } });
    const same = await trend(dir, ['a.yaml', '--questionnaire-dir', fixtures, '-f', 'json']);
    expect(same.code, same.stderr).toBe(ExitCode.Ok);
    expect(JSON.parse(same.stdout).notes).toEqual([]);

    commit(dir, { date: day(3), message: 'Housing repairs is a critical system too', write: { 'a.yaml': answers({ wastePatched: 'yes' }) + housing } });
    const json = await trend(dir, ['a.yaml', '--questionnaire-dir', fixtures, '-f', 'json']);
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    const data = JSON.parse(json.stdout) as { notes: string[]; versions: { systems: number }[] };
    expect(data.versions.map((v) => v.systems)).toEqual([3, 3, 4]);
    expect(data.notes).toEqual([NOTE]);
    const text = await trend(dir, ['a.yaml', '--questionnaire-dir', fixtures]);
    // Wrapped under "Note: " with a hanging indent.
    expect(text.stdout.replace(/\n {6}/g, ' ')).toContain(`\nNote: ${NOTE}.\n`);
    const md = await trend(dir, ['a.yaml', '--questionnaire-dir', fixtures, '-f', 'markdown']);
    expect(md.stdout).toContain(`\n> Note: ${NOTE}.\n`);
  }, 60_000);
});
