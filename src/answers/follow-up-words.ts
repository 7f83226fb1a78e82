// The line that says an answer made follow-up questions apply or drop out, with the new total
// (README: "a line says so and gives the new total"): in the scope being walked, or, for an
// organisation answer that decides system questions, in each system.
import { safeLine } from '../text/safe-text.js';

const questions = (n: number): string => `${n} question${n === 1 ? '' : 's'}`;

/** How many follow-up questions applied before and after, in words; undefined when none changed. */
function changeWords(before: number, after: number): string | undefined {
  const change = before - after;
  if (change === 0) return undefined;
  return change > 0 ? `${change} follow-up question${change === 1 ? ' no longer applies' : 's no longer apply'}` : `${-change} follow-up question${change === -1 ? ' now applies' : 's now apply'}`;
}

/** In the scope being walked: "(2 follow-up questions no longer apply: 7 questions in all now)". */
export function followUpLine(before: number, after: number): string | undefined {
  const words = changeWords(before, after);
  // The new total, not what is left: "57 to answer" read as 57 still to go with 3 already answered.
  return words && `(${words}: ${questions(after)} in all now)`;
}

/**
 * In the systems, after an organisation answer: one line when every system changed alike ("for
 * each network segment"), else one clause for each system that changed. undefined when none did.
 */
export function systemsFollowUpLine(label: string, systems: { title: string; before: number; after: number }[]): string | undefined {
  const changed = systems.filter((s) => s.before !== s.after);
  const first = changed[0];
  if (!first) return undefined;
  if (changed.length === systems.length && changed.every((s) => s.before === first.before && s.after === first.after)) {
    const whom = systems.length === 1 ? `for ${safeLine(first.title)}` : `for each ${label}`;
    return `(${changeWords(first.before, first.after)} ${whom}: ${questions(first.after)} in all now${systems.length === 1 ? '' : ' for each'})`;
  }
  return `(Follow-up questions for each ${label} changed: ${changed.map((s) => `${safeLine(s.title)} ${questions(s.after)} in all now, was ${s.before}`).join('; ')})`;
}
