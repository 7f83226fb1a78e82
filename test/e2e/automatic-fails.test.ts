import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { runBinary } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx-reader.js';
import { sarifMultitool } from '../helpers/machine-consumers.js';

// test/fixtures/blocking/auto-fail.yaml: mfa and patching are blocking (weight 1 each), training
// has weight 8, so "administrators only" on mfa with the rest met scores (0.5 + 1 + 8) / 10 = 95.
const Q = ['-q', 'test/fixtures/blocking/auto-fail.yaml', '--today', '2026-11-23'];
const WAIVED = 'test/fixtures/blocking/auto-fail.answers.yaml';
const answers = (body: string): string => `questionnaire: auto-fail\nanswers:\n${body}`;
const json = (stdout: string): Assessment => JSON.parse(stdout) as Assessment;

describe('automatic fails (blocking: true), through the binary', () => {
  it('caps a 95/100 rating at the lowest band, says so before anything else, and keeps the section rating', async () => {
    const text = await runBinary({ args: ['assess', ...Q, '-a', WAIVED] });
    expect(text.code).toBe(ExitCode.Ok);
    const lines = text.stdout.split('\n');
    // Header (title, organisation), a blank line, then the cap, wrapped to 100 columns.
    expect(lines.slice(3, 6)).toEqual([
      'Rating capped at Not ready by one automatic fail, whatever the score; the score alone would rate',
      'Ready. A waiver does not lift the cap.',
      '  ✗ Is multi-factor authentication on for every user of every cloud service?',
    ]);
    expect(text.stdout).toMatch(/\nOverall 95\/100 Not ready \(capped by automatic fails\)\n$/);
    expect(text.stdout).toMatch(/Controls +█+░* +95 {2}Ready/);
    expect(text.stdout).toMatch(/1\. CRITICAL {2}Is multi-factor .*\(automatic fail\)\n/);
    // In full: the question's id and answer under the cap, and the gap marked as an automatic fail.
    const detail = (await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '--detail'] })).stdout.split('\n');
    expect(detail.slice(6, 9)).toEqual([
      'Ready. A waiver does not lift the cap.',
      '  ✗ Is multi-factor authentication on for every user of every cloud service? [mfa]',
      '    answer: Administrators only (waived, but still caps the rating)',
    ]);
    expect(detail.join('\n')).toContain('   1. CRITICAL  Automatic fail: Is multi-factor authentication on for every user of every cloud\n        service? [mfa]');

    const data = json((await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '-f', 'json'] })).stdout);
    expect(data.schemaVersion).toBe(2);
    expect(data.overall).toEqual({
      score: 95,
      rating: { label: 'Not ready', colour: 'red' },
      cap: {
        uncappedRating: { label: 'Ready', colour: 'green' },
        questions: [{ question: 'mfa', system: null, text: 'Is multi-factor authentication on for every user of every cloud service?', answer: 'Administrators only', accepted: true }],
      },
    });
    expect(data.sections[0]?.rating?.label).toBe('Ready');
    expect(data.gaps.map((g) => [g.question, g.blocking])).toEqual([['mfa', true]]);

    const markdown = (await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '-f', 'markdown'] })).stdout;
    // The title block says whose paper it is; the cap opens the summary, as in the HTML and Word papers.
    const md = markdown.split('\n');
    expect(md.slice(0, 3)).toEqual(['# Example District Council: Automatic fails', '', '- Organisation: Example District Council']);
    expect(md.slice(md.indexOf('## Summary'), md.indexOf('## Summary') + 5)).toEqual([
      '## Summary',
      '',
      '> **Rating capped at Not ready by one automatic fail, whatever the score; the score alone would rate Ready. A waiver does not lift the cap.**',
      '>',
      '> - Is multi-factor authentication on for every user of every cloud service? (`mfa`): answer: Administrators only (waived, but still caps the rating)',
    ]);
    expect(markdown).toContain('**Overall score: 95 out of 100**, rated **Not ready** (held down by automatic fails).');
  });

  // The papers said the rating was "held down" even when the score alone was in the lowest band: the
  // reader was told the automatic fails had lowered a rating they had not changed.
  it('a score already in the lowest band is not said to be held down, in markdown or Word; the cap is still named first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-low-cap-'));
    writeFileSync(join(dir, 'low.yaml'), answers('  mfa: admins\n  patching: yes\n  training: no\n  notes: none\n'));
    const args = ['assess', ...Q, '-a', join(dir, 'low.yaml')];
    const data = json((await runBinary({ args: [...args, '-f', 'json'] })).stdout);
    expect([data.overall.score, data.overall.rating?.label, data.overall.cap?.uncappedRating?.label]).toEqual([15, 'Not ready', 'Not ready']);
    const markdown = (await runBinary({ args: [...args, '-f', 'markdown'] })).stdout;
    expect(markdown).toContain('> **Rating capped at Not ready by one automatic fail, whatever the score. A waiver does not lift the cap.**');
    expect(markdown).toContain('**Overall score: 15 out of 100**, rated **Not ready**.');
    const file = join(dir, 'paper.docx');
    expect((await runBinary({ args: [...args, '-f', 'docx', '-o', file] })).code).toBe(ExitCode.Ok);
    const word = (await readDocx({ path: file })).text;
    expect(word).toContain('Rating capped at Not ready by one automatic fail');
    expect(word).toMatch(/rated Not ready\./);
    expect(word).not.toContain('held down');
  });

  it('a waiver keeps the gap out of --fail-on but not out of the cap; without it the gate fails', async () => {
    const waived = await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '--fail-on', 'critical'] });
    expect(waived.code).toBe(ExitCode.Ok);
    expect(waived.stdout).toContain('Rating capped at Not ready');
    const unwaived = await runBinary({ args: ['assess', ...Q, '-a', '-', '--fail-on', 'critical', '-f', 'json'], stdin: answers('  mfa: admins\n  patching: yes\n  training: yes\n') });
    expect(unwaived.code).toBe(ExitCode.GateFailed);
    expect(json(unwaived.stdout).overall.cap?.questions.map((q) => [q.question, q.accepted])).toEqual([['mfa', false]]);
    // The waiver register says what the waiver does not do, not that it gives no cover: the gate just passed by it.
    const detail = await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '--fail-on', 'critical', '--detail'] });
    const register = detail.stdout.replace(/\n +/g, ' ');
    expect(register).toContain('Note: It does not settle the gap, as a waiver does not lift the cap on the rating.');
    expect(register).not.toContain('gives no cover, as');
  });

  it.each([
    ["don't know", '  mfa: all\n  patching: { status: unknown }\n  training: yes\n', [], "Don't know"],
    ['unanswered, with --allow-incomplete', '  mfa: all\n  training: yes\n', ['--allow-incomplete'], 'Not answered'],
    ['no', '  mfa: all\n  patching: no\n  training: yes\n', [], 'No'],
  ])('caps on a blocking question answered %s', async (_name, body, extra, answer) => {
    const r = await runBinary({ args: ['assess', ...Q, '-a', '-', '-f', 'json', ...extra], stdin: answers(body) });
    expect(r.code).toBe(ExitCode.Ok);
    const { overall } = json(r.stdout);
    expect(overall.score).toBe(90);
    expect(overall.rating?.label).toBe('Not ready');
    expect(overall.cap?.uncappedRating?.label).toBe('Ready');
    expect(overall.cap?.questions.map((q) => [q.question, q.answer])).toEqual([['patching', answer]]);
  });

  it('does not cap when every blocking question is met', async () => {
    const r = await runBinary({ args: ['assess', ...Q, '-a', '-'], stdin: answers('  mfa: all\n  patching: yes\n  training: no\n') });
    expect(r.stdout).toMatch(/\nOverall 20\/100 Not ready\n$/);
    expect(r.stdout).not.toContain('capped');
    const met = await runBinary({ args: ['assess', ...Q, '-a', '-', '-f', 'json'], stdin: answers('  mfa: all\n  patching: yes\n  training: yes\n') });
    expect(json(met.stdout).overall).toEqual({ score: 100, rating: { label: 'Ready', colour: 'green' }, cap: null });
  });

  it('accepts one rating band with a warning, and a cap never raises a score that reaches no band', async () => {
    const file = 'test/fixtures/blocking/one-rating.yaml';
    const warning = `${file}:22:9: warning: "blocking" caps the rating at the lowest band, but "ratings" has only one band, so it cannot lower the rating; reports still name the automatic fail first`;
    const checked = await runBinary({ args: ['validate', file] });
    expect(checked.code).toBe(ExitCode.Ok);
    expect(checked.stderr.split('\n')).toContain(warning);
    // mfa none, patching no, training yes: (0 + 0 + 8) / 10 = 80, in the band; the cap keeps it there.
    const one = ['assess', '-q', file, '--today', '2026-11-23', '-a', '-'];
    const oneAnswers = (body: string): string => `questionnaire: one-rating\nanswers:\n${body}`;
    const inBand = json((await runBinary({ args: [...one, '-f', 'json'], stdin: oneAnswers('  mfa: none\n  patching: no\n  training: yes\n') })).stdout);
    expect(inBand.overall.rating?.label).toBe('Assessed');
    // mfa all, patching no, training no: (1 + 0 + 0) / 10 = 10, below every band. Failing the
    // automatic fail must not lift that to the lowest band: the rating stays none, the cap is named.
    const below = await runBinary({ args: [...one, '-f', 'json'], stdin: oneAnswers('  mfa: all\n  patching: no\n  training: no\n') });
    expect(below.code).toBe(ExitCode.Ok);
    expect(json(below.stdout).overall).toMatchObject({ score: 10, rating: null, cap: { uncappedRating: null, questions: [{ question: 'patching' }] } });
    const text = (await runBinary({ args: one, stdin: oneAnswers('  mfa: all\n  patching: no\n  training: no\n') })).stdout;
    expect(text).toContain('No rating: the score reaches no band, and one automatic fail would cap it at the lowest band anyway.');
    expect(text).toMatch(/\nOverall 10\/100\n$/);
  });

  it('still names the automatic fails when the score alone is already in the lowest band', async () => {
    const r = await runBinary({ args: ['assess', ...Q, '-a', '-'], stdin: answers('  mfa: admins\n  patching: no\n  training: no\n') });
    expect(r.stdout).toContain('Rating capped at Not ready by two automatic fails, whatever the score. A waiver does not lift the\ncap.\n');
    expect(r.stdout).toMatch(/\nOverall 5\/100 Not ready \(capped/);
  });

  it.each([
    ['blocking-on-text.yaml', '35:9: "blocking" only applies to scored questions, and "notes" is not: text questions are never scored'],
    ['blocking-on-weight-0.yaml', '32:9: "blocking" only applies to scored questions, and "training" is not: it has weight 0, so it is not scored'],
    ['blocking-number-without-bands.yaml', '35:9: "blocking" only applies to scored questions, and "days" is not: a number question without "bands" is not scored'],
    ['blocking-not-boolean.yaml', '20:19: "blocking" must be true or false, not text'],
    ['evidence-empty.yaml', '24:19: "evidence" must not be empty or only spaces'],
  ])('validate refuses %s at its place', async (name, message) => {
    const file = `test/fixtures/blocking/invalid/${name}`;
    const r = await runBinary({ args: ['validate', file] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${message}`);
  });
});

describe('evidence hints, through the binary', () => {
  it('show prints the hint, and marks the automatic fail', async () => {
    const r = await runBinary({ args: ['show', 'test/fixtures/blocking/auto-fail.yaml'] });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('Every user, not only administrators.\n\n**Evidence an auditor would accept:** Sign-in policy export from each cloud service showing MFA required for all users.\n\n**Automatic fail:**');
  });

  it('init puts the hint in a comment above the entry', async () => {
    const r = await runBinary({ args: ['init', '-q', 'test/fixtures/blocking/auto-fail.yaml', '-o', '-'] });
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('  # Are critical updates applied within 14 days? (yes-no, critical, automatic fail)\n  # One of: no (No, scores 0) | yes (Yes, scores 1)\n  # Automatic fail: only "Yes" passes. Any other answer, "Don\'t know" included, holds the rating at "Not ready", whatever the score.\n  # Evidence: Patch compliance report for the last three months.\n  patching:\n');
  });

  // "Any gap caps the rating" left a reader of the printed questionnaire to work out from the scores
  // which answer avoids the automatic fail; show and init now name it, as the walk does.
  it('show and init name the only answers that avoid each Cyber Essentials automatic fail', async () => {
    const shown = await runBinary({ args: ['show', 'cyber-essentials-readiness'] });
    expect(shown.code).toBe(ExitCode.Ok);
    const fails = shown.stdout.split('\n').filter((line) => line.startsWith('**Automatic fail:**'));
    expect(fails).toEqual([
      '**Automatic fail:** only "Yes, and reports show it for every device, router and firewall in scope" passes. Any other answer, "Don\'t know" included, holds the rating at "Not ready to certify", whatever the score. A waiver does not lift it.',
      '**Automatic fail:** only "Yes, and reports show it for every application in scope" passes. Any other answer, "Don\'t know" included, holds the rating at "Not ready to certify", whatever the score. A waiver does not lift it.',
      '**Automatic fail:** only "Yes: every account on every cloud service that offers it" passes. Any other answer, "Don\'t know" included, holds the rating at "Not ready to certify", whatever the score. A waiver does not lift it.',
    ]);
    const template = await runBinary({ args: ['init', '-q', 'cyber-essentials-readiness', '-o', '-'] });
    expect(template.stdout.match(/^ {2}# Automatic fail: only "[^"]+" passes\./gm)).toHaveLength(3);
  });

  it('show says "Not applicable" passes where the question allows it, and that an outcome passes only when achieved', async () => {
    const r = await runBinary({ args: ['show', 'test/fixtures/blocking/every-kind.yaml'] });
    expect(r.stdout).toContain('**Automatic fail:** only "Yes, behind MFA", "No" or "Not applicable" passes.');
    expect(r.stdout).toContain('**Automatic fail:** only "Achieved" passes. Any other status holds the rating at "Held back", whatever the score. A waiver does not lift it.');
    expect(r.stdout.match(/\*\*Automatic fail:\*\*/g)).toHaveLength(4);
  });
});

describe('automatic fails in the machine formats', () => {
  it('SARIF names each capping question with its system, as the JSON report does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-cap-'));
    const q = readFileSync('test/fixtures/blocking/auto-fail.yaml', 'utf8')
      .replace('id: auto-fail', 'id: auto-fail-systems')
      .replace('    questions:\n', '    scope: system\n    questions:\n');
    writeFileSync(join(dir, 'q.yaml'), q);
    const system = (id: string, mfa: string): string => `  - id: ${id}\n    title: ${id}\n    answers: { mfa: ${mfa}, patching: yes, training: yes, notes: "" }\n`;
    writeFileSync(join(dir, 'a.yaml'), `questionnaire: auto-fail-systems\nanswers: {}\nsystems:\n${system('revenues', 'none')}${system('payroll', 'all')}${system('housing', 'admins')}`);
    const args = ['assess', '-q', join(dir, 'q.yaml'), '-a', join(dir, 'a.yaml'), '--today', '2026-11-23'];
    const json = JSON.parse((await runBinary({ args: [...args, '-f', 'json'] })).stdout) as { overall: { cap: { questions: { question: string; system: string | null }[] } } };
    const sarif = JSON.parse((await runBinary({ args: [...args, '-f', 'sarif'] })).stdout) as { runs: { properties: { ratingCap: { questions: unknown[] } } }[] };
    const pairs = json.overall.cap.questions.map((c) => ({ question: c.question, system: c.system }));
    expect(pairs).toEqual(expect.arrayContaining([{ question: 'mfa', system: 'revenues' }, { question: 'mfa', system: 'housing' }]));
    expect(pairs).toHaveLength(2);
    expect(sarif.runs[0]?.properties.ratingCap.questions).toEqual(pairs);
  });

  // Every format carries the same assessment (SPEC "Reports"): the cap and the questions behind it.
  it('SARIF, GitLab, JUnit and CSV mark a gap on a blocking question as an automatic fail', async () => {
    const args = ['assess', '--answers', 'test/fixtures/content/cyber-essentials-admin-mfa-informal-firmware.answers.yaml', '--today', '2026-11-23'];
    const sarif = JSON.parse((await runBinary({ args: [...args, '-f', 'sarif'] })).stdout) as { runs: { properties: { ratingCap: { questions: string[] } | null }; results: { message: { text: string }; properties: { automaticFail?: boolean } }[] }[] };
    const run = sarif.runs[0]!;
    expect(run.properties.ratingCap?.questions.length).toBeGreaterThan(0);
    const flagged = run.results.filter((r) => r.properties.automaticFail);
    expect(flagged.length).toBe(run.properties.ratingCap?.questions.length);
    for (const r of flagged) expect(r.message.text).toMatch(/^Automatic fail \(caps the rating\): /);
    const gitlab = JSON.parse((await runBinary({ args: [...args, '-f', 'gitlab'] })).stdout) as { severity: string; description: string }[];
    expect(gitlab.filter((i) => i.description.startsWith('Automatic fail')).every((i) => i.severity === 'blocker')).toBe(true);
    expect((await runBinary({ args: [...args, '-f', 'junit'] })).stdout).toContain('Automatic fail (caps the rating): critical gap');
    expect((await runBinary({ args: [...args, '-f', 'csv'] })).stdout).toContain('Automatic fail (caps the rating): ');
  });

  // A waiver does not lift an automatic fail's cap, nor a gap's failure of a requested --profile:
  // code scanning must not hide (suppress) a result that keeps the rating capped or the job red,
  // and GitLab must not call it an accepted risk.
  it('SARIF and GitLab keep a waived gap open when it still caps the rating or fails a requested gate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-waived-stop-'));
    const withProfile = `${readFileSync('test/fixtures/blocking/auto-fail.yaml', 'utf8').replace('id: auto-fail', 'id: auto-fail-profile')}profiles:\n  - id: baseline\n    title: Baseline\n    requires: { training: yes }\n`;
    writeFileSync(join(dir, 'q.yaml'), withProfile);
    writeFileSync(join(dir, 'a.yaml'), `${answers('  mfa: admins\n  patching: yes\n  training: no\n').replace('auto-fail', 'auto-fail-profile')}waivers:\n  - { question: mfa, reason: Rolling out by March., approvedBy: Audit Committee, expires: 2027-03-31 }\n  - { question: training, reason: Booked for January., approvedBy: Audit Committee, expires: 2027-03-31 }\n`);
    type Result = { ruleId: string; level: string; message: { text: string }; suppressions?: { status: string; justification: string }[] };
    const args = ['assess', '-q', join(dir, 'q.yaml'), '-a', join(dir, 'a.yaml'), '--today', '2026-11-23', '--allow-incomplete'];
    const sarifOf = async (extra: string[]) => {
      const r = await runBinary({ args: [...args, ...extra, '-f', 'sarif'] });
      writeFileSync(join(dir, 'r.sarif'), r.stdout);
      return new Map(((JSON.parse(r.stdout) as { runs: { results: Result[] }[] }).runs[0]?.results ?? []).map((x) => [x.ruleId, x]));
    };
    // No gate: the automatic fail stays an error with its waiver rejected; training is an accepted risk.
    let sarif = await sarifOf([]);
    expect(sarif.get('mfa')).toMatchObject({ level: 'error', suppressions: [{ status: 'rejected' }] });
    expect(sarif.get('mfa')?.message.text).toMatch(/^Automatic fail \(caps the rating\): Waived until 2027-03-31, but a waiver does not lift the cap on the rating\. Critical gap: /);
    expect(sarif.get('mfa')?.suppressions?.[0]?.justification).toBe('Rolling out by March. (approved by Audit Committee, until 2027-03-31); not accepted: a waiver does not lift the cap on the rating');
    expect(sarif.get('training')).toMatchObject({ level: 'note', suppressions: [{ status: 'accepted' }] });
    expect(sarif.get('training')?.message.text).toMatch(/^Accepted risk until 2027-03-31\. /);
    // Asked to meet the profile, the waived training gap fails it: an error, not a hidden note.
    sarif = await sarifOf(['--profile', 'baseline']);
    expect(sarif.get('training')).toMatchObject({ level: 'error', suppressions: [{ status: 'rejected' }] });
    expect(sarif.get('training')?.message.text).toMatch(/^Waived until 2027-03-31, but it fails a requested gate \(profile "baseline"\)\. Medium gap: /);
    expect(sarifMultitool([join(dir, 'r.sarif')], join(dir, 'v.sarif'))).toEqual([]);
    const gitlab = async (extra: string[]) => new Map((JSON.parse((await runBinary({ args: [...args, ...extra, '-f', 'gitlab'] })).stdout) as { check_name: string; severity: string; description: string }[]).map((i) => [i.check_name.replace('cyber-ready/', ''), i]));
    const plain = await gitlab([]);
    expect(plain.get('mfa')).toMatchObject({ severity: 'blocker', description: expect.stringMatching(/^Automatic fail \(caps the rating\): Waived until 2027-03-31, but a waiver does not lift the cap on the rating: critical gap "mfa": /) });
    expect(plain.get('training')).toMatchObject({ severity: 'info', description: expect.stringMatching(/^Accepted risk until 2027-03-31: medium gap "training": /) });
    const gated = await gitlab(['--profile', 'baseline']);
    expect(gated.get('training')).toMatchObject({ severity: 'blocker', description: expect.stringMatching(/^Waived until 2027-03-31, but it fails a requested gate \(profile "baseline"\): medium gap "training": /) });
  }, 120_000);

  it('JUnit leads with the overall score, rating and cap, in properties and in words', async () => {
    const xml = (await runBinary({ args: ['assess', ...Q, '-a', WAIVED, '-f', 'junit'] })).stdout;
    const overall = /<testsuite name="overall" id="overall" tests="0"[^>]*>([\s\S]*?)<\/testsuite>/.exec(xml);
    expect(overall?.index).toBe(xml.indexOf('<testsuite '));
    const body = overall?.[1] ?? '';
    expect(body).toContain('<property name="score" value="95"/>');
    expect(body).toContain('<property name="rating" value="Not ready"/>');
    expect(body).toContain('<property name="cap" value="Rating capped at Not ready by one automatic fail, whatever the score; the score alone would rate Ready. A waiver does not lift the cap."/>');
    expect(body).toContain('<property name="capQuestions" value="mfa"/>');
    expect(body).toContain('- mfa: Is multi-factor authentication on for every user of every cloud service? (answer: Administrators only (waived, but still caps the rating))\nOverall 95/100, Not ready</system-out>');
  });
});
