// A questionnaire answered per critical system asks its system questions again for each system:
// every place that counts its questions says how many for the organisation and how many for each
// system, not the 41 questions in the file (a council with three systems answers 95).
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';

const SPLIT = '14 questions for the organisation, 27 for each critical system';

describe('question counts of the CAF, answered per critical system', () => {
  it('list shows the organisation\'s and each system\'s, in text and JSON', async () => {
    const text = await runBinary({ args: ['list'] });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^caf-local-government +2\.\d+\.\d+ +14 +14 \+ 27 per critical system +bundled/m);
    expect(text.stdout).toMatch(/^council-cyber-resilience +\S+ +17 +140 +bundled/m);
    const json = JSON.parse((await runBinary({ args: ['list', '--format', 'json'] })).stdout) as Record<string, unknown>[];
    expect(json.find((r) => r.id === 'caf-local-government')).toMatchObject({ questions: 41, questionsForOrganisation: 14, questionsPerSystem: 27, systemLabel: 'critical system' });
    expect(json.find((r) => r.id === 'council-cyber-resilience')).toMatchObject({ questions: 140, questionsForOrganisation: 140, questionsPerSystem: 0, systemLabel: null });
  });

  it('validate and show say the same', async () => {
    const checked = await runBinary({ args: ['validate', 'questionnaires/caf-local-government.yaml'] });
    expect(checked.stdout).toMatch(new RegExp(`\\(14 sections, ${SPLIT}\\)\\n$`));
    const shown = await runBinary({ args: ['show', 'caf-local-government'] });
    expect(shown.stdout.split('\n')[2]).toMatch(new RegExp(`· 14 sections · ${SPLIT}$`));
  });

  it('the sum over an answers file\'s systems agrees with the split', async () => {
    // The example lists three critical systems: 14 + 3 × 27.
    const r = await runBinary({ args: ['validate', 'examples/caf-local-government.answers.yaml'] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ of 95 questions answered/);
  });
});
