// `diff` with critical systems, through the real binary: answers compared per (question, system),
// a system added or removed shown as one line with its overall (not as its answers appearing or
// going), each system's own overall compared, and --fail-on-regression looking at every scope.
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import type { AssessmentDiff } from '../../src/scoring/diff-assessments.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { editFile } from '../helpers/fixture-copy.js';
import { nodesOfType, parseMarkdown, raggedTables } from '../helpers/consumers.js';
import { validateDiff } from '../helpers/diff-schema.js';
import { hasXmllint, junitSchemaErrors } from '../helpers/machine-consumers.js';

const Q = ['-q', 'test/fixtures/systems/sys.yaml', '--today', '2026-11-23'];
const OLD = 'test/fixtures/systems/sys.answers.yaml';
const NEW = 'test/fixtures/systems/next/sys.answers.yaml';

const diff = (...args: string[]) => runBinary({ args: ['diff', ...Q, ...args] });
const assess = async (file: string): Promise<Assessment> => JSON.parse((await runBinary({ args: ['assess', ...Q, '-a', file, '-f', 'json'] })).stdout) as Assessment;
const shown = (n: number | null | undefined): string => (n === null || n === undefined ? 'n/a' : String(Math.floor(n)));

let before: Assessment;
let after: Assessment;
beforeAll(async () => {
  [before, after] = await Promise.all([assess(OLD), assess(NEW)]);
  // What the checks below rest on: one system kept in each kind of file, one added, one removed.
  expect(before.systems.map((s) => s.id)).toEqual(['revenues', 'social-care', 'waste']);
  expect(after.systems.map((s) => s.id)).toEqual(['revenues', 'social-care', 'housing']);
});

