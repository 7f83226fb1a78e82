// A resume passes every answered step to reach the open ones. Whether a step applies is worked out
// over the whole questionnaire, and it was worked out for every step passed, so a resume of N
// answered questions took N² work: 10,000 questions, 25 s before the first prompt and as long again
// after each answer. Now only a step still to answer is looked at that way. The bound allowed is far
// above what this takes and far below what it took.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runInterview } from '../../src/answers/interview.js';
import type { Prompter } from '../../src/answers/prompter-types.js';
import { generate } from '../../scripts/generate-questionnaire.js';
import { loadAnswersText, loadQuestionnaireText } from '../helpers/load.js';

const dir = mkdtempSync(join(tmpdir(), 'cyber-ready-walk-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a resume of 10,000 answered questions reaches the one left open, and the end, in seconds', async () => {
  const { qFile: questionnaireFile, aFile: answersFile } = generate(10_000, dir);
  const loaded = loadQuestionnaireText(readFileSync(questionnaireFile, 'utf8'));
  const answers = new Map(loadAnswersText(readFileSync(answersFile, 'utf8'), loaded).answers);
  const ids = [...loaded.questionnaire.questions.keys()];
  // Two open questions near the end, so the walk passes thousands of answered ones to each.
  const open = [ids[ids.length - 40], ids[ids.length - 2]] as string[];
  for (const id of open) answers.delete(id);
  const asked: string[] = [];
  const prompter = {
    ask: async (question: { id: string }) => {
      asked.push(question.id);
      return { kind: 'skip' };
    },
  } as unknown as Prompter;
  // This process's own processor time, which other jobs on a busy test machine do not stretch as
  // they do the clock's.
  const started = process.cpuUsage();
  await runInterview({ questionnaire: loaded.questionnaire, answers, prompter, onAnswer: async () => undefined, progress: () => undefined });
  expect(asked).toEqual(open);
  const { user, system } = process.cpuUsage(started);
  expect((user + system) / 1000).toBeLessThan(8_000);
}, 120_000);
