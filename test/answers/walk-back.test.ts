// "Back" in a walk carried on after a stop: it reaches what was saved before the stop (an outcome's
// earlier statements, the question before), not only what was asked in this session, and it enters
// an outcome where it was left. Driven by a scripted prompter that says what was put on screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/answers/interview.js';
import type { WalkSystem } from '../../src/answers/walk-scopes.js';
import type { Prompter } from '../../src/answers/prompter-types.js';
import type { IndicatorReply } from '../../src/answers/outcome-walk.js';
import type { AnswerUpdate } from '../../src/answers/save-answers.js';
import { repoRoot } from '../helpers/cli.js';
import { loadAnswersText, loadQuestionnaireText } from '../helpers/load.js';

const twoOutcomes = loadQuestionnaireText(readFileSync(join(repoRoot, 'test/fixtures/outcome-walk/two-outcomes.yaml'), 'utf8'));
const sys = loadQuestionnaireText(readFileSync(join(repoRoot, 'test/fixtures/systems/sys.yaml'), 'utf8'));

/** What each prompt showed ("BK.A.1 back (false)": Back offered, False the default), and what was saved, in order. */
interface Script {
  shown: string[];
  saved: string[];
}

/** A prompter that answers from `replies` in order and records each prompt with whether "Back" was offered. */
function scripted(replies: (IndicatorReply | 'confirm' | 'back' | 'yes' | 'no')[], script: Script): Prompter {
  const next = <T>(): T => {
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`no reply scripted after: ${script.shown.join(', ')}`);
    return reply as T;
  };
  return {
    askIndicator: async (_q, indicator, ctx) => {
      script.shown.push(`${indicator.id}${ctx.canGoBack ? ' back' : ''}${ctx.previous !== undefined ? ` (${String(ctx.previous)})` : ''}`);
      return next<IndicatorReply>();
    },
    confirmOutcome: async (question) => {
      script.shown.push(`confirm ${question.id}`);
      const reply = next<'confirm' | 'back'>();
      return reply === 'back' ? { kind: 'back' } : { kind: 'confirm' };
    },
    ask: async (question, ctx) => {
      script.shown.push(`${question.id}${ctx.canGoBack ? ' back' : ''}${ctx.previous?.value !== undefined ? ` (${String(ctx.previous.value)})` : ''}`);
      const reply = next<'back' | 'yes' | 'no'>();
      return reply === 'back' ? { kind: 'back' } : { kind: 'value', value: reply };
    },
    reason: async () => 'n/a',
    reviewDate: async (_q, due) => due,
    note: async () => '',
  };
}

const T: IndicatorReply = { kind: 'value', value: true };
const F: IndicatorReply = { kind: 'value', value: false };
const BACK: IndicatorReply = { kind: 'back' };

async function walkTwoOutcomes(text: string, replies: Parameters<typeof scripted>[0]): Promise<Script> {
  const script: Script = { shown: [], saved: [] };
  const answers = new Map(loadAnswersText(text, twoOutcomes).answers);
  await runInterview({
    questionnaire: twoOutcomes.questionnaire,
    answers,
    prompter: scripted(replies, script),
    onAnswer: async (q, update: AnswerUpdate) => void script.saved.push(`${q.id} ${update.status === 'indicator' ? `${update.indicator}=${String(update.value)}` : update.status}`),
    progress: () => undefined,
  });
  return script;
}

