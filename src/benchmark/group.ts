import { byVersion, majorOf, minorOf } from '../questionnaire/version-order.js';
import type { LabelledExtract } from './types.js';
import { listWords } from '../text/list-words.js';


/**
 * The questionnaire and major version most inputs share (the first one given, on a tie). Files that
 * name one decide it: an answers file that names none is read against the default questionnaire, a
 * guess, so it counts only when no input names one.
 */
export function commonQuestionnaire(inputs: readonly LabelledExtract[]): { id: string; major: string } | undefined {
  const counts = new Map<string, { id: string; major: string; n: number }>();
  const naming = inputs.filter((x) => !x.namesNoQuestionnaire);
  for (const { extract } of naming.length ? naming : inputs) {
    const key = `${extract.questionnaire.id}@${majorOf(extract.questionnaire.version)}`;
    const entry = counts.get(key) ?? { id: extract.questionnaire.id, major: majorOf(extract.questionnaire.version), n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  let best: { id: string; major: string; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best && { id: best.id, major: best.major };
}

/**
 * The inputs that do not answer the questionnaire and major version the others do: a benchmark
 * compares one questionnaire (SPEC), and a score of version 1 means something else in version 2.
 * An answers file that names no questionnaire (`{}`, or only `organisation:`) answers the default
 * one, as assess reads it: said so at its top, as it has no place that names one.
 */
export function oddInputs(inputs: readonly LabelledExtract[]): { file: string; message: string; place?: { line: number; column: number } }[] {
  const common = commonQuestionnaire(inputs);
  if (!common) return [];
  return inputs
    .filter(({ extract }) => extract.questionnaire.id !== common.id || majorOf(extract.questionnaire.version) !== common.major)
    .map(({ file, extract, questionnairePlace, namesNoQuestionnaire }) => {
      const { id, version } = extract.questionnaire;
      const others = `the other inputs answer "${common.id}" ${common.major}.x; a benchmark compares one questionnaire and major version`;
      if (namesNoQuestionnaire) return { file, place: { line: 1, column: 1 }, message: `names no questionnaire, so it is read as answering the default, "${id}" ${version}, but ${others}: add "questionnaire: ${common.id}" if it answers that one` };
      return { file, ...(questionnairePlace ? { place: questionnairePlace } : {}), message: `answers questionnaire "${id}" ${version}, but ${others}` };
    });
}

/**
 * The note a benchmark carries when its contributions answer more than one minor version: a
 * question added in a later version is answered only by the councils on it, and a section's score
 * can move between versions. How many answer each version, so that a reader can tell whether it is
 * one straggler or half the forum. Null when they all answer one.
 */
export function versionsNote(inputs: readonly LabelledExtract[]): string | null {
  const minors = [...new Set(inputs.map(({ extract }) => minorOf(extract.questionnaire.version)))];
  if (minors.length < 2) return null;
  const counts = new Map<string, number>();
  for (const { extract } of inputs) counts.set(extract.questionnaire.version, (counts.get(extract.questionnaire.version) ?? 0) + 1);
  const versions = [...counts.keys()].sort(byVersion).map((v) => `${counts.get(v)} on ${v}`);
  return `the ${inputs.length} councils answer different versions of the questionnaire (${listWords(versions, 'and')}): a question added in a later version is answered only by the councils on it, and a section's score can differ between versions`;
}
