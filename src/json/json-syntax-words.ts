import { errorAt, type Diagnostic } from '../errors.js';
import { TOO_DEEP } from '../yaml/limits.js';
import { findJsonSyntaxError, jsonGrammarProblem, jsonPlaces, type JsonSyntaxError, type JsonTooDeep } from './json-places.js';

/** The JSON reader's one line for a problem found in JSON text, at its place. */
function sayProblem(text: string, file: string, problem: JsonSyntaxError | JsonTooDeep): Diagnostic {
  const message = problem.kind === 'too-deep' ? TOO_DEEP : `not valid JSON: ${problem.message}`;
  return errorAt(file, message, jsonPlaces(text).place(problem.offset));
}

/** What is wrong with text JSON.parse refused, in the JSON reader's words. */
export const jsonSyntaxDiagnostic = (text: string, file: string): Diagnostic => sayProblem(text, file, findJsonSyntaxError(text));

/**
 * The same words for a `.json` file the YAML reader could not parse, or undefined when the text
 * keeps the JSON grammar (the YAML reader's own words are then the only ones there are). A file
 * named `.json` that neither reader accepts is said alike by every command.
 */
export function jsonWordsFor(text: string, file: string): Diagnostic | undefined {
  const problem = jsonGrammarProblem(text);
  return problem ? sayProblem(text, file, problem) : undefined;
}
