import type { Question, Questionnaire } from '../questionnaire/types.js';
import type { AnswerUpdate } from './save-answers.js';
import type { Answer } from './types.js';
import { safeLine } from '../text/safe-text.js';
import { progressLine } from './walk-progress.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import { walkOutcome } from './outcome-walk.js';
import { withIndicator } from './outcome-so-far.js';
import type { Prompter, Reply } from './prompter-types.js';
import { checkReply } from './read-answer.js';
import { stepBefore } from './step-before.js';
import { automaticFailWords } from '../questionnaire/automatic-fail-words.js';
import { walkHeadings } from './walk-headings.js';
import { pastReview } from './past-review.js';
import { isOpen, reviewCount } from './review-count.js';
import { renewReviewDate } from './review-date.js';
import { walkScopes, type Step, type WalkSystem } from './walk-scopes.js';

export interface InterviewOptions {
  questionnaire: Questionnaire;
  /** The organisation's answers so far, by question id; updated as the interview goes. */
  answers: Map<string, Answer>;
  /** The systems whose system-scoped sections are walked after the organisation's, in order. */
  systems?: WalkSystem[];
  /**
   * Called each time the walk reaches its end: more systems to walk (asked for by the caller), or
   * none to finish. The first time, after the organisation's sections, is where a fresh walk asks
   * for its critical systems.
   */
  moreSystems?: () => Promise<WalkSystem[]>;
  prompter: Prompter;
  /** Ask every question with the saved answers as defaults, not only the unanswered ones. */
  review?: boolean;
  /** Ask the answers past their review date (on `today`) again, as a review does, besides the unanswered ones. */
  reviewStale?: boolean;
  /** The day the walk judges review dates on (`--today`, else SOURCE_DATE_EPOCH, else the clock). */
  today?: string;
  /** The day a typed review date must not be before, read as it is typed (a walk may run past midnight); else `today`. */
  reviewDay?: () => string;
  /** Ask for an optional note after each answer. */
  notes?: boolean;
  noteOf?: (question: string, system: string | null) => string | undefined;
  /** Why a question's saved entry cannot be changed in the walk (one line), or undefined: it is then said, and the question not asked. */
  kept?: (question: string, system: string | null) => string | undefined;
  /** Called after every answer, before the next question: the place to save (`system` null for the organisation). */
  onAnswer: (question: Question, update: AnswerUpdate, system: string | null) => Promise<void>;
  /** Progress lines (section headers, the count before each question) for standard error. */
  progress: (lines: string[]) => void;
  /** Words instead of a drawn bar, for screen readers. */
  plain?: boolean;
  /** Terminal width for wrapping section descriptions. */
  width?: number;
}

function toAnswer(question: Question, update: AnswerUpdate & { status: 'answered' | 'unknown' | 'not-applicable' }, previous?: Answer): Answer {
  const base = { question: question.id, evidence: previous?.evidence ?? [], ...(previous?.owner ? { owner: previous.owner } : {}), ...(previous?.reviewBy ? { reviewBy: previous.reviewBy } : {}) };
  const note = update.note ?? previous?.note;
  const withNote = note !== undefined ? { note } : {};
  if (update.status === 'answered') return { ...base, ...withNote, status: 'answered', value: update.value };
  if (update.status === 'unknown') return { ...base, ...withNote, status: 'unknown' };
  return { ...base, ...withNote, status: 'not-applicable', reason: update.reason };
}

/**
 * Walk the questionnaire section by section: the organisation's sections, then the system-scoped
 * sections once for each system. Conditions are re-evaluated before every question, so a question
 * that stops applying disappears at once. "Back" returns to the question before, answered in this
 * session or an earlier one (across the boundary between the organisation and a system, or two
 * systems; into an outcome where it was left); going forward again from there walks the same
 * questions back to where "Back" was chosen (answered or not), so back and forward mirror each other.
 * "Skip" leaves a question for later. Every answer is handed to `onAnswer` (to be saved) at once.
 *
 * Progress counts the questions that apply given the answers so far, within the scope being walked
 * (the one definition of "to answer" that validate, init and assess share); when an answer changes
 * that count, a line says so.
 */
