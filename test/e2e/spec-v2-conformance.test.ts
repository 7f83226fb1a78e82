import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';

// Sentences of SPEC's "v2 additions" read literally, each checked through the binary on a small
// questionnaire of its own that the bundled ones do not exercise.

/** A fresh folder holding `files` (name → text); returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-spec-v2-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// One organisation outcome with all three columns, and one yes-no question per system.
const PROBE = `id: probe
version: 1.0.0
title: Probe
sections:
  - id: org
    title: Organisation
    questions:
      - id: board
        type: outcome
        text: Board direction
        severity: high
        indicators:
          not-achieved:
            - { id: B.NA.1, text: Nobody owns it }
          partially-achieved:
            - { id: B.PA.1, text: Someone owns it }
          achieved:
            - { id: B.A.1, text: The board owns it }
            - { id: B.A.2, text: The board reviews it }
  - id: sys
    title: Each system
    scope: system
    questions:
      - id: mfa
        type: yes-no
        text: Multi-factor authentication?
`;

describe('SPEC "Scoring": gaps by priority, ties in questionnaire order', () => {
  it('keeps questionnaire order for priorities equal in exact arithmetic but not in binary fractions', async () => {
    // 3 × (1 − 0.3), 4 × (1 − 0.475) and 1 × 3 × (1 − 0.3) are all 2.1; in binary floating point the
    // first and last are 2.0999999999999996, which once ranked the second question first.
    const dir = folder({
      'q.yaml': `id: ties
version: 1.0.0
title: Ties
sections:
  - id: s
    title: S
    questions:
      - id: first
        type: number
        text: First
        severity: high
        bands: [{ max: 1, score: 1 }, { score: 0.3 }]
      - id: second
        type: choice
        text: Second
        severity: critical
        options:
          - { value: a, label: A, score: 0.475 }
          - { value: b, label: B, score: 1 }
      - id: third
        type: choice
        text: Third
        severity: low
        weight: 3
        options:
          - { value: a, label: A, score: 0.3 }
          - { value: b, label: B, score: 1 }
`,
      'a.yaml': 'questionnaire: ties\nanswers:\n  first: 5\n  second: a\n  third: a\n',
    });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.gaps.map((g) => [g.rank, g.question, g.priority])).toEqual([
      [1, 'first', 2.1],
      [2, 'second', 2.1],
      [3, 'third', 2.1],
    ]);
    const csv = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'csv'], cwd: dir });
    expect(csv.stdout.split('\r\n').slice(1, 4).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['1,,S,first', '2,,S,second', '3,,S,third']);
  });
});

describe('SPEC "v2: questions answered by indicators": an empty entry is not answered yet', () => {
  it('reads "board:" with nothing after it as unanswered, as for any other question, and places its gap there', async () => {
    const dir = folder({
      'q.yaml': PROBE,
      'a.yaml': 'questionnaire: probe\nanswers:\n  board:\nsystems:\n  - id: one\n    title: One\n    answers:\n      mfa: yes\n',
    });
    // Without --allow-incomplete: the usual one line about unanswered questions, not an error about the entry's shape.
    const strict = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml'], cwd: dir });
    expect(strict.code).toBe(ExitCode.CannotAssess);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toBe('a.yaml:3:3: 1 of the 2 questions to answer has no answer yet (board); answer it, or pass --allow-incomplete to score it as 0\n');
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--allow-incomplete', '-f', 'json'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.unanswered).toEqual([{ question: 'board', system: null }]);
    expect(a.gaps.map((g) => [g.question, g.status, g.location])).toEqual([['board', 'unanswered', { file: 'a.yaml', line: 3, column: 3 }]]);
    const sarif = JSON.parse((await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--allow-incomplete', '-f', 'sarif'], cwd: dir })).stdout) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 3 });
    const valid = await runBinary({ args: ['validate', '-q', 'q.yaml', 'a.yaml'], cwd: dir });
    expect(valid.code).toBe(ExitCode.Ok);
  });

  it('still refuses a value written where the indicators go, with one line at the entry', async () => {
    const dir = folder({ 'q.yaml': PROBE, 'a.yaml': 'questionnaire: probe\nanswers:\n  board: achieved\nsystems:\n  - { id: one, title: One }\n' });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--allow-incomplete', '-o', 'out.txt'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe('a.yaml:3:10: "board" is an outcome, answered by its indicators rather than one value: under it write indicators: { B.A.1: true, B.A.2: false, ... }\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'q.yaml']);
  });
});

describe('SPEC "v2: critical systems": a system file has "system: ID" instead of "systems:"', () => {
  it('the answers schema, validate and assess all refuse a system file that also lists systems', async () => {
    const dir = folder({
      'q.yaml': PROBE,
      'a.yaml': 'questionnaire: probe\nanswers:\n  board: { status: unknown }\nsystems:\n  - { id: one, title: One, file: systems/one.yaml }\n',
      'systems/one.yaml': 'questionnaire: probe\nsystem: one\nanswers:\n  mfa: yes\nsystems:\n  - { id: two, title: Two, answers: { mfa: no } }\n',
    });
    const message = 'systems/one.yaml:5:1: a system file (one that says "system:") holds one system\'s answers and cannot list "systems:"; remove one of them\n';
    const alone = await runBinary({ args: ['validate', '-q', 'q.yaml', 'systems/one.yaml'], cwd: dir });
    expect(alone).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: message });
    const through = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-o', 'out.txt'], cwd: dir });
    expect(through).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: message });
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'q.yaml', 'systems']);
    // The published schema says the same, so an editor flags it as it is typed.
    const { validateAgainstSchema } = await schemaCheck();
    expect(validateAgainstSchema('answers', { questionnaire: 'probe', system: 'one', systems: [] })).toBe(false);
    expect(validateAgainstSchema('answers', { questionnaire: 'probe', system: 'one', answers: { mfa: true } })).toBe(true);
  });

  it("refuses the council's details in a system file (there they are not read, and may be another council's)", async () => {
    for (const key of ['organisation: Another Council', 'assessor: Someone else', 'assessedOn: 2025-01-01']) {
      const dir = folder({
        'q.yaml': PROBE,
        'a.yaml': 'questionnaire: probe\norganisation: Test Council\nanswers:\n  board: { status: unknown }\nsystems:\n  - { id: one, title: One, file: systems/one.yaml }\n',
        'systems/one.yaml': `questionnaire: probe\nsystem: one\n${key}\nanswers:\n  mfa: yes\n`,
      });
      const name = key.slice(0, key.indexOf(':'));
      const message = `systems/one.yaml:3:1: a system file (one that says "system:") holds one system's answers and waivers; "${name}" is the council's answers file's to give, and is not read here; remove it\n`;
      expect(await runBinary({ args: ['validate', '-q', 'q.yaml', 'systems/one.yaml'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: message });
      expect(await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-o', 'out.txt'], cwd: dir })).toEqual({ code: ExitCode.CannotAssess, stdout: '', stderr: message });
      expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'q.yaml', 'systems']);
    }
    const { validateAgainstSchema } = await schemaCheck();
    expect(validateAgainstSchema('answers', { questionnaire: 'probe', system: 'one', organisation: 'X' })).toBe(false);
    expect(validateAgainstSchema('answers', { questionnaire: 'probe', organisation: 'X' })).toBe(true);
  });
});

describe('SPEC "v2: questions answered by indicators": an indicator is true, false or unknown', () => {
  it('the answers schema refuses any other value, as the tool does, in the same words', async () => {
    const { validateAgainstSchema } = await schemaCheck();
    const answers = (v: unknown) => ({ questionnaire: 'probe', answers: { board: { indicators: { 'B.A.1': v } } } });
    for (const ok of [true, false, null, 'unknown', 'Unknown', 'yes', 'No', 'true', 'FALSE']) expect(validateAgainstSchema('answers', answers(ok)), String(ok)).toBe(true);
    for (const bad of ['maybe', 'true\u00a0', 'partly', 1, '']) expect(validateAgainstSchema('answers', answers(bad)), String(bad)).toBe(false);
    const dir = folder({
      'q.yaml': PROBE,
      'a.yaml': 'questionnaire: probe\nanswers:\n  board:\n    indicators: { B.NA.1: maybe, B.PA.1: 1, B.A.1: "yes\u00a0" }\nsystems:\n  - { id: one, title: One, answers: { mfa: yes } }\n',
    });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n')).toEqual([
      'a.yaml:4:27: indicator "B.NA.1" takes true, false or unknown, not "maybe"',
      'a.yaml:4:42: indicator "B.PA.1" takes true, false or unknown, not 1',
      'a.yaml:4:52: indicator "B.A.1" takes true, false or unknown, not "yes\\u00A0" (ends with a no-break space)',
      '',
    ]);
  });
});

/** The published answers schema, compiled as an editor would (JSON Schema 2020-12, formats checked). */
async function schemaCheck(): Promise<{ validateAgainstSchema: (kind: 'answers', data: unknown) => boolean }> {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'answers.schema.json'), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return { validateAgainstSchema: (_kind, data) => validate(data) };
}

