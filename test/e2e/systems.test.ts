import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { copyFixture, editFile } from '../helpers/fixture-copy.js';

// test/fixtures/systems: "sys" has one organisation section (gov, weight 2) and two system sections
// (protect, weight 1; detect, weight 2). The answers list three systems; social-care's answers are in
// systems/social-care.yaml. Scores below are worked out by hand from those files.
const FIXTURE = 'test/fixtures/systems';
const TODAY = ['--today', '2026-11-30'];

/** A copy of the fixture folder to change one thing in; returns the folder. */
const copy = (): string => copyFixture(FIXTURE, 'systems');
const edit = editFile;

async function assess(dir: string, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'sys.answers.yaml', ...TODAY, ...extra], cwd: dir });
}

describe('critical systems: scoring through the binary', () => {
  it('scores each system, the sections as the mean over systems, and the overall from those', async () => {
    const r = await runBinary({ args: ['assess', '-q', `${FIXTURE}/sys.yaml`, '-a', `${FIXTURE}/sys.answers.yaml`, ...TODAY, '-f', 'json'] });
    expect(r.code).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.systemLabel).toBe('critical system');
    expect(a.systems.map((s) => [s.id, s.file])).toEqual([
      ['revenues', null],
      ['social-care', `${FIXTURE}/systems/social-care.yaml`],
      ['waste', null],
    ]);
    // protect: revenues 3/3, social-care 1/3 (backup only), waste 1/3 (mfa; backup unknown scores 0).
    // detect: revenues 1, social-care 0, waste 1.
    const protect = a.sections.find((s) => s.id === 'protect');
    expect(protect).toMatchObject({ system: null, scope: 'system' });
    expect(protect?.score).toBeCloseTo((100 + 100 / 3 + 100 / 3) / 3, 8);
    expect(a.sections.find((s) => s.id === 'detect')?.score).toBeCloseTo(200 / 3, 8);
    // overall: gov 100 × 2, protect 55.5 × 1, detect 66.7 × 2, over weight 5.
    expect(a.overall.score).toBeCloseTo((200 + (100 + 200 / 3) / 3 + (2 * 200) / 3) / 5, 8);
    // Each system's own: gov (2) + its protect (1) + its detect (2).
    const own = Object.fromEntries(a.systems.map((s) => [s.id, s.score]));
    expect(own.revenues).toBeCloseTo(100, 8);
    expect(own['social-care']).toBeCloseTo((200 + 100 / 3 + 0) / 5, 8);
    expect(own.waste).toBeCloseTo((200 + 100 / 3 + 200) / 5, 8);
    expect(a.systems.find((s) => s.id === 'social-care')?.sections.map((s) => [s.id, s.system])).toEqual([
      ['protect', 'social-care'],
      ['detect', 'social-care'],
    ]);
    // A system question appears once per system, side by side; organisation questions once.
    expect(a.questions.filter((q) => q.id === 'patched').map((q) => q.system)).toEqual(['revenues', 'social-care', 'waste']);
    expect(a.questions.filter((q) => q.id === 'owner').map((q) => q.system)).toEqual([null]);
    // Gaps per (question, system), each with its system's title, located in the file that holds the answer.
    const patched = a.gaps.filter((g) => g.question === 'patched');
    expect(patched.map((g) => [g.system, g.systemTitle, g.accepted])).toEqual([
      ['social-care', 'Social care case management', false],
      ['waste', 'Waste collection', true],
    ]);
    expect(patched[0]?.location).toEqual({ file: `${FIXTURE}/systems/social-care.yaml`, line: 6, column: 3 });
    expect(a.unknowns).toEqual([{ question: 'cloud-backup', system: 'waste' }]);
    expect(a.stale).toMatchObject([{ question: 'logged', system: 'social-care', reviewBy: '2026-10-01', location: { file: `${FIXTURE}/systems/social-care.yaml`, line: 12 } }]);
    expect(a.waivers).toMatchObject([{ question: 'patched', system: 'waste', state: 'active', coversGap: true }]);
  });

  it('gates look at every scope, and a profile must be met by every system', async () => {
    const r = await runBinary({ args: ['assess', '-q', `${FIXTURE}/sys.yaml`, '-a', `${FIXTURE}/sys.answers.yaml`, ...TODAY, '-f', 'json', '--fail-on', 'high', '--profile', 'baseline', '--fail-on-stale'] });
    expect(r.code).toBe(ExitCode.GateFailed);
    const a = JSON.parse(r.stdout) as Assessment;
    const failOn = a.gates.find((g) => g.id === 'fail-on');
    // The waived gap on waste is left out; social-care's two high gaps fail the gate.
    expect(failOn?.failures.map((f) => [f.question, f.system])).toEqual([
      ['logged', 'social-care'],
      ['patched', 'social-care'],
    ]);
    const profile = a.profiles.find((p) => p.id === 'baseline');
    // owner once, patched once per system: 4 requirements; social-care and waste fall short on patching.
    expect(profile?.requirements.map((q) => [q.question, q.system, q.met])).toEqual([
      ['owner', null, true],
      ['patched', 'revenues', true],
      ['patched', 'social-care', false],
      ['patched', 'waste', false],
    ]);
    expect(r.stderr).toContain(`${FIXTURE}/systems/social-care.yaml:6:3: gate fail-on failed: high gap "patched" for critical system "social-care": No`);
    expect(r.stderr).toContain(`${FIXTURE}/sys.answers.yaml:23:7: gate profile failed: profile "baseline" needs "patched" at "Yes" or better for critical system "waste"; answer: No`);
    // The one-line gate result, the last thing on screen, says which systems fall short.
    const text = await runBinary({ args: ['assess', '-q', `${FIXTURE}/sys.yaml`, '-a', `${FIXTURE}/sys.answers.yaml`, ...TODAY, '--profile', 'baseline'] });
    expect(text.stdout).toMatch(/✗ FAIL {2}profile "baseline": 2 of 4 requirements met; short: Social\s+care\s+case\s+management\s+and\s+Waste\s+collection\n$/);
  });

  it('a system question may depend on an organisation answer, for every system', async () => {
    const dir = copy();
    edit(dir, 'sys.answers.yaml', (t) => t.replace('  cloud: yes', '  cloud: no').replace('      cloud-backup: yes\n', '').replace('      cloud-backup: { status: unknown }\n', ''));
    edit(dir, 'systems/social-care.yaml', (t) => t.replace('  cloud-backup: yes\n', ''));
    const r = await assess(dir, '-f', 'json');
    expect(r.code).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.notApplicable.filter((n) => n.question === 'cloud-backup')).toEqual([
      { question: 'cloud-backup', system: 'revenues', by: 'condition', reason: null },
      { question: 'cloud-backup', system: 'social-care', by: 'condition', reason: null },
      { question: 'cloud-backup', system: 'waste', by: 'condition', reason: null },
    ]);
  });

  // An organisation answer the questionnaire ignores (its own condition is not met) must not decide
  // whether a system question applies: cloud's "yes" below is ignored, so cloud-backup asks nothing.
  it('a system question whose condition names an organisation question that does not apply does not apply either', async () => {
    const dir = copy();
    edit(dir, 'sys.yaml', (t) => t.replace('        type: yes-no\n        weight: 0\n', '        type: yes-no\n        weight: 0\n        when: { question: owner, in: [yes] }\n'));
    edit(dir, 'sys.answers.yaml', (t) => t.replace('  owner: yes', '  owner: no'));
    const r = await assess(dir, '-f', 'json');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(r.stderr).toContain('sys.answers.yaml:6:3: warning: answer to "cloud" is ignored: the question does not apply given the answer to "owner"');
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.notApplicable.map((n) => [n.question, n.system, n.by])).toEqual([
      ['cloud', null, 'condition'],
      ['cloud-backup', 'revenues', 'condition'],
      ['cloud-backup', 'social-care', 'condition'],
      ['cloud-backup', 'waste', 'condition'],
    ]);
  });

  // A system is rated with the organisation's gaps (as its automatic fails), but its gap count is its
  // own: the organisation's gap is counted once, in the overall, not again for every system.
  it("counts each system's own gaps, not the organisation's beside them", async () => {
    const dir = copy();
    edit(dir, 'sys.answers.yaml', (t) => t.replace('  owner: yes', '  owner: no'));
    const r = await assess(dir, '-f', 'json');
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.gaps.filter((g) => g.system === null).map((g) => g.question)).toEqual(['owner']);
    expect(a.systems.map((s) => [s.id, s.summary.gaps])).toEqual([
      ['revenues', 0],
      ['social-care', 3],
      ['waste', 2],
    ]);
    expect(a.summary.gaps).toBe(6);
    const text = await assess(dir);
    expect(text.stdout).toContain('Weakest critical system: Social care case management, 6/100, three gaps.\n');
  });

  it("an automatic fail caps the overall rating and that system's own, not the other systems'", async () => {
    const dir = copy();
    edit(dir, 'sys.yaml', (t) => t.replace('        severity: high\n      - id: mfa', '        severity: high\n        blocking: true\n      - id: mfa'));
    const r = await assess(dir, '-f', 'json');
    expect(r.code).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.overall.cap?.questions.map((q) => [q.question, q.system])).toEqual([
      ['patched', 'social-care'],
      ['patched', 'waste'],
    ]);
    const systems = Object.fromEntries(a.systems.map((s) => [s.id, s]));
    expect(systems.revenues?.cap).toBeNull();
    expect(systems.revenues?.rating?.label).toBe('Ready');
    expect(systems.waste?.cap?.questions.map((q) => q.system)).toEqual(['waste']);
    expect(systems.waste?.rating?.label).toBe('Not ready');
  });

  it('validate counts every scope and names the systems', async () => {
    const r = await runBinary({ args: ['validate', '-q', `${FIXTURE}/sys.yaml`, `${FIXTURE}/sys.answers.yaml`] });
    expect(r.stdout).toBe(`${FIXTURE}/sys.answers.yaml: valid answers to sys 1.0.0 (14 of 14 questions answered, 1 waiver, 3 critical systems)\n`);
    expect(r.code).toBe(ExitCode.Ok);
  });

  it('validate checks a system file on its own', async () => {
    const r = await runBinary({ args: ['validate', '-q', `${FIXTURE}/sys.yaml`, `${FIXTURE}/systems/social-care.yaml`] });
    expect(r.code).toBe(ExitCode.Ok);
    // Only the system's own questions count: the organisation's are answered in the main file.
    expect(r.stdout).toBe(`${FIXTURE}/systems/social-care.yaml: valid answers to sys 1.0.0 (4 of 4 questions answered, 0 waivers; the answers of critical system "social-care")\n`);
  });

  it('an output that would replace a system file is refused before anything is written', async () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8');
    const r = await assess(dir, '-o', 'systems/social-care.yaml');
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/systems\/social-care\.yaml/);
    expect(readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8')).toBe(before);
  });
});

