// Every edit of an answers file is read back before it is kept (see UnreadableEditError): a fault in
// the text edits once joined two entries on one line, which lost an answer and left a file no run
// could read. Here the edit itself is made faulty, to show that such a fault is refused and the
// document keeps its text, rather than being saved.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/answers/edit-answers-text.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/answers/edit-answers-text.js')>();
  return {
    ...real,
    // The 'joined' question's edit runs the next entry onto its line, as the fault did.
    setAnswerInText: (text: string, question: string, ...rest: Parameters<typeof real.setAnswerInText> extends [string, string, ...infer R] ? R : never) =>
      question === 'joined' ? text.replace('  b: no\n', '  a: note: yes  b: no\n') : real.setAnswerInText(text, question, ...rest),
  };
});

const { AnswersDocument, UnreadableEditError } = await import('../../src/answers/save-answers.js');

const TEXT = 'questionnaire: q\nquestionnaireVersion: 1.0.0\nanswers:\n  a: yes\n  b: no\n';
const questions = [
  { id: 'a', sectionId: 's' },
  { id: 'b', sectionId: 's' },
  { id: 'joined', sectionId: 's' },
];

describe('an edit that would leave the file unreadable', () => {
  it('is refused, and the document keeps the text it had', () => {
    const doc = AnswersDocument.parse(TEXT, questions);
    expect(() => doc.set('joined', { status: 'answered', value: 'yes' })).toThrow(UnreadableEditError);
    expect(doc.toString()).toBe(TEXT);
  });

  it('leaves sound edits alone, before and after a refused one', () => {
    const doc = AnswersDocument.parse(TEXT, questions);
    doc.set('a', { status: 'answered', value: 'no' });
    expect(() => doc.set('joined', { status: 'answered', value: 'yes' })).toThrow(UnreadableEditError);
    doc.set('b', { status: 'answered', value: 'yes' });
    expect(doc.toString()).toBe('questionnaire: q\nquestionnaireVersion: 1.0.0\nanswers:\n  a: no\n  b: yes\n');
  });
});
