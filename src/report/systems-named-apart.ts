// Reports name a system by its title, and two systems may share one: ids are unique, titles need
// not be. A board paper then read "(Revenues and benefits and Revenues and benefits)" and a CSV
// action plan put two systems under one name. Where a title is shared, each system that has it is
// named with its id too, as `diff` names them (diff-words.ts). Pure.
import type { Assessment } from '../scoring/assessment.js';

/** The assessment with each shared system title made "TITLE (ID)"; the same object when none is shared. */
export function nameSystemsApart(a: Assessment): Assessment {
  const count = new Map<string, number>();
  for (const s of a.systems) count.set(s.title, (count.get(s.title) ?? 0) + 1);
  if (a.systems.every((s) => count.get(s.title) === 1)) return a;
  const name = new Map(a.systems.map((s) => [s.id, count.get(s.title) === 1 ? s.title : `${s.title} (${s.id})`]));
  return {
    ...a,
    systems: a.systems.map((s) => ({ ...s, title: name.get(s.id) ?? s.title })),
    gaps: a.gaps.map((g) => (g.system === null ? g : { ...g, systemTitle: name.get(g.system) ?? g.systemTitle })),
  };
}
