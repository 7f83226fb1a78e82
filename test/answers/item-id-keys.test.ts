// A question id may look like a number ("1.2", "1.10"). The walk's saves write such a key quoted, so
// that YAML 1.1 tools read it as text too, and find an entry written plain by hand by its text as
// written: `1.10:` is the question "1.10", not the number 1.1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswersDocument } from '../../src/answers/save-answers.js';
import { fixture, loadAnswersText, loadQuestionnaireText } from '../helpers/load.js';

const loaded = loadQuestionnaireText(readFileSync(fixture('item-ids/framework-ids.yaml'), 'utf8'));
const questions = loaded.questionnaire.questions.values();
const read = (text: string) => loadAnswersText(text, loaded);
const start = 'questionnaire: framework-style-ids\nanswers:\n  Q1: yes\nsystems:\n  - id: revenues\n    title: Revenues\n    answers:\n      1.10: yes\n';

describe('saving answers to questions with numeric-looking ids', () => {
  it('a new entry is written with its key quoted, in questionnaire order, and reads back as that question', () => {
    const doc = AnswersDocument.parse(start, questions);
    doc.set('1.2', { status: 'answered', value: 5 }, 'revenues');
    doc.set('ce-1.2', { status: 'answered', value: 'full' });
    const text = doc.toString();
    expect(text).toBe('questionnaire: framework-style-ids\nanswers:\n  ce-1.2: full\n  Q1: yes\nsystems:\n  - id: revenues\n    title: Revenues\n    answers:\n      "1.2": 5\n      1.10: yes\n');
    const revenues = read(text).systems[0]!.answers;
    expect([...revenues.keys()]).toEqual(['1.2', '1.10']);
    expect(revenues.get('1.2')?.value).toBe(5);
  });

  it('an entry written plain as 1.10 is changed in place, not added again as another', () => {
    const doc = AnswersDocument.parse(start, questions);
    doc.set('1.10', { status: 'answered', value: 'no' }, 'revenues');
    const text = doc.toString();
    expect(text).toBe(start.replace('1.10: yes', '1.10: no'));
    expect(read(text).systems[0]!.answers.get('1.10')?.value).toBe('no');
  });
});
