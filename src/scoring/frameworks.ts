import { splitReference } from '../frameworks/catalog.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { FrameworkResult, QuestionResult } from './assessment.js';
import { isGap } from './gaps.js';
import { weightedPercent } from './rate.js';

/** Scores per top-level group of each framework the questionnaire references (CAF objective, CE control...). */
export function scoreFrameworks(questionnaire: Questionnaire, questions: QuestionResult[], sectionOf: Map<string, { weight: number }>): FrameworkResult[] {
  return questionnaire.frameworks.flatMap((framework) => {
    const key = framework.key;
    const members = new Map<string, QuestionResult[]>();
    // A system question has one result per system and the same references in each: resolve them once.
    const groupsOf = new Map<string, Set<string>>();
    for (const q of questions) {
      if (!q.included) continue;
      let groups = groupsOf.get(q.id);
      if (!groups) {
        groups = new Set<string>();
        for (const reference of q.references) {
          const { framework: fw, id } = splitReference(reference);
          const entry = fw === key ? framework.entries.get(id) : undefined;
          if (entry) groups.add(entry.group.id);
        }
        groupsOf.set(q.id, groups);
      }
      for (const g of groups) {
        const list = members.get(g);
        if (list) list.push(q);
        else members.set(g, [q]);
      }
    }
    const groups = framework.groups
      .filter((g) => members.has(g.id))
      .map((g) => {
        const list = members.get(g.id) ?? [];
        return {
          id: g.id,
          title: g.title,
          score: weightedPercent(list.map((q) => ({ weight: q.weight * (sectionOf.get(q.section)?.weight ?? 1), score: q.score ?? 0 }))),
          questions: list.length,
          gaps: list.filter(isGap).length,
        };
      });
    return groups.length ? [{ id: key, title: framework.title, groupNoun: framework.groupNoun, groups }] : [];
  });
}
