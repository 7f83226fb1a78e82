import type { SessionPrompter } from '../answers/prompter-types.js';
import { questionCountWords } from '../questionnaire/question-count.js';
import { DEFAULT_QUESTIONNAIRE } from './resolve-questionnaire.js';
import type { CommandContext } from './context.js';
import { offeredQuestionnaires } from './offered-questionnaires.js';

/** A new walk without -q: the questionnaires that can be found, offered by title; returns the path (or id) of the one chosen. */
export async function chooseQuestionnaire(ctx: CommandContext, prompter: SessionPrompter): Promise<string> {
  const choices: { id: string; title: string; questions: string; path: string }[] = [];
  // A broken file in a questionnaire folder is not offered, with one line saying why (before the menu).
  for (const { file, loaded } of await offeredQuestionnaires(ctx)) {
    if (!choices.some((c) => c.id === loaded.questionnaire.id)) {
      choices.push({ id: loaded.questionnaire.id, title: loaded.questionnaire.title, questions: questionCountWords(loaded.questionnaire), path: file.path });
    }
  }
  const id = await prompter.selectQuestionnaire(choices, choices.some((c) => c.id === DEFAULT_QUESTIONNAIRE) ? DEFAULT_QUESTIONNAIRE : (choices[0]?.id ?? DEFAULT_QUESTIONNAIRE));
  return choices.find((c) => c.id === id)?.path ?? id;
}
