import { InputError, errorAt, type Diagnostic } from '../errors.js';
import { isSpecialFile, listQuestionnaireFiles, type QuestionnaireFile } from '../questionnaire/resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { shellWord } from '../text/shell-word.js';
import { meantAsQuestionnaire } from '../yaml/detect-kind.js';
import type { CommandContext } from './context.js';

/**
 * The one line said of a questionnaire file that is left out where questionnaires are offered (the
 * guided walk's menu, the "available" ids of an unknown one): its first problem at its place, and
 * how to see them all. Left out rather than offered marked as broken, since choosing it could only
 * end in that error; but said, since a questionnaire of one's own that silently goes missing from
 * the menu sends its author looking in the wrong place.
 */
export function notOfferedWarning(file: QuestionnaireFile, problems: readonly Diagnostic[]): Diagnostic {
  const first = problems.find((d) => d.severity !== 'warning') ?? problems[0];
  const check = `check it with: cyber-ready validate ${shellWord(file.display)}`;
  return { ...(first ?? {}), file: first?.file ?? file.display, severity: 'warning', message: `${first?.message ?? 'cannot be read'}; not offered until this is put right (${check})` };
}

/**
 * Whether a file in a questionnaire folder loads, for the places that offer questionnaires: a
 * broken one (invalid YAML, failing its schema or its rules, a FIFO or device) is left out with
 * one warning line; files that are not meant as questionnaires (answers, a `.gitlab-ci.yml`) are
 * left out without a word, as `list` passes them over.
 */
export async function offeredQuestionnaire(ctx: CommandContext, file: QuestionnaireFile): Promise<LoadedQuestionnaire | undefined> {
  // Never opened: a FIFO would keep the menu waiting for a writer.
  if (!file.bundled && isSpecialFile(file.path)) {
    ctx.warn([notOfferedWarning(file, [errorAt(file.display, 'is not a regular file (a FIFO, socket or device)')])]);
    return undefined;
  }
  try {
    const parsed = file.bundled ? undefined : await ctx.parseFile(file.path, file.display);
    if (parsed && !meantAsQuestionnaire(parsed)) return undefined;
    return (await ctx.loadQuestionnaireFile(file, parsed)).loaded;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    ctx.warn([notOfferedWarning(file, error.diagnostics)]);
    return undefined;
  }
}

/** The questionnaires on offer in the folders of this run, in search order, each file once. */
export async function offeredQuestionnaires(ctx: CommandContext): Promise<{ file: QuestionnaireFile; loaded: LoadedQuestionnaire }[]> {
  const out: { file: QuestionnaireFile; loaded: LoadedQuestionnaire }[] = [];
  for (const file of listQuestionnaireFiles(ctx.dirs, ctx.io.cwd)) {
    const loaded = await offeredQuestionnaire(ctx, file);
    if (loaded) out.push({ file, loaded });
  }
  return out;
}
