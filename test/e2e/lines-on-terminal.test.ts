import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runBinary } from '../helpers/cli.js';

// `script` gives the real binary a terminal of the width `stty` sets.
const onTerminal = (columns: number, args: string): string =>
  spawnSync('script', ['-qec', `stty cols ${columns}; node ${binPath} ${args}`, '/dev/null'], { cwd: repoRoot, encoding: 'utf8' }).stdout.replace(/\r/g, '');

describe('list on a terminal', () => {
  it('fits an 80-column terminal, never breaking a word, with what the table says', async () => {
    const shown = onTerminal(80, 'list');
    const lines = shown.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThan(80);
    // The same questionnaires and counts as the JSON a script reads.
    const listed = JSON.parse((await runBinary({ args: ['list', '--format', 'json'] })).stdout) as { id: string; version: string; title: string; sections: number; questions: number; questionsForOrganisation: number; questionsPerSystem: number; systemLabel: string | null; source: string }[];
    expect(listed.length).toBeGreaterThan(2);
    for (const q of listed) {
      expect(shown).toContain(`${q.id} ${q.version} (${q.source})\n  ${q.title}\n`);
      const questions = q.questionsPerSystem ? `${q.questionsForOrganisation} questions for the organisation, ${q.questionsPerSystem} for each ${q.systemLabel}` : `${q.questions} questions`;
      expect(shown).toContain(`  ${q.sections} sections, ${questions}\n`);
    }
  });

  it('keeps the table on a terminal wide enough for it, and in a pipe', async () => {
    const piped = (await runBinary({ args: ['list'] })).stdout;
    expect(piped).toMatch(/^ID +VERSION +SECTIONS +QUESTIONS +SOURCE +TITLE\n/);
    const widest = Math.max(...piped.trimEnd().split('\n').map((l) => l.length));
    expect(onTerminal(widest + 2, 'list')).toBe(piped);
  });
});

describe('validate on a terminal', () => {
  const files = 'examples/systems/waste-fleet.yaml examples/caf-local-government.answers.yaml questionnaires/caf-local-government.yaml';

  it('wraps each "valid" line between words to the width, and says the same as in a pipe', async () => {
    const shown = onTerminal(80, `validate ${files}`);
    const piped = await runBinary({ args: ['validate', ...files.split(' ')] });
    expect(piped.code).toBe(0);
    const valid = shown.split('\n').filter((l) => !/: warning: /.test(l));
    for (const line of valid) expect(line.length, line).toBeLessThan(80);
    // Joined again, the lines are the pipe's (standard error's warning comes in between on a terminal).
    const joined = valid.join('\n').replace(/\n {2}/g, ' ').trimEnd();
    expect(joined).toBe(piped.stdout.trimEnd());
    expect(piped.stdout.split('\n').some((l) => l.length > 80)).toBe(true);
  });
});
