import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const guide = readFileSync(new URL('../../docs/writing-questionnaires.md', import.meta.url), 'utf8');
const read = (name: string): string => readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8');
const example = read('school-backups.yaml');
const outcomes = read('school-outcomes.yaml');
const outcomeAnswers = read('school-outcomes.answers.yaml');
const systems = read('school-systems.yaml');
const systemAnswers = read('school-systems.answers.yaml');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map((m) => m[1] as string).filter((b) => !b.startsWith('# yaml-language-server'));

describe('docs/writing-questionnaires.md', () => {
  it('is linked from the README', () => expect(readme).toContain('](docs/writing-questionnaires.md)'));

  it('quotes only what is in the worked examples, word for word', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(14);
    for (const block of yamlBlocks) expect([example, outcomes, outcomeAnswers, systems, systemAnswers].some((file) => file.includes(block)), block).toBe(true);
  });

  it('shows every construct of the format that exists now', () => {
    const constructs = ['ratings:', 'scales:', 'profiles:', 'sections:', 'type: yes-no', 'type: multi', 'exclusive: true', 'type: choice', 'scale: maturity', 'options:', 'type: number', 'bands:', 'unit:', 'min:', 'max:', 'type: text', 'weight: 0', 'severity:', 'allowNotApplicable: true', 'help:', 'remediation:', 'references:', 'frameworks:', 'in: [', 'notIn: [', 'all:', 'any:', 'blocking: true', 'evidence:', 'type: outcome', 'indicators:', 'not-achieved:', 'partially-achieved:', 'achieved:', 'comments:', 'confirmed:', 'justification:', 'scope: system', 'systemLabel:', 'systems:', 'file:'];
    const shown = yamlBlocks.join('\n');
    expect(constructs.filter((c) => !shown.includes(c))).toEqual([]);
  });

  // The guide once said `scope: system` was refused with "unknown property": untrue since 2.0.
  it('describes critical systems as they work now', () => {
    expect(guide).not.toContain('Not yet available');
    expect(guide).not.toContain('not yet accepted');
  });

  it('has a worked example and answers that the binary validates and scores', async () => {
    const checked = await runBinary({ args: ['validate', 'docs/examples/school-backups.yaml', 'docs/examples/school-backups.answers.yaml'] });
    expect(checked).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'docs/examples/school-backups.yaml: valid questionnaire school-backups 1.0.0 (2 sections, 7 questions)\n' +
        'docs/examples/school-backups.answers.yaml: valid answers to school-backups 1.0.0 (6 of 6 questions answered; 1 more does not apply given the answers, 0 waivers)\n',
    });
    const assessed = await runBinary({ args: ['assess', '-q', 'docs/examples/school-backups.yaml', '-a', 'docs/examples/school-backups.answers.yaml', '--today', '2026-11-23', '--profile', 'minimum'] });
    expect(assessed.code, assessed.stderr).toBe(0);
    expect(assessed.stdout).toContain('Overall 80/100 Partly ready');
  });

  it('has a second worked example, with outcomes, an automatic fail and evidence hints, that the binary validates and scores', async () => {
    const files = ['docs/examples/school-outcomes.yaml', 'docs/examples/school-outcomes.answers.yaml'];
    const checked = await runBinary({ args: ['validate', ...files] });
    expect(checked).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'docs/examples/school-outcomes.yaml: valid questionnaire school-outcomes 1.0.0 (1 section, 3 questions)\n' +
        'docs/examples/school-outcomes.answers.yaml: valid answers to school-outcomes 1.0.0 (3 of 3 questions answered, 0 waivers)\n',
    });
    // --detail for the outcomes and what they still need; the text is wrapped, so compare words.
    const args = ['assess', '-q', files[0] as string, '--today', '2026-11-23', '--profile', 'minimum', '--detail'];
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const assessed = await runBinary({ args: [...args, '-a', files[1] as string] });
    expect(assessed.code, assessed.stderr).toBe(0);
    // offline-copy 1, recovery-plan partially achieved 0.5, restore-outcome confirmed achieved 1: 2.5 / 3.
    expect(flat(assessed.stdout)).toContain('Overall 83/100 Outcomes met');
    expect(flat(assessed.stdout)).toContain('- RP.A.2 The plan was tried in an exercise in the last year.');
    expect(flat(assessed.stdout)).toContain('achieved (confirmed above what the indicators support; the indicators say not achieved)');
    // The automatic fail: "no" on offline-copy caps the rating whatever the score.
    const stdin = outcomeAnswers.replace('  offline-copy: yes', '  offline-copy: no');
    const capped = await runBinary({ args: [...args, '-a', '-'], stdin });
    expect(flat(capped.stdout)).toContain('Overall 50/100 Outcomes not met (capped by automatic fails)');
  });

  it('has a third worked example, a section answered once per school, that the binary validates and scores', async () => {
    const files = ['docs/examples/school-systems.yaml', 'docs/examples/school-systems.answers.yaml'];
    const checked = await runBinary({ args: ['validate', ...files] });
    expect(checked).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'docs/examples/school-systems.yaml: valid questionnaire school-systems 1.0.0 (2 sections, 1 question for the organisation, 2 for each school)\n' +
        'docs/examples/school-systems.answers.yaml: valid answers to school-systems 1.0.0 (5 of 5 questions answered, 0 waivers, 2 schools)\n',
    });
    const assessed = await runBinary({ args: ['assess', '-q', files[0] as string, '-a', files[1] as string, '--today', '2026-11-23', '-f', 'json'] });
    expect(assessed.code, assessed.stderr).toBe(0);
    const report = JSON.parse(assessed.stdout) as { overall: { score: number }; sections: { id: string; score: number }[]; systems: { id: string; score: number }[] };
    // The numbers the guide works through: service 0; Oak 50 and Ash 100, mean 75; (0 + 75) / 2.
    expect(report.sections.map((x) => [x.id, x.score])).toEqual([['service', 0], ['each-school', 75]]);
    expect(report.overall.score).toBe(37.5);
    expect(report.systems.map((x) => [x.id, x.score])).toEqual([['oak-primary', 25], ['ash-secondary', 50]]);
    expect(guide).toContain('(0 + 75) / 2 = 37.5, shown as 37; Oak\'s own score\n  is 25 and Ash\'s 50.');
  });
});
