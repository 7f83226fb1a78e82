// SPEC's core sections (commands, formats, scoring, reports) read literally, with small custom
// questionnaires an owner might write; each case checked through the built binary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { parseXml } from '../helpers/consumers.js';
import { runBinary } from '../helpers/cli.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'cyber-ready-spec-core-'));
const MINI = ['assess', '--questionnaire-dir', 'test/fixtures/valid', '-a', 'test/fixtures/valid/mini.answers.yaml', '--today', '2026-11-24'];

interface Property {
  '@name': string;
  '@value': string;
}

describe('SPEC "Reports": every format carries the header and the lists beside the gaps', () => {
  it('junit: questionnaire id and version, organisation, assessor, date and tool version, and the lists, in the overall suite', async () => {
    const r = await runBinary({ args: [...MINI, '-f', 'junit'] });
    expect(r.code).toBe(ExitCode.Ok);
    const xml = parseXml(r.stdout) as { testsuites: { testsuite: { '@id': string; properties: { property: Property[] }; 'system-out': string }[] } };
    const overall = xml.testsuites.testsuite.find((s) => s['@id'] === 'overall');
    const props = Object.fromEntries((overall?.properties.property ?? []).map((p) => [p['@name'], p['@value']]));
    expect(props).toMatchObject({
      questionnaire: 'mini',
      questionnaireVersion: '1.2.0',
      organisation: 'Test Council',
      assessor: 'Tester',
      assessedOn: '2026-11-20',
      judgedOn: '2026-11-24',
      tool: expect.stringMatching(/^cyber-ready \d+\.\d+\.\d+/) as unknown as string,
      score: '61.458333333',
    });
    const words = String(overall?.['system-out']);
    expect(words).toContain('Assessment: Test Council, assessed by Tester, on 2026-11-20');
    expect(words).toContain('Not applicable (1):\n- ot-seg: does not apply, given earlier answers');
    expect(words).toContain('Past review date (1):\n- owner: review was due by 2026-11-22');
    expect(words).toContain('Expired waivers (1):\n- pci: expired on 2026-11-23');
    expect(words).toContain('Profiles (1):\n- Baseline (baseline): not met, 1 of 3 requirements');
    expect(words).toContain('By framework: NCSC Cyber Assessment Framework 4.0 (2):\n- A Managing security risk: 62');
  });

  it('sarif: the run carries assessor, dates, gates, section scores and the lists', async () => {
    const r = await runBinary({ args: [...MINI, '-f', 'sarif', '--min-score', '70'] });
    expect(r.code).toBe(ExitCode.GateFailed);
    const props = (JSON.parse(r.stdout) as { runs: { properties: Record<string, unknown> }[] }).runs[0]?.properties;
    expect(props).toMatchObject({
      organisation: 'Test Council',
      assessor: 'Tester',
      assessedOn: '2026-11-20',
      judgedOn: '2026-11-24',
      gates: [{ id: 'min-score', passed: false, summary: 'overall score 61 is below 70' }],
      sections: [
        { id: 'gov', score: 62.5, rating: 'Partly ready' },
        { id: 'tech', score: 58.333333333 },
        { id: 'ot', score: null, applicable: false },
      ],
      notApplicable: [{ question: 'ot-seg', by: 'condition' }],
      stale: [{ question: 'owner', reviewBy: '2026-11-22' }],
      expiredWaivers: [{ question: 'pci', expires: '2026-11-23' }],
      profiles: [{ id: 'baseline', passed: false, met: 1, total: 3 }],
    });
    expect((props?.frameworks as { id: string }[]).map((f) => f.id)).toEqual(['caf-4.0', 'cyber-essentials-3.3']);
  });
});

describe('an id written without its section prefix is suggested', () => {
  // SPEC's own answers example writes `takes-card-payments` and `patch-days-critical`; the bundled
  // questionnaire's ids carry their section's prefix, too far for an edit distance to find.
  it('names the one bundled question whose id ends with the one written', async () => {
    const r = await runBinary({ args: ['validate', '-'], stdin: 'questionnaire: council-cyber-resilience\nanswers:\n  takes-card-payments: yes\n  patch-days-critical: 14\n' });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toBe(
      '<stdin>:3:3: unknown question "takes-card-payments"; did you mean "base-takes-card-payments"?\n' +
        '<stdin>:4:3: unknown question "patch-days-critical"; did you mean "tech-patch-days-critical"?\n',
    );
  });

  it('suggests nothing when several ids would do', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'q.yaml'), 'id: two-days\nversion: 1.0.0\ntitle: Two\nsections:\n  - id: s\n    title: S\n    questions:\n      - { id: patch-days, text: P, type: number }\n      - { id: backup-days, text: B, type: number }\n');
    const r = await runBinary({ args: ['validate', '-q', join(dir, 'q.yaml'), '-'], stdin: 'questionnaire: two-days\nanswers:\n  days: 3\n' });
    expect(r.stderr).toBe('<stdin>:3:3: unknown question "days" in questionnaire "two-days"\n');
  });

  it('finds a bundled questionnaire by the last words of its id', async () => {
    const r = await runBinary({ args: ['show', 'resilience'] });
    expect(r.code).toBe(ExitCode.CannotAssess);
    expect(r.stderr).toMatch(/^cyber-ready: unknown questionnaire "resilience"; did you mean "council-cyber-resilience"\?/);
  });
});