describe('diff with critical systems', () => {
  it('json: changes per (question, system); added and removed systems in systems[], not in the answer lists', async () => {
    const r = await diff('-f', 'json', OLD, NEW);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const d = JSON.parse(r.stdout) as AssessmentDiff;
    expect(d.schemaVersion).toBe(2);
    expect(d.systemLabel).toBe('critical system');
    expect(d.systems.map((s) => [s.id, s.status])).toEqual([['revenues', 'kept'], ['social-care', 'kept'], ['housing', 'added'], ['waste', 'removed']]);
    const system = (id: string) => d.systems.find((s) => s.id === id)!;
    const own = (a: Assessment, id: string) => a.systems.find((s) => s.id === id)!;
    expect(system('social-care')).toMatchObject({ old: own(before, 'social-care').score, new: own(after, 'social-care').score, gaps: { old: own(before, 'social-care').summary.gaps, new: own(after, 'social-care').summary.gaps } });
    expect(system('housing')).toMatchObject({ title: 'Housing repairs', old: null, new: own(after, 'housing').score, delta: null, oldRating: null });
    expect(system('waste')).toMatchObject({ title: 'Waste collection', old: own(before, 'waste').score, new: null, newRating: null });
    expect(system('social-care').sections.map((s) => s.id)).toEqual(['protect', 'detect']);

    const keys = (list: AssessmentDiff['improved']) => list.map((q) => `${q.question}|${q.system ?? ''}`);
    expect(keys(d.regressed)).toEqual(['logged|revenues']);
    expect(keys(d.improved)).toEqual(['patched|social-care', 'logged|social-care']);
    // Housing's four answers and waste's are not "newly answered" or "no longer answered".
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.regressed[0]).toMatchObject({ systemTitle: 'Revenues and benefits', old: { answer: 'Yes', score: 1 }, new: { answer: 'No', score: 0 }, delta: -1 });
  });

  it('text: a line per system that moved, came or went, and each answer with its system', async () => {
    const r = await diff(OLD, NEW);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const lines = r.stdout.split('\n');
    const block = lines.slice(lines.indexOf('Critical systems'), lines.indexOf('', lines.indexOf('Critical systems')));
    const sc = (a: Assessment, id: string) => a.systems.find((s) => s.id === id)!;
    expect(block).toEqual([
      'Critical systems',
      expect.stringMatching(new RegExp(`^  Revenues and benefits {8}${shown(sc(before, 'revenues').score)} → ${shown(sc(after, 'revenues').score)} \\(-\\d+\\)  Ready → ${sc(after, 'revenues').rating?.label}$`)),
      expect.stringMatching(new RegExp(`^  Social care case management  ${shown(sc(before, 'social-care').score)} → ${shown(sc(after, 'social-care').score)} \\(\\+\\d+\\)  Not ready → Ready$`)),
      `  Housing repairs              added: ${shown(sc(after, 'housing').score)}, ${sc(after, 'housing').rating?.label}`,
      `  Waste collection             removed: was ${shown(sc(before, 'waste').score)}, ${sc(before, 'waste').rating?.label}`,
    ]);
    expect(r.stdout).toContain('Regressed (1)\n  The figure in brackets after an answer is its score out of 1.\n  logged (Revenues and benefits): Yes (1) → No (0)\n');
    expect(r.stdout).toContain('Improved (2)\n  patched (Social care case management): No (0) → Yes (1)\n  logged (Social care case management): No (0) → Yes (1)\n');
    expect(r.stdout).not.toContain('Newly answered');
    expect(r.stdout).not.toContain('No longer answered');
  });

  it('markdown: a systems table and a system column, every table well formed and at most five columns', async () => {
    const r = await diff('-f', 'markdown', OLD, NEW);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    const tree = parseMarkdown(r.stdout);
    expect(raggedTables(tree)).toEqual([]);
    const tables = nodesOfType(tree, 'table');
    for (const t of tables) expect(t.children[0]?.children.length).toBeLessThanOrEqual(5);
    expect(r.stdout).toContain('## Critical systems\n\n| Critical system | Before | After | Change | Gaps |\n');
    expect(r.stdout).toMatch(/\n\| Housing repairs \| not listed \| \d+ \(Ready\) \| added \| 1 \|\n/);
    expect(r.stdout).toMatch(/\n\| Waste collection \| \d+ \(Ready\) \| not listed \| removed \| was 2 \|\n/);
    expect(r.stdout).toContain('| Question | Critical system | Severity | Before | After |');
    expect(r.stdout).toContain("| Are the system's logs collected centrally? (`logged`) | Revenues and benefits | high | Yes (1) | No (0) |");
  });

  it('--fail-on-regression counts a regression in any system, and a system taken off the list, naming each', async () => {
    const forward = await diff('--fail-on-regression', OLD, NEW);
    expect(forward.code).toBe(ExitCode.GateFailed);
    // Each failure at its place in the later files (a removed system at the answers file's `systems:` key), then one line naming them all.
    expect(forward.stderr).toBe([
      `${NEW}:18:7: gate fail-on-regression failed: "logged" for critical system "revenues" scores lower: Yes → No`,
      `${NEW}:10:1: gate fail-on-regression failed: critical system "waste" was assessed and is no longer listed`,
      'cyber-ready: 1 answer regressed: logged (revenues); 1 critical system removed: waste\n',
    ].join('\n'));
    expect(forward.stdout).toMatch(/\n\nGate --fail-on-regression {2}FAILED: 1 answer regressed, 1 critical system removed\n$/);
    const back = await diff('--fail-on-regression', NEW, OLD);
    expect(back.code).toBe(ExitCode.GateFailed);
    // A system kept in its own file is pointed at there.
    expect(back.stderr).toBe([
      'test/fixtures/systems/systems/social-care.yaml:6:3: gate fail-on-regression failed: "patched" for critical system "social-care" scores lower: Yes → No',
      'test/fixtures/systems/systems/social-care.yaml:9:3: gate fail-on-regression failed: "logged" for critical system "social-care" scores lower: Yes → No',
      `${OLD}:7:1: gate fail-on-regression failed: critical system "housing" was assessed and is no longer listed`,
      'cyber-ready: 2 answers regressed: patched (social-care), logged (social-care); 1 critical system removed: housing\n',
    ].join('\n'));
    expect(back.stdout).toMatch(/\n {2}Waste collection +added: \d+, Ready\n {2}Housing repairs +removed: was \d+, Ready\n/);
  });

  it('a system taken out with nothing else changed fails --fail-on-regression: its gaps leave every gate of assess', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-systems-'));
    cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'sys.answers.yaml'), 'utf8');
    const without = text.slice(0, text.indexOf('  - id: waste')) + 'waivers: []\n';
    cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'later'), { recursive: true });
    writeFileSync(join(dir, 'later/fewer.answers.yaml'), without);
    const args = ['diff', '-q', join(dir, 'sys.yaml'), '--today', '2026-11-23', join(dir, 'sys.answers.yaml'), join(dir, 'later/fewer.answers.yaml')];
    const r = await runBinary({ args: [...args, '--fail-on-regression'] });
    expect(r.code, r.stderr).toBe(ExitCode.GateFailed);
    expect(r.stderr).toBe(`${join(dir, 'later/fewer.answers.yaml')}:7:1: gate fail-on-regression failed: critical system "waste" was assessed and is no longer listed\ncyber-ready: 1 critical system removed: waste\n`);
    expect(r.stdout).toMatch(/\nCritical systems\n {2}Waste collection {2}removed: was \d+, Ready\n {2}2 other critical systems unchanged\.\n\nNo other answer changed its score\.\n\nGate --fail-on-regression {2}FAILED: 1 critical system removed\n$/);
    // Without the gate asked for, the report says nothing of one and the run passes.
    const plain = await runBinary({ args });
    expect(plain.code, plain.stderr).toBe(ExitCode.Ok);
    expect(plain.stdout).not.toContain('Gate');
  });

  it('a system kept under its id with a new title is named with its old title, in text, markdown and json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-renamed-'));
    cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'sys.answers.yaml'), 'utf8');
    cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'later'), { recursive: true });
    writeFileSync(join(dir, 'later/renamed.answers.yaml'), text.replace('title: Revenues and benefits', 'title: Council tax and benefits'));
    const args = ['diff', '-q', join(dir, 'sys.yaml'), '--today', '2026-11-23', join(dir, 'sys.answers.yaml'), join(dir, 'later/renamed.answers.yaml')];
    const plain = await runBinary({ args: [...args, '--fail-on-regression'] });
    // The same system (matched by id): nothing regressed, but a reviewer sees what it was called.
    expect(plain.code, plain.stderr).toBe(ExitCode.Ok);
    expect(plain.stdout).toMatch(/\nCritical systems\n {2}Council tax and benefits {2}\d+ → \d+ \(±0\) {2}still Ready {2}renamed from "Revenues and benefits"\n {2}2 other critical systems unchanged\.\n/);
    const md = await runBinary({ args: [...args, '-f', 'markdown'] });
    expect(md.code, md.stderr).toBe(ExitCode.Ok);
    expect(raggedTables(parseMarkdown(md.stdout))).toEqual([]);
    expect(md.stdout).toMatch(/\n\| Council tax and benefits \(renamed from "Revenues and benefits"\) \| \d+ \(Ready\) \| \d+ \(Ready\) \| ±0 \| \d+ → \d+ \|\n/);
    const json = await runBinary({ args: [...args, '-f', 'json'] });
    const d = JSON.parse(json.stdout) as AssessmentDiff;
    expect(validateDiff(d), JSON.stringify(validateDiff.errors)).toBe(true);
    expect(d.systems.map((s) => [s.id, s.title, s.oldTitle])).toEqual([
      ['revenues', 'Council tax and benefits', 'Revenues and benefits'],
      ['social-care', 'Social care case management', null],
      ['waste', 'Waste collection', null],
    ]);
  });

  it('json: a system added or removed keeps its sections, each score on the side the system is on', async () => {
    const d = JSON.parse((await diff('-f', 'json', OLD, NEW)).stdout) as AssessmentDiff;
    const sections = (id: string) => d.systems.find((s) => s.id === id)?.sections.map((s) => [s.id, s.old, s.new]);
    const own = (a: Assessment, id: string) => a.systems.find((s) => s.id === id)!.sections.map((s) => s.score);
    const [wasteProtect, wasteDetect] = own(before, 'waste');
    const [housingProtect, housingDetect] = own(after, 'housing');
    expect(sections('waste')).toEqual([
      ['protect', wasteProtect, null],
      ['detect', wasteDetect, null],
    ]);
    expect(sections('housing')).toEqual([
      ['protect', null, housingProtect],
      ['detect', null, housingDetect],
    ]);
  });

  // A removed system's answers are gone, not brought up to date: its stale answer is not "no longer
  // past its review date", which would read as work done.
  it('a removed system\'s stale answers are not said to be no longer past their review date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-stale-'));
    cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
    editFile(dir, 'sys.answers.yaml', (t) => t.replace('      logged: yes\nwaivers:', '      logged: { value: yes, reviewBy: 2026-06-01 }\nwaivers:'));
    const args = ['diff', '-q', join(dir, 'sys.yaml'), '--today', '2026-11-23', join(dir, 'sys.answers.yaml'), join(dir, 'next/sys.answers.yaml')];
    const json = await runBinary({ args: [...args, '-f', 'json'] });
    expect(json.code, json.stderr).toBe(ExitCode.Ok);
    const d = JSON.parse(json.stdout) as AssessmentDiff;
    // Social care's stale answer was reviewed; waste's went with waste.
    expect(d.noLongerStale.map((s) => [s.question, s.system])).toEqual([['logged', 'social-care']]);
    const plain = await runBinary({ args });
    expect(plain.stdout).toContain('Answers no longer past their review date (1)\n  logged (Social care case management): ');
    expect(plain.stdout).not.toContain('logged (Waste collection)');
  });

  it('a hostile system title stays inert in the text, markdown and JUnit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-diff-hostile-'));
    cpSync(join(repoRoot, 'test/fixtures/systems'), dir, { recursive: true });
    const title = 'Waste | <b>bins</b> [x](https://example.org) \u001b[31m';
    const text = readFileSync(join(dir, 'sys.answers.yaml'), 'utf8').replace('title: Waste collection', `title: ${JSON.stringify(title)}`);
    cpSync(join(repoRoot, 'test/fixtures/systems'), join(dir, 'later'), { recursive: true });
    writeFileSync(join(dir, 'later/hostile.answers.yaml'), text.replace('      mfa: yes\n      cloud-backup: { status: unknown }', '      mfa: no\n      cloud-backup: { status: unknown }'));
    const args = ['diff', '-q', join(dir, 'sys.yaml'), '--today', '2026-11-23', join(dir, 'sys.answers.yaml'), join(dir, 'later/hostile.answers.yaml')];
    const md = await runBinary({ args: [...args, '-f', 'markdown'] });
    expect(md.code, md.stderr).toBe(ExitCode.Ok);
    const tree = parseMarkdown(md.stdout);
    expect(raggedTables(tree)).toEqual([]);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    expect(nodesOfType(tree, 'link')).toEqual([]);
    expect(md.stdout).toContain('| Does the system need multi-factor sign-in? (`mfa`) | Waste \\| &lt;b&gt;bins&lt;/b&gt;');
    const plain = await runBinary({ args });
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain('mfa (Waste | <b>bins</b> [x](https://example.org) \\x1b[31m): Yes (1) → No (0)');
    const junit = join(dir, 'r.xml');
    const assessed = await runBinary({ args: ['assess', '-q', join(dir, 'sys.yaml'), '-a', join(dir, 'later/hostile.answers.yaml'), '--today', '2026-11-23', '-f', 'junit', '-o', junit] });
    expect(assessed.code, assessed.stderr).toBe(ExitCode.Ok);
    if (hasXmllint()) expect(junitSchemaErrors(junit)).toBe('');
    expect(readFileSync(junit, 'utf8')).toContain('name="mfa (Waste | &lt;b&gt;bins&lt;/b&gt;');
  });
});

