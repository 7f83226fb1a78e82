import { describe, expect, it } from 'vitest';
import { AnswersDocument } from '../../src/answers/save-answers.js';

// A new review date is a minimal edit: only the date's characters change, inside whatever quotes it had.
describe('saving a review date', () => {
  const questions = [{ id: 'q', sectionId: 's' }];
  const renewed = (text: string): string => {
    const doc = AnswersDocument.parse(text, questions);
    doc.set('q', { status: 'review-by', reviewBy: '2027-10-31' });
    return doc.toString();
  };
  it.each([
    ['plain', 'answers:\n  q:\n    value: yes\n    reviewBy: 2026-10-31   # stale\n'],
    ['single-quoted', "answers:\n  q:\n    value: yes\n    reviewBy: '2026-10-31'\n"],
    ['double-quoted', 'answers:\n  q:\n    value: yes\n    reviewBy: "2026-10-31"\n'],
    ['in braces', 'answers:\n  q: {value: yes, reviewBy: 2026-10-31}  # kept\n'],
    ['in braces over lines', 'answers:\n  q: {\n    value: yes,   # the answer\n    reviewBy: "2026-10-31"\n  }\n'],
    ['with CRLF', 'answers:\r\n  q:\r\n    value: yes\r\n    reviewBy: 2026-10-31\r\n'],
  ])('%s', (_, text) => {
    expect(renewed(text)).toBe(text.replace('2026-10-31', '2027-10-31'));
  });

  it('writes an alias out as what it stood for, its new date plain as the anchored entry had it', () => {
    const qs = [...questions, { id: 'r', sectionId: 's' }];
    const doc = AnswersDocument.parse('answers:\n  q: &s { value: yes, reviewBy: 2026-01-01 }\n  r: *s\n', qs);
    doc.set('r', { status: 'review-by', reviewBy: '2027-01-01' });
    expect(doc.toString()).toBe('answers:\n  q: &s { value: yes, reviewBy: 2026-01-01 }\n  r: { value: yes, reviewBy: 2027-01-01 }\n');
  });

  it('leaves the file as it was when the date is the one it has', () => {
    const text = 'answers:\n  q: { value: yes, reviewBy: 2027-10-31 }\n';
    expect(renewed(text)).toBe(text);
  });
});
