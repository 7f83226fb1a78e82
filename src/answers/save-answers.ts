import { Document, isScalar } from 'yaml';
import { parseAnswersText, setAnswerInText, type AnswerUpdate, type QuestionPlace } from './edit-answers-text.js';

export type { AnswerUpdate } from './edit-answers-text.js';

/** What a question tells the file about where its answer goes: a questionnaire's Question will do. */
export interface QuestionOfFile {
  id: string;
  sectionId: string;
  indicators?: readonly { id: string }[] | undefined;
}

export interface NewAnswersFile {
  schemaRef: string;
  questionnaire: string;
  questionnaireVersion: string;
  organisation: string;
  assessor: string;
  assessedOn: string;
}

/**
 * The text of an answers file being filled in. Each answer is a minimal edit of the text (see
 * edit-answers-text.ts), so a file reviewed in pull requests changes only where answers changed:
 * notes, comments, alignment and quoting elsewhere keep their bytes.
 */
export class AnswersDocument {
  private constructor(
    private text: string,
    /** The questionnaire's questions, in order: where a new answer goes. */
    private readonly questions: readonly QuestionPlace[],
  ) {}

  /** An existing answers file (already checked by the loader). */
  static parse(text: string, questions: Iterable<QuestionOfFile>): AnswersDocument {
    return new AnswersDocument(
      text,
      [...questions].map(({ id, sectionId, indicators }) => ({ id, sectionId, ...(indicators ? { indicators: indicators.map((i) => i.id) } : {}) })),
    );
  }

  /** A new file, written whole. */
  static create(meta: NewAnswersFile, questions: Iterable<QuestionOfFile>): AnswersDocument {
    const doc = new Document(
      {
        questionnaire: meta.questionnaire,
        questionnaireVersion: meta.questionnaireVersion,
        ...(meta.organisation ? { organisation: meta.organisation } : {}),
        ...(meta.assessor ? { assessor: meta.assessor } : {}),
        assessedOn: meta.assessedOn,
        answers: {},
      },
      { version: '1.2' },
    );
    doc.commentBefore = ` yaml-language-server: $schema=${meta.schemaRef}`;
    return AnswersDocument.parse(doc.toString({ lineWidth: 0 }), questions);
  }

  /** Set one answer. A long-form entry keeps its other fields (evidence, owner, reviewBy, x-...). */
  set(question: string, update: AnswerUpdate): void {
    this.text = setAnswerInText(this.text, question, update, this.questions);
  }

  /** The note already written for a question, offered as the default when notes are asked for. */
  noteOf(question: string): string | undefined {
    const node = parseAnswersText(this.text).getIn(['answers', question, 'note'], true);
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  }

  toString(): string {
    return this.text;
  }
}
