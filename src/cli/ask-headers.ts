import type { SessionPrompter } from '../answers/prompter-types.js';
import type { AnswerFiles } from './answer-files.js';

export const ORGANISATION_PROMPT = 'Organisation (for example "Example Borough Council")';
export const ASSESSOR_PROMPT = 'Your name or role (the assessor)';

type Saving = (what: string, action: () => Promise<void>) => Promise<void>;

/**
 * On resuming, the organisation and assessor a file still lacks, asked before any question and
 * each saved at once. An empty organisation is asked (it is required), and with it an empty
 * assessor, as init's template leaves both. A new walk saves its file once the organisation is
 * typed, before the assessor is asked: a file with the organisation, no assessor and no answer
 * yet was stopped there, so the assessor is asked now. Once any answer is given, an empty assessor
 * was left so on purpose (the prompt is optional) and is not asked again at every resume.
 */
export async function askMissingHeaders(files: AnswerFiles, prompter: SessionPrompter, saving: Saving, answered: boolean): Promise<void> {
  const askOrganisation = !files.headerOf('organisation')?.trim();
  const askAssessor = !files.headerOf('assessor')?.trim() && (askOrganisation || !answered);
  // Both looked at before either is asked: what is typed is never refused by a file that could not take it.
  if (askOrganisation) files.refuseUnsavableHeader('organisation');
  if (askAssessor) files.refuseUnsavableHeader('assessor');
  if (askOrganisation) {
    const organisation = await prompter.input(ORGANISATION_PROMPT, undefined, true);
    // Saved before the next prompt, as every answer is: a walk stopped there keeps it.
    await saving('the organisation', () => files.setHeaders({ organisation }));
  }
  const assessor = askAssessor ? await prompter.input(ASSESSOR_PROMPT, undefined, false) : '';
  if (assessor) await saving('the assessor', () => files.setHeaders({ assessor }));
}
