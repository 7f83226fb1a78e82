import { majorOf } from '../questionnaire/version-order.js';
import { UnknownQuestionnaireError, errorAt, hasErrors, type Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { checkExtractContents } from '../share/check-extract-contents.js';
import type { ParsedData } from '../share/read-extract.js';
import type { ShareExtract } from '../share/types.js';
import { countNoun } from '../text/plural-noun.js';
import { safeLine } from '../text/safe-text.js';
import type { CommandContext } from './context.js';

/** The questionnaires of this run: those that loaded, and the files of those that have errors, by id; and `-q`, if given. */
export interface RunQuestionnaires {
  given: Map<string, LoadedQuestionnaire>;
  /** The file each questionnaire given in this run was read from, by id (the first of an id counts). */
  givenFiles: Map<string, string>;
  broken: Map<string, string>;
  option?: string | undefined;
}

/**
 * A share extract that passed its schema, checked as `benchmark` reads it (README): against the
 * questionnaire `-q` sets, as for an answers file, else the one it names, given in this run or
 * found as `assess` finds one. One that cannot be
 * found is an error here, where benchmark only warns: a forum checks an extract to know that it
 * holds no more than `share` would put in it, and that cannot be said without the questionnaire.
 */
export async function validateExtract(ctx: CommandContext, parsed: ParsedData, extract: ShareExtract, run: RunQuestionnaires): Promise<{ valid?: string; diagnostics: Diagnostic[] }> {
  const { id, version } = extract.questionnaire;
  const ref = run.option ?? id;
  let loaded = run.given.get(ref);
  const brokenFile = loaded ? undefined : run.broken.get(ref);
  if (brokenFile !== undefined) {
    return { diagnostics: [errorAt(parsed.file, `not checked: its questionnaire "${ref}" (${brokenFile}) has errors; fix those first`, parsed.positions.of('/questionnaire/id'), '/questionnaire/id')] };
  }
  try {
    // -q is the run's to answer for (a file that is not there is a usage error, said once by the caller).
    loaded ??= await ctx.loadQuestionnaireWarned(ref);
  } catch (error) {
    if (!(error instanceof UnknownQuestionnaireError) || run.option !== undefined) throw error;
    const message = `${error.message}; an extract is checked against the questionnaire it answers: give its file in the same run, or its folder with --questionnaire-dir`;
    return { diagnostics: [errorAt(parsed.file, message, parsed.positions.of('/questionnaire/id'), '/questionnaire/id')] };
  }
  const q = loaded.questionnaire;
  if (q.id !== id) {
    const message = `this extract is of questionnaire "${id}", but "${q.id}" was given; pass -q with the questionnaire it answers`;
    return { diagnostics: [errorAt(parsed.file, message, parsed.positions.of('/questionnaire/id'), '/questionnaire/id')] };
  }
  if (majorOf(q.version) !== majorOf(version)) {
    const message = `answers ${id} ${version}, but the questionnaire found is version ${q.version}, of another major version, so its answers cannot be checked against it`;
    return { diagnostics: [errorAt(parsed.file, message, parsed.positions.of('/questionnaire/version'), '/questionnaire/version')] };
  }
  const diagnostics = checkExtractContents(extract, q, { file: parsed.file, positions: parsed.positions });
  if (hasErrors(diagnostics)) return { diagnostics };
  const systems = extract.systems.length ? `, ${extract.systems.length} system${extract.systems.length === 1 ? '' : 's'}` : '';
  return { diagnostics, valid: `${safeLine(parsed.file)}: valid share extract of ${safeLine(id)} ${safeLine(version)} (label ${safeLine(extract.label)}, assessed ${extract.assessedOn}, ${countNoun(extract.answers.length, 'answer')}${systems})` };
}
