// `diff --fail-on-regression` as a CI gate meets deletions, through the real binary, on the CAF
// example: an answer's entry taken out, an outcome's indicators taken out, a critical system taken
// off the list. Each takes answers out of every gate of `assess`, so each fails the gate, and the
// text, markdown and JSON say the same. A system moved into a file of its own is not a change.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { validateDiff } from '../helpers/diff-schema.js';
import { diffPairFormats } from '../helpers/diff-pair.js';

const TODAY = '2026-11-25';
const CAF = 'examples/caf-local-government.answers.yaml';

/** A folder with old/ and new/ copies of the CAF example and its system file; `edit` changes new/readiness.yaml. */
function pair(edit: (text: string, dir: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-deletions-'));
  for (const side of ['old', 'new']) {
    mkdirSync(join(dir, side, 'systems'), { recursive: true });
    cpSync(join(repoRoot, CAF), join(dir, side, 'readiness.yaml'));
    cpSync(join(repoRoot, 'examples/systems/waste-fleet.yaml'), join(dir, side, 'systems/waste-fleet.yaml'));
  }
  const file = join(dir, 'new/readiness.yaml');
  const text = readFileSync(file, 'utf8');
  const edited = edit(text, dir);
  expect(edited).not.toBe(text);
  writeFileSync(file, edited);
  return dir;
}

const allFormats = (dir: string) => diffPairFormats(dir, TODAY);

/** The entry of one answer under `answers:` (its comment line, its key and everything indented under it). */
const withoutEntry = (text: string, comment: string): string => {
  const start = text.indexOf(`  # ${comment}\n`);
  const end = text.indexOf('\n  # ', start + 1);
  return text.slice(0, start) + text.slice(end + 1);
};

describe('diff --fail-on-regression and deletions', () => {
  it('an answer taken out of the file fails the gate, and every format says so', async () => {
    const dir = pair((t) => withoutEntry(t, 'A1.b Roles and responsibilities'));
    const { text, markdown, json, data } = await allFormats(dir);
    for (const r of [text, markdown, json]) {
      expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
      expect(r.stderr).toContain('new/readiness.yaml:1:1: gate fail-on-regression failed: "caf-a1-b" was answered (Achieved) and is not answered now\ncyber-ready: 1 answer no longer answered: caf-a1-b\n');
    }
    expect(text.stdout).toContain('No longer answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  caf-a1-b: Achieved (1) → not answered\n');
    expect(text.stdout).toMatch(/\n\nGate --fail-on-regression {2}FAILED: 1 answer no longer answered\n$/);
    expect(markdown.stdout).toContain('\n**Gate `--fail-on-regression`: failed** (1 answer no longer answered).\n');
    expect(data.gates).toEqual([
      {
        id: 'fail-on-regression',
        title: 'no answer scores lower or is no longer answered, and no critical system is removed',
        passed: false,
        summary: '1 answer no longer answered',
        failures: [{ kind: 'no-longer-answered', question: 'caf-a1-b', system: null, message: '"caf-a1-b" was answered (Achieved) and is not answered now', location: { file: 'new/readiness.yaml', line: 1, column: 1 } }],
      },
    ]);
    expect(data.removed.map((q) => [q.question, q.newAbsent])).toEqual([['caf-a1-b', 'unanswered']]);
    // In a GitHub Actions job, an annotation on the file instead of the FILE:LINE:COL line.
    const github = await runBinary({ args: ['diff', 'old/readiness.yaml', 'new/readiness.yaml', '--today', TODAY, '--fail-on-regression'], cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(github.code).toBe(ExitCode.GateFailed);
    expect(github.stderr).toContain('::error file=new/readiness.yaml,line=1,col=1,title=cyber-ready%3A no answer scores lower or is no longer answered%2C and no critical system is removed::"caf-a1-b" was answered (Achieved) and is not answered now\ncyber-ready: 1 answer no longer answered: caf-a1-b\n');
    expect(github.stderr).not.toContain('new/readiness.yaml:1:1:');
  });

  it("an outcome's indicator taken out leaves it unanswered: a failure, though no answer scores lower", async () => {
    const dir = pair((t) => t.replace('      A1.a.A.6: true\n', ''));
    const { text, data } = await allFormats(dir);
    expect(text.code, text.stderr).toBe(ExitCode.GateFailed);
    expect(data.regressed).toEqual([]);
    // Said apart from an entry taken out: the reviewer looks for the missing indicator, not the outcome.
    expect(data.removed.map((q) => [q.question, q.newAbsent])).toEqual([['caf-a1-a', 'partly-answered']]);
    expect(text.stdout).toContain('No longer answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  caf-a1-a: Achieved (1) → partly answered (not every indicator)\n');
    expect(text.stderr).toContain('"caf-a1-a" was answered (Achieved) and is only partly answered now (not every indicator)\n');
    // Its entry is still there, so the failure points at it.
    expect(data.gates[0]?.failures.map((f) => [f.kind, f.question, f.system, `${f.location.file}:${f.location.line}`])).toEqual([['no-longer-answered', 'caf-a1-a', null, 'new/readiness.yaml:25']]);
  });

  it('a critical system taken off the list fails the gate, named by its id', async () => {
    const dir = pair((t) => {
      const start = t.lastIndexOf('\n\n', t.indexOf('  - id: waste-fleet')) + 1;
      return t.slice(0, start) + t.slice(t.indexOf('waivers:'));
    });
    const { text, markdown, data } = await allFormats(dir);
    expect(text.code, text.stderr).toBe(ExitCode.GateFailed);
    expect(text.stderr).toContain('cyber-ready: 1 critical system removed: waste-fleet\n');
    expect(text.stdout).toContain('  Waste collection and fleet management  removed: was 55, Outcomes partly achieved\n');
    expect(text.stdout).toMatch(/\nGate --fail-on-regression {2}FAILED: 1 critical system removed\n$/);
    expect(markdown.stdout).toContain('**Gate `--fail-on-regression`: failed** (1 critical system removed).');
    expect(data.gates[0]).toMatchObject({ passed: false, failures: [{ kind: 'system-removed', question: null, system: 'waste-fleet' }] });
  });

  it("a system's answers moved from the answers file into a file of its own change nothing, and pass", async () => {
    const dir = pair((t, at) => {
      const start = t.indexOf('  - id: social-care');
      // Up to the comment above the next system, which stays with it.
      const end = t.lastIndexOf('\n\n', t.indexOf('\n  - id: waste-fleet'));
      const block = t.slice(start, end);
      // The system's own file: its answers, each line moved four columns left, under `system:`.
      const answers = block.slice(block.indexOf('    answers:\n') + '    answers:\n'.length).split('\n').map((l) => l.slice(4)).join('\n');
      const own = `questionnaire: caf-local-government\nquestionnaireVersion: 2.1.0\nsystem: social-care\n\nanswers:\n${answers}\n`;
      writeFileSync(join(at, 'new/systems/social-care.yaml'), own);
      const head = block.slice(0, block.indexOf('    answers:\n'));
      return t.slice(0, start) + head + '    file: systems/social-care.yaml\n' + t.slice(end + 1);
    });
    const { text, data } = await allFormats(dir);
    expect(text.code, text.stderr).toBe(ExitCode.Ok);
    expect(data.systems.map((s) => s.status)).toEqual(['kept', 'kept', 'kept']);
    expect(text.stdout).toMatch(/\nNo answer changed its score\.\n\nGate --fail-on-regression {2}passed \(nothing regressed\)\n$/);
  });
});

describe('diff --fail-on-regression and an answer of "not applicable" taken out', () => {
  it('lists it as no longer answered and fails the gate: the question is unanswered now, and scores 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-na-taken-'));
    const before = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    const entry = /\n {2}share-local-business:\n(?: {4}.*\n)+/.exec(before)?.[0] ?? '';
    expect(entry).toContain('status: not-applicable');
    writeFileSync(join(dir, 'old.yaml'), before);
    writeFileSync(join(dir, 'new.yaml'), before.replace(entry, '\n'));
    const run = (...args: string[]) => runBinary({ args: ['diff', '--today', TODAY, '--fail-on-regression', ...args], cwd: dir });
    const r = await run('old.yaml', 'new.yaml');
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stdout).toContain('No longer answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  share-local-business: not applicable → not answered\n');
    expect(r.stderr).toContain('new.yaml:1:1: gate fail-on-regression failed: "share-local-business" was answered (not applicable) and is not answered now\n');
    // Put back, it is newly answered, and nothing regressed.
    const back = await run('new.yaml', 'old.yaml', '-f', 'json');
    expect(back.code, back.stderr).toBe(ExitCode.Ok);
    const d = JSON.parse(back.stdout) as AssessmentDiff;
    expect(d.added.map((q) => [q.question, q.oldAbsent, q.newAbsent])).toEqual([['share-local-business', 'unanswered', 'not-applicable']]);
    expect(validateDiff(d), JSON.stringify(validateDiff.errors)).toBe(true);
  });
});

describe('diff --fail-on-regression and answers that stop applying', () => {
  it('an answer that no longer applies is listed, but is no deletion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-na-'));
    const before = readFileSync(join(repoRoot, 'test/fixtures/valid/mini-good.answers.yaml'), 'utf8');
    writeFileSync(join(dir, 'before.yaml'), before);
    expect(before).toMatch(/^  cards: yes$/m);
    writeFileSync(join(dir, 'after.yaml'), before.replace('  cards: yes', '  cards: no'));
    const r = await runBinary({ args: ['diff', '--questionnaire-dir', join(repoRoot, 'test/fixtures/valid'), '--today', TODAY, '--fail-on-regression', '-f', 'json', 'before.yaml', 'after.yaml'], cwd: dir });
    const d = JSON.parse(r.stdout) as AssessmentDiff;
    expect(d.removed.map((q) => [q.question, q.newAbsent])).toContainEqual(['pci', 'not-applicable']);
    expect(d.gates[0]?.failures.some((f) => f.question === 'pci')).toBe(false);
  });
});