describe('SPEC "v2: questions answered by indicators": confirmed statuses in words, in every scope', () => {
  it('the terminal report says in words what each starred cell of the systems matrix means', async () => {
    const dir = folder({
      'q.yaml': PROBE.replace('      - id: mfa\n', `      - id: backups
        type: outcome
        text: Backups
        indicators:
          achieved: [{ id: K.A.1, text: Backups are tested }]
      - id: mfa
`),
      'a.yaml': `questionnaire: probe
answers:
  board: { indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, B.A.2: true } }
systems:
  - id: alpha
    title: Alpha
    answers:
      backups: { indicators: { K.A.1: false }, confirmed: achieved, justification: Tested last week }
      mfa: yes
  - id: beta
    title: Beta
    answers:
      backups: { confirmed: not-achieved, justification: Never tested }
      mfa: yes
`,
    });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--detail'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    const lines = r.stdout.split('\n');
    const head = lines.indexOf('Outcomes by system');
    expect(lines.slice(head, head + 9)).toEqual([
      'Outcomes by system',
      'Status as the indicators show it ("Partially": partially achieved; "?": not every indicator answered',
      'yet; "*": a status the assessor confirmed, in words below the table).',
      '             alpha      beta',
      '  Each system',
      '    Backups  Achieved*  Not achieved*',
      '  * alpha · Backups: Achieved (confirmed above what the indicators support; the indicators say not',
      '      achieved)',
      '  * beta · Backups: Not achieved (confirmed without indicators)',
    ]);
  });
});

