import { InputError, errorAt } from '../errors.js';
import { quoteId } from '../text/odd-characters.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import { commandFor, type QuestionnaireGiven } from './resume-command.js';

/**
 * Scoring needs a whole assessment: the council's answers and its systems. A system's own file
 * (`system: ID`) holds one system's answers only, so scoring it alone shows the council's sections
 * as unanswered, the walk would save the council's answers into it (an error there), and its
 * system questions' `when` may read council answers it does not have. Refused at its `system:`
 * line by every command that scores (assess, the guided walk, diff, share, benchmark, trend),
 * pointing to what works: the answers file that lists it (whose walk asks this system's questions
 * and saves them into this file), or validating this file alone.
 */
export function refuseSystemFile(parsed: ParsedYaml, questionnaire: { id: string; systemLabel: string; systemScoped: boolean } | undefined, given: QuestionnaireGiven): void {
  const data = parsed.data as { system?: unknown } | undefined;
  if (data === null || typeof data !== 'object' || data.system === undefined) return;
  const label = questionnaire?.systemLabel ?? 'system';
  const id = typeof data.system === 'string' ? ` ${quoteId(data.system)}` : '';
  // A questionnaire with no system in it has no answers file that could list this one: pointing to
  // one, or to `validate` (which refuses it as well), would send the reader round in a circle.
  const message =
    questionnaire && !questionnaire.systemScoped
      ? `this is the file of system${id}, and questionnaire "${questionnaire.id}" has no section answered per system, so a file of one system's answers does not fit it; write these answers in an answers file without "system:"`
      : `this is the file of ${label}${id}, which holds that ${label}'s answers only; use the answers file that lists it under "systems:" (assessing that asks this ${label}'s questions and saves them here), or check this file alone with: ${commandFor('validate', given, parsed.file)}`;
  throw new InputError([
    errorAt(
      parsed.file,
      message,
      parsed.positions.keyOf('/system'),
      '/system',
    ),
  ]);
}
