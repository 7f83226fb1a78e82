import type { ParsedYaml } from '../yaml/load-yaml.js';
import { namedQuestionnaire } from '../answers/load-answers.js';
import { describeOtherFile } from '../yaml/detect-kind.js';
import { checkAnswersFile } from './check-answers-file.js';
import { refuseSystemFile } from './refuse-system-file.js';
import type { Answers } from '../answers/types.js';
import { InputError, UnknownQuestionnaireError, errorAt, type Diagnostic } from '../errors.js';
import { DEFAULT_QUESTIONNAIRE } from './resolve-questionnaire.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import type { Assessment } from '../scoring/assessment.js';
import { scoreAssessment, type GateOptions } from '../scoring/score-assessment.js';
import { toolVersion } from '../version.js';
import type { CommandContext } from './context.js';

export interface LoadedAssessment {
  assessment: Assessment;
  answers: Answers;
  loaded: LoadedQuestionnaire;
}

/** A questionnaire loaded for scoring: how it is named, and whether it is a bundled one. */
export type ScoredQuestionnaire = LoadedQuestionnaire & { display: string; bundled: boolean };

/**
 * Read an answers file, find its questionnaire (the one given, else the one it names, else the
 * default), check both and score them. `questionnaire` lets a second answers file be scored
 * against the questionnaire already loaded for the first.
 */
export async function loadAssessment(
  ctx: CommandContext,
  answersFile: string,
  options: { parsed?: ParsedYaml; questionnaireRef?: string; questionnaire?: ScoredQuestionnaire; today: string; gates?: GateOptions; beforeScoring?: (loaded: LoadedQuestionnaire) => void; quiet?: boolean; requireSystems?: boolean },
): Promise<LoadedAssessment & { display: string; bundled: boolean }> {
  ctx.noteInput(answersFile, answersFile, 'answers file');
  // Already read by the caller (diff reads the earlier file first); standard input can be read only once.
  const parsed = options.parsed ?? (await ctx.parseFile(answersFile));
  if (parsed.data === undefined) throw new InputError(parsed.diagnostics);
  // A questionnaire (or a report, a SARIF log) given where answers go is named for what it is, in one line.
  const other = describeOtherFile(parsed, 'answers');
  if (other) throw new InputError([errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer)]);
  let questionnaire = options.questionnaire;
  let questionnaireWarnings: Diagnostic[] = [];
  if (!questionnaire) {
    const named = namedQuestionnaire(parsed);
    const ref = options.questionnaireRef ?? named ?? DEFAULT_QUESTIONNAIRE;
    let found;
    try {
      found = await ctx.loadQuestionnaire(ref);
    } catch (error) {
      // An unknown id that the file itself names is a mistake in the file: say where.
      // A folder that cannot be read is not the file's mistake: only an unknown id is placed in it.
      if (!(error instanceof UnknownQuestionnaireError) || options.questionnaireRef !== undefined || named === undefined) throw error;
      throw new InputError([errorAt(parsed.file, error.message, parsed.positions.of('/questionnaire'))]);
    }
    questionnaire = { ...found.loaded, display: found.file.display, bundled: found.file.bundled };
    questionnaireWarnings = found.diagnostics;
  }
  // Every command that scores needs the whole assessment, never one system's file alone.
  refuseSystemFile(parsed, questionnaire.questionnaire, { questionnaireDir: ctx.options.questionnaireDir, questionnaire: options.questionnaireRef });
  const { answers, diagnostics } = await checkAnswersFile(ctx, parsed, answersFile, questionnaire, { questionnaire: options.questionnaireRef, ...(options.requireSystems === false ? { requireSystems: false } : {}) });
  if (!answers) throw new InputError(diagnostics);
  options.beforeScoring?.(questionnaire);
  const assessment = scoreAssessment(questionnaire.questionnaire, answers, {
    today: options.today,
    tool: { name: 'cyber-ready', version: toolVersion() },
    warnings: [...questionnaireWarnings, ...diagnostics],
    questionnaireFile: questionnaire.display,
    questionnaireBundled: questionnaire.bundled,
    gates: options.gates ?? {},
  });
  if (!options.quiet) ctx.warn(assessmentWarnings(assessment));
  return { assessment, answers, loaded: questionnaire, display: questionnaire.display, bundled: questionnaire.bundled };
}

/** An assessment's warnings as diagnostics to print, for a caller that loads quietly and says them in its own order. */
export const assessmentWarnings = (assessment: Assessment): Diagnostic[] =>
  assessment.warnings.map((w) => ({ file: w.file, message: w.message, severity: 'warning', ...(w.line !== null ? { line: w.line, column: w.column ?? 1 } : {}) }));
