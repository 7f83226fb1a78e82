import { errorAt, hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { LoadedQuestionnaire } from '../questionnaire/types.js';
import { validateSchema } from '../schema/validate-schema.js';
import { describeOtherFile } from '../yaml/detect-kind.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';
import type { Answers } from './types.js';
import { validateAnswers, type AnswersOptions, type RawAnswers } from './validate-answers.js';
import { KEBAB_ID } from '../text/kebab-id.js';

/**
 * The questionnaire id an answers file names. Only a well-formed id is taken: a file must never
 * make the tool open a path of its choosing (anything else fails the schema check with its place).
 */
export function namedQuestionnaire(parsed: ParsedYaml): string | undefined {
  const data = parsed.data as { questionnaire?: unknown } | undefined;
  return data && typeof data === 'object' && typeof data.questionnaire === 'string' && KEBAB_ID.test(data.questionnaire) ? data.questionnaire : undefined;
}

/** Schema first, then the answers against their questionnaire; answers only when both pass. */
export function checkAnswers(parsed: ParsedYaml, loaded: LoadedQuestionnaire, options: AnswersOptions & { readProblems?: Diagnostic[] } = {}): { answers?: Answers; diagnostics: Diagnostic[] } {
  if (parsed.data === undefined) return { diagnostics: parsed.diagnostics };
  const other = describeOtherFile(parsed);
  if (other) return { diagnostics: [errorAt(parsed.file, other.message, parsed.positions.keyOf(other.pointer), other.pointer)] };
  const schema = validateSchema('answers', parsed);
  if (schema.length > 0) return { diagnostics: sortDiagnostics([...parsed.diagnostics, ...schema]) };
  const { answers, diagnostics: found } = validateAnswers(parsed.data as RawAnswers, parsed.file, parsed.positions, loaded.questionnaire, options);
  const semantic = [...(options.readProblems ?? []), ...found];
  // Answers to another questionnaire: that is the one error; each answer being an "unknown
  // question" of this one, and the version warning, are only its knock-on effects.
  const wrongQuestionnaire = semantic.filter((d) => d.pointer === '/questionnaire' && d.severity === 'error');
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...(wrongQuestionnaire.length ? wrongQuestionnaire : semantic)]);
  return hasErrors(diagnostics) ? { diagnostics } : { answers, diagnostics };
}
