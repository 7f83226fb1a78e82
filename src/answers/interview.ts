import type { Question, Questionnaire } from '../questionnaire/types.js';
import { resolveApplicability } from '../scoring/conditions.js';
import type { AnswerUpdate } from './save-answers.js';
import type { Answer } from './types.js';

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
}

/** The prompts the interview needs; the inquirer implementation is in prompter.ts. */
export interface Prompter {
  ask(question: Question, context: AskContext): Promise<Reply>;
  reason(question: Question, previous?: string): Promise<string>;
  note(question: Question, previous?: string): Promise<string>;
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
  /** Progress lines (section headers) for standard error. */
  progress: (lines: string[]) => void;
}

const BAR = 20;
const bar = (done: number, total: number): string => {
  const filled = total ? Math.round((done / total) * BAR) : BAR;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}`;
};

function toAnswer(question: Question, update: AnswerUpdate, previous?: Answer): Answer {
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
 * "skip" leaves a question for later. Every answer is handed to `onAnswer` (to be saved) at once.
 */
export async function runInterview(options: InterviewOptions): Promise<{ asked: number; skipped: string[] }> {
  const { questionnaire, answers, prompter } = options;
  const order = [...questionnaire.questions.values()];
  const sectionIndex = new Map(questionnaire.sections.map((s, i) => [s.id, i]));
  const history: number[] = [];
  const skipped = new Set<string>();
  let forced: number | undefined;
  let shownSection: string | undefined;
  let asked = 0;

  for (let i = 0; i < order.length; ) {
    const question = order[i] as Question;
    const applies = resolveApplicability(questionnaire.questions, (id) => answers.get(id));
    const due = i === forced || options.review || (!answers.has(question.id) && !skipped.has(question.id));
    if (!applies.get(question.id) || !due) {
      i++;
      continue;
    }
    forced = undefined;

    if (shownSection !== question.sectionId) {
      shownSection = question.sectionId;
      const s = sectionIndex.get(question.sectionId) ?? 0;
      const section = questionnaire.sections[s];
      const applicable = order.filter((q) => applies.get(q.id));
      const done = applicable.filter((q) => answers.has(q.id)).length;
      options.progress([
        '',
        `── Section ${s + 1} of ${questionnaire.sections.length}: ${section?.title ?? ''}`,
        ...(section?.description ? [section.description.trim()] : []),
        `${bar(done, applicable.length)} ${done} of ${applicable.length} questions answered`,
        '',
      ]);
    }

    const previous = answers.get(question.id);
    const reply = await prompter.ask(question, { ...(previous ? { previous } : {}), canGoBack: history.length > 0 });
    asked++;
    if (reply.kind === 'back') {
      const to = history.pop();
      if (to !== undefined) {
        forced = to;
        i = to;
        // Re-entering a section shows its header again.
        shownSection = undefined;
      }
      continue;
    }
    if (reply.kind === 'skip') {
      skipped.add(question.id);
      history.push(i);
      i++;
      continue;
    }
    let update: AnswerUpdate =
      reply.kind === 'value'
        ? { status: 'answered', value: reply.value }
        : reply.kind === 'unknown'
          ? { status: 'unknown' }
          : { status: 'not-applicable', reason: await prompter.reason(question, previous?.reason) };
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