// Each case changes one thing in a copy of the fixture; the message is the contract people read.
const answerErrors: { name: string; file: string; change: (t: string) => string; error: string }[] = [
  // Still to answer: pointed at in the file that holds it, at the entry when there is one.
  {
    name: "a system question with no answer, in the system's own file",
    file: 'systems/social-care.yaml',
    change: (t) => t.replace(/  logged:\n(    .*\n)+/, ''),
    error: 'systems/social-care.yaml:5:1: 1 of the 14 questions to answer has no answer yet (logged (social-care)); answer it, or pass --allow-incomplete to score it as 0',
  },
  {
    name: 'a system question left empty, at its entry',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('      patched: no\n', '      patched:\n'),
    error: 'sys.answers.yaml:23:7: 1 of the 14 questions to answer has no answer yet (patched (waste)); answer it, or pass --allow-incomplete to score it as 0',
  },
  {
    name: 'a system question under the organisation',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('  cloud: yes\n', '  cloud: yes\n  patched: yes\n'),
    error: 'sys.answers.yaml:7:3: "patched" is answered once per critical system (section "protect" has scope: system); move it under a critical system in "systems:"',
  },
  {
    name: 'an organisation question under a system',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('      patched: yes\n', '      patched: yes\n      owner: yes\n'),
    error: 'sys.answers.yaml:13:7: "owner" is an organisation question, answered once for the whole organisation; move it to the top-level "answers:", out of critical system "revenues"',
  },
  {
    name: 'an organisation question in a system file',
    file: 'systems/social-care.yaml',
    change: (t) => t.replace('  mfa: no\n', '  mfa: no\n  owner: yes\n'),
    error: 'systems/social-care.yaml:8:3: "owner" is an organisation question, answered once for the whole organisation; move it to the top-level "answers:", out of critical system "social-care"',
  },
  {
    name: 'a waiver on a system question without its system',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('{ question: patched, system: waste,', '{ question: patched,'),
    error: 'sys.answers.yaml:28:5: waiver for "patched" must name its critical system ("system: ID"): the question is answered once per critical system',
  },
  {
    name: 'a waiver naming a system that is not listed',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('system: waste,', 'system: wastes,'),
    error: 'sys.answers.yaml:28:34: waiver names critical system "wastes", which is not listed under "systems:"; did you mean "waste"?',
  },
  {
    name: 'a waiver on an organisation question naming a system',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('{ question: patched, system: waste,', '{ question: owner, system: waste,'),
    error: 'sys.answers.yaml:28:32: waiver for organisation question "owner" cannot name a critical system; drop "system"',
  },
  {
    name: 'a waiver in a system file naming another system',
    file: 'systems/social-care.yaml',
    change: (t) => `${t}waivers:\n  - { question: mfa, system: waste, reason: Later., expires: 2027-01-31 }\n`,
    error: 'systems/social-care.yaml:14:30: this waiver is in the answers of critical system "social-care" but names "waste"; move it to that critical system\'s answers, or drop "system"',
  },
  {
    name: 'two systems with one id',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('  - id: waste', '  - id: revenues'),
    error: 'sys.answers.yaml:20:9: critical system id "revenues" is used twice (first at line 8); each critical system needs its own id',
  },
  {
    name: 'a system with a file and answers of its own',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('    file: systems/social-care.yaml\n', '    file: systems/social-care.yaml\n    answers: { patched: yes }\n'),
    error: 'sys.answers.yaml:19:11: critical system "social-care" has both "file:" and answers or waivers of its own; keep its answers in one place',
  },
  {
    name: 'a system file that names another system',
    file: 'systems/social-care.yaml',
    change: (t) => t.replace('system: social-care', 'system: waste'),
    error: 'systems/social-care.yaml:4:9: this file is named by critical system "social-care" but says system: "waste"; make them agree',
  },
  {
    name: 'a system file that does not say which system it holds',
    file: 'systems/social-care.yaml',
    change: (t) => t.replace('system: social-care\n', ''),
    error: 'systems/social-care.yaml:2:1: this file holds the answers of critical system "social-care" and must say so: add "system: social-care"',
  },
  {
    name: 'a system file for another questionnaire',
    file: 'systems/social-care.yaml',
    change: (t) => t.replace('questionnaire: sys', 'questionnaire: mini'),
    // Not "pass -q": a system's file answers whatever the file listing it answers.
    error: 'systems/social-care.yaml:2:16: this critical system\'s file is for questionnaire "mini", but the answers file that lists it, sys.answers.yaml, is scored against "sys"; a critical system\'s file answers the same questionnaire as the file that lists it',
  },
  {
    name: 'an absolute system file path',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: /etc/passwd'),
    error: 'sys.answers.yaml:19:11: "file: /etc/passwd" must be a relative path under the answers file\'s folder, not an absolute one',
  },
  {
    name: 'a system file path that climbs out',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: systems/../../social-care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: systems/../../social-care.yaml" must stay under the answers file\'s folder: a ".." segment is not allowed',
  },
  {
    name: 'a system file that is not there',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: systems/social.yaml'),
    error: 'sys.answers.yaml:19:11: "file: systems/social.yaml": no such file (looked for systems/social.yaml)',
  },
  // Paths written on Windows: each would name the file there but not on Linux (CI) or in git's
  // trees, so each is refused on every platform, with the spelling that works on both.
  {
    name: 'a system file path with Windows backslashes',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: systems\\social-care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: systems\\social-care.yaml" uses "\\" between folders, which only Windows reads as a separator; write "systems/social-care.yaml" (forward slashes work on Windows too)',
  },
  {
    name: 'a Windows path in double quotes, where YAML reads "\\r" as a carriage return',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: "systems\\risk.yaml"'),
    error: 'sys.answers.yaml:19:11: "file: systems\\risk.yaml" has a carriage return in it: in double quotes "\\r" is a carriage return, not a backslash and r; write "systems/risk.yaml" (forward slashes work on Windows too)',
  },
  {
    name: 'a Windows drive path as a system file',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: C:\\council\\social-care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: C:\\council\\social-care.yaml" must be a relative path under the answers file\'s folder, not an absolute one',
  },
  {
    name: 'a Windows share path as a system file',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: \\\\server\\share\\social-care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: \\\\server\\share\\social-care.yaml" must be a relative path under the answers file\'s folder, not an absolute one',
  },
  {
    name: 'a system file path that differs from the file only in case',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: Systems/Social-Care.yaml'),
    error: 'sys.answers.yaml:19:11: "file: Systems/Social-Care.yaml" differs only in case from the file\'s name (systems/social-care.yaml); write it as the file is named, since Linux, and so CI, takes them for different files',
  },
  {
    name: 'a system file name with a trailing dot, which Windows drops',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: systems/social-care.yaml.'),
    error: 'sys.answers.yaml:19:11: "file: systems/social-care.yaml." has a name ending in a dot ("social-care.yaml."), which Windows drops, so Windows and Linux would read different files; write the name without it',
  },
  {
    name: 'a system file name with a trailing space, which Windows drops',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: "systems /social-care.yaml"'),
    error: 'sys.answers.yaml:19:11: "file: systems /social-care.yaml" has a name ending in a space ("systems "), which Windows drops, so Windows and Linux would read different files; write the name without it',
  },
  {
    name: 'a system file named as a Windows device',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: systems/con.yaml'),
    error: 'sys.answers.yaml:19:11: "file: systems/con.yaml" uses "con.yaml", which Windows takes for the device CON, not a file; choose another name',
  },
  {
    name: 'a system file path with a colon (an NTFS stream on Windows)',
    file: 'sys.answers.yaml',
    change: (t) => t.replace('file: systems/social-care.yaml', 'file: "systems/social-care.yaml:old"'),
    error: 'sys.answers.yaml:19:11: "file: systems/social-care.yaml:old" has ":" in a name, which Windows does not allow in file names; rename the file without it',
  },
  {
    name: 'no systems for a questionnaire with system sections',
    file: 'sys.answers.yaml',
    change: (t) => t.slice(0, t.indexOf('systems:')),
    error: 'sys.answers.yaml:5:3: questionnaire "sys" answers sections "protect", "detect" once per critical system, and this file lists none; add each critical system under "systems:" (id, title, answers), or run "cyber-ready assess -q sys.yaml --answers sys.answers.yaml" in a terminal to be asked for them',
  },
];

