import { describe, expect, it } from 'vitest';
import type { SessionPrompter } from '../../src/answers/prompter-types.js';
import type { ConfirmContext, ConfirmReply } from '../../src/answers/outcome-walk.js';
import type { Question } from '../../src/questionnaire/types.js';
import { unconfirmedWords, watchConfirming } from '../../src/cli/unconfirmed-status.js';

const question = { id: 'caf-b2-a', text: 'Identity verification: users are who they say they are.' } as Question;
const context = (system: ConfirmContext['system']): ConfirmContext => ({ progress: '', system, derived: 'achieved', statuses: ['achieved', 'not-achieved'], contradictions: [] });

describe('a stop while an outcome status is being confirmed', () => {
  it('is pending from the confirm step until it answers, and not after', async () => {
    let answer: (reply: ConfirmReply) => void = () => undefined;
    const inner = { confirmOutcome: () => new Promise<ConfirmReply>((resolve) => (answer = resolve)) } as unknown as SessionPrompter;
    const watched = watchConfirming(inner);
    expect(watched.pending()).toBeUndefined();
    const reply = watched.prompter.confirmOutcome(question, context({ id: 'social-care', title: 'Social care' }));
    expect(watched.pending()).toEqual({ question: 'caf-b2-a', title: 'Identity verification: users are who they say they are.', system: { id: 'social-care', title: 'Social care' }, derived: 'achieved' });
    answer({ kind: 'confirm' });
    await expect(reply).resolves.toEqual({ kind: 'confirm' });
    expect(watched.pending()).toBeUndefined();
  });

  it('stays pending when the prompt is interrupted', async () => {
    const inner = { confirmOutcome: () => Promise.reject(new Error('interrupted')) } as unknown as SessionPrompter;
    const watched = watchConfirming(inner);
    await expect(watched.prompter.confirmOutcome(question, context(null))).rejects.toThrow('interrupted');
    expect(watched.pending()).toEqual({ question: 'caf-b2-a', title: 'Identity verification: users are who they say they are.', system: null, derived: 'achieved' });
  });

  it('names a status recorded earlier, which the file keeps, when it differs from what the statements give', async () => {
    const inner = { confirmOutcome: () => Promise.reject(new Error('interrupted')) } as unknown as SessionPrompter;
    const watched = watchConfirming(inner);
    const recorded: ConfirmContext = { ...context(null), derived: 'not-achieved', previous: { confirmed: 'achieved', justification: 'J' } };
    await expect(watched.prompter.confirmOutcome(question, recorded)).rejects.toThrow('interrupted');
    const pending = watched.pending();
    expect(pending).toEqual({ question: 'caf-b2-a', title: 'Identity verification: users are who they say they are.', system: null, derived: 'not-achieved', recorded: { status: 'achieved', derived: 'not-achieved' } });
    expect(unconfirmedWords(pending!)).toBe('The status of "Identity verification" (caf-b2-a) was not confirmed: it stays as recorded before, achieved (its statements give not achieved), and carrying on will not ask again (--review will).');
    // Recorded as the statements give it: the file says what the statements say.
    await expect(watched.prompter.confirmOutcome(question, { ...context(null), previous: { confirmed: 'achieved' } })).rejects.toThrow('interrupted');
    expect(watched.pending()).toEqual({ question: 'caf-b2-a', title: 'Identity verification: users are who they say they are.', system: null, derived: 'achieved' });
  });

  it('names the system by its title, made safe for the terminal', () => {
    expect(unconfirmedWords({ question: 'caf-b2-a', title: 'Identity verification: users are who they say they are.', system: { id: 'x', title: 'Social\u001b[31m care' }, derived: 'not-achieved' })).toBe(
      'The status of "Identity verification" (caf-b2-a) for Social\\x1b[31m care was not confirmed: it stands as its saved statements give it, not achieved, and carrying on will not ask again (--review will).',
    );
    expect(unconfirmedWords({ question: 'caf-a1-b', title: 'Roles and responsibilities', system: null, derived: 'achieved' })).toMatch(/^The status of "Roles and responsibilities" \(caf-a1-b\) was not confirmed: it stands as its saved statements give it, achieved,/);
  });
});
