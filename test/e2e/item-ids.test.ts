// SPEC asks for lower-case kebab-case only of a questionnaire's own id and of system ids. A
// questionnaire written to SPEC with framework-style section, question, scale and profile ids
// (test/fixtures/item-ids: `A1.a`, `ce-1.2`, `Q1`, `a_b`, `Maturity.v2`, `CE.Plus`, and the
// numeric-looking "1.2" and "1.10") is checked, scored in every format, templated, diffed and gated.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { schemaErrors } from '../../src/schema/validate-schema.js';
import { repoRoot, runBinary } from '../helpers/cli.js';

const dir = join(repoRoot, 'test/fixtures/item-ids');
const questionnaire = join(dir, 'framework-ids.yaml');
const answers = join(dir, 'answers.yaml');
const run = (...args: string[]) => runBinary({ args, cwd: dir });
const assess = (...more: string[]) => run('assess', '-q', 'framework-ids.yaml', '-a', 'answers.yaml', '--today', '2026-12-01', ...more);
const temp = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-ids-'));

interface Report {
  sections: { id: string }[];
  questions: { id: string; system: string | null; value: unknown; status: string }[];
  gaps: { question: string; section: string; system: string | null }[];
}

describe('section, question, scale and profile ids beyond kebab-case', () => {
  it('validate accepts them', async () => {
    const r = await run('validate', 'framework-ids.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.stdout).toContain('valid questionnaire framework-style-ids 1.0.0');
  });

  it('JSON: every id as written, "1.10" written plain read as "1.10" (not the number 1.1), and the report fits its schema', async () => {
    const r = await assess('-f', 'json');
    expect(r.code).toBe(ExitCode.Ok);
    const report = JSON.parse(r.stdout) as Report;
    expect(schemaErrors('report', report)).toEqual([]);
    expect(report.sections.map((s) => s.id)).toEqual(['A1.a', 'sys_1']);
    expect(report.questions.map((q) => [q.id, q.system, q.value])).toEqual([
      ['ce-1.2', null, 'partly'], ['Q1', null, 'yes'], ['a_b', null, ['mfa']],
      ['1.2', 'social-care', 40], ['1.2', 'revenues', 3], ['1.10', 'social-care', 'no'], ['1.10', 'revenues', 'yes'],
    ]);
    expect(report.gaps.map((g) => [g.question, g.section, g.system])).toEqual(expect.arrayContaining([['ce-1.2', 'A1.a', null], ['1.10', 'sys_1', 'social-care'], ['a_b', 'A1.a', null]]));
  });

  it('SARIF, GitLab, JUnit, markdown, HTML and CSV name the gaps by their ids', async () => {
    const sarif = JSON.parse((await assess('-f', 'sarif')).stdout) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const results = sarif.runs[0]!.results;
    expect(results.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['ce-1.2', 'a_b', '1.2', '1.10']));
    expect(results.map((x) => x.partialFingerprints['cyberReadyQuestion/v1'])).toEqual(expect.arrayContaining(['framework-style-ids:1.10:social-care', 'framework-style-ids:ce-1.2']));
    const gitlab = JSON.parse((await assess('-f', 'gitlab')).stdout) as { check_name: string; fingerprint: string }[];
    expect(gitlab.map((x) => x.check_name)).toEqual(expect.arrayContaining(['cyber-ready/ce-1.2', 'cyber-ready/1.10', 'cyber-ready/1.2', 'cyber-ready/a_b']));
    expect(new Set(gitlab.map((x) => x.fingerprint)).size).toBe(gitlab.length);
    const junit = (await assess('-f', 'junit')).stdout;
    expect(junit).toContain('<testcase classname="framework-style-ids.A1.a" name="ce-1.2: Is there a boundary firewall?"');
    expect(junit).toContain('<testcase classname="framework-style-ids.sys_1.social-care" name="1.10 (Social care): Is the system&apos;s backup kept offline?"');
    for (const format of ['markdown', 'html']) {
      const r = await assess('-f', format);
      expect(r.code, format).toBe(ExitCode.Ok);
      expect(r.stdout, format).toContain('ce-1.2');
    }
    const csv = (await assess('-f', 'csv')).stdout;
    expect(csv).toContain(',Social care,Systems,1.10,Is the system\'s backup kept offline?,');
    expect(csv).toContain(',Organisation,Governance,a_b,Which controls are in place?,');
  });

  it('a profile with a dotted, capitalised id is a gate; its id is matched exactly', async () => {
    const r = await assess('--profile', 'CE.Plus');
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stderr).toContain('answers.yaml:5:3: gate profile failed: profile "CE.Plus" needs "ce-1.2" at "In place" or better; answer: Partly in place\n');
    const other = await assess('--profile', 'ce.plus');
    expect(other.code).toBe(ExitCode.CannotAssess);
    expect(other.stderr).toContain('has no profile "ce.plus" (profiles: CE.Plus)');
  });

  it('init writes a template whose numeric-looking keys are quoted, and assess reads it back', async () => {
    const out = join(temp(), 'answers.yaml');
    expect((await run('init', '-q', questionnaire, '-o', out, '--today', '2026-12-01')).code).toBe(ExitCode.Ok);
    const template = readFileSync(out, 'utf8');
    expect(template).toMatch(/^ {2}ce-1\.2:$/m);
    expect(template).toMatch(/^ {2}Q1:$/m);
    expect(template).toContain('#     "1.2":\n');
    expect(template).toContain('#     "1.10":\n');
    // The system example taken in, with answers after the two keys YAML would read as numbers.
    const [head, systems, tail] = template.split(/(?<=^systems:\n)|(?=^# Waivers)/m) as [string, string, string];
    const filled = [head, systems.replace(/^ {2}# ?/gm, '  '), tail].join('')
      .replace('"1.2":', '"1.2": 3')
      .replace('"1.10":', '"1.10": yes')
      .replace(/^ {2}ce-1\.2:$/m, '  ce-1.2: full');
    writeFileSync(out, filled);
    const r = await run('assess', '-q', questionnaire, '-a', out, '--today', '2026-12-01', '--allow-incomplete', '-f', 'json');
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(ExitCode.Ok);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.questions.map((q) => [q.id, q.system, q.value ?? null])).toEqual([
      ['ce-1.2', null, 'full'], ['Q1', null, null], ['a_b', null, null], ['1.2', 'system-1', 3], ['1.10', 'system-1', 'yes'],
    ]);
  });

  it('diff names the ids, and --fail-on-regression fails on one', async () => {
    const later = join(temp(), 'later.yaml');
    writeFileSync(later, readFileSync(answers, 'utf8').replace('ce-1.2: partly', 'ce-1.2: full').replace('"1.10": no', '"1.10": yes').replace('1.2: 3', '1.2: 60'));
    const r = await run('diff', '-q', questionnaire, answers, later, '--today', '2026-12-01', '-f', 'json', '--fail-on-regression');
    expect(r.code).toBe(ExitCode.GateFailed);
    expect(r.stderr).toContain('later.yaml:17:7: gate fail-on-regression failed: "1.2" for system "revenues" scores lower: 3 → 60\n');
    expect(r.stdout).toContain('"ce-1.2"');
    expect(r.stdout).toContain('"1.10"');
  });
});

describe('ids that must still be kebab-case, and ids refused as confusing', () => {
  it('the questionnaire\'s own id and a system id are still lower-case kebab-case', async () => {
    const d = temp();
    writeFileSync(join(d, 'q.yaml'), readFileSync(questionnaire, 'utf8').replace('id: framework-style-ids', 'id: Framework.Ids'));
    const q = await runBinary({ args: ['validate', 'q.yaml'], cwd: d });
    expect(q.code).toBe(ExitCode.CannotAssess);
    expect(q.stderr).toContain('q.yaml:3:5: "id" must be a lower-case kebab-case id such as "social-care", not "Framework.Ids"\n');
    writeFileSync(join(d, 'a.yaml'), readFileSync(answers, 'utf8').replace('id: social-care', 'id: Social.Care'));
    const a = await runBinary({ args: ['validate', '-q', questionnaire, 'a.yaml'], cwd: d });
    expect(a.code).toBe(ExitCode.CannotAssess);
    expect(a.stderr).toContain('a.yaml:9:9: "id" must be a lower-case kebab-case id such as "social-care", not "Social.Care"\n');
  });

  it('ids and scale names that differ only in case, and the stale-answer rule id, are refused at their place', async () => {
    const d = temp();
    const text = readFileSync(questionnaire, 'utf8')
      .replace('      - id: a_b\n', '      - id: q1\n')
      .replace('profiles:\n', '  maturity.V2:\n    - { value: none, label: None, score: 0 }\nprofiles:\n')
      .replace('  - id: sys_1\n', '  - id: a1.A\n')
      .replace('      - id: "1.10"\n', '      - id: Cyber-Ready.Stale-Answer\n')
      .replace('  - id: CE.Plus\n    title: Cyber Essentials Plus\n    requires: { ce-1.2: full, Q1: yes }\n', '  - id: CE.Plus\n    requires: { Q1: yes }\n  - id: ce.plus\n    requires: { Q1: yes }\n');
    writeFileSync(join(d, 'q.yaml'), text);
    const r = await runBinary({ args: ['validate', 'q.yaml'], cwd: d });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toContain('q.yaml:14:3: scale name "maturity.V2" differs from "Maturity.v2" (line 10) only in case; give it a name that differs in more than case\n');
    expect(r.stderr).toContain('q.yaml:19:9: profile id "ce.plus" differs from "CE.Plus" (line 17) only in case; give it an id that differs in more than case\n');
    expect(r.stderr).toContain('q.yaml:35:13: question id "q1" differs from "Q1" (line 31) only in case; give it an id that differs in more than case\n');
    expect(r.stderr).toContain('q.yaml:42:9: section id "a1.A" differs from "A1.a" (line 22) only in case; give it an id that differs in more than case\n');
    expect(r.stderr).toContain('q.yaml:50:13: question id "Cyber-Ready.Stale-Answer" is kept for the rule that reports stale answers in SARIF and GitLab reports; give the question another id\n');
  });
});