describe('SPEC "v2: writing files safely": look-alike characters in indicator keys', () => {
  it('names the invisible or look-alike character of an indicator or comment key instead of showing it twice alike', async () => {
    const dir = folder({
      'q.yaml': PROBE,
      'a.yaml': `questionnaire: probe
answers:
  board:
    indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, "B.A.2\u200b": true }
    comments: { "B.A.\u0410": Minutes of March }
systems:
  - { id: one, title: One, answers: { mfa: yes } }
`,
    });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-o', 'out.txt'], cwd: dir });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr.split('\n')).toEqual([
      'a.yaml:4:61: "B.A.2\\u200B" (ends with a zero-width space) is not an indicator of "board"; did you mean "B.A.2"?',
      'a.yaml:5:17: "B.A.А" (ends with the Cyrillic letter "А", U+0410, which looks like a Latin "A") is not an indicator of "board"; did you mean "B.A.1"?',
      '',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'q.yaml']);
  });
});

describe('SPEC "v2: reports": the text summary keeps to 40 lines at 80 columns', () => {
  it('counts the automatic fails past the first few, so thirty failing systems still leave the score and gates on screen', async () => {
    const systems = Array.from({ length: 30 }, (_, i) => `  - id: sys-${i}\n    title: Line of business system number ${i}\n    answers:\n      mfa: no\n`).join('');
    const dir = folder({
      'q.yaml': PROBE.replace('        text: Multi-factor authentication?\n', '        text: Multi-factor authentication?\n        severity: critical\n        blocking: true\n'),
      'a.yaml': `questionnaire: probe\nanswers:\n  board: { indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, B.A.2: true } }\nsystems:\n${systems}`,
    });
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--fail-on', 'critical', '--min-score', '90'], cwd: dir, env: { COLUMNS: '80' } });
    expect(r.code).toBe(ExitCode.GateFailed);
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    const cap = lines.indexOf('Rating capped at Not ready by 30 automatic fails, whatever the score; the score');
    expect(lines.slice(cap, cap + 7)).toEqual([
      'Rating capped at Not ready by 30 automatic fails, whatever the score; the score',
      'alone would rate Partly ready. A waiver does not lift the cap.',
      '  ✗ Line of business system number 0: Multi-factor authentication?',
      '  ✗ Line of business system number 1: Multi-factor authentication?',
      '  ✗ Line of business system number 2: Multi-factor authentication?',
      '  ✗ Line of business system number 3: Multi-factor authentication?',
      '  … and 26 more automatic fails: --detail lists them all.',
    ]);
    expect(lines.slice(-3)).toEqual(['Overall 50/100 Not ready (capped by automatic fails) · gates FAILED', '  ✗ FAIL  overall score 50 is below 90', '  ✗ FAIL  30 unwaived critical gaps']);
    // In full, every one of them.
    const detail = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--detail'], cwd: dir, env: { COLUMNS: '80' } });
    expect(detail.stdout.match(/^ {2}✗ Line of business system number \d+: Multi-factor authentication\? \[mfa\]$/gm)).toHaveLength(30);
  });
});

