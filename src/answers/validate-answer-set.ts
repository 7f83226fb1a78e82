import { MAX_SHOWN_PROBLEMS, errorAt, type Diagnostic } from '../errors.js';
import type { Location, Question, Questionnaire } from '../questionnaire/types.js';
import { applicabilityInput, resolveApplicability, unmetConditionQuestions } from '../scoring/conditions.js';
import { givenText } from '../text/given-text.js';
import { quoteId } from '../text/odd-characters.js';
import { listWords } from '../text/list-words.js';
import { suggest, suggestUnused } from '../text/suggest.js';
import { childPointer, type Places } from '../yaml/positions.js';
import { readAnswer, type RawLongAnswer, type RawValue, type Reporter } from './read-answer.js';
import type { Answer, AnswerSet, Waiver } from './types.js';

/** Where one scope's answers are written, and what they may see of the others. */
export interface SetPlace {
  file: string;
  positions: Places;
  /** JSON pointer of the object holding `answers:` and `waivers:` ('' for a file's top level). */
  base: string;
  questionnaire: Questionnaire;
  /** The system these answers are for; null for the organisation. */
  system: { id: string; title: string } | null;
  /** For a system: the organisation's answers and which of its questions apply (its conditions may read them). */
  organisation?: { answers: Map<string, Answer>; applies: Map<string, boolean> };
  /** Top level only: the systems a waiver may name. */
  systemIds?: Set<string>;
  /** Waivers seen so far in this assessment, by question and system, with where: one waiver each. */
  waived: Map<string, { file: string; line: number | undefined }>;
}

const waiverKey = (question: string, system: string | null): string => `${question}\u0000${system ?? ''}`;

/**
 * One scope's `answers:` and `waivers:` checked against the questionnaire: each question answered in
 * the scope its section has, each value fitting its question, each waiver naming what it covers.
 */
export function validateAnswerSet(
  raw: { answers?: Record<string, RawValue | RawLongAnswer> | null; waivers?: Waiver[] | null },
  at: SetPlace,
  out: Diagnostic[],
): { set: AnswerSet; applies: Map<string, boolean> } {
  const { base, questionnaire, system } = at;
  const label = questionnaire.systemLabel;
  const { locate, report } = placesOf(at, out);
  const scope = system ? 'system' : 'organisation';

  const answers = new Map<string, Answer>();
  const emptyEntries = new Map<string, Location>();
  for (const [id, entry] of Object.entries(raw.answers ?? {})) {
    const pointer = childPointer(`${base}/answers`, id);
    const question = questionnaire.questions.get(id);
    if (!question) {
      // Worked out only while problems can still be printed (errors.ts): 300,000 unknown ids took 44 seconds.
      const guess = out.length < MAX_SHOWN_PROBLEMS ? suggestUnused(id, questionnaire.questions.keys(), raw.answers ?? {}) : undefined;
      report('error', pointer, `unknown question ${quoteId(id)}${guess ? `; did you mean "${guess}"?` : ` in questionnaire "${questionnaire.id}"`}`, true);
      continue;
    }
    if (questionnaire.systemScoped && question.scope !== scope) {
      report('error', pointer, scopeMismatch(question, system, label), true);
      continue;
    }
    const answer = readAnswer(question, entry, pointer, report, () => out.length < MAX_SHOWN_PROBLEMS);
    if (!answer) {
      // An entry with no answer in it (`id:` as `init` writes them, `id: {}`, an outcome's `indicators: {}`, a
      // note alone) is where the answer will go: reports place the gap there. (A wrong one is an error already.)
      const empty = locate(pointer, true);
      if (empty) emptyEntries.set(id, empty);
      continue;
    }
    const location = locate(pointer, true);
    const reviewByLocation = answer.reviewBy !== undefined ? locate(`${pointer}/reviewBy`) : undefined;
    // Added to the answer rather than spread into a copy: on Node 20 each `{ ...answer, location }`
    // got a hidden class of its own, and every later read of an answer (scoring) was a slow lookup.
    if (location) answer.location = location;
    if (reviewByLocation) answer.reviewByLocation = reviewByLocation;
    answers.set(id, answer);
  }

  // An answer to a question whose condition is false is kept out of scoring; say so, in case it is a mistake.
  const organisation = at.organisation;
  const answerOf = organisation ? (id: string) => answers.get(id) ?? organisation.answers.get(id) : (id: string) => answers.get(id);
  const applies = resolveApplicability(
    questionnaire.questions,
    answerOf,
    questionnaire.systemScoped ? { only: scope, ...(organisation ? { outer: organisation.applies } : {}) } : undefined,
  );
  const seen = applicabilityInput(applies, answerOf, organisation?.applies);
  const ignored = new Map<string, { answer: Answer; because: string[] }>();
  for (const id of [...answers.keys()]) {
    const question = questionnaire.questions.get(id) as Question;
    if (applies.get(id) === false && question.when) {
      // Only the answers that rule it out: naming one that meets its part of an `all` misled.
      const because = unmetConditionQuestions(question.when, seen, questionnaire.questions);
      const on = because.map((q) => `"${q}"`);
      const whose = system ? ` for ${label} "${system.id}"` : '';
      report('warning', childPointer(`${base}/answers`, id), `answer to "${id}"${whose} is ignored: the question does not apply given the ${on.length > 1 ? 'answers' : 'answer'} to ${listWords(on, 'and')}`, true);
      const given = answers.get(id) as Answer;
      // "Not applicable" agrees with the condition: nothing for a reader to check, so not kept as set aside.
      if (given.status !== 'not-applicable') ignored.set(id, { answer: given, because });
      answers.delete(id);
    }
  }

  const waivers = checkWaivers(raw.waivers ?? [], at, report, locate, () => out.length < MAX_SHOWN_PROBLEMS);
  const location = locate(`${base}/answers`, true);
  return {
    set: { file: at.file, answers, waivers, ...(emptyEntries.size ? { emptyEntries } : {}), ...(at.positions.source !== undefined ? { source: at.positions.source } : {}), ...(location ? { location } : {}), ...(ignored.size ? { ignored } : {}) },
    applies,
  };
}

