import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { fixture } from '../helpers/load.js';

// Scoring rules that a mutation review of src/scoring found no test could tell apart from a wrong
// rule (each test below fails with its mutant applied): checked through the binary on small
// questionnaires written here, every expected number worked out by hand from SPEC.

const TODAY = ['--today', '2026-11-20'];

/** A fresh folder holding `files`; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-scoring-pins-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function assessJson(dir: string, ...args: string[]): Promise<{ code: number; report: Assessment; stderr: string }> {
  const r = await runBinary({ args: ['assess', '-q', join(dir, 'q.yaml'), '-a', join(dir, 'a.yaml'), ...TODAY, '-f', 'json', ...args] });
  return { code: r.code, report: JSON.parse(r.stdout) as Assessment, stderr: r.stderr };
}

// An organisation follow-up (ot-remote) that does not apply, and a system question that depends on it.
const CHAIN = `id: pins-chain
version: 1.0.0
title: Conditions across scopes
sections:
  - id: org
    title: Organisation
    questions:
      - id: has-ot
        type: yes-no
        text: Do you run operational technology?
        weight: 0
      - id: ot-remote
        type: yes-no
        text: Can it be reached remotely?
        weight: 0
        when: { question: has-ot, in: [yes] }
  - id: sys
    title: Systems
    scope: system
    questions:
      - id: sys-backup
        type: yes-no
        text: Is the system backed up offline?
      - id: ot-mfa
        type: yes-no
        text: Does remote access to it need a second factor?
        severity: high
        when: { question: ot-remote, in: [yes] }
`;

describe('a system question whose condition names an organisation question that does not apply', () => {
  it('does not apply either, so it is neither asked for nor a gap (SPEC: when; v2 critical systems)', async () => {
    // has-ot no -> ot-remote does not apply -> its condition cannot hold for ot-mfa, in any system.
    // Were ot-remote read as merely unanswered, ot-mfa would apply: unanswered (exit 2) in s1 and a
    // high gap in s2.
    const dir = folder({
      'q.yaml': CHAIN,
      'a.yaml': `questionnaire: pins-chain
answers:
  has-ot: no
systems:
  - id: s1
    title: One
    answers:
      sys-backup: yes
  - id: s2
    title: Two
    answers:
      sys-backup: yes
      ot-mfa: no
`,
    });
    const { code, report, stderr } = await assessJson(dir);
    expect(stderr).toMatch(/ot-mfa/); // the answer in s2 is ignored, with a warning
    expect(code).toBe(0);
    const mfa = report.questions.filter((q) => q.id === 'ot-mfa');
    expect(mfa.map((q) => [q.system, q.status, q.notApplicableBy, q.included])).toEqual([
      ['s1', 'not-applicable', 'condition', false],
      ['s2', 'not-applicable', 'condition', false],
    ]);
    expect(report.gaps).toEqual([]);
    expect(report.unanswered).toEqual([]);
    expect(report.overall.score).toBe(100);
    // Each system's summary counts the questions that score in it: sys-backup only.
    expect(report.systems.map((s) => [s.id, s.summary.included, s.summary.gaps])).toEqual([
      ['s1', 1, 0],
      ['s2', 1, 0],
    ]);
  });
});

const OUTCOME = `id: pins-outcome
version: 1.0.0
title: An outcome that may not apply
sections:
  - id: main
    title: Main
    questions:
      - id: remote
        type: outcome
        text: Remote access is protected.
        allowNotApplicable: true
        indicators:
          not-achieved:
            - { id: R.NA.1, text: Remote access needs only a password. }
          achieved:
            - { id: R.A.1, text: Remote access needs a second factor. }
      - id: backups
        type: yes-no
        text: Are backups kept offline?
`;

describe('an outcome answered not applicable', () => {
  it('carries no derived status and no indicators to meet in the JSON report', async () => {
    const dir = folder({
      'q.yaml': OUTCOME,
      'a.yaml': `questionnaire: pins-outcome
answers:
  remote: { status: not-applicable, reason: No remote access at all. }
  backups: yes
`,
    });
    const { code, report } = await assessJson(dir);
    expect(code).toBe(0);
    const remote = report.questions.find((q) => q.id === 'remote');
    // Not "not achieved" with R.A.1 to meet: the question does not apply, so it has no status.
    expect(remote).toMatchObject({ status: 'not-applicable', notApplicableBy: 'answer', reason: 'No remote access at all.', included: false, score: null, outcome: null });
    expect(report.gaps).toEqual([]);
    expect(report.overall.score).toBe(100);
  });
});

describe('section counts', () => {
  it('count as unanswered only questions that score, as the summary and the unanswered list do', async () => {
    // notes is a text question: never scored, so leaving it blank is not an unanswered question
    // (and does not stop the run); every count of the report must agree on that.
    const dir = folder({
      'q.yaml': readFileSync(fixture('valid/mini.yaml'), 'utf8'),
      'a.yaml': `questionnaire: mini
answers:
  owner: partly
  budget: yes
  cards: yes
  pci: some
  services: [dns, mail]
  patch-days: 21
  has-ot: no
`,
    });
    const { code, report } = await assessJson(dir);
    expect(code).toBe(0);
    expect(report.questions.find((q) => q.id === 'notes')).toMatchObject({ status: 'unanswered', included: false });
    expect(report.summary.unanswered).toBe(0);
    expect(report.unanswered).toEqual([]);
    expect(report.sections.map((s) => [s.id, s.counts.unanswered])).toEqual([
      ['gov', 0],
      ['tech', 0],
      ['ot', 0],
    ]);
  });
});

describe('what an outcome still needs', () => {
  it('is nothing once every achieved indicator is true, whatever the partially-achieved column says', async () => {
    // board: B.A.1 and B.A.2 true -> achieved, although B.PA.1 is false (SPEC: achieved is judged
    // first). Below partial the partially-achieved indicators would be missing too; here nothing is.
    const dir = folder({
      'q.yaml': readFileSync(fixture('outcome/outcome.yaml'), 'utf8'),
      'a.yaml': `questionnaire: outcome-mini
answers:
  board:
    indicators: { B.NA.1: false, B.PA.1: false, B.A.1: true, B.A.2: true }
  backups:
    indicators: { K.NA.1: false, K.A.1: true, K.A.2: true }
`,
    });
    const { code, report } = await assessJson(dir);
    expect(code).toBe(0);
    expect(report.questions.find((q) => q.id === 'board')?.outcome).toMatchObject({ derived: 'achieved', unmet: [] });
    expect(report.gaps).toEqual([]);
  });
});

describe('an outcome not answered at all', () => {
  it('is not "confirmed without indicators": that names a confirmed answer with no indicators', async () => {
    const dir = folder({
      'q.yaml': readFileSync(fixture('outcome/outcome.yaml'), 'utf8'),
      'a.yaml': 'questionnaire: outcome-mini\nanswers: {}\n',
    });
    const { code, report } = await assessJson(dir, '--allow-incomplete');
    expect(code).toBe(0);
    expect(report.questions.find((q) => q.id === 'board')).toMatchObject({ status: 'unanswered', outcome: { confirmed: null, withoutIndicators: false, complete: false } });
  });
});

describe('no overall score when one section is weightless and the other does not apply', () => {
  it('says the scored section weighs 0, not that no question was scored', async () => {
    // kept: weight 0, scored (yes -> 100); gone: its only question does not apply -> no score.
    const dir = folder({
      'q.yaml': `id: pins-weightless
version: 1.0.0
title: One weightless section
sections:
  - id: kept
    title: Kept
    weight: 0
    questions:
      - { id: backups, type: yes-no, text: Are backups kept offline? }
  - id: gone
    title: Gone
    questions:
      - { id: tapes, type: yes-no, text: Are the tapes tested?, when: { question: backups, in: [no] } }
`,
      'a.yaml': 'questionnaire: pins-weightless\nanswers:\n  backups: yes\n',
    });
    const { code, report } = await assessJson(dir, '--min-score', '10');
    expect(code).toBe(1);
    expect(report.sections.map((s) => [s.id, s.score])).toEqual([
      ['kept', 100],
      ['gone', null],
    ]);
    expect(report.gates[0]?.summary).toBe('no overall score to meet 10: every section with a score has weight 0');
  });
});

describe('validate counts an outcome with indicators still open as not answered', () => {
  it('as scoring does (SPEC: complete when every indicator has a value)', async () => {
    // board has B.NA.1 and B.A.2 without a value; backups is complete.
    const r = await runBinary({ args: ['validate', '-q', fixture('outcome/outcome.yaml'), fixture('outcome/answers/incomplete.answers.yaml')] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(1 of 2 questions answered, 0 waivers)');
  });
});
