import type { Questionnaire } from '../questionnaire/types.js';
import { listWords } from '../text/list-words.js';

/**
 * The sections a questionnaire answers once per system, in words for the walk and the template:
 * "Sections 2 (Protection) and 3 (Detection) are", or for many, by number only ("Sections 5 to 12
 * are"; the CAF's objectives B and C are eight sections with long titles), or "Every section is".
 */
export function systemSectionsPhrase(questionnaire: Questionnaire): string {
  const sections = questionnaire.sections.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.scope === 'system');
  // None for the organisation: "Sections 1 to 6 are" would have the reader look for the others.
  if (sections.length > 1 && sections.length === questionnaire.sections.length) return 'Every section is';
  if (sections.length === 1) return `Section ${sections[0]!.n} (${sections[0]!.s.title}) is`;
  if (sections.length <= 3) return `Sections ${listWords(sections.map(({ s, n }) => `${n} (${s.title})`), 'and')} are`;
  // Runs of consecutive numbers as "5 to 12".
  const runs: [number, number][] = [];
  for (const { n } of sections) {
    const last = runs.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return `Sections ${listWords(runs.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a} to ${b}`)), 'and')} are`;
}

/** What the walk says before asking for the systems: which sections are answered per system, and what it asks. */
export function systemsIntro(q: Questionnaire): string {
  return `${systemSectionsPhrase(q)} answered once for each ${q.systemLabel}. Name each one in turn; for each you are asked its owner and whether its answers go in a file of their own. An empty name ends the list.`;
}
