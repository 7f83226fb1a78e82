import { errorAt, type Diagnostic } from '../errors.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import type { AnswerValue, Question, Questionnaire } from '../questionnaire/types.js';
import { byVersion } from '../questionnaire/version-order.js';
import type { Places } from '../yaml/positions.js';
import { checkExtractEntries } from './check-extract-entries.js';
import { checkExtractScores, checkRatingLabel } from './check-extract-scores.js';
import { isSharedGap } from './shared-gap.js';
import { TOLERANCE } from './tolerance.js';
import type { SharedAnswer, ShareExtract } from './types.js';

/** Where an extract came from, to place each problem at its value. */
export interface ExtractSource {
  file: string;
  positions: Places;
}

type Report = (pointer: string, message: string) => void;

/**
 * The scores an answer can have as `scoreAssessment` gives them: none when it does not count (not
 * scored, or not applicable); its value's score when answered; 0 for "don't know" and unanswered,
 * or for an unfinished outcome the score of a status it can have so far. Null when the value itself
 * is wrong (said once, at the value).
 */
function scoresFor(question: Question, answer: SharedAnswer, value: AnswerValue | null | undefined): { scores: number[]; as: string } | null {
  if (answer.status === 'answered') return value === undefined || value === null ? null : { scores: [kindOf(question).score(question, value)], as: `the answer ${JSON.stringify(value)}` };
  if (answer.status === 'unknown') return { scores: [0], as: 'a "don\'t know" answer' };
  const unfinished = kindOf(question).scoresUnfinished ? question.options.flatMap((o) => (o.score === undefined ? [] : [o.score])) : [];
  return { scores: [0, ...unfinished], as: unfinished.length ? 'an unanswered outcome (by the indicators answered so far)' : 'an unanswered question' };
}

const shownScores = (scores: number[]): string => [...new Set(scores)].map(String).join(' or ');

/** One answer against its question: scope, status, value, score and waiver, each at its own field. */
function checkAnswer(question: Question, answer: SharedAnswer, ctx: { name: string; label: string; scoresComparable: boolean }, report: Report, at: (field: string) => string): void {
  const id = question.id;
  if (question.scope === 'system' && answer.system === null) report(at('system'), `"${id}" is answered once per ${ctx.label}, so its answer needs a "system"`);
  if (question.scope === 'organisation' && answer.system !== null) report(at('system'), `"${id}" is answered once for the organisation, not per ${ctx.label}, so its "system" must be null`);
  // Not applicable by its own condition, or by an answer the question allows.
  if (answer.status === 'not-applicable' && !question.allowNotApplicable && question.when === undefined) {
    report(at('status'), `"${id}" cannot be not applicable in ${ctx.name}: it has no condition and does not allow that answer`);
  }
  let value: AnswerValue | null | undefined;
  if (answer.status !== 'answered') {
    if (answer.value !== null) report(at('value'), `the answer to "${id}" is ${answer.status}, so its value must be null`);
  } else {
    const checked = kindOf(question).sharedValue(question, answer.value);
    if (checked.ok) value = checked.value;
    else report(at('value'), checked.message);
  }
  const counts = question.scored && answer.status !== 'not-applicable';
  if (!counts) {
    if (answer.score !== null) report(at('score'), `"${id}" ${question.scored ? 'is not applicable' : 'is not scored'}, so its score must be null, not ${answer.score}`);
  } else if (answer.score === null) {
    report(at('score'), `"${id}" is scored, so its score must be a number from 0 to 1, not null`);
  } else if (ctx.scoresComparable) {
    const given = answer.score;
    const expected = scoresFor(question, answer, value);
    if (expected && !expected.scores.some((s) => Math.abs(s - given) <= TOLERANCE)) {
      report(at('score'), `the score of "${id}" is ${given}, but ${ctx.name} scores ${expected.as} ${shownScores(expected.scores)}`);
    }
  }
  // An older extract's waiver covers a gap: a scored answer short of full marks.
  if (answer.waived === true && !(question.scored && isSharedGap(answer))) report(at('waived'), `"${id}" has no gap for a waiver to cover, so "waived" must be false`);
}

