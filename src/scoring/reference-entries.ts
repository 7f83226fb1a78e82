import { splitReference } from '../frameworks/catalog.js';
import type { Questionnaire } from '../questionnaire/types.js';
import type { ReferenceEntry } from './assessment.js';

/**
 * What each reference of the questionnaire names in its framework's catalogue, so that a report can
 * say "CAF 4.0 A2.a Risk Management Process" rather than `caf-4.0:A2.a` to a reader who does not
 * know the ids. Every reference resolves: loading the questionnaire refuses one that does not.
 */
export function referenceEntries(questionnaire: Questionnaire): Record<string, ReferenceEntry> {
  const out: Record<string, ReferenceEntry> = {};
  const frameworks = new Map(questionnaire.frameworks.map((f) => [f.key, f]));
  for (const question of questionnaire.questions.values()) {
    for (const reference of question.references) {
      if (Object.hasOwn(out, reference)) continue;
      const { framework: key, id } = splitReference(reference);
      const framework = frameworks.get(key);
      const entry = framework?.entries.get(id);
      if (framework && entry) out[reference] = { framework: framework.shortTitle, id, title: entry.title };
    }
  }
  return out;
}
