// Where the walk's questions are asked: the organisation (scope -1) and each critical system (scope
// k, systems[k]). Each scope has its own answers, its own questions that apply and its own progress;
// the walk (interview.ts) moves through the steps these give and asks them about each one.
import type { Question, Questionnaire } from '../questionnaire/types.js';
import { resolveApplicability } from '../scoring/conditions.js';
import type { Answer } from './types.js';
import { followUpLine, systemsFollowUpLine, type FollowUpChange } from './follow-up-words.js';
import { isOpen } from './review-count.js';

/** A critical system as the walk sees it: its answers so far, by question id (updated as it goes). */
export interface WalkSystem {
  id: string;
  title: string;
  answers: Map<string, Answer>;
}

/** One question of the walk, in one scope: the organisation (-1) or systems[scope]. */
export interface Step {
  question: Question;
  scope: number;
}

/** Which questions apply in a scope, and for the organisation in each system (else undefined). */
export interface Applying {
  scope: number;
  applying: Set<string>;
  systems: Set<string>[] | undefined;
}

export interface WalkScopes {
  /** The walk in order: the organisation's questions, then each system's; grows as systems are added. */
  steps: Step[];
  /** Add a system, and its questions at the end of the steps. */
  addSystem(system: WalkSystem): void;
  answersOf(scope: number): Map<string, Answer>;
  /** The system's id, or null for the organisation. */
  systemOf(scope: number): string | null;
  /** Which questions apply in the scope, given the answers so far (the organisation's decide a system's too). */
  appliesIn(scope: number): Map<string, boolean>;
  /**
   * Which questions apply in the scope now (`applies` its appliesIn(), where the caller has it),
   * and for the organisation in each system where its answers can change that.
   */
  applyingNow(scope: number, applies?: Map<string, boolean>): Applying;
  /**
   * The lines that say how many follow-up questions an answer in the scope made apply or drop out
   * (`before` from applyingNow() before it): none when it changed nothing.
   */
  countsChanged(before: Applying): string[];
  /** The step's key among the questions left for later. */
  keyOf(step: Step): string;
  /**
   * The questions left for later, of those skipped: still open and still applying at the end. A
   * system's is named with its system: "social-care/patched".
   */
  leftForLater(skipped: Iterable<string>): string[];
}

/**
 * The walk's scopes over the organisation's answers and the systems listed so far. `systems` is the
 * caller's own list: a system the walk adds is pushed onto it, so the caller sees every system walked.
 */
export function walkScopes(questionnaire: Questionnaire, answers: Map<string, Answer>, systems: WalkSystem[]): WalkScopes {
  const scoped = questionnaire.systemScoped;
  const all = [...questionnaire.questions.values()];
  const steps: Step[] = all.filter((q) => !scoped || q.scope !== 'system').map((question) => ({ question, scope: -1 }));
  const addSystemSteps = (scope: number): void => {
    for (const question of all) if (question.scope === 'system') steps.push({ question, scope });
  };
  systems.forEach((_, k) => addSystemSteps(k));
  const answersOf = (scope: number): Map<string, Answer> => (scope < 0 ? answers : (systems[scope] as WalkSystem).answers);
  const systemOf = (scope: number): string | null => (scope < 0 ? null : (systems[scope] as WalkSystem).id);
  const appliesIn = (scope: number): Map<string, boolean> => {
    const org = resolveApplicability(questionnaire.questions, (id) => answers.get(id), scoped ? { only: 'organisation' } : undefined);
    if (scope < 0) return org;
    const own = answersOf(scope);
    return resolveApplicability(questionnaire.questions, (id) => own.get(id) ?? answers.get(id), { only: 'system', outer: org });
  };
  // An organisation answer can decide system questions (a `when` on one): the systems' totals are
  // counted around each such answer, and a change said at once, as it is within a scope.
  const decidesSystems = scoped && all.some((q) => q.scope === 'system' && q.when !== undefined);
  const systemsApplying = (): Set<string>[] | undefined => {
    if (!decidesSystems || systems.length === 0) return undefined;
    return systems.map((_, k) => {
      const applies = appliesIn(k);
      return new Set(all.filter((q) => q.scope === 'system' && applies.get(q.id)).map((q) => q.id));
    });
  };
  const applyingNow = (scope: number, applies = appliesIn(scope)): Applying => {
    const applying = new Set(steps.filter((s) => s.scope === scope && applies.get(s.question.id)).map((s) => s.question.id));
    return { scope, applying, systems: scope < 0 ? systemsApplying() : undefined };
  };
  // Which questions stopped and started applying, not only the totals: a swap of one follow-up for
  // another keeps the total.
  const change = (before: Set<string>, after: Set<string>): FollowUpChange => ({
    dropped: [...before].filter((id) => !after.has(id)).length,
    added: [...after].filter((id) => !before.has(id)).length,
    total: after.size,
  });
  return {
    steps,
    addSystem(system) {
      systems.push(system);
      addSystemSteps(systems.length - 1);
    },
    answersOf,
    systemOf,
    appliesIn,
    applyingNow,
    countsChanged(before) {
      // Said as the answer is given, whatever comes next: with the next question's headings, it went
      // unsaid when the answer was the last of its scope (the next question another system's).
      const now = applyingNow(before.scope);
      const own = followUpLine(change(before.applying, now.applying));
      const after = now.systems ?? [];
      const inSystems = before.systems && systemsFollowUpLine(questionnaire.systemLabel, systems.slice(0, before.systems.length).map((s, k) => ({ title: s.title, ...change(before.systems?.[k] ?? new Set(), after[k] ?? new Set()) })));
      return [own, inSystems].filter((line) => line !== undefined);
    },
    keyOf: (step) => `${step.scope}\0${step.question.id}`,
    leftForLater(skipped) {
      // Left for later is what the walk ends with, not what was passed over on the way: a question
      // skipped in a review keeps its saved answer, and one that stopped applying is not asked again.
      const atEnd = new Map<number, Map<string, boolean>>();
      const appliesNow = (scope: number, id: string): boolean => (atEnd.get(scope) ?? atEnd.set(scope, appliesIn(scope)).get(scope))?.get(id) === true;
      const later = [...skipped].map((key) => key.split('\0') as [string, string]).filter(([scope, id]) => isOpen(answersOf(Number(scope)).get(id)) && appliesNow(Number(scope), id));
      return later.map(([scope, id]) => {
        const system = systemOf(Number(scope));
        return system ? `${system}/${id}` : id;
      });
    },
  };
}
