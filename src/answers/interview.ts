import type { Question, Questionnaire } from '../questionnaire/types.js';
import { resolveApplicability } from '../scoring/conditions.js';
import type { AnswerUpdate } from './save-answers.js';
import type { Answer } from './types.js';
import { wrapText } from '../text/wrap.js';
import { kindOf } from '../questionnaire/kinds/index.js';
import { walkOutcome, type OutcomePrompter } from './outcome-walk.js';

/** What a person can say to a question besides an answer. */
export type Reply =
  | { kind: 'value'; value: string | number | string[] }
  | { kind: 'unknown' }
  | { kind: 'not-applicable' }
  | { kind: 'skip' }
  | { kind: 'back' };

export interface AskContext {
  /** The saved answer, offered as the default (when reviewing or going back). */
  previous?: Answer;
  canGoBack: boolean;
  /** Where the walk is ("Question 12 of 88 · 11 answered"), shown as part of the prompt so it goes with it. */
  progress?: string;
}

/** The prompts the interview needs; the implementations are prompter.ts (inquirer) and plain-prompter.ts. */
export interface Prompter extends OutcomePrompter {
  ask(question: Question, context: AskContext): Promise<Reply>;
  /** Why a question does not apply; undefined means "back to the question". */
  reason(question: Question, previous?: string): Promise<string | undefined>;
  note(question: Question, previous?: string): Promise<string>;
}

