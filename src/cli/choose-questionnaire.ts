import type { SessionPrompter } from '../answers/interview.js';
import { DEFAULT_QUESTIONNAIRE, listQuestionnaireFiles } from '../questionnaire/resolve-questionnaire.js';
import { questionCountWords } from '../questionnaire/question-count.js';
import { detectKind } from '../yaml/detect-kind.js';
import type { CommandContext } from './context.js';

/** A new walk without -q: the questionnaires that can be found, offered by title; returns the path (or id) of the one chosen. */
export async function chooseQuestionnaire(ctx: CommandContext, prompter: SessionPrompter): Promise<string> {
  const choices: { id: string; title: string; questions: string; path: string }[] = [];
  for (const file of listQuestionnaireFiles(ctx.dirs, ctx.io.cwd)) {
    try {
      const parsed = file.bundled ? undefined : await ctx.parseFile(file.path, file.display);
      if (parsed && detectKind(parsed) !== 'questionnaire') continue;
      const { loaded } = await ctx.loadQuestionnaireFile(file, parsed);
      if (!choices.some((c) => c.id === loaded.questionnaire.id)) {
        choices.push({ id: loaded.questionnaire.id, title: loaded.questionnaire.title, questions: questionCountWords(loaded.questionnaire), path: file.path });
      }
    } catch {
      // A broken file in a questionnaire folder is reported by `list` and `validate`; here it is just not offered.
    }
  }
  const id = await prompter.selectQuestionnaire(choices, choices.some((c) => c.id === DEFAULT_QUESTIONNAIRE) ? DEFAULT_QUESTIONNAIRE : (choices[0]?.id ?? DEFAULT_QUESTIONNAIRE));
  return choices.find((c) => c.id === id)?.path ?? id;
}