describe('diff: a question that stops applying is not one that lost its answer', () => {
  const before = 'questionnaire: mini\nanswers: { owner: in-place, budget: yes, cards: yes, pci: some, services: [dns], patch-days: 10, has-ot: no }\n';
  const after = 'questionnaire: mini\nanswers: { owner: in-place, budget: yes, cards: no, pci: some, services: [dns], patch-days: 10, has-ot: no }\n';
  const files = (): string[] => {
    const dir = scratch();
    writeFileSync(join(dir, 'before.yaml'), before);
    writeFileSync(join(dir, 'after.yaml'), after);
    return [join(dir, 'before.yaml'), join(dir, 'after.yaml')];
  };
  const diff = (args: string[]) => runBinary({ args: ['diff', '--questionnaire-dir', 'test/fixtures/valid', '--today', '2026-11-24', ...args] });

  it('says "not applicable", in text, markdown and JSON, both ways', async () => {
    const [old, now] = files() as [string, string];
    const text = await diff([old, now]);
    expect(text.code).toBe(ExitCode.Ok);
    expect(text.stdout).toContain('No longer answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  pci: Some channels (0.5) → not applicable\n');
    const back = await diff([now, old]);
    expect(back.stdout).toContain('Newly answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  pci: not applicable → Some channels (0.5)\n');
    const md = await diff([old, now, '-f', 'markdown']);
    expect(md.stdout).toContain('| Some channels (0.5) | not applicable |');
    const json = JSON.parse((await diff([old, now, '-f', 'json'])).stdout) as { removed: { question: string; new: unknown; newAbsent: string; oldAbsent: unknown }[] };
    expect(json.removed).toMatchObject([{ question: 'pci', new: null, oldAbsent: null, newAbsent: 'not-applicable' }]);
  });

  it('still says "not answered" for an answer taken out', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'before.yaml'), before);
    writeFileSync(join(dir, 'after.yaml'), before.replace(' budget: yes,', ''));
    const r = await diff([join(dir, 'before.yaml'), join(dir, 'after.yaml')]);
    expect(r.stdout).toContain('No longer answered (1)\n  The figure in brackets after an answer is its score out of 1.\n  budget: Yes (1) → not answered\n');
  });
});

describe('show: a condition of groups reads without knowing that "and" binds tighter than "or"', () => {
  const questionnaire = (when: string): string =>
    `id: groups\nversion: 1.0.0\ntitle: Groups\nsections:\n  - id: s\n    title: S\n    questions:\n` +
    ['a', 'b', 'c'].map((id) => `      - { id: ${id}, text: ${id.toUpperCase()}?, type: yes-no }\n`).join('') +
    `      - { id: d, text: D?, type: yes-no, when: ${when} }\n`;
  const asked = async (when: string): Promise<string | undefined> => (await runBinary({ args: ['show', '-'], stdin: questionnaire(when) })).stdout.split('\n').find((l) => l.startsWith('Asked only when'));

  it('brackets an "and" group inside "any", and leaves the outermost group bare', async () => {
    expect(await asked('{ any: [ { all: [ { question: a, in: [yes] }, { question: b, in: [yes] } ] }, { question: c, in: [yes] } ] }')).toBe('Asked only when (`a` (1.1) is "Yes" and `b` (1.2) is "Yes") or `c` (1.3) is "Yes".');
    expect(await asked('{ all: [ { any: [ { question: a, in: [yes] }, { question: b, in: [yes] } ] }, { question: c, notIn: [yes] } ] }')).toBe('Asked only when (`a` (1.1) is "Yes" or `b` (1.2) is "Yes") and `c` (1.3) is not "Yes".');
    expect(await asked('{ any: [ { question: a, in: [yes] }, { question: b, in: [no] } ] }')).toBe('Asked only when `a` (1.1) is "Yes" or `b` (1.2) is "No".');
  });

  // On paper an id alone sent the reader searching; a checkbox question is matched by any tick.
  it('numbers the question a condition names, says "includes" for a checkbox question, and says once how "don\'t know" counts', async () => {
    const text =
      'id: ticks\nversion: 1.0.0\ntitle: Ticks\nsections:\n  - id: s\n    title: S\n    questions:\n' +
      '      - { id: kinds, text: Which?, type: multi, options: [{ value: a, label: Apples, score: 1 }, { value: b, label: Bananas, score: 1 }] }\n' +
      '      - { id: d, text: D?, type: yes-no, when: { question: kinds, in: [b] } }\n';
    const r = await runBinary({ args: ['show', '-'], stdin: text });
    expect(r.stdout).toContain('Asked only when `kinds` (1.1) includes "Bananas".');
    expect(r.stdout).toContain('is not asked after a "don\'t know"; one asked only when it is not (or does not include) one of them is');
    const none = await runBinary({ args: ['show', '-'], stdin: questionnaire('{ question: a, in: [yes] }').replace(', when: { question: a, in: [yes] }', '') });
    expect(none.stdout).not.toContain('asked only when');
  });
});
