import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const guide = readFileSync(new URL('../../docs/writing-questionnaires.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../docs/examples/school-backups.yaml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

// The part before "Coming in version 2" documents what exists now; only that part is held to the example.
const current = guide.slice(0, guide.indexOf('## Coming in version 2'));
const yamlBlocks = [...current.matchAll(/```yaml\n([\s\S]*?)\n```/g)].map((m) => m[1] as string).filter((b) => !b.startsWith('# yaml-language-server'));

describe('docs/writing-questionnaires.md', () => {
  it('is linked from the README', () => expect(readme).toContain('](docs/writing-questionnaires.md)'));

  it('quotes only what is in the worked example, word for word', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(10);
    for (const block of yamlBlocks) expect(example, block).toContain(block);
  });

  it('shows every construct of the format that exists now', () => {
    const constructs = ['ratings:', 'scales:', 'profiles:', 'sections:', 'type: yes-no', 'type: multi', 'exclusive: true', 'type: choice', 'scale: maturity', 'options:', 'type: number', 'bands:', 'unit:', 'min:', 'max:', 'type: text', 'weight: 0', 'severity:', 'allowNotApplicable: true', 'help:', 'remediation:', 'references:', 'frameworks:', 'in: [', 'notIn: [', 'all:', 'any:'];
    const shown = yamlBlocks.join('\n');
    expect(constructs.filter((c) => !shown.includes(c))).toEqual([]);
  });

  it('marks the v2 parts that do not exist yet as coming, and the example does not use them', () => {
    const coming = guide.slice(guide.indexOf('## Coming in version 2'));
    for (const word of ['blocking: true', 'evidence:', 'type: outcome', 'scope: system']) {
      expect(coming).toContain(word);
      expect(current).not.toContain(word);
    }
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
});
