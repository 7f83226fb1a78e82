// @inquirer/testing/vitest must be imported before the code under test: it swaps the prompts for
// ones drawn on a virtual screen.
import { screen } from '@inquirer/testing/vitest';
import '../helpers/screen-checkbox.js';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInterview } from '../../src/answers/interview.js';
import { createPlainPrompter } from '../../src/answers/plain-prompter.js';
import { createPrompter } from '../../src/answers/prompter.js';
import type { Prompter, Reply } from '../../src/answers/prompter-types.js';
import type { AnswerUpdate } from '../../src/answers/save-answers.js';
import { textKind } from '../../src/questionnaire/kinds/text.js';
import type { Question } from '../../src/questionnaire/types.js';
import { loadQuestionnaireText, miniText } from '../helpers/load.js';

// A typed reply is read by the kind, as the answers file is (checkReply in src/answers/read-answer.ts): a kind
// whose answers have a format (a date, say) refuses what does not fit, and the walk asks again
// rather than saving what `validate` would then refuse. No kind today refuses typed text, so the
// text kind is made to refuse one word here.
const mini = loadQuestionnaireText(miniText()).questionnaire;
const notes = mini.questions.get('notes') as Question;
const REFUSED = '"notes" takes no word "bad"';

function refuseBad(): void {
  const read = textKind.readAnswer;
  vi.spyOn(textKind, 'readAnswer').mockImplementation((question, entry, at, report) => {
    if (entry.value === 'bad') {
      report.error(at.value, REFUSED);
      return 'invalid';
    }
    return read(question, entry, at, report);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('a typed reply the kind refuses', () => {
  it('is said and asked again by the plain prompts', async () => {
    refuseBad();
    const input = new PassThrough();
    const said: string[] = [];
    const prompter = createPlainPrompter({ input, output: new PassThrough() }, (t) => said.push(t));
    input.write('bad\ngood\n');
    const reply = await prompter.ask(notes, { canGoBack: false });
    expect(reply).toEqual({ kind: 'value', value: 'good' });
    expect(said.join('')).toContain(`${REFUSED}; or type don't know or skip.`);
    input.end();
  });

  it('is said and asked again by the full prompts', async () => {
    refuseBad();
    const prompter = await createPrompter({ input: new PassThrough(), output: new PassThrough() }, () => undefined);
    const reply = prompter.ask(notes, { canGoBack: false });
    screen.type('bad');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(REFUSED);
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    screen.type('good');
    screen.keypress('enter');
    expect(await reply).toEqual({ kind: 'value', value: 'good' });
  });

  it('is never saved by the interview, whatever a prompter returns', async () => {
    refuseBad();
    const replies: Reply[] = [{ kind: 'value', value: 'bad' }, { kind: 'value', value: 'good' }];
    const asked: string[] = [];
    const prompter = {
      ask: async (question: Question) => {
        asked.push(question.id);
        return question.id === 'notes' ? (replies.shift() as Reply) : { kind: 'skip' };
      },
    } as unknown as Prompter;
    const saved: [string, AnswerUpdate][] = [];
    await runInterview({ questionnaire: mini, answers: new Map(), prompter, onAnswer: async (q, update) => void saved.push([q.id, update]), progress: () => undefined });
    expect(asked.filter((id) => id === 'notes')).toHaveLength(2);
    expect(saved).toEqual([['notes', { status: 'answered', value: 'good' }]]);
  });

  it('changes nothing for the kinds of today: text is saved as typed, trimmed', async () => {
    const input = new PassThrough();
    const prompter = createPlainPrompter({ input, output: new PassThrough() }, () => undefined);
    input.write('  Anything at all: 0x10, yes, [a, b]  \n');
    expect(await prompter.ask(notes, { canGoBack: false })).toEqual({ kind: 'value', value: 'Anything at all: 0x10, yes, [a, b]' });
    input.end();
  });
});