function scopeMismatch(question: Question, system: { id: string } | null, label: string): string {
  return system
    ? `"${question.id}" is an organisation question, answered once for the whole organisation; move it to the top-level "answers:", out of ${label} "${system.id}"`
    : `"${question.id}" is answered once per ${label} (section "${question.sectionId}" has scope: system); move it under a ${label} in "systems:"`;
}

/** Where a scope's answers are, as functions: the place of a pointer, and a reporter at it. */
function placesOf(at: SetPlace, out: Diagnostic[]): { locate: (pointer: string, atKey?: boolean) => Location | undefined; report: Reporter } {
  const { file, positions } = at;
  const locate = (pointer: string, atKey = false): Location | undefined => {
    const place = atKey ? positions.keyOf(pointer) : positions.of(pointer);
    return place ? { file, ...place } : undefined;
  };
  const report: Reporter = (severity, pointer, message, atKey = false) => {
    out.push({ ...errorAt(file, message, atKey ? positions.keyOf(pointer) : positions.of(pointer), pointer), severity });
  };
  return { locate, report };
}

/** The waivers of one scope, each naming what it covers: checked on their own for the top level, once every system is known. */
export function validateWaivers(list: Waiver[], at: SetPlace, out: Diagnostic[]): Waiver[] {
  const { locate, report } = placesOf(at, out);
  return checkWaivers(list, at, report, locate, () => out.length < MAX_SHOWN_PROBLEMS);
}

/** `hinting`: whether a suggestion is still worth working out (see validateAnswerSet). */
function checkWaivers(list: Waiver[], at: SetPlace, report: Reporter, locate: (pointer: string) => Location | undefined, hinting: () => boolean): Waiver[] {
  const { questionnaire, system, positions, base } = at;
  const label = questionnaire.systemLabel;
  const waivers: Waiver[] = [];
  list.forEach((waiver, i) => {
    const pointer = `${base}/waivers/${i}`;
    const question = questionnaire.questions.get(waiver.question);
    if (!question) {
      const guess = hinting() ? suggest(waiver.question, questionnaire.questions.keys()) : undefined;
      report('error', `${pointer}/question`, `waiver for unknown question ${quoteId(waiver.question)}${guess ? `; did you mean "${guess}"?` : ''}`);
      return;
    }
    let target: string | null = waiver.system ?? null;
    if (system) {
      if (target !== null && target !== system.id) {
        report('error', `${pointer}/system`, `this waiver is in the answers of ${label} "${system.id}" but names "${target}"; move it to that ${label}'s answers, or drop "system"`);
        return;
      }
      target = system.id;
    }
    if (questionnaire.systemScoped && question.scope === 'system' && target === null) {
      report('error', pointer, `waiver for "${waiver.question}" must name its ${label} ("system: ID"): the question is answered once per ${label}`);
      return;
    }
    if (question.scope === 'organisation' && target !== null) {
      report('error', `${pointer}/system`, system ? `waiver for organisation question "${waiver.question}" belongs in the top-level "waivers:", not in ${label} "${system.id}"` : `waiver for organisation question "${waiver.question}" cannot name a ${label}; drop "system"`);
      return;
    }
    if (!system && target !== null && !at.systemIds?.has(target)) {
      const guess = hinting() ? suggest(target, at.systemIds?.keys() ?? []) : undefined;
      report('error', `${pointer}/system`, `waiver names ${label} ${quoteId(target)}, which is not listed under "systems:"${guess ? `; did you mean "${guess}"?` : ''}`);
      return;
    }
    const key = waiverKey(waiver.question, target);
    const first = at.waived.get(key);
    if (first !== undefined) {
      const whose = target ? ` for ${label} "${target}"` : '';
      const where = first.file === at.file ? `at line ${first.line ?? '?'}` : `at ${first.file}:${first.line ?? '?'}`;
      report('error', `${pointer}/question`, `question "${waiver.question}"${whose} already has a waiver (${where}); keep one`);
      return;
    }
    at.waived.set(key, { file: at.file, line: positions.of(pointer)?.line });
    const location = locate(pointer);
    const { approvedBy, ...rest } = waiver;
    const approver = givenText(approvedBy);
    waivers.push({ ...rest, ...(approver !== undefined ? { approvedBy: approver } : {}), ...(target !== null ? { system: target } : {}), ...(location ? { location } : {}) });
  });
  return waivers;
}
