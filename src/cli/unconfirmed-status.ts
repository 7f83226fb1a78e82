import type { SessionPrompter } from '../answers/prompter-types.js';
import { statusWords, type OutcomeStatus } from '../questionnaire/outcome.js';
import { safeLine } from '../text/safe-text.js';

/** The outcome whose derived status was being confirmed. */
export interface Confirming {
  question: string;
  /** The outcome's text, by which the walk names it: its id is never said there. */
  title: string;
  system: { id: string; title: string } | null;
  /** The status the saved statements give, which the outcome keeps unless `recorded` says otherwise. */
  derived: OutcomeStatus;
  /**
   * A status recorded earlier, other than the one the statements give: the file keeps it (a stop
   * writes nothing), so the stop must name it, not the statements' status.
   */
  recorded?: { status: OutcomeStatus; derived: OutcomeStatus };
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
        const kept = context.previous?.confirmed;
        pending = { question: question.id, title: question.text, system: context.system, derived: context.derived, ...(kept !== undefined && kept !== context.derived ? { recorded: { status: kept, derived: context.derived } } : {}) };
        const reply = await prompter.confirmOutcome(question, context);
        pending = undefined;
        return reply;
      },
    },
    pending: () => pending,
  };
}

/**
 * An outcome's name as the walk shows it, shortened to the words before its first colon where
 * they are a heading ("Board direction: the council's senior leadership owns…"); else all of it.
 */
const shortTitle = (text: string): string => {
  const head = text.split(': ')[0]?.trim() ?? '';
  return (head !== text.trim() && head.length > 0 && head.length <= 60 ? head : text.trim()).replace(/\.$/, '');
};

/** What a stop at that step says, after where the answers are saved. */
export function unconfirmedWords({ question, title, system, derived, recorded }: Confirming): string {
  const where = system === null ? '' : ` for ${safeLine(system.title)}`;
  const named = `"${safeLine(shortTitle(title))}" (${question})`;
  if (recorded) {
    return `The status of ${named}${where} was not confirmed: it stays as recorded before, ${statusWords(recorded.status)} (its statements give ${statusWords(recorded.derived)}), and carrying on will not ask again (--review will).`;
  }
  return `The status of ${named}${where} was not confirmed: it stands as its saved statements give it, ${statusWords(derived)}, and carrying on will not ask again (--review will).`;
}
