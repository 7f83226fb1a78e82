import { quoteId } from '../text/odd-characters.js';
import { kindOf } from './kinds/index.js';
import { childKey } from './kinds/shared.js';
import type { Report } from './kinds/kind.js';
import type { RawQuestion } from './raw.js';
import type { Option } from './types.js';

/** A question as validateQuestionnaire found it: its entry, its place and the options it offers. */
interface Entry {
  question: RawQuestion;
  pointer: string;
  options: Option[] | undefined;
}

/**
 * The best score as written: to nine places, as reports show scores, but never rounded up to 1,
 * which would say "the best scores 1" of a score just short of it (0.9999999999 is still a gap).
 */
const shown = (score: number): string => {
  const rounded = Math.round(score * 1e9) / 1e9;
  return String(rounded >= 1 ? score : rounded);
};

const BLOCKING = 'caps the rating at the lowest band in every assessment it applies to';

/**
 * A scored question whose best answer scores below 1 is a gap however it is answered (SPEC: a gap
 * is an answer short of full marks), and a blocking one caps the rating for ever. SPEC allows it,
 * so each is a warning, where the author would raise the score: at the question's own options or
 * bands, or at the named scale, once for all the questions that use it. A scale is the place to fix,
 * as its scores are written there, and one line for twenty questions says it once where twenty
 * would bury it (as a scale's option without a score is refused once, at the option).
 */
export function checkFullMarks(entries: Iterable<Entry>, warn: Report, lineOf: (pointer: string) => number): void {
  const byScale = new Map<string, { scale: string; score: number; fix: string; users: Entry[] }>();
  for (const entry of entries) {
    const { question, pointer, options } = entry;
    const kind = kindOf(question);
    if ((question.weight ?? 1) === 0 || !kind.scores(question)) continue;
    const best = kind.best?.(question, options);
    if (best === undefined || best.score >= 1) continue;
    if (question.scale !== undefined && question.options === undefined) {
      // By what the scale scores as the question uses it: one option, or several together.
      const key = `${question.scale}\u0000${best.score}\u0000${best.fix}`;
      const group = byScale.get(key) ?? { scale: question.scale, score: best.score, fix: best.fix, users: [] };
      group.users.push(entry);
      byScale.set(key, group);
      continue;
    }
    const blocking = question.blocking ? `, and as it is blocking it ${BLOCKING}` : '';
    warn(`${pointer}/${best.key}`, `no answer to "${question.id}" scores full marks (the best scores ${shown(best.score)}), so it is a gap however it is answered${blocking}; ${best.fix}`, true);
  }
  for (const { scale, score, fix, users } of byScale.values()) {
    const [first] = users;
    if (first === undefined) continue;
    const who = users.length === 1 ? `"${first.question.id}" (line ${lineOf(first.pointer)}), a scored question that uses it, is a gap however it is answered` : `the ${users.length} scored questions that use it (the first, "${first.question.id}", at line ${lineOf(first.pointer)}) are gaps however they are answered`;
    const blockers = users.filter((u) => u.question.blocking);
    const blocking = blockers.length === 0 ? '' : blockers.length === 1 ? `, and "${blockers[0]?.question.id}", which is blocking, ${BLOCKING}` : `, and the ${blockers.length} blocking ones among them cap the rating at the lowest band in every assessment they apply to`;
    warn(`/scales/${childKey(scale)}`, `no answer from scale ${quoteId(scale)} scores full marks (the best scores ${shown(score)}), so ${who}${blocking}; ${fix}`, true);
  }
}
