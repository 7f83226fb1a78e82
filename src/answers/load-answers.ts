import { hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { validateSchema } from '../schema/validate-schema.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import type { Answers } from './types.js';
import { validateAnswers, type RawAnswers } from './validate-answers.js';

/** The questionnaire id an answers file names, if it names one as text. */
export function namedQuestionnaire(parsed: ParsedYaml): string | undefined {
  const data = parsed.data as { questionnaire?: unknown } | undefined;
  return data && typeof data === 'object' && typeof data.questionnaire === 'string' ? data.questionnaire : undefined;
}

/** Schema first, then the answers against their questionnaire; answers only when both pass. */
export function checkAnswers(parsed: ParsedYaml, loaded: LoadedQuestionnaire): { answers?: Answers; diagnostics: Diagnostic[] } {
  if (parsed.data === undefined) return { diagnostics: parsed.diagnostics };
  const schema = validateSchema('answers', parsed);
  if (schema.length > 0) return { diagnostics: sortDiagnostics([...parsed.diagnostics, ...schema]) };
  const { answers, diagnostics: semantic } = validateAnswers(parsed.data as RawAnswers, parsed.file, parsed.positions, loaded.questionnaire);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...semantic]);
  return hasErrors(diagnostics) ? { diagnostics } : { answers, diagnostics };
}
