import type { OutcomeAnswer } from '../questionnaire/kinds/kind.js';
import { contradictionsOf, deriveStatus, everyIndicatorAnswered, statusesOf, type Indicator, type IndicatorValue, type OutcomeStatus } from '../questionnaire/outcome.js';
import type { Question } from '../questionnaire/types.js';
import type { AnswerUpdate } from './save-answers.js';
import type { Answer } from './types.js';

/** What a person can say to one indicator's statement. */
export type IndicatorReply = { kind: 'value'; value: boolean } | { kind: 'unknown' } | { kind: 'not-applicable' } | { kind: 'skip' } | { kind: 'back' } | { kind: 'keep' };

/**
 * What the file records for an outcome without every statement answered, offered to keep in a review:
 * a status ("confirmed without indicators"), or the outcome as a whole "don't know" or "not applicable".
 */
export type RecordedStatus = { status: OutcomeStatus; justification?: string } | { status: 'unknown' } | { status: 'not-applicable'; reason: string };

export interface IndicatorContext {
  previous?: IndicatorValue;
  canGoBack: boolean;
  /** The walk's own progress line ("Question 12 of 41 · 11 answered"). */
  progress: string;
  /** Progress within the outcome: "Statement 3 of 10". */
  statement: string;
  /** The first statement of an outcome shows the outcome's text and help above it. */
  first: boolean;
  /** For an automatic fail, shown with the help: which status passes and what any other does to the rating. */
  automaticFail?: string;
  /**
   * Reviewing an outcome whose status (or "don't know", or "not applicable") was recorded without every
   * statement answered: at its first statement, keeping it is offered, and is the default (the
   * statements have none).
   */
  recorded?: RecordedStatus;
  /** At the first statement: the note saved with the outcome, shown with its help as any question's is. */
  note?: string;
  /**
   * Offered where the question allows it (allowNotApplicable), at every statement as "skip" is: the
   * whole outcome does not apply. `clears`: the file holds statements (or a status) of it.
   */
  notApplicable?: { clears: boolean };
  /** The outcome has a whole answer saved (every statement, or a status, or don't know or not applicable): a skip keeps it. */
  answered: boolean;
  /** No statement of the outcome is answered yet, saved before or in this visit: a skip skips all of it. */
  noneStated: boolean;
  /** The comment saved on this indicator: it says why the statement had the answer it has. */
  comment?: string;
}

export interface ConfirmContext {
  /** The walk's progress line, which names the system the outcome is about. */
  progress: string;
  /** The system the outcome is about; null for the organisation. */
  system: { id: string; title: string } | null;
  derived: OutcomeStatus;
  statuses: OutcomeStatus[];
  previous?: { confirmed?: OutcomeStatus; justification?: string };
  /** Not-achieved statements answered true although the others meet the outcome. */
  contradictions: Indicator[];
}

/** The assessor's decision on the derived status: keep it (confirmed) or record another with a reason. */
export type ConfirmReply = { kind: 'confirm' } | { kind: 'other'; status: OutcomeStatus; justification: string } | { kind: 'back' };

export interface OutcomePrompter {
  askIndicator(question: Question, indicator: Indicator, context: IndicatorContext): Promise<IndicatorReply>;
  confirmOutcome(question: Question, context: ConfirmContext): Promise<ConfirmReply>;
}

export interface OutcomeWalk {
  question: Question;
  previous: Answer | undefined;
  prompter: OutcomePrompter;
  /** Ask every statement again (review, or going forward after "Back"), not only the unanswered ones. */
  again: boolean;
  /**
   * Reached by "Back" from the question after: the outcome is taken up where it was left, at its
   * first open statement or, with none open, at its status, as it was last on screen.
   */
  fromEnd?: boolean;
  canGoBack: boolean;
  progress: string;
  /** See ConfirmContext.system. */
  system: { id: string; title: string } | null;
  save: (update: AnswerUpdate) => Promise<void>;
  /** See IndicatorContext.automaticFail. */
  automaticFail?: string;
}

/**
 * One outcome, the CAF way: each indicator asked as a statement, column by column, each answer saved
 * at once (so a walk stopped half way through an outcome resumes there); then the status the CAF's
 * rule derives, to confirm or to replace with another and a justification. Returns the answer, or
 * what the person chose instead ("back" from the first statement, "skip" to leave it for later,
 * "not-applicable" where the question allows it: the caller asks why, as for any question).
 *
 * "Back" goes to the statement before, whether it was answered in this session or an earlier one:
 * a walk resumed inside an outcome would otherwise strand the statements saved before the stop,
 * which an assessor who has just seen them on screen expects to reach. Going forward again asks
 * every statement walked back over, answered or not, as the walk does with questions.
 */
