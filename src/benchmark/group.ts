import { byVersion, majorOf, minorOf } from '../questionnaire/version-order.js';
import type { LabelledExtract } from './types.js';
import { listWords } from '../text/list-words.js';


/** The questionnaire and major version most inputs share (the first one given, on a tie). */
export function commonQuestionnaire(inputs: readonly LabelledExtract[]): { id: string; major: string } | undefined {
  const counts = new Map<string, { id: string; major: string; n: number }>();
  for (const { extract } of inputs) {
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
 */
export function oddInputs(inputs: readonly LabelledExtract[]): { file: string; message: string; place?: { line: number; column: number } }[] {
  const common = commonQuestionnaire(inputs);
  if (!common) return [];
  return inputs
    .filter(({ extract }) => extract.questionnaire.id !== common.id || majorOf(extract.questionnaire.version) !== common.major)
    .map(({ file, extract, questionnairePlace }) => ({
      file,
      ...(questionnairePlace ? { place: questionnairePlace } : {}),
      message: `answers questionnaire "${extract.questionnaire.id}" ${extract.questionnaire.version}, but the other inputs answer "${common.id}" ${common.major}.x; a benchmark compares one questionnaire and major version`,
    }));
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