describe('critical systems: mistakes in answers are exit 2 at their place', () => {
  for (const c of answerErrors) {
    it(c.name, async () => {
      const dir = copy();
      edit(dir, c.file, c.change);
      const r = await assess(dir, '-o', 'report.txt');
      expect(r.stderr.split('\n').filter((l) => l.includes(': ') && !l.includes('warning:'))[0]).toBe(c.error);
      expect(r.code).toBe(ExitCode.CannotAssess);
      expect(r.stdout).toBe('');
      expect(() => readFileSync(join(dir, 'report.txt'))).toThrow();
    });
  }

  it('a system file that is a symbolic link checked out as a plain file (Git for Windows, core.symlinks false) is named so', async () => {
    const dir = copy();
    // What git writes for a link when it may not make one: a file holding the path the link leads to.
    writeFileSync(join(dir, 'systems/social-care-real.yaml'), readFileSync(join(dir, 'systems/social-care.yaml')));
    writeFileSync(join(dir, 'systems/social-care.yaml'), 'social-care-real.yaml');
    const r = await assess(dir, '-o', 'report.txt');
    expect(r.stderr.trim().split('\n').filter((l) => !l.includes('warning:'))).toEqual([
      'sys.answers.yaml:19:11: "file: systems/social-care.yaml" holds only the path social-care-real.yaml: a symbolic link that git checked out as a plain file (as Git for Windows does while core.symlinks is false); write "file: systems/social-care-real.yaml" instead, or check out with symbolic links',
    ]);
    expect(r.code).toBe(ExitCode.CannotAssess);
  });

  it('a questionnaire read from standard input is named by a placeholder in the command suggested, as init does', async () => {
    const dir = copy();
    edit(dir, 'sys.answers.yaml', (t) => t.slice(0, t.indexOf('systems:')));
    const stdin = readFileSync(join(dir, 'sys.yaml'), 'utf8');
    // "-q -" cannot be run again as it is: the walk needs standard input for the terminal.
    const walk = await runBinary({ args: ['assess', '-q', '-', '-a', 'sys.answers.yaml', ...TODAY], cwd: dir, stdin });
    expect(walk.code).toBe(ExitCode.CannotAssess);
    expect(walk.stderr).toContain('or run "cyber-ready assess -q QUESTIONNAIRE.yaml --answers sys.answers.yaml" in a terminal');
    const own = await runBinary({ args: ['assess', '-q', '-', '-a', 'systems/social-care.yaml', ...TODAY], cwd: dir, stdin });
    expect(own.code).toBe(ExitCode.CannotAssess);
    expect(own.stderr).toMatch(/check this file alone with: cyber-ready validate -q QUESTIONNAIRE\.yaml systems\/social-care\.yaml\n$/);
    for (const r of [walk, own]) expect(r.stderr).not.toContain('-q -');
  });

  it('a system file that is not a regular file, or is plainly something else, is named at its place', async () => {
    const cases: [string, (dir: string) => void, string][] = [
      ['a folder', () => undefined, 'sys.answers.yaml:19:11: "file: systems" is a folder; give the system\'s answers file in it'],
      // A FIFO would hang the run waiting for a writer.
      ['a FIFO', (dir) => execFileSync('mkfifo', [join(dir, 'systems/fifo.yaml')]), 'sys.answers.yaml:19:11: "file: systems/fifo.yaml" is not a regular file (a FIFO, socket or device); a system\'s answers must be in a file'],
      ['a report', (dir) => writeFileSync(join(dir, 'systems/report.json'), readFileSync('test/golden/mini-with-gates.assessment.json')), 'systems/report.json:2:3: this is a cyber-ready JSON report, not a questionnaire or an answers file; give the answers file the report was made from'],
      ['a questionnaire', (dir) => cpSync(join(dir, 'sys.yaml'), join(dir, 'systems/q.yaml')), "systems/q.yaml:10:1: this is a questionnaire, not a system's answers file"],
      ['a CI pipeline', (dir) => cpSync('test/fixtures/not-cyber-ready/workflow.yaml', join(dir, 'systems/ci.yaml')), 'systems/ci.yaml:2:1: this is not a system\'s answers file: it has none of the keys one has, such as "system" and "answers"'],
      // Differs from the real name only by a no-break space, which the message names.
      ['a name with a no-break space', () => undefined, 'sys.answers.yaml:19:11: "file: systems/social-care.yaml\\u00A0" (ends with a no-break space): no such file (looked for systems/social-care.yaml\\u00A0)'],
    ];
    const refs: Record<string, string> = { 'a folder': 'systems', 'a FIFO': 'systems/fifo.yaml', 'a report': 'systems/report.json', 'a questionnaire': 'systems/q.yaml', 'a CI pipeline': 'systems/ci.yaml', 'a name with a no-break space': '"systems/social-care.yaml\u00a0"' };
    for (const [name, make, error] of cases) {
      const dir = copy();
      make(dir);
      edit(dir, 'sys.answers.yaml', (t) => t.replace('file: systems/social-care.yaml', `file: ${refs[name]}`));
      const r = await runBinary({ args: ['validate', 'sys.answers.yaml', '-q', 'sys.yaml'], cwd: dir });
      expect(r.stderr.split('\n').filter((l) => !l.includes('warning:'))[0], name).toBe(error);
      expect(r.code, name).toBe(ExitCode.CannotAssess);
    }
  });

  // The second folder is a path prefix of its sibling as text ("/tmp/x" of "/tmp/x-beside"), not as folders.
  it.each<[string, (dir: string) => string]>([
    ['in another folder', () => mkdtempSync(join(tmpdir(), 'cyber-ready-outside-'))],
    ['beside it, whose name begins with the same name', (dir) => {
      mkdirSync(`${dir}-beside`);
      return `${dir}-beside`;
    }],
  ])('a system file reached through a link to a folder %s is refused', async (_where, makeFolder) => {
    const dir = copy();
    const outside = makeFolder(dir);
    cpSync(join(dir, 'systems/social-care.yaml'), join(outside, 'social-care.yaml'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    edit(dir, 'sys.answers.yaml', (t) => t.replace('file: systems/social-care.yaml', 'file: elsewhere/social-care.yaml'));
    const r = await assess(dir);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^sys\.answers\.yaml:19:11: "file: elsewhere\/social-care\.yaml" leads outside the answers file's folder through a link/m);
  });

  it('a link that stays inside the folder is followed', async () => {
    const dir = copy();
    symlinkSync('systems', join(dir, 'inside'));
    edit(dir, 'sys.answers.yaml', (t) => t.replace('file: systems/social-care.yaml', 'file: inside/social-care.yaml'));
    const r = await assess(dir, '-f', 'json');
    expect(r.code).toBe(ExitCode.Ok);
  });

  // A system file holds one system's answers: scoring it alone showed the council's sections as
  // unanswered (0 with --allow-incomplete), and the message asked for answers it cannot hold.
  it.each([[[]], [['--allow-incomplete']], [['--no-interactive', '-f', 'json']]])('assess refuses a system file given as the answers file (%j), at its system: line', async (extra) => {
    const dir = copy();
    const before = readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8');
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'systems/social-care.yaml', ...TODAY, ...extra], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'systems/social-care.yaml:4:1: this is the file of critical system "social-care", which holds that critical system\'s answers only; use the answers file that lists it under "systems:" (assessing that asks this critical system\'s questions and saves them here), or check this file alone with: cyber-ready validate -q sys.yaml systems/social-care.yaml\n',
    );
    expect(readFileSync(join(dir, 'systems/social-care.yaml'), 'utf8')).toBe(before);
    // The hint holds: the file is valid on its own.
    expect((await runBinary({ args: ['validate', '-q', 'sys.yaml', 'systems/social-care.yaml'], cwd: dir })).code).toBe(ExitCode.Ok);
  });

  // For a questionnaire with no system sections, `validate` called a system file valid (its answers
  // counted as none), while assess sent the reader to `validate` and to a "systems:" list it refuses.
  it('a system file for a questionnaire with no system sections is refused by validate and assess alike, at its system: line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-flat-system-file-'));
    writeFileSync(join(dir, 'flat.yaml'), 'id: flat\nversion: 1.0.0\ntitle: Flat\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: q, text: Is it so?, type: yes-no }\n');
    writeFileSync(join(dir, 'x.yaml'), 'questionnaire: flat\nsystem: x\nanswers:\n  q: yes\n');
    const said = 'x.yaml:2:1: this is the file of system "x", and questionnaire "flat" has no section answered per system, so a file of one system\'s answers does not fit it; write these answers in an answers file without "system:"\n';
    const validate = await runBinary({ args: ['validate', '-q', 'flat.yaml', 'x.yaml'], cwd: dir });
    expect(validate.code).toBe(ExitCode.CannotAssess);
    expect(validate.stderr).toBe('x.yaml:2:9: questionnaire "flat" has no section answered per system, so a file of one system\'s answers does not fit it; write these answers in an answers file without "system:"\n');
    const assessed = await runBinary({ args: ['assess', '-q', 'flat.yaml', '-a', 'x.yaml', ...TODAY], cwd: dir });
    expect(assessed.code).toBe(ExitCode.CannotAssess);
    expect(assessed.stdout).toBe('');
    expect(assessed.stderr).toBe(said);
  });

  it('every other command that scores refuses a system file alone too: diff, share, benchmark, trend', async () => {
    const dir = copy();
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'v1');
    const refused = 'systems/social-care.yaml:4:1: this is the file of critical system "social-care"';
    for (const args of [['diff', 'sys.answers.yaml', 'systems/social-care.yaml'], ['share', 'systems/social-care.yaml'], ['benchmark', 'sys.answers.yaml', 'systems/social-care.yaml'], ['trend', 'systems/social-care.yaml']]) {
      const r = await runBinary({ args: [...args, '--questionnaire-dir', '.'], cwd: dir });
      expect(r.code, args.join(' ')).toBe(ExitCode.CannotAssess);
      expect(r.stderr.startsWith(refused), `${args.join(' ')}: ${r.stderr}`).toBe(true);
    }
  });

  it('systems for a questionnaire without system sections are an error', async () => {
    const dir = copy();
    edit(dir, 'sys.yaml', (t) => t.replaceAll('    scope: system\n', ''));
    edit(dir, 'sys.answers.yaml', (t) => t.replace('answers:\n  owner: yes', 'answers:\n  owner: yes\n  patched: yes'));
    const r = await assess(dir);
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('sys.answers.yaml:9:3: questionnaire "sys" has no section answered per system; remove "systems:" or choose a questionnaire that has them');
  });
});

