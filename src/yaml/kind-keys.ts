import { suggest } from '../text/suggest.js';
import { childPointer } from './pointer.js';

// The top-level keys of each kind of file (schemas/*.schema.json; a test keeps them in step).
export const ANSWERS_KEYS = ['$schema', 'questionnaire', 'questionnaireVersion', 'organisation', 'assessor', 'assessedOn', 'answers', 'waivers', 'systems', 'system'];
export const QUESTIONNAIRE_KEYS = ['$schema', 'id', 'version', 'title', 'description', 'frameworks', 'ratings', 'scales', 'systemLabel', 'systemLabelPlural', 'upgradeNotes', 'profiles', 'sections'];

export type ExpectedKind = 'questionnaire' | 'answers' | 'system';

const WHAT: Record<ExpectedKind, { keys: string[]; message: string }> = {
  answers: { keys: ANSWERS_KEYS, message: 'this is not an answers file: it has none of the keys an answers file has, such as "questionnaire" and "answers"; give an answers file instead' },
  system: { keys: ANSWERS_KEYS, message: 'this is not a system\'s answers file: it has none of the keys one has, such as "system" and "answers"' },
  questionnaire: { keys: QUESTIONNAIRE_KEYS, message: 'this is not a questionnaire: it has none of the keys a questionnaire has, such as "id" and "sections"; name the questionnaire by its id or file instead' },
};

/**
 * A mapping with none of the keys of the kind of file `expected` there (a CI pipeline, a compose
 * file given as answers): said at its first key in one line, rather than "unknown property" for
 * every key it has. An empty mapping is a blank file of the kind, and is not said to be another.
 */
export function unrelatedMapping(data: unknown, expected: ExpectedKind): { message: string; pointer: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  const what = WHAT[expected];
  // A key one slip from the kind's (`questionaire:`) is a mistyped file of the kind: its own error says "did you mean".
  if (keys.length === 0 || keys.some((key) => what.keys.includes(key) || suggest(key, what.keys) !== undefined)) return undefined;
  return { pointer: childPointer('', keys[0] as string), message: what.message };
}