describe('SPEC "v2: writing files safely": /dev/stdout is written to directly and never replaced', () => {
  const files = { 'q.yaml': PROBE, 'a.yaml': 'questionnaire: probe\nanswers:\n  board: { status: unknown }\nsystems:\n  - { id: one, title: One, answers: { mfa: yes } }\n' };
  const sh = (dir: string, command: string) => spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const run = `node ${binPath} assess -q q.yaml -a a.yaml --today 2026-11-30`;

  it('appends where the shell appends, rather than replacing the file standard output leads to', () => {
    const dir = folder({ ...files, 'build.log': 'earlier step\n' });
    symlinkSync('/dev/stdout', join(dir, 'out'));
    for (const target of ['/dev/stdout', '/proc/self/fd/1', 'out']) {
      const r = sh(dir, `${run} -f json -o ${target} >> build.log`);
      expect(r.status).toBe(ExitCode.Ok);
    }
    const log = readFileSync(join(dir, 'build.log'), 'utf8');
    expect(log.startsWith('earlier step\n{\n  "schemaVersion": 2,')).toBe(true);
    expect(log.match(/"schemaVersion": 2,/g)).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'build.log', 'out', 'q.yaml']);
  });

  it('refuses a --report to /dev/stdout beside the --format report there (two outputs, one file), and reaches a socket', async () => {
    const dir = folder(files);
    // Both went into both.txt, SARIF then text: a file that neither a SARIF reader nor a person could use.
    const refused = sh(dir, `${run} --report sarif=/dev/stdout > both.txt`);
    expect(refused.status).toBe(ExitCode.CannotAssess);
    expect(refused.stderr).toBe('cyber-ready: --report sarif=/dev/stdout goes to standard output, where the --format text report goes already, and the two would run into each other; give one of them a file name\n');
    expect(readFileSync(join(dir, 'both.txt'), 'utf8')).toBe('');
    // A spawned process's standard output here is a socket, which no path can open: the stream can.
    const r = await runBinary({ args: ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '-f', 'json', '-o', '/dev/stdout'], cwd: dir });
    expect(r.code).toBe(ExitCode.Ok);
    expect((JSON.parse(r.stdout) as Assessment).schemaVersion).toBe(2);
  });
});

describe('SPEC "v2: reports": a board paper says what a waiver is once', () => {
  it('labels an accepted risk and an expired waiver "Waiver" in markdown and HTML, as in Word, without repeating the label', async () => {
    const dir = folder({
      'q.yaml': PROBE,
      'a.yaml': `questionnaire: probe
answers:
  board: { indicators: { B.NA.1: false, B.PA.1: true, B.A.1: true, B.A.2: false } }
systems:
  - { id: one, title: One, answers: { mfa: no } }
  - { id: two, title: Two, answers: { mfa: no } }
waivers:
  - { question: mfa, system: one, reason: New tokens arrive in March., approvedBy: Audit Committee, expires: 2027-03-31 }
  - { question: mfa, system: two, reason: Supplier promised a fix., approvedBy: Audit Committee, expires: 2026-10-31 }
`,
    });
    const args = ['assess', '-q', 'q.yaml', '-a', 'a.yaml', '--today', '2026-11-30'];
    const md = (await runBinary({ args: [...args, '-f', 'markdown'], cwd: dir })).stdout;
    // Both systems' gaps are on one question, so each waiver is under its system's line of the entry.
    expect(md).toContain('\n    - Waiver: Accepted risk until 2027-03-31, approved by Audit Committee: New tokens arrive in March.\n');
    expect(md).toContain('\n    - Waiver: Expired on 2026-10-31, approved by Audit Committee, so it gives no cover: Supplier promised a fix.\n');
    const html = (await runBinary({ args: [...args, '-f', 'html'], cwd: dir })).stdout;
    expect(html).toContain('<dt>Waiver</dt><dd>Accepted risk until 2027-03-31, approved by Audit Committee: New tokens arrive in March.</dd>');
    expect(html).toContain('<dt>Waiver</dt><dd>Expired on 2026-10-31, approved by Audit Committee, so it gives no cover: Supplier promised a fix.</dd>');
    for (const paper of [md, html]) expect(paper).not.toMatch(/Accepted risk(:|<\/dt><dd>) ?Accepted risk|Waiver(:|<\/dt><dd>) ?Waiver/);
    // The terminal has no label before it, so there the expired one still says it is a waiver.
    const text = (await runBinary({ args: [...args, '--detail'], cwd: dir, env: { COLUMNS: '120' } })).stdout;
    expect(text).toContain('        Waiver expired on 2026-10-31, approved by Audit Committee, so it gives no cover: Supplier promised a fix.\n');
  });
});

