// "Don't know" is none of the values a condition lists (SPEC: `in: [yes]` is "asked only then"), so
// a follow-up written with `in` drops out after it. The bundled questionnaires assess a risk that
// cannot be ruled out: every follow-up is written with `notIn`, and a "don't know" cannot drop an
// answer from the score or a profile.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/questionnaire/types.js';
import type { Assessment } from '../../src/scoring/assessment.js';
import { repoRoot, runBinary } from '../helpers/cli.js';
import { loadQuestionnaireText } from '../helpers/load.js';

const leaves = (c: Condition): Condition[] => ('all' in c ? c.all.flatMap(leaves) : 'any' in c ? c.any.flatMap(leaves) : [c]);

describe('the bundled questionnaires ask a follow-up after "don\'t know"', () => {
  const files = readdirSync(join(repoRoot, 'questionnaires')).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s writes every condition with notIn', (file) => {
    const q = loadQuestionnaireText(readFileSync(join(repoRoot, 'questionnaires', file), 'utf8')).questionnaire;
    const withIn = [...q.questions.values()].flatMap((question) => (question.when ? leaves(question.when) : []).filter((c) => 'in' in c && c.in !== undefined).map(() => question.id));
    expect(withIn).toEqual([]);
  });

  it('"don\'t know" about the nation keeps the England-only DSPT answer in the score and the baseline profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-dont-know-'));
    const example = readFileSync(join(repoRoot, 'examples/council-cyber-resilience.answers.yaml'), 'utf8');
    expect(example).toContain('  base-nation: england\n');
    writeFileSync(join(dir, 'england.yaml'), example);
    writeFileSync(join(dir, 'unknown.yaml'), example.replace('  base-nation: england\n', '  base-nation: { status: unknown }\n'));
    const run = async (file: string): Promise<Assessment> => JSON.parse((await runBinary({ args: ['assess', '-a', file, '-f', 'json', '--today', '2026-11-23'], cwd: dir })).stdout) as Assessment;
    const [england, unknown] = [await run('england.yaml'), await run('unknown.yaml')];
    expect(unknown.questions.find((q) => q.id === 'base-dspt')).toMatchObject({ status: england.questions.find((q) => q.id === 'base-dspt')?.status, included: true });
    expect(unknown.overall.score).toBe(england.overall.score);
    expect(unknown.profiles.map((p) => [p.id, p.met])).toEqual(england.profiles.map((p) => [p.id, p.met]));
  });
});
