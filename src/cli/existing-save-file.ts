import { InputError, errorAt, hasErrors } from '../errors.js';
import { validateSchema } from '../schema/validate-schema.js';
import { safeLine } from '../text/safe-text.js';
import { describeOtherFile } from '../yaml/detect-kind.js';
import type { ParsedYaml } from '../yaml/load-yaml.js';

const NEW_FILE = 'to start an answers file, pass --save FILE with a new file name';

/**
 * The file the walk would save into exists: one that is no answers file at all is refused at once,
 * before "Carry on?", whose either answer ended the walk (yes with a page of schema errors, no with
 * "already exists"). Said in the words `assess --answers` uses for it: a questionnaire, one of our
 * reports, or a mapping of other keys (a GitLab CI file). An empty mapping `{}` is a blank answers file, as
 * `assess --answers` reads it, and is carried on with.
 */
export function refuseNotAnswers(parsed: ParsedYaml, saving: boolean): void {
  // A file that does not read is said at once, before "Carry on with them?", whose either answer ended the same.
  if (parsed.data === undefined) throw new InputError(parsed.diagnostics);
  // So is a file that is no mapping (`existing`, a list): it cannot be carried on with.
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) throw new InputError(validateSchema('answers', parsed));
  // Given with --answers, the file is checked as answers are, and said to be what it is then.
  if (!saving) return;
  const other = describeOtherFile(parsed, 'answers');
  // Its own hint (give an answers file instead) is for a file read as answers; this one was named to save into.
  if (other) throw new InputError([errorAt(parsed.file, `${other.message.split('; ')[0]}; ${NEW_FILE}`, parsed.positions.keyOf(other.pointer), other.pointer)]);
  // A mistyped key (`organization:`, `anwsers:`) beside good ones: said key by key with the key
  // meant, before "Carry on?", whose either answer ended the walk (yes with these same errors).
  const schema = validateSchema('answers', parsed);
  if (hasErrors(schema)) throw new InputError(schema);
}

/**
 * "Carry on?" in words true of the file: one with no answer yet (`{}`, `answers: {}`, a header
 * only, systems listed but not answered) was said to "already have answers".
 */
export function carryOnQuestion(parsed: ParsedYaml, target: string): string {
  const data = parsed.data as { answers?: unknown; systems?: unknown };
  const held = (map: unknown): boolean => typeof map === 'object' && map !== null && Object.keys(map).length > 0;
  // A system listed with no answers yet (as `--add-system` leaves one) is no answer; one kept in a file of its own may hold some.
  const systemHeld = (system: unknown): boolean => typeof system === 'object' && system !== null && (held((system as { answers?: unknown }).answers) || 'file' in system);
  const any = held(data.answers) || (Array.isArray(data.systems) && data.systems.some(systemHeld));
  return any ? `${safeLine(target)} already has answers. Carry on with them?` : `${safeLine(target)} already exists, with no answers yet. Carry on with it?`;
}