/** What the guided assessment asks besides the questions. */
export interface SessionPrompter extends Prompter {
  selectQuestionnaire(choices: { id: string; title: string; questions: number }[], defaultId: string): Promise<string>;
  input(message: string, defaultValue?: string, required?: boolean): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

export interface InterviewOptions {
  questionnaire: Questionnaire;
  /** Answers so far, by question id; updated as the interview goes. */
  answers: Map<string, Answer>;
  prompter: Prompter;
  /** Ask every question with the saved answers as defaults, not only the unanswered ones. */
  review?: boolean;
  /** Ask for an optional note after each answer. */
  notes?: boolean;
  noteOf?: (question: string) => string | undefined;
  /** Called after every answer, before the next question: the place to save. */
  onAnswer: (question: Question, update: AnswerUpdate) => Promise<void>;
  /** Progress lines (section headers, the count before each question) for standard error. */
  progress: (lines: string[]) => void;
  /** Words instead of a drawn bar, for screen readers. */
  plain?: boolean;
  /** Terminal width for wrapping section descriptions. */
  width?: number;
}

const BAR = 20;
// Rounded down, so the bar is full only when every question is answered.
const bar = (done: number, total: number): string => {
  const filled = total ? Math.floor((done / total) * BAR) : BAR;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}`;
};

function toAnswer(question: Question, update: AnswerUpdate & { status: 'answered' | 'unknown' | 'not-applicable' }, previous?: Answer): Answer {
  const base = { question: question.id, evidence: previous?.evidence ?? [], ...(previous?.owner ? { owner: previous.owner } : {}), ...(previous?.reviewBy ? { reviewBy: previous.reviewBy } : {}) };
  const note = update.note ?? previous?.note;
  const withNote = note !== undefined ? { note } : {};
  if (update.status === 'answered') return { ...base, ...withNote, status: 'answered', value: update.value };
  if (update.status === 'unknown') return { ...base, ...withNote, status: 'unknown' };
  return { ...base, ...withNote, status: 'not-applicable', reason: update.reason };
}

/**
 * Walk the questionnaire section by section. Conditions are re-evaluated before every question, so
 * a question that stops applying disappears at once. "Back" returns to the previous question asked;
 * going forward again from there walks the same questions back to where "Back" was chosen (answered
 * or not), so back and forward mirror each other. "Skip" leaves a question for later. Every answer is
 * handed to `onAnswer` (to be saved) at once.
 *
 * Progress counts the questions that apply given the answers so far (the one definition of "to
 * answer" that validate, init and assess share); when an answer changes that count, a line says so.
 */
export async function runInterview(options: InterviewOptions): Promise<{ asked: number; skipped: string[] }> {
  const { questionnaire, answers, prompter } = options;
  const order = [...questionnaire.questions.values()];
  const sectionIndex = new Map(questionnaire.sections.map((s, i) => [s.id, i]));
  const history: number[] = [];
  const skipped = new Set<string>();
  const shownSections = new Set<string>();
  // After "Back": every applicable question up to this index is asked again on the way forward.
  let replayUntil = -1;
  let lastTotal: number | undefined;
  let asked = 0;

  for (let i = 0; i < order.length; ) {
    const question = order[i] as Question;
    const applies = resolveApplicability(questionnaire.questions, (id) => answers.get(id));
    const saved = answers.get(question.id);
    // An outcome with statements still open counts as not answered yet: the walk resumes inside it.
    const open = saved === undefined || (saved.outcome !== undefined && !saved.outcome.complete);
    const due = i <= replayUntil || options.review || (open && !skipped.has(question.id));
    if (!applies.get(question.id) || !due) {
      i++;
      continue;
    }

    const applicable = order.filter((q) => applies.get(q.id));
    const total = applicable.length;
    const position = applicable.indexOf(question) + 1;
    const done = applicable.filter((q) => answers.has(q.id) && answers.get(q.id)?.outcome?.complete !== false).length;
    const lines: string[] = [];
    if (lastTotal !== undefined && total !== lastTotal) {
      const change = lastTotal - total;
      lines.push(change > 0 ? `(${change} follow-up question${change === 1 ? ' no longer applies' : 's no longer apply'}: ${total} to answer now)` : `(${-change} follow-up question${-change === 1 ? ' now applies' : 's now apply'}: ${total} to answer now)`);
    }
    lastTotal = total;
    if (!shownSections.has(question.sectionId)) {
      shownSections.add(question.sectionId);
      const s = sectionIndex.get(question.sectionId) ?? 0;
      const section = questionnaire.sections[s];
      lines.push('', `── Section ${s + 1} of ${questionnaire.sections.length}: ${section?.title ?? ''}`);
      if (section?.description) lines.push(...wrapText(section.description.trim(), { width: options.width ?? 80 }).split('\n'));
    }
    if (lines.length) options.progress(lines);
    const progress = options.plain ? `Question ${position} of ${total}, ${done} answered.` : `${bar(done, total)} Question ${position} of ${total} · ${done} answered`;

    const previous = answers.get(question.id);
    if (kindOf(question).prompt(question).form === 'indicators') {
      const result = await walkOutcome({
        question,
        previous,
        prompter,
        again: i <= replayUntil || options.review === true,
        canGoBack: history.length > 0,
        progress,
        save: (update) => options.onAnswer(question, update),
      });
      asked++;
      if (result === 'back') {
        const to = history.pop();
        if (to !== undefined) {
          replayUntil = Math.max(replayUntil, i);
          i = to;
        }
        continue;
      }
      if (result === 'skip') skipped.add(question.id);
      else {
        skipped.delete(question.id);
        answers.set(question.id, result);
      }
      history.push(i);
      i++;
      continue;
    }
    const reply = await prompter.ask(question, { ...(previous ? { previous } : {}), canGoBack: history.length > 0, progress });
    asked++;
    if (reply.kind === 'back') {
      const to = history.pop();
      if (to !== undefined) {
        replayUntil = Math.max(replayUntil, i);
        i = to;
      }
      continue;
    }
    if (reply.kind === 'skip') {
      skipped.add(question.id);
      history.push(i);
      i++;
      continue;
    }
    let update: AnswerUpdate;
    if (reply.kind === 'not-applicable') {
      const reason = await prompter.reason(question, previous?.reason);
      // "<" at the reason goes back to the question itself.
      if (reason === undefined) continue;
      update = { status: 'not-applicable', reason };
    } else {
      update = reply.kind === 'value' ? { status: 'answered', value: reply.value } : { status: 'unknown' };
    }
    if (options.notes) {
      const note = (await prompter.note(question, options.noteOf?.(question.id) ?? previous?.note)).trim();
      if (note) update = { ...update, note };
    }
    skipped.delete(question.id);
    answers.set(question.id, toAnswer(question, update, previous));
    await options.onAnswer(question, update);
    history.push(i);
    i++;
  }
  return { asked, skipped: [...skipped] };
}