/**
 * An extract's contents against the questionnaire it answers (SPEC "v2: sharing": an extract never
 * holds free text). The schema says only what types the fields have: a hand-edited or third-party
 * extract could put a name in a text question's value or its rating, words in place of an option,
 * an unknown question or section, or a score that moves the forum's median. Every field `share`
 * derives from the questionnaire is checked here, each problem at its place, and every entry it
 * writes must be there (checkExtractEntries): one left out would take the council out of a figure. Pure, for `benchmark`
 * and `validate`; a warning among the diagnostics says what could not be checked.
 *
 * Scores are checked, not replaced: a score that differs from the questionnaire's says the extract
 * was edited or made against another questionnaire, and a forum should hear of that rather than
 * have its figures quietly replaced. Answer scores are compared, and section, system and overall
 * scores, automatic fails and the rating worked out again from them (checkExtractScores), only
 * against the version the extract answers: another minor version may score an option differently.
 * An extract of a newer version than the questionnaire is refused whole: a question or option added
 * since could hold words, and cannot be checked.
 */
export function checkExtractContents(extract: ShareExtract, questionnaire: Questionnaire, source: ExtractSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (pointer, message) => void diagnostics.push(errorAt(source.file, message, source.positions.of(pointer), pointer));
  const name = `${questionnaire.id} ${questionnaire.version}`;
  const label = questionnaire.systemLabel;
  const version = extract.questionnaire.version;
  const sameVersion = version === questionnaire.version;
  if (!sameVersion && byVersion(version, questionnaire.version) > 0) {
    report('/questionnaire/version', `answers ${questionnaire.id} ${version}, newer than the version ${questionnaire.version} found, so its answers cannot be checked against it (a question or option added since could hold words); give the folder that holds version ${version} with --questionnaire-dir DIR`);
    return diagnostics;
  }
  if (!sameVersion) {
    const message = `answers ${questionnaire.id} ${version}, older than the version ${questionnaire.version} found, so its scores could not be checked against its own version (another minor version may score an answer differently)`;
    diagnostics.push({ ...errorAt(source.file, message, source.positions.of('/questionnaire/version'), '/questionnaire/version'), severity: 'warning' });
  }
  // An extract of an older version may have been edited to answer a question this one has, or lacks.
  const versionHint = sameVersion ? '' : ` (the extract answers version ${version}; check it against that version)`;
  const ctx = { name, label, scoresComparable: sameVersion };

  extract.answers.forEach((answer, i) => {
    const at = (field: string): string => `/answers/${i}/${field}`;
    const question = questionnaire.questions.get(answer.question);
    if (question) checkAnswer(question, answer, ctx, report, at);
    else report(at('question'), `"${answer.question}" is not a question of ${name}${versionHint}`);
  });

  const sections = new Map(questionnaire.sections.map((s) => [s.id, s]));
  extract.sections.forEach((s, i) => {
    if (!sections.has(s.id)) report(`/sections/${i}/id`, `"${s.id}" is not a section of ${name}${versionHint}`);
  });
  checkRatingLabel(extract, questionnaire, report);
  if (!questionnaire.systemScoped && extract.systems.length > 0) {
    report('/systems/0', `${name} has no section answered per ${label}, so "systems" must be empty`);
    return diagnostics;
  }
  extract.systems.forEach((system, j) => {
    system.sections.forEach((s, i) => {
      const section = sections.get(s.id);
      const at = `/systems/${j}/sections/${i}/id`;
      if (!section) report(at, `"${s.id}" is not a section of ${name}${versionHint}`);
      else if (section.scope !== 'system') report(at, `"${s.id}" is answered once for the organisation, not per ${label}, so it has no score of its own for "${system.id}"`);
    });
  });
  // Worked out from answers and sections that passed their checks: from wrong ones, an entry or
  // figure would be said wrong too. The warning that an older version's scores cannot be checked is no problem.
  if (diagnostics.some((d) => d.severity === 'error')) return diagnostics;
  checkExtractEntries(extract, questionnaire, sameVersion, report);
  if (sameVersion && !diagnostics.length) checkExtractScores(extract, questionnaire, report);
  return diagnostics;
}
