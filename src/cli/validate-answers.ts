import { namedQuestionnaire } from '../answers/load-answers.js';
import { InputError, UnknownQuestionnaireError, errorAt, hasErrors } from '../errors.js';
import { DEFAULT_QUESTIONNAIRE } from './resolve-questionnaire.js';
import { countAnswers } from '../scoring/to-answer.js';
import { idleWaivers } from '../scoring/idle-waivers.js';
import { countNoun } from '../text/plural-noun.js';
import { safeLine } from '../text/safe-text.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { checkAnswersFile } from './check-answers-file.js';
import type { CommandContext } from './context.js';
import type { Say } from './said-later.js';
import type { RunQuestionnaires } from './validate-extract.js';

/** The questionnaire an answers file is checked against: `-q`, else the one it names, else the default. */
export const answersRef = (parsed: ParsedYaml, option: string | undefined): string => option ?? namedQuestionnaire(parsed) ?? DEFAULT_QUESTIONNAIRE;

/**
 * An answers file (`file` as given) checked against its questionnaire, given in this run or found as `assess` finds
 * one; says its "valid" line with its counts, or its problems.
 */
export async function validateAnswers(ctx: CommandContext, file: string, parsed: ParsedYaml, run: RunQuestionnaires, say: Say): Promise<void> {
  try {
    const named = namedQuestionnaire(parsed);
    const ref = answersRef(parsed, run.option);
    let loaded = run.given.get(ref);
    const brokenFile = loaded ? undefined : run.broken.get(ref);
    if (brokenFile !== undefined) {
      const where = run.option === undefined ? parsed.positions.of('/questionnaire') : undefined;
      say.fail([errorAt(parsed.file, `not checked: its questionnaire "${ref}" (${brokenFile}) has errors; fix those first`, where ?? { line: 1, column: 1 })]);
      return;
    }
    try {
      // Not a file of this run, so not checked on its own: its warnings are said as it is found.
      loaded ??= await ctx.loadQuestionnaireWarned(ref);
    } catch (error) {
      // An unknown id that the file itself names is a mistake in the file: say where, as assess does.
      if (!(error instanceof UnknownQuestionnaireError) || run.option !== undefined || named === undefined) throw error;
      throw new InputError([errorAt(parsed.file, error.message, parsed.positions.of('/questionnaire'))]);
    }
    // A file still being filled in is valid so far: no systems yet is a warning here, as no answers is.
    // The commands its messages suggest name the questionnaire as this run was given it: by -q, or
    // by the file given beside the answers (which `assess` would not find by the id alone).
    const questionnaire = run.option ?? run.givenFiles.get(ref);
    const { answers, diagnostics } = await checkAnswersFile(ctx, parsed, file, loaded, { requireSystems: 'warning', questionnaire });
    if (!answers || hasErrors(diagnostics)) {
      say.fail(diagnostics);
      return;
    }
    const q = loaded.questionnaire;
    const ownSystem = (parsed.data as { system?: unknown }).system;
    // A system file alone lacks the organisation answers its conditions may read: assess says it there.
    say.warn(ownSystem === undefined ? [...diagnostics, ...idleWaivers(q, answers)] : diagnostics);
    const count = countAnswers(q, answers, { systemsOnly: ownSystem !== undefined });
    const waivers = answers.waivers.length + answers.systems.reduce((n, s) => n + s.waivers.length, 0);
    const systems = ownSystem !== undefined ? `; the answers of ${q.systemLabel} "${String(ownSystem)}"` : q.systemScoped ? `, ${answers.systems.length} ${answers.systems.length === 1 ? q.systemLabel : q.systemLabelPlural}` : '';
    const ruledOut = count.ruledOut ? `; ${count.ruledOut} more ${count.ruledOut === 1 ? 'does' : 'do'} not apply given the answers` : '';
    say.valid(`${safeLine(parsed.file)}: valid answers to ${safeLine(q.id)} ${safeLine(q.version)} (${count.answered} of ${countNoun(count.toAnswer, 'question')} answered${ruledOut}, ${waivers} waiver${waivers === 1 ? '' : 's'}${systems})`);
  } catch (error) {
    // A usage error here is about the run (a questionnaire folder or -q), not this file: said once, by the caller.
    if (error instanceof InputError) say.fail(error.diagnostics);
    else throw error;
  }
}
