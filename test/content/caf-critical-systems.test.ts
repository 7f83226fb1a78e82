import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runBinary } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

// The CAF for local government assesses the organisation against objectives A and D and each
// critical system against objectives B and C (security.gov.uk, "Objectives, principles and
// contributing outcomes"); the bundled CAF and its example follow that split.
const q = loadQuestionnaireText(readFileSync(new URL('../../questionnaires/caf-local-government.yaml', import.meta.url), 'utf8'), 'questionnaires/caf-local-government.yaml').questionnaire;
const EXAMPLE = 'examples/caf-local-government.answers.yaml';

interface Report {
  unanswered: unknown[];
  systems: { id: string; title: string; owner: string | null; file: string | null; score: number | null }[];
  questions: { id: string; system: string | null; outcome: { derived: string } | null }[];
  gaps: { question: string; system: string | null; waiver: unknown; location?: { file: string } }[];
  waivers: { question: string; system: string | null }[];
}

const assess = async (answers = EXAMPLE): Promise<Report> => {
  const r = await runBinary({ args: ['assess', '-a', answers, '--today', '2026-11-23', '--format', 'json'] });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
};

describe('caf-local-government by critical system', () => {
  it('answers objectives A and D once for the council, and B and C once per critical system', () => {
    // Issue 13 makes this shape 2.1; a patch release only rewords it, and 2.1.0 answers meet it silently.
    expect(q.version).toMatch(/^2\.1\.\d+$/);
    expect(q.systemLabel).toBe('critical system');
    for (const section of q.sections) expect(section.scope, section.id).toBe(/^[bc]\d/.test(section.id) ? 'system' : 'organisation');
  });

  it('scores the example council once and each of its three critical systems on its own, social care the weakest', async () => {
    const report = await assess();
    expect(report.unanswered).toEqual([]);
    expect(report.systems.map((s) => [s.id, s.file])).toEqual([
      ['revenues-benefits', null],
      ['social-care', null],
      ['waste-fleet', 'examples/systems/waste-fleet.yaml'],
    ]);
    expect(report.questions.filter((x) => x.system === null)).toHaveLength(14);
    for (const system of report.systems) expect(report.questions.filter((x) => x.system === system.id), system.id).toHaveLength(27);
    const score = Object.fromEntries(report.systems.map((s) => [s.id, s.score ?? Number.NaN]));
    expect(score['revenues-benefits']).toBeGreaterThan(score['waste-fleet']!);
    expect(score['waste-fleet']).toBeGreaterThan(score['social-care']!);
  });

  it('gives the three systems answers that differ, outcome by outcome', async () => {
    const report = await assess();
    const statuses = (system: string) => new Map(report.questions.filter((x) => x.system === system).map((x) => [x.id, x.outcome?.derived]));
    const ids = report.systems.map((s) => s.id);
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        const sa = statuses(a);
        const sb = statuses(b);
        const differing = [...sa.keys()].filter((id) => sa.get(id) !== sb.get(id));
        expect(differing.length, `${a} and ${b}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('places a gap of the system kept in its own file at its line there, and each waiver on its system', async () => {
    const report = await assess();
    const waste = report.gaps.find((g) => g.system === 'waste-fleet' && g.question === 'caf-b6-b');
    expect(waste?.location?.file).toMatch(/examples\/systems\/waste-fleet\.yaml$/);
    expect(report.waivers.map((w) => [w.question, w.system]).sort()).toEqual([
      ['caf-b2-a', 'waste-fleet'],
      ['caf-b4-d', 'social-care'],
    ]);
    expect(report.gaps.find((g) => g.system === 'social-care' && g.question === 'caf-b4-d')?.waiver).toBeTruthy();
    expect(report.gaps.find((g) => g.system === 'waste-fleet' && g.question === 'caf-b4-d')?.waiver).toBeFalsy();
  });

  it('takes 2.0 answers once they are moved under a system as the description says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-2.0-'));
    const example = parse(readFileSync(EXAMPLE, 'utf8')) as { answers: Record<string, unknown>; systems: { id: string; title: string; answers?: Record<string, unknown> }[]; waivers: unknown[] };
    const revenues = example.systems[0]!;
    // A 2.0 file: B and C answered once, for the whole council.
    const old = { questionnaire: 'caf-local-government', questionnaireVersion: '2.0.0', organisation: 'Old council', answers: { ...example.answers, ...revenues.answers } };
    writeFileSync(join(dir, 'old.yaml'), stringify(old));
    const refused = await runBinary({ args: ['validate', join(dir, 'old.yaml')] });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/caf-b1-a/);
    // The recipe: a systems entry, the B and C answers under it, and the new version.
    const moved = {
      ...old,
      questionnaireVersion: '2.1.0',
      answers: Object.fromEntries(Object.entries(old.answers).filter(([id]) => /^caf-[ad]/.test(id))),
      systems: [{ id: 'revenues-benefits', title: 'Revenues and benefits', answers: Object.fromEntries(Object.entries(old.answers).filter(([id]) => /^caf-[bc]/.test(id))) }],
    };
    writeFileSync(join(dir, 'moved.yaml'), stringify(moved));
    const accepted = await runBinary({ args: ['validate', join(dir, 'moved.yaml')] });
    expect(accepted.code, accepted.stderr).toBe(0);
  });
});
