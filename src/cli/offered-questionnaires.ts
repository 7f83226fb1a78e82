import { InputError, errorAt, type Diagnostic } from '../errors.js';
import type { FolderFiles } from './folder-files.js';
import { isSpecialFile, listQuestionnaireFiles, type QuestionnaireFile } from './resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { shellWord } from '../text/shell-word.js';
import { meantAsQuestionnaire } from '../yaml/detect-kind.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';

/**
 * What offering questionnaires takes of a command's context (context.ts's CommandContext), named
 * here rather than imported: the context loads this module to say which questionnaires there are,
 * and the two importing each other made a circle.
 */
export interface OfferingContext {
  readonly dirs: { dir: string; bundled: boolean }[];
  readonly io: { cwd: string };
  readonly folderFiles: FolderFiles;
  warn(diagnostics: Diagnostic[]): void;
  parseFile(path: string, display?: string): Promise<ParsedYaml>;
  loadQuestionnaireFile(file: QuestionnaireFile, alreadyParsed?: ParsedYaml): Promise<{ loaded: LoadedQuestionnaire }>;
}

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
 * one warning line; files that are not meant as questionnaires (answers, a `.gitlab-ci.yml`, a
 * report or package.json) are left out without a word, as `list` passes them over.
 */
export async function offeredQuestionnaire(ctx: OfferingContext, file: QuestionnaireFile): Promise<LoadedQuestionnaire | undefined> {
  // A .json file told from its top level, never parsed in full unless meant as a questionnaire.
  if (!file.bundled && ctx.folderFiles.passOver(file.path)) return undefined;
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
export async function offeredQuestionnaires(ctx: OfferingContext): Promise<{ file: QuestionnaireFile; loaded: LoadedQuestionnaire }[]> {
  const out: { file: QuestionnaireFile; loaded: LoadedQuestionnaire }[] = [];
  for (const file of listQuestionnaireFiles(ctx.dirs, ctx.io.cwd)) {
    const loaded = await offeredQuestionnaire(ctx, file);
    if (loaded) out.push({ file, loaded });
  }
  return out;
}
