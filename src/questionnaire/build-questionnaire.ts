import type { Catalog, Framework } from '../frameworks/catalog.js';
import type { Place } from '../yaml/positions.js';
import { kindOf } from './kinds/index.js';
import { indicatorsOf } from './kinds/outcome.js';
import { pluralNoun } from '../text/plural-noun.js';
import type { RawQuestion, RawQuestionnaire } from './raw.js';
import { DEFAULT_RATINGS, type Question, type Questionnaire, type Section } from './types.js';

export type { RawQuestion, RawQuestionnaire } from './raw.js';

export const questionPointer = (s: number, q: number): string => `/sections/${s}/questions/${q}`;

/** Where question `q` of section `s` starts in the source, when known. */
export type PlaceOf = (s: number, q: number) => Place | undefined;

/**
 * Turn checked data into the model: defaults filled in, scales resolved, questions indexed, and the
 * frameworks it references taken from the catalogue (validateQuestionnaire() has checked each is there).
 */
export function buildQuestionnaire(raw: RawQuestionnaire, file: string, catalog: Catalog, placeOf?: PlaceOf): Questionnaire {
  const questions = new Map<string, Question>();
  const sections: Section[] = raw.sections.map((rawSection, s) => ({
    id: rawSection.id,
    title: rawSection.title,
    ...(rawSection.description !== undefined ? { description: rawSection.description } : {}),
    weight: rawSection.weight ?? 1,
    scope: rawSection.scope ?? 'organisation',
    questions: rawSection.questions.map((rq, q) => {
      const kind = kindOf(rq);
      const options = kind.options(rq, raw.scales);
      const weight = rq.weight ?? 1;
      const place = placeOf?.(s, q);
      // One spread, not a rest-destructuring and a spread: at 10,000 questions the extra copy showed in
      // profiles. The raw indicator columns are replaced below where a question has them.
      const question: Question = {
        ...(rq as Omit<RawQuestion, 'indicators'>),
        sectionId: rawSection.id,
        scope: rawSection.scope ?? 'organisation',
        options,
        weight,
        severity: rq.severity ?? 'medium',
        allowNotApplicable: rq.allowNotApplicable ?? false,
        references: rq.references ?? [],
        blocking: rq.blocking ?? false,
        ...(rq.indicators ? { indicators: indicatorsOf(rq) } : {}),
        // Weight 0 means asked but not scored; the kind says whether its answers can score at all.
        scored: weight > 0 && kind.scores(rq),
        ...(place ? { location: { file, line: place.line, column: place.column } } : {}),
      };
      if (!questions.has(question.id)) questions.set(question.id, question);
      return question;
    }),
  }));
  // Trimmed, and runs of spaces made one, as it is set into sentences: "depot site " read "Weakest
  // depot site : X" and "Depot site s". The schema already refuses a label of spaces alone.
  const oneSpaced = (text: string): string => text.trim().replace(/\s+/g, ' ');
  const systemLabel = raw.systemLabel === undefined ? 'system' : oneSpaced(raw.systemLabel);
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    frameworks: (raw.frameworks ?? []).map((key) => catalog.get(key)).filter((f): f is Framework => f !== undefined),
    ratings: raw.ratings ?? DEFAULT_RATINGS,
    profiles: raw.profiles ?? [],
    upgradeNotes: raw.upgradeNotes ?? {},
    sections,
    systemLabel,
    systemLabelPlural: raw.systemLabelPlural === undefined ? pluralNoun(systemLabel) : oneSpaced(raw.systemLabelPlural),
    systemScoped: sections.some((s) => s.scope === 'system'),
    questions,
    file,
  };
}
