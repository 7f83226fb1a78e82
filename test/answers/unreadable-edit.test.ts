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
    // The 'shifty' one makes its own edit but changes another answer too; the 'garbled' one writes a
    // value that reads, but not as the answer given (as a comment joined onto it did: `yes# ask`).
    setAnswerInText: (text: string, question: string, ...rest: Parameters<typeof real.setAnswerInText> extends [string, string, ...infer R] ? R : never) =>
      question === 'joined'
        ? text.replace('  b: no\n', '  a: note: yes  b: no\n')
        : question === 'shifty'
          ? real.setAnswerInText(text, question, ...rest).replace('  b: no\n', '  b: yes\n')
          : question === 'garbled'
            ? text.replace('  b: no\n', '  b: no\n  garbled: yes# ask the SIRO\n')
            : real.setAnswerInText(text, question, ...rest),
  };
});

const { AnswersDocument, UnreadableEditError } = await import('../../src/answers/save-answers.js');

const TEXT = 'questionnaire: q\nquestionnaireVersion: 1.0.0\nanswers:\n  a: yes\n  b: no\n';
const questions = [
  { id: 'a', sectionId: 's' },
  { id: 'b', sectionId: 's' },
  { id: 'joined', sectionId: 's' },
  { id: 'shifty', sectionId: 's' },
  { id: 'garbled', sectionId: 's' },
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

describe('an edit that reads, but not as the edit asked for', () => {
  it('is refused when it changes another answer as well, at the place of the entry it was making', () => {
    const doc = AnswersDocument.parse(TEXT, questions);
    let refused: unknown;
    try {
      doc.set('shifty', { status: 'answered', value: 'yes' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(UnreadableEditError);
    // No entry yet: placed at the nearest key above it the file has, `answers:`.
    expect((refused as InstanceType<typeof UnreadableEditError>).place).toEqual({ line: 3, column: 1 });
    expect(doc.toString()).toBe(TEXT);
  });

  it('is refused when the entry reads as something else than the answer given', () => {
    const doc = AnswersDocument.parse(TEXT, questions);
    expect(() => doc.set('garbled', { status: 'answered', value: 'yes' })).toThrow(UnreadableEditError);
    expect(doc.toString()).toBe(TEXT);
  });
});
