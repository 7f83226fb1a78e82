// The line that says an answer made follow-up questions apply or drop out, with the new total
// (README: "a line says so and gives the new total"): in the scope being walked, or, for an
// organisation answer that decides system questions, in each system.
import { safeLine } from '../text/safe-text.js';

const questions = (n: number): string => `${n} question${n === 1 ? '' : 's'}`;

/** What an answer changed in one scope: how many questions stopped and started applying, and how many apply now. */
export interface FollowUpChange {
  dropped: number;
  added: number;
  total: number;
}

/**
 * How many follow-up questions dropped out and came in, in words; undefined when none did. Both are
 * said: an answer that swaps one follow-up for another leaves the total as it was, and an answered
 * follow-up that dropped out then went unsaid until the warning at the end.
 */
function changeWords({ dropped, added }: FollowUpChange): string | undefined {
  const now = (n: number): string => `now appl${n === 1 ? 'ies' : 'y'}`;
  const gone = dropped > 0 ? `${dropped} follow-up question${dropped === 1 ? ' no longer applies' : 's no longer apply'}` : undefined;
  if (added === 0) return gone;
  // "1 follow-up question no longer applies and 1 now applies": the second needs no noun again.
  return gone ? `${gone} and ${added} ${now(added)}` : `${added} follow-up question${added === 1 ? '' : 's'} ${now(added)}`;
}

/** In the scope being walked: "(2 follow-up questions no longer apply: 7 questions in all now)". */
export function followUpLine(change: FollowUpChange): string | undefined {
  const words = changeWords(change);
  // The new total, not what is left: "57 to answer" read as 57 still to go with 3 already answered.
  return words && `(${words}: ${questions(change.total)} in all now)`;
}

/**
 * In the systems, after an organisation answer: one line when every system changed alike ("for
 * each network segment"), else one clause for each system that changed. undefined when none did.
 */
export function systemsFollowUpLine(label: string, systems: (FollowUpChange & { title: string })[]): string | undefined {
  const changed = systems.filter((s) => s.dropped > 0 || s.added > 0);
  const first = changed[0];
  if (!first) return undefined;
  if (changed.length === systems.length && changed.every((s) => s.dropped === first.dropped && s.added === first.added && s.total === first.total)) {
    const whom = systems.length === 1 ? `for ${safeLine(first.title)}` : `for each ${label}`;
    return `(${changeWords(first)} ${whom}: ${questions(first.total)} in all now${systems.length === 1 ? '' : ' for each'})`;
  }
  const clause = (s: FollowUpChange & { title: string }): string => {
    const was = s.total + s.dropped - s.added;
    // A swap leaves the total as it was: "was 2" beside "2 in all now" would say nothing.
    return was === s.total ? `${safeLine(s.title)}: ${changeWords(s)}, ${questions(s.total)} in all now` : `${safeLine(s.title)} ${questions(s.total)} in all now, was ${was}`;
  };
  return `(Follow-up questions for each ${label} changed: ${changed.map(clause).join('; ')})`;
}