describe('critical systems: questionnaire rules', () => {
  it('an organisation question may not depend on a system question', async () => {
    const dir = copy();
    edit(dir, 'sys.yaml', (t) => t.replace('  - id: detect\n    title: Detection\n    scope: system\n', '  - id: detect\n    title: Detection\n'));
    edit(dir, 'sys.yaml', (t) => t.replace('        text: Are the system\'s logs collected centrally?\n', '        text: Are the system\'s logs collected centrally?\n        when: { question: patched, in: [yes] }\n'));
    const r = await runBinary({ args: ['validate', 'sys.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('sys.yaml:45:27: "when" refers to "patched", which is answered once per system (its section has scope: system); an organisation question may only depend on organisation questions');
  });

  it('a system question may depend on an organisation question in a later section', async () => {
    const dir = copy();
    // Detection becomes the organisation's, after Protection; mfa (per system) is asked only when logs are collected.
    edit(dir, 'sys.yaml', (t) => t.replace('  - id: detect\n    title: Detection\n    scope: system\n', '  - id: detect\n    title: Detection\n'));
    edit(dir, 'sys.yaml', (t) => t.replace('        text: Does the system need multi-factor sign-in?\n', '        text: Does the system need multi-factor sign-in?\n        when: { question: logged, in: [yes] }\n'));
    const checked = await runBinary({ args: ['validate', 'sys.yaml'], cwd: dir });
    expect(checked.code, checked.stderr).toBe(ExitCode.Ok);
    writeFileSync(join(dir, 'later.answers.yaml'), 'questionnaire: sys\nanswers:\n  owner: yes\n  cloud: no\n  logged: no\nsystems:\n  - id: one\n    title: One\n    answers:\n      patched: yes\n');
    const r = await runBinary({ args: ['assess', '-q', 'sys.yaml', '-a', 'later.answers.yaml', ...TODAY, '-f', 'json'], cwd: dir });
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const mfa = (JSON.parse(r.stdout) as Assessment).questions.find((q) => q.id === 'mfa' && q.system === 'one');
    expect(mfa).toMatchObject({ status: 'not-applicable', notApplicableBy: 'condition' });
    // Still backwards within a system: a system question may not look at a later one.
    edit(dir, 'sys.yaml', (t) => t.replace('when: { question: logged, in: [yes] }', 'when: { question: cloud-backup, in: [yes] }'));
    const later = await runBinary({ args: ['validate', 'sys.yaml'], cwd: dir });
    expect(later.code).toBe(ExitCode.CannotAssess);
    expect(later.stderr).toContain('"when" refers to "cloud-backup", which is not an earlier question');
  });

  it('scope takes organisation or system', async () => {
    const dir = copy();
    edit(dir, 'sys.yaml', (t) => t.replace('    scope: system\n', '    scope: team\n'));
    const r = await runBinary({ args: ['validate', 'sys.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^sys\.yaml:25:12: "scope" must be one of "organisation" or "system", not "team"$/m);
  });
});

// validate given the questionnaire as a file beside the answers: the walk it suggests for a file
// with no systems yet must name that file, as `assess` finds a questionnaire that is not bundled
// only by -q.
describe('validate of a file that lists no systems yet', () => {
  it('suggests a walk with -q naming the questionnaire file it was given', async () => {
    const dir = copy();
    const text = readFileSync(join(dir, 'sys.answers.yaml'), 'utf8');
    writeFileSync(join(dir, 'start.yaml'), text.slice(0, text.indexOf('systems:')));
    const r = await runBinary({ args: ['validate', 'sys.yaml', 'start.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stderr).toContain('or run "cyber-ready assess -q sys.yaml --answers start.yaml" in a terminal to be asked for them\n');
  });
});