export async function runInterview(options: InterviewOptions): Promise<{ asked: number; skipped: string[] }> {
  const { questionnaire, answers, prompter } = options;
  const systems = options.systems ?? [];
  const scopes = walkScopes(questionnaire, answers, systems);
  const { steps, answersOf, systemOf, appliesIn, keyOf } = scopes;
  const skipped = new Set<string>();
  // --notes: an optional note once an answer is saved (so a stop at the note loses nothing); the new
  // note, or undefined when none was given or it is the one the file has.
  const askNote = async (question: Question, system: string | null, saved: string | undefined): Promise<string | undefined> => {
    if (!options.notes) return undefined;
    const before = options.noteOf?.(question.id, system) ?? saved;
    const note = (await prompter.note(question, before)).trim();
    return note && note !== before?.trim() ? note : undefined;
  };
  // After "Back": every applicable question up to this index is asked again on the way forward.
  let replayUntil = -1;
  let backed = false;
  const headingsBefore = walkHeadings(questionnaire, options.width ?? 80, options.plain === true);
  let asked = 0;
  const { today } = options;
  // --review-stale: progress over the answers it asks (review-count.ts).
  const reviews = options.reviewStale ? reviewCount<Step>(today, answersOf, appliesIn) : undefined;
  reviews?.count(steps);

  for (let i = 0; ; ) {
    if (i >= steps.length) {
      const added = options.moreSystems ? await options.moreSystems() : [];
      if (added.length === 0) break;
      const from = steps.length;
      for (const system of added) scopes.addSystem(system);
      reviews?.count(steps, from);
      continue;
    }
    const step = steps[i] as Step;
    const { question, scope } = step;
    const own = answersOf(scope);
    const saved = own.get(question.id);
    // An outcome with statements still open counts as not answered yet: the walk resumes inside it.
    const stale = options.reviewStale === true && today !== undefined && pastReview(saved, today);
    const due = i <= replayUntil || options.review || stale || (isOpen(saved) && !skipped.has(keyOf(step)));
    // Whether it applies is worked out over the whole questionnaire, so only for a step that is due:
    // worked out first, a resume passing thousands of answered steps took seconds before its first
    // question (5,000 questions: 5 s) and as long again after each answer.
    if (!due) {
      i++;
      continue;
    }
    const applies = appliesIn(scope);
    if (!applies.get(question.id)) {
      i++;
      continue;
    }

    // An entry whose anchor an alias uses: said before it would be asked, and left as it is.
    const kept = options.kept?.(question.id, systemOf(scope));
    if (kept !== undefined) {
      options.progress(['', kept]);
      if (!own.has(question.id)) skipped.add(keyOf(step));
      i++;
      continue;
    }

    const applicable = steps.filter((s) => s.scope === scope && applies.get(s.question.id)).map((s) => s.question);
    const total = applicable.length;
    const position = applicable.indexOf(question) + 1;
    const done = applicable.filter((q) => own.has(q.id) && own.get(q.id)?.outcome?.complete !== false).length;
    const system = scope < 0 ? undefined : (systems[scope] as WalkSystem);
    const lines = headingsBefore({ question, scope, system, systems: systems.length });
    if (lines.length) options.progress(lines);
    // The system's title comes from the answers file: made safe here, once, for every prompt that shows this line.
    const review = reviews?.at(i, stale || isOpen(saved));
    const progress = progressLine(position, total, done, { plain: options.plain === true, width: options.width ?? 80, title: system ? safeLine(system.title) : undefined, review });
    const systemId = systemOf(scope);
    const save = async (update: AnswerUpdate): Promise<void> => {
      await options.onAnswer(question, update, systemId);
      prompter.recorded?.();
    };
    // --review: an answer given or kept while past its review date is asked its next one.
    const renew = async <A extends Answer | undefined>(answer: A): Promise<A | 'back'> => ((options.review || options.reviewStale) && today !== undefined ? renewReviewDate(prompter, question, answer, today, save, options.reviewDay) : answer);
    // "<" at the date gives the question again (saved already), taken up as the next question's Back
    // would (an outcome at its status), and the date after it.
    const back = stepBefore(steps, i, (s) => (s === scope ? applies : appliesIn(s)));
    const goBack = (): void => {
      if (back === undefined) return;
      replayUntil = Math.max(replayUntil, i);
      i = back;
      backed = true;
    };
    const fromEnd = backed;
    backed = false;

    const previous = own.get(question.id);
    // README: when an answer makes follow-up questions apply or drop out, "a line says so and gives
    // the new total": said once the answer is saved, before whatever comes next.
    const applyingBefore = scopes.applyingNow(scope, applies);
    const sayCountsChanged = (): void => {
      const lines = scopes.countsChanged(applyingBefore);
      if (lines.length) options.progress(lines);
    };
    const automaticFail = automaticFailWords(question, questionnaire);
    const warned = automaticFail === undefined ? {} : { automaticFail };
    let reply: Reply;
    if (kindOf(question).prompt(question).form === 'indicators') {
      // Each statement answered is the outcome's answer from then on, in the walk as in the file,
      // whether the outcome is then finished, left by "Back" or skipped.
      // Held before it is saved, as any answer is: a stop reads what the walk holds after each save,
      // and said "saved, with no answers yet" of a file holding the outcome's first statement.
      const saveStatement = async (update: AnswerUpdate): Promise<void> => {
        if (update.status === 'indicator') own.set(question.id, withIndicator(question, own.get(question.id), update.indicator, update.value));
        await save(update);
      };
      const result = await walkOutcome({ question, previous, prompter, again: i <= replayUntil || options.review === true || stale, fromEnd, canGoBack: back !== undefined, progress, system: system ? { id: system.id, title: system.title } : null, save: saveStatement, ...warned });
      asked++;
      if (result === 'back') {
        // A statement answered before Back is the outcome's answer: what it changed is said too.
        sayCountsChanged();
        goBack();
        continue;
      }
      if (result !== 'not-applicable') {
        if (result !== 'skip') own.set(question.id, result);
        // What the statements (and a status recorded) changed, said before the review date and the note.
        sayCountsChanged();
        if (result === 'skip') skipped.add(keyOf(step));
        else {
          skipped.delete(keyOf(step));
          // Once it is given or kept, not at each statement: a new review date where one is past.
          const dated = await renew(result);
          if (dated === 'back') {
            backed = true;
            continue;
          }
          // --notes asks after an outcome as after any answer: the CAF's questions are all outcomes.
          const note = await askNote(question, systemId, dated.note);
          own.set(question.id, note === undefined ? dated : { ...dated, note });
          if (note !== undefined) {
            await options.onAnswer(question, { status: 'note', note }, systemId);
            prompter.recorded?.();
          }
        }
        i++;
        continue;
      }
      // Marked not applicable (where the outcome allows it): its reason is asked, as any question's is.
      reply = { kind: 'not-applicable' };
    } else {
      const savedNote = previous?.note?.trim() ? { note: previous.note } : {};
      reply = await prompter.ask(question, { ...(previous ? { previous } : {}), canGoBack: back !== undefined, progress, ...warned, ...savedNote });
      asked++;
    }
    if (reply.kind === 'back') {
      goBack();
      continue;
    }
    if (reply.kind === 'skip') {
      skipped.add(keyOf(step));
      i++;
      continue;
    }
    let update: AnswerUpdate & { status: 'answered' | 'unknown' | 'not-applicable' };
    if (reply.kind === 'not-applicable') {
      const reason = await prompter.reason(question, previous?.reason);
      // "<" at the reason goes back to the question itself.
      if (reason === undefined) continue;
      update = { status: 'not-applicable', reason };
    } else if (reply.kind === 'value') {
      // Both prompters ask again until the kind accepts a typed reply; a prompter that did not must
      // not have it saved, as the file's reader would refuse it after the walk: the question is asked again.
      const checked = checkReply(question, reply.value);
      if (!checked.ok) continue;
      update = { status: 'answered', value: checked.value };
    } else {
      update = { status: 'unknown' };
    }
    skipped.delete(keyOf(step));
    own.set(question.id, toAnswer(question, update, previous));
    // Saved before the review date and the note are asked: a walk stopped at either (Ctrl-C, a closed window) keeps the answer.
    await save(update);
    sayCountsChanged();
    const dated = await renew(previous);
    if (dated === 'back') {
      backed = true;
      continue;
    }
    if (dated !== previous) own.set(question.id, toAnswer(question, update, dated));
    const note = await askNote(question, systemId, previous?.note);
    if (note !== undefined) {
      update = { ...update, note };
      own.set(question.id, toAnswer(question, update, dated));
      await options.onAnswer(question, update, systemId);
      // A prompter that reads replies back says the note is saved ("Note recorded."), as it says an answer is.
      prompter.recorded?.();
    }
    i++;
  }
  return { asked, skipped: scopes.leftForLater(skipped) };
}
