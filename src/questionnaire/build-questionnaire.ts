import type { Place } from '../yaml/positions.js';
import {
  DEFAULT_RATINGS,
  YES_NO_OPTIONS,
  type Band,
  type Condition,
  type GapSeverity,
  type Option,
  type Profile,
  type Question,
  type QuestionType,
  type Questionnaire,
  type Rating,
  type Section,
} from './types.js';

/** The questionnaire as its schema describes it; only used between schema check and model. */
export interface RawQuestion {
  id: string;
  text: string;
  help?: string;
  type: QuestionType;
  scale?: string;
  options?: Option[];
  bands?: Band[];
  unit?: string;
  min?: number;
  max?: number;
  weight?: number;
  severity?: GapSeverity;
  allowNotApplicable?: boolean;
  when?: Condition;
  remediation?: string;
  evidence?: string;
  references?: string[];
  blocking?: boolean;
}

export interface RawQuestionnaire {
  id: string;
  version: string;
  title: string;
  description?: string;
  frameworks?: string[];
  ratings?: Rating[];
  scales?: Record<string, Option[]>;
  profiles?: Profile[];
  sections: { id: string; title: string; description?: string; weight?: number; questions: RawQuestion[] }[];
}

export const questionPointer = (s: number, q: number): string => `/sections/${s}/questions/${q}`;

/** Turn schema-valid data into the model: defaults filled in, scales resolved, questions indexed. */
/** Where question `q` of section `s` starts in the source, when known. */
export type PlaceOf = (s: number, q: number) => Place | undefined;

export function buildQuestionnaire(raw: RawQuestionnaire, file: string, placeOf?: PlaceOf): Questionnaire {
  const questions = new Map<string, Question>();
  const sections: Section[] = raw.sections.map((rawSection, s) => ({
    id: rawSection.id,
    title: rawSection.title,
    ...(rawSection.description !== undefined ? { description: rawSection.description } : {}),
    weight: rawSection.weight ?? 1,
    questions: rawSection.questions.map((rq, q) => {
      const options = rq.options ?? (rq.scale !== undefined ? raw.scales?.[rq.scale] : undefined) ?? (rq.type === 'yes-no' ? YES_NO_OPTIONS : []);
      const weight = rq.weight ?? 1;
      const place = placeOf?.(s, q);
      const question: Question = {
        ...rq,
        sectionId: rawSection.id,
        options,
        weight,
        severity: rq.severity ?? 'medium',
        allowNotApplicable: rq.allowNotApplicable ?? false,
        references: rq.references ?? [],
        blocking: rq.blocking ?? false,
        // Text is never scored, weight 0 means asked but not scored, and a number needs bands to score.
        scored: rq.type !== 'text' && weight > 0 && (rq.type !== 'number' || (rq.bands?.length ?? 0) > 0),
        ...(place ? { location: { file, line: place.line, column: place.column } } : {}),
      };
      if (!questions.has(question.id)) questions.set(question.id, question);
      return question;
    }),
  }));
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    frameworks: raw.frameworks ?? [],
    ratings: raw.ratings ?? DEFAULT_RATINGS,
    profiles: raw.profiles ?? [],
    sections,
    questions,
    file,
  };
}