describe('Back after a resume', () => {
  it('reaches the statements of the outcome saved before the stop, and going forward asks them again up to where Back was chosen', async () => {
    const text = 'questionnaire: two-outcomes\nanswers:\n  backups:\n    indicators: { BK.NA.1: false, BK.PA.1: true, BK.A.1: false }\n';
    const script = await walkTwoOutcomes(text, [BACK, BACK, F, T, T, 'confirm', F, T, 'confirm']);
    expect(script.shown).toEqual([
      'BK.A.2 back', // the first statement asked this session, with a way back
      'BK.A.1 back (false)', // saved before the stop, its answer the default
      'BK.PA.1 back (true)',
      'BK.A.1 back (false)', // forward again: the statements walked back over...
      'BK.A.2 back', // ...up to where Back was chosen
      'confirm backups',
      'AC.NA.1 back',
      'AC.A.1 back',
      'confirm access',
    ]);
    expect(script.saved.slice(0, 3)).toEqual(['backups BK.PA.1=false', 'backups BK.A.1=true', 'backups BK.A.2=true']);
  });

  it('from the first question asked goes to the outcome before, at its status, then to its last statement', async () => {
    const text = 'questionnaire: two-outcomes\nanswers:\n  backups:\n    indicators: { BK.NA.1: false, BK.PA.1: true, BK.A.1: true, BK.A.2: true }\n';
    const script = await walkTwoOutcomes(text, [BACK, 'back', T, 'confirm', F, T, 'confirm']);
    expect(script.shown).toEqual([
      'AC.NA.1 back', // nothing asked yet this session, and still a way back
      'confirm backups', // the outcome before, where it was left: at its status
      'BK.A.2 back (true)', // "Back to the last statement"
      'confirm backups',
      'AC.NA.1 back',
      'AC.A.1 back',
      'confirm access',
    ]);
  });

  it('into an outcome left with statements open, at the first of them', async () => {
    const text = 'questionnaire: two-outcomes\nanswers:\n  backups:\n    indicators: { BK.NA.1: false, BK.PA.1: true }\n  access:\n    indicators: { AC.NA.1: false }\n';
    // Backups skipped at its first open statement; at access, Back twice: to its saved statement, then to backups.
    const script = await walkTwoOutcomes(text, [{ kind: 'skip' }, BACK, BACK, T, T, 'confirm', F, T, 'confirm']);
    expect(script.shown).toEqual([
      'BK.A.1 back',
      'AC.A.1 back',
      'AC.NA.1 back (false)',
      'BK.A.1 back', // where backups was left, not its first statement
      'BK.A.2 back',
      'confirm backups',
      'AC.NA.1 back (false)',
      'AC.A.1 back',
      'confirm access',
    ]);
  });

  it('offers the answer given last, not the one the outcome had when the walk entered it, after Back out and forward in', async () => {
    // A statement answered, Back out of the outcome to the one before, forward again: twice, the
    // second time with the statement's answer changed. Each time it offers the answer saved last.
    const text = 'questionnaire: two-outcomes\nanswers: {}\n';
    const script = await walkTwoOutcomes(text, [F, T, T, T, 'confirm', F, BACK, BACK, 'confirm', T, BACK, BACK, 'confirm', T, T, 'confirm']);
    expect(script.shown).toEqual([
      'BK.NA.1',
      'BK.PA.1 back',
      'BK.A.1 back',
      'BK.A.2 back',
      'confirm backups',
      'AC.NA.1 back',
      'AC.A.1 back',
      'AC.NA.1 back (false)',
      'confirm backups',
      'AC.NA.1 back (false)', // was offered with no answer: the outcome as the walk first entered it
      'AC.A.1 back',
      'AC.NA.1 back (true)',
      'confirm backups',
      'AC.NA.1 back (true)', // was offered false: the answer before the change
      'AC.A.1 back',
      'confirm access',
    ]);
    expect(script.saved.filter((line) => line.startsWith('access'))).toEqual(['access AC.NA.1=false', 'access AC.NA.1=true', 'access AC.NA.1=true', 'access AC.A.1=true', 'access confirmed']);
  });

  it("from a system's first question goes to the council's last, answered in an earlier session", async () => {
    const answers = new Map(loadAnswersText('questionnaire: sys\nanswers:\n  owner: yes\n  cloud: no\nsystems:\n  - id: parking\n    title: Parking\n', sys).answers);
    const systems: WalkSystem[] = [{ id: 'parking', title: 'Parking', answers: new Map() }];
    const script: Script = { shown: [], saved: [] };
    await runInterview({
      questionnaire: sys.questionnaire,
      answers,
      systems,
      prompter: scripted(['back', 'back', 'yes', 'no', 'yes', 'yes', 'yes'], script),
      onAnswer: async (q, _u, system) => void script.saved.push(`${system ?? 'council'}/${q.id}`),
      progress: () => undefined,
    });
    expect(script.shown).toEqual(['patched back', 'cloud back (no)', 'owner (yes)', 'cloud back (no)', 'patched back', 'mfa back', 'logged back']);
  });
});

describe('section headings after Back', () => {
  const twoSections = loadQuestionnaireText(
    [
      'id: two-sections',
      'version: 1.0.0',
      'title: Two sections',
      'sections:',
      '  - id: first',
      '    title: First',
      '    questions:',
      '      - { id: one, text: One?, type: yes-no }',
      '  - id: second',
      '    title: Second',
      '    questions:',
      '      - { id: two, text: Two?, type: yes-no }',
      '',
    ].join('\n'),
  );

  it('are said again whichever way the walk crosses a section edge, so no question is read as the section above it', async () => {
    const script: Script = { shown: [], saved: [] };
    await runInterview({
      questionnaire: twoSections.questionnaire,
      answers: new Map(),
      prompter: scripted(['yes', 'back', 'yes', 'no'], script),
      onAnswer: async () => undefined,
      progress: (lines) => void script.shown.push(...lines.filter((l) => l.startsWith('──'))),
    });
    expect(script.shown).toEqual([
      '── Section 1 of 2: First',
      'one',
      '── Section 2 of 2: Second',
      'two back',
      '── Section 1 of 2: First', // Back across the edge
      'one (yes)',
      '── Section 2 of 2: Second', // and forward across it again: was missing, so "two" read as First's
      'two back',
    ]);
  });
});