export async function walkOutcome(walk: OutcomeWalk): Promise<Answer | 'back' | 'skip' | 'not-applicable'> {
  const { question, previous, prompter } = walk;
  const indicators = question.indicators ?? [];
  const values = new Map<string, IndicatorValue>(previous?.outcome?.indicators ?? []);
  // In a review, the saved answer is the default; for a status recorded without the statements that
  // is the status itself, else a hurried Enter at each statement would write answers nobody gave.
  const saved = previous?.outcome;
  // So is a "don't know" or "not applicable" said of the outcome as a whole: Enter at its first
  // statement answered that statement and lost it.
  const recorded: RecordedStatus | undefined = !walk.again
    ? undefined
    : previous?.status === 'unknown'
      ? { status: 'unknown' }
      : previous?.status === 'not-applicable'
        ? { status: 'not-applicable', reason: previous.reason ?? '' }
        : saved?.complete === true && saved.confirmed !== undefined && !everyIndicatorAnswered(indicators, values)
          ? { status: saved.confirmed, ...(saved.justification !== undefined ? { justification: saved.justification } : {}) }
          : undefined;
  const note = previous?.note?.trim() ? previous.note : undefined;
  const comments = saved?.comments ?? new Map<string, string>();
  const open = (n: number): boolean => !values.has((indicators[n] as Indicator).id);
  // Going forward: every statement when asked again, else the open ones and those walked back over.
  let backTo = -1;
  const next = (from: number): number => {
    let n = from;
    while (n < indicators.length && !(walk.again || n <= backTo || open(n))) n++;
    return n;
  };
  const firstOpen = indicators.findIndex((_, n) => open(n));
  let k = walk.fromEnd ? (firstOpen < 0 ? indicators.length : firstOpen) : next(0);
  let asked = 0;
  // A statement saved in this visit takes the place of a "don't know" or "not applicable" said of the whole outcome.
  let stated = false;
  for (;;) {
    while (k < indicators.length) {
      const indicator = indicators[k] as Indicator;
      // The outcome's text and help come with the first statement shown, and again at its first statement.
      const first = k === 0 || asked === 0;
      const reply = await prompter.askIndicator(question, indicator, {
        ...(values.has(indicator.id) ? { previous: values.get(indicator.id) as IndicatorValue } : {}),
        canGoBack: k > 0 || walk.canGoBack,
        answered: everyIndicatorAnswered(indicators, values) || saved?.complete === true || (!stated && (previous?.status === 'unknown' || previous?.status === 'not-applicable')),
        noneStated: values.size === 0,
        progress: walk.progress,
        statement: `Statement ${k + 1} of ${indicators.length}`,
        first,
        ...(first && walk.automaticFail !== undefined ? { automaticFail: walk.automaticFail } : {}),
        ...(k === 0 && recorded !== undefined ? { recorded } : {}),
        ...(first && note !== undefined ? { note } : {}),
        ...(question.allowNotApplicable ? { notApplicable: { clears: values.size > 0 || saved?.confirmed !== undefined || comments.size > 0 } } : {}),
        ...(comments.get(indicator.id)?.trim() ? { comment: comments.get(indicator.id) as string } : {}),
      });
      asked++;
      // Kept as the file has it: nothing is written (a new review date is asked after, as for any answer).
      if (reply.kind === 'keep' && previous !== undefined) return previous;
      if (reply.kind === 'back') {
        if (k === 0) return 'back';
        backTo = Math.max(backTo, k);
        k--;
        continue;
      }
      if (reply.kind === 'skip' || reply.kind === 'keep') return 'skip';
      if (reply.kind === 'not-applicable') return 'not-applicable';
      const value: IndicatorValue = reply.kind === 'unknown' ? 'unknown' : reply.value;
      values.set(indicator.id, value);
      await walk.save({ status: 'indicator', indicator: indicator.id, value });
      stated = true;
      k = next(k + 1);
    }
    // Statements skipped on an earlier visit are still open: the outcome waits for them.
    if (!everyIndicatorAnswered(indicators, values)) return 'skip';
    const derived = deriveStatus(indicators, values);
    const before = previous?.outcome;
    const decision = await prompter.confirmOutcome(question, {
      progress: walk.progress,
      system: walk.system,
      derived,
      statuses: statusesOf(indicators),
      ...(before?.confirmed !== undefined ? { previous: { confirmed: before.confirmed, ...(before.justification !== undefined ? { justification: before.justification } : {}) } } : {}),
      contradictions: contradictionsOf(indicators, values, derived),
    });
    if (decision.kind === 'back') {
      k = indicators.length - 1;
      continue;
    }
    // Accepting the derived status writes nothing new (a file that said nothing still says nothing, and
    // one that had confirmed it keeps that); recording another status writes it with its reason.
    const confirmed = decision.kind === 'other' ? decision.status : before?.confirmed === derived ? derived : undefined;
    const justification = decision.kind === 'other' ? decision.justification : undefined;
    await walk.save({ status: 'confirmed', ...(confirmed !== undefined ? { confirmed } : {}), ...(justification !== undefined ? { justification } : {}) });
    const outcome: OutcomeAnswer = {
      indicators: values,
      comments: before?.comments ?? new Map(),
      ...(confirmed !== undefined ? { confirmed } : {}),
      ...(justification !== undefined ? { justification } : {}),
      derived,
      complete: true,
    };
    return {
      question: question.id,
      status: 'answered',
      value: confirmed ?? derived,
      outcome,
      evidence: previous?.evidence ?? [],
      ...(previous?.note !== undefined ? { note: previous.note } : {}),
      ...(previous?.owner !== undefined ? { owner: previous.owner } : {}),
      ...(previous?.reviewBy !== undefined ? { reviewBy: previous.reviewBy } : {}),
    };
  }
}
