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
export function refuseSystemFile(parsed: ParsedYaml, label: string, given: QuestionnaireGiven): void {
  const data = parsed.data as { system?: unknown } | undefined;
  if (data === null || typeof data !== 'object' || data.system === undefined) return;
  const id = typeof data.system === 'string' ? ` ${quoteId(data.system)}` : '';
  throw new InputError([
    errorAt(
      parsed.file,
      `this is the file of ${label}${id}, which holds that ${label}'s answers only; use the answers file that lists it under "systems:" (assessing that asks this ${label}'s questions and saves them here), or check this file alone with: ${commandFor('validate', given, parsed.file)}`,
      parsed.positions.keyOf('/system'),
      '/system',
    ),
  ]);
}
