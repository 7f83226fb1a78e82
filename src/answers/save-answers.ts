import { Document, isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { AnswerValue } from '../scoring/conditions.js';

/** What the interview decided about one question. */
export type AnswerUpdate =
  | { status: 'answered'; value: AnswerValue; note?: string }
  | { status: 'unknown'; note?: string }
  | { status: 'not-applicable'; reason: string; note?: string };

export interface NewAnswersFile {
  schemaRef: string;
  questionnaire: string;
  questionnaireVersion: string;
  organisation: string;
  assessor: string;
  assessedOn: string;
}

/** The YAML document of an answers file being filled in, edited in place so comments and order survive. */
export class AnswersDocument {
  private constructor(private readonly doc: Document) {}

  /** An existing answers file (already checked by the loader). */
  static parse(text: string): AnswersDocument {
    return new AnswersDocument(parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false }));
  }

  static create(meta: NewAnswersFile): AnswersDocument {
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
    return new AnswersDocument(doc);
  }

  /** Set one answer. A long-form entry keeps its other fields (evidence, owner, reviewBy, x-...). */
  set(question: string, update: AnswerUpdate): void {
    const doc = this.doc;
    if (!isMap(doc.getIn(['answers'], true))) doc.setIn(['answers'], doc.createNode({}));
    const existing = doc.getIn(['answers', question], true);
    const value = update.status === 'answered' ? (Array.isArray(update.value) ? doc.createNode(update.value, { flow: true }) : update.value) : undefined;

    if (isMap(existing)) {
      const map = existing as YAMLMap;
      if (update.status === 'answered') {
        map.set('value', value);
        map.delete('status');
        map.delete('reason');
      } else {
        map.delete('value');
        map.set('status', update.status);
        if (update.status === 'not-applicable') map.set('reason', update.reason);
        else map.delete('reason');
      }
      if (update.note !== undefined) map.set('note', update.note);
      return;
    }
    if (update.status === 'answered' && update.note === undefined) {
      doc.setIn(['answers', question], value);
      return;
    }
    const entry: Record<string, unknown> = update.status === 'answered' ? { value: update.value } : { status: update.status };
    if (update.status === 'not-applicable') entry.reason = update.reason;
    if (update.note !== undefined) entry.note = update.note;
    doc.setIn(['answers', question], doc.createNode(entry, { flow: true }));
  }

  /** The note already written for a question, offered as the default when notes are asked for. */
  noteOf(question: string): string | undefined {
    const node = this.doc.getIn(['answers', question, 'note'], true);
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  }

  toString(): string {
    return this.doc.toString({ lineWidth: 0 });
  }
}
