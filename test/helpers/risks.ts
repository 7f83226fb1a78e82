import type { Assessment } from '../../src/scoring/assessment.js';

/**
 * What a paper's "biggest risks" must be, worked out from the JSON report on its own: the five
 * highest-priority questions with a gap no waiver in force covers, each with the ranks of all its
 * open gaps (one per critical system it is open on), in priority order.
 */
export function expectedRisks(a: Assessment, count = 5): { question: string; text: string; ranks: number[] }[] {
  const risks: { question: string; text: string; ranks: number[] }[] = [];
  for (const g of a.gaps) {
    if (g.waiver?.state === 'active') continue;
    const same = risks.find((r) => r.question === g.question);
    if (same) same.ranks.push(g.rank);
    else if (risks.length < count) risks.push({ question: g.question, text: g.text, ranks: [g.rank] });
  }
  return risks;
}

/** "action 3", or "actions 1, 3 and 5", as the papers place a risk in the action plan. */
export const actionsText = (ranks: number[]): string => (ranks.length === 1 ? `action ${ranks[0]}` : `actions ${ranks.slice(0, -1).join(', ')} and ${ranks.at(-1)}`);