describe('SPEC "v2: critical systems": a questionnaire whose every section is per system', () => {
  it('never speaks of organisation sections it does not have', async () => {
    const dir = folder({
      'q.yaml': `id: only-systems
version: 1.0.0
title: Only systems
sections:
  - id: a
    title: Access
    scope: system
    questions:
      - { id: mfa, type: yes-no, text: Multi-factor authentication? }
      - { id: notes, type: text, text: Anything else? }
`,
      'a.yaml': 'questionnaire: only-systems\nsystems:\n  - { id: one, title: One, answers: { mfa: yes, notes: none } }\n  - { id: two, title: Two, answers: { mfa: no, notes: none } }\n',
    });
    const args = ['assess', '-q', 'q.yaml', '-a', 'a.yaml'];
    const outputs = await Promise.all(
      [[], ['--detail'], ['-f', 'markdown'], ['-f', 'html']].map(async (extra) => (await runBinary({ args: [...args, ...extra], cwd: dir })).stdout),
    );
    for (const out of outputs) expect(out).not.toMatch(/organisation's sections|once for the organisation|with the organisation/);
    const [summary, detail, markdown, html] = outputs as [string, string, string, string];
    expect(summary).toContain('\nSystems\n  One  ');
    expect(detail).toContain('\nSystems\nEach system has its own score, from its own answers.\n');
    expect(detail).toContain('\nOwn scores out of 100, rounded down; the last row is the overall.\n');
    expect(detail).toMatch(/\n {2}Overall +100 +0\n/);
    expect(markdown).toContain('\nEvery section was answered once for each of the two systems below; the overall score counts each system equally.\n');
    expect(html).toContain('Every section was answered once for each of the two systems below; the overall score counts each system equally.');
  });
});

describe('SPEC "v2: critical systems": the questionnaire names what a system is called, in every report', () => {
  it('benchmark says "line-of-business application" where the questionnaire does, not "critical system"', async () => {
    const questionnaire = PROBE.replace('title: Probe\n', 'title: Probe\nsystemLabel: line-of-business application\n');
    const dir = folder({ 'q.yaml': questionnaire, 'qs/q.yaml': questionnaire });
    const inputs: string[] = [];
    for (let i = 1; i <= 5; i++) {
      // Each of its own month: councils, not one assessment given twice.
      writeFileSync(join(dir, `a${i}.yaml`), `questionnaire: probe\nassessedOn: 2026-0${i}-01\nanswers:\n  board: { status: unknown }\nsystems:\n  - { id: one, title: One, answers: { mfa: ${i % 2 ? 'yes' : 'no'} } }\n`);
      const share = await runBinary({ args: ['share', `a${i}.yaml`, '-q', 'q.yaml', '--label', `council-${i}`, '-o', `s${i}.json`], cwd: dir });
      expect(share.code).toBe(ExitCode.Ok);
      inputs.push(`s${i}.json`);
    }
    const text = await runBinary({ args: ['benchmark', ...inputs, '--questionnaire-dir', 'qs'], cwd: dir, env: { COLUMNS: '200' } });
    expect(text.code).toBe(ExitCode.Ok);
    expect(text.stdout).toContain("\n  Answered once per line-of-business application: each council's score is its mean over its line-of-business applications");
    expect(text.stdout).not.toContain('critical system');
    const data = JSON.parse((await runBinary({ args: ['benchmark', ...inputs, '--questionnaire-dir', 'qs', '-f', 'json'], cwd: dir })).stdout) as { questionnaire: unknown };
    expect(data.questionnaire).toEqual({ id: 'probe', version: '1.x', title: 'Probe', systemLabel: 'line-of-business application', systemLabelPlural: 'line-of-business applications' });
  });
});
