import type { SessionPrompter } from '../answers/prompter-types.js';
import { safeLine } from '../text/safe-text.js';

/** The outcome whose derived status was being confirmed. */
export interface Confirming {
  question: string;
  system: { id: string; title: string } | null;
}

/**
 * The prompter, watched for the step that confirms an outcome's derived status or records another.
 * An outcome counts as answered once its statements are saved (SPEC), so a walk stopped at that step
 * does not come back to it when carried on, and a status the assessor meant to record instead would
 * be dropped without a word: the stop has to say so (unconfirmedWords).
 */
export function watchConfirming(prompter: SessionPrompter): { prompter: SessionPrompter; pending: () => Confirming | undefined } {
  let pending: Confirming | undefined;
  return {
    prompter: {
      ...prompter,
      async confirmOutcome(question, context) {
        pending = { question: question.id, system: context.system };
        const reply = await prompter.confirmOutcome(question, context);
        pending = undefined;
        return reply;
      },
    },
    pending: () => pending,
  };
}

/** What a stop at that step says, after where the answers are saved. */
export function unconfirmedWords({ question, system }: Confirming): string {
  const where = system === null ? '' : ` for ${safeLine(system.title)}`;
  return `The status of ${question}${where} was not confirmed: it stands as its saved statements give it, and carrying on will not ask again (--review will).`;
}
